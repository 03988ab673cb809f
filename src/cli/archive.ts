import { readFile, writeFile } from 'node:fs/promises';
import type { ImportReport, Match } from '../archive/import';
import { type Command, out, withDatabase } from './commands';

const usage =
  'usage: mesas archive export --mesa SLUG --out FILE [--with-contacts]\n' +
  '       mesas archive import FILE [--dry-run] [--slug NEW]\n' +
  '       mesas archive schema [--out FILE]';

function matchLine(kind: string, m: Match): string {
  const how =
    m.action === 'matched' ? `matched by ${m.by}` : m.action === 'label' ? 'kept as a label' : 'created';
  return `  ${kind}: ${m.name} — ${how}`;
}

/** The import report as the operator reads it. */
export function printReport(report: ImportReport) {
  const r = report;
  out(
    `${r.dryRun ? 'Dry run (nothing written): would import' : 'Imported'} "${r.mesa.name}" as ${r.mesa.slug}` +
      `${r.mesa.id ? ` (${r.mesa.id})` : ''} from archive ${r.archive.sha256} (exported ${r.archive.exportedAt}).`,
  );
  if (!r.mesa.slugAvailable) out(`  The slug ${r.mesa.slug} is taken here: import with --slug NEW.`);
  const rows = Object.entries(r.created).filter(([, n]) => n > 0);
  out(`${r.dryRun ? 'Would create' : 'Created'}: ${rows.map(([t, n]) => `${n} ${t}`).join(', ')}.`);
  for (const m of r.organizations) out(matchLine('organization', m));
  for (const m of r.people) out(matchLine('person', m));
  for (const m of r.authors) out(matchLine('author', m));
  for (const m of r.categories) out(matchLine('category', m));
  for (const m of r.questions) out(matchLine('question', m));
  out(`History: ${r.historyEvents} audit events of the archive kept in the import's audit event.`);
}

export const archiveCommands: Record<string, Command> = {
  archive: {
    summary:
      'export --mesa SLUG --out FILE [--with-contacts] | import FILE [--dry-run] [--slug NEW] | schema: a Mesa’s whole history in one file (docs/ARCHIVE.md)',
    options: {
      mesa: { type: 'string' },
      out: { type: 'string' },
      'with-contacts': { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      slug: { type: 'string' },
    },
    async run({ config, values, positionals }) {
      const [action, file] = positionals;
      if (action === 'schema') {
        const { archiveJsonSchema } = await import('../archive/format');
        const json = `${JSON.stringify(archiveJsonSchema(), null, 2)}\n`;
        if (typeof values.out === 'string') return writeFile(values.out, json);
        process.stdout.write(json);
        return;
      }
      if (action === 'export') {
        const slug = values.mesa;
        const target = values.out;
        if (typeof slug !== 'string' || typeof target !== 'string') throw new Error(usage);
        const [{ eq }, { exportMesaArchive, recordExport }, { systemContext }, { mesas }] = await Promise.all(
          [
            import('drizzle-orm'),
            import('../archive/export'),
            import('../commands/context'),
            import('../db/schema'),
          ],
        );
        await withDatabase(config, async (database) => {
          const [mesa] = await database.db.select({ id: mesas.id }).from(mesas).where(eq(mesas.slug, slug));
          if (!mesa) throw new Error(`No Mesa with the slug ${slug}`);
          const archive = await exportMesaArchive(database.db, mesa.id, {
            withContacts: values['with-contacts'] === true,
          });
          await writeFile(target, archive.bytes);
          await recordExport(systemContext(database.db, 'cli', config.TIME_ZONE), mesa.id, archive);
          const rows = archive.manifest.parts
            .filter((p) => p.kind === 'table')
            .reduce((n, p) => n + (p.rows ?? 0), 0);
          const pdfs = archive.manifest.parts.filter((p) => p.kind === 'pdf').length;
          out(
            `Wrote ${target}: ${rows} records and ${pdfs} minutes PDFs of ${slug}` +
              `${archive.manifest.withContacts ? ', with contact details' : ', without contact details'}.`,
          );
          out(`SHA-256 ${archive.sha256}`);
        });
        return;
      }
      if (action === 'import') {
        if (!file) throw new Error(usage);
        const [{ importArchive }, { readArchive }, { systemContext }] = await Promise.all([
          import('../archive/import'),
          import('../archive/read'),
          import('../commands/context'),
        ]);
        const contents = readArchive(await readFile(file));
        await withDatabase(config, async (database) => {
          const report = await importArchive(systemContext(database.db, 'cli', config.TIME_ZONE), contents, {
            dryRun: values['dry-run'] === true,
            ...(typeof values.slug === 'string' ? { slug: values.slug } : {}),
          });
          printReport(report);
        });
        return;
      }
      throw new Error(usage);
    },
  },
};

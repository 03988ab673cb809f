/**
 * The everyday calls of an integrator, made through the typed client of `src/sdk` against a running
 * server with a personal API token (`mesas create-token`): list Mesas, export and import a Matrix, list
 * late commitments, create a commitment. The server is named by --url or MESAS_URL, the token by
 * --token or MESAS_TOKEN; nothing here opens the database.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { ApiError, createMesasClient, type MesasClient, type ResponseBody, unwrap } from '../sdk/client';
import { type Command, type CommandInput, out } from './commands';

type MesaSummary = ResponseBody<'/api/mesas', 'get'>['mesas'][number];
type LateCommitment = ResponseBody<'/api/mesas/{id}/commitments/board', 'get'>['commitments'][number];

const connection = {
  url: { type: 'string' },
  token: { type: 'string' },
  lang: { type: 'string' },
} as const;

function option(values: CommandInput['values'], name: string, env?: string): string | undefined {
  const value = values[name];
  if (typeof value === 'string' && value !== '') return value;
  return env ? process.env[env] || undefined : undefined;
}

function need(values: CommandInput['values'], name: string, env?: string): string {
  const value = option(values, name, env);
  if (!value) throw new Error(`--${name}${env ? ` (or ${env})` : ''} is required`);
  return value;
}

/** The client for the server and token the command was given. */
function clientFor(values: CommandInput['values']): MesasClient {
  const lang = option(values, 'lang');
  return createMesasClient({
    baseUrl: need(values, 'url', 'MESAS_URL'),
    token: need(values, 'token', 'MESAS_TOKEN'),
    ...(lang ? { language: lang } : {}),
  });
}

/** A refused call as the operator reads it: the server's code and message, then each field. */
function described(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const fields = error.fields.map((f) => `\n  ${f.path}: ${f.message}`).join('');
  return new Error(`${error.code} (${error.status}): ${error.message}${fields}`);
}

/** A command that calls the API: connection options added, refusals described. */
function apiCommand(
  summary: string,
  options: Command['options'],
  run: (client: MesasClient, input: CommandInput) => Promise<unknown>,
): Command {
  return {
    summary,
    options: { ...connection, ...options },
    async run(input) {
      try {
        await run(clientFor(input.values), input);
      } catch (error) {
        throw described(error);
      }
    },
  };
}

/** The Mesa a command names by its slug (or id), among those the token may see. */
async function findMesa(client: MesasClient, slugOrId: string): Promise<MesaSummary> {
  const { mesas } = await unwrap(client.GET('/api/mesas'));
  const mesa = mesas.find((m) => m.slug === slugOrId || m.id === slugOrId);
  if (!mesa) throw new Error(`No Mesa ${slugOrId} (or you may not see it)`);
  return mesa;
}

const path = (id: string) => ({ params: { path: { id } } });

async function lateOf(client: MesasClient, mesa: MesaSummary): Promise<LateCommitment[]> {
  const board = await unwrap(
    client.GET('/api/mesas/{id}/commitments/board', {
      params: { path: { id: mesa.id }, query: { state: 'late' } },
    }),
  );
  return board.commitments;
}

export const clientCommands: Record<string, Command> = {
  mesas: apiCommand(
    'The Mesas you may see: slug, status and name (API: --url, --token)',
    { json: { type: 'boolean' } },
    async (client, { values }) => {
      const { mesas } = await unwrap(client.GET('/api/mesas'));
      if (values.json) return out(JSON.stringify(mesas, null, 2));
      for (const m of mesas) out(`${m.slug}\t${m.status}\t${m.name}`);
    },
  ),

  'export-matrix': apiCommand(
    "Write a Mesa's Matrix to a file: --mesa SLUG --out FILE [--format xlsx|csv] (API)",
    { mesa: { type: 'string' }, out: { type: 'string' }, format: { type: 'string' } },
    async (client, { values }) => {
      const mesa = await findMesa(client, need(values, 'mesa'));
      const file = need(values, 'out');
      const format = option(values, 'format') ?? (file.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx');
      // The server refuses a language it does not have.
      const lang = option(values, 'lang');
      const init = { params: { path: { id: mesa.id }, query: { lang } }, parseAs: 'arrayBuffer' } as const;
      let body: ArrayBuffer;
      if (format === 'xlsx') body = await unwrap(client.GET('/api/mesas/{id}/matrix.xlsx', init));
      else if (format === 'csv') body = await unwrap(client.GET('/api/mesas/{id}/matrix.csv', init));
      else throw new Error('--format is xlsx or csv');
      await writeFile(file, new Uint8Array(body));
      out(`Wrote the Matrix of ${mesa.slug} to ${file} (${format.toUpperCase()}, ${body.byteLength} bytes).`);
    },
  ),

  'import-matrix': apiCommand(
    'Add the problems of an XLSX sheet to a Matrix: FILE --mesa SLUG [--dry-run] (API)',
    { mesa: { type: 'string' }, 'dry-run': { type: 'boolean' } },
    async (client, { values, positionals }) => {
      const [fileName] = positionals;
      if (!fileName) throw new Error('usage: mesas import-matrix FILE --mesa SLUG [--dry-run]');
      const mesa = await findMesa(client, need(values, 'mesa'));
      const file = (await readFile(fileName)).toString('base64');
      const preview = await unwrap(
        client.POST('/api/mesas/{id}/matrix/import/preview', { ...path(mesa.id), body: { file } }),
      );
      out(`Sheet "${preview.sheet}", headers on row ${preview.headerRow}: ${preview.rowCount} rows.`);
      for (const issue of preview.issues) out(`  ${issue.message}`);
      for (const e of preview.errors) out(`  row ${e.row}, column ${e.column} (${e.header}): ${e.message}`);
      if (preview.issues.length > 0 || preview.invalidRowCount > 0)
        throw new Error(`Nothing imported: ${preview.invalidRowCount} rows with errors.`);
      if (values['dry-run']) return out('Dry run: nothing imported.');
      const { sheet, headerRow, mapping } = preview;
      const result = await unwrap(
        client.POST('/api/mesas/{id}/matrix/import', {
          ...path(mesa.id),
          body: { file, sheet, headerRow, mapping },
        }),
      );
      const c = result.created;
      out(
        `Imported into ${mesa.slug}: ${c.problems} problems, ${c.solutions} solutions, ` +
          `${c.indicators} indicators, ${c.transitions} status moves.`,
      );
    },
  ),

  'late-commitments': apiCommand(
    'Open commitments past their due day: [--mesa SLUG] (all your Mesas by default) [--json] (API)',
    { mesa: { type: 'string' }, json: { type: 'boolean' } },
    async (client, { values }) => {
      const named = option(values, 'mesa');
      const mesas = named ? [await findMesa(client, named)] : (await unwrap(client.GET('/api/mesas'))).mesas;
      const late = [];
      for (const mesa of mesas) {
        for (const c of await lateOf(client, mesa)) late.push({ mesa: mesa.slug, ...c });
      }
      if (values.json) return out(JSON.stringify(late, null, 2));
      for (const c of late) {
        const owner = [c.person?.fullName, c.organization?.name].filter(Boolean).join(', ') || '—';
        out(`${c.mesa}\t${c.dueOn}\t${-c.daysUntilDue} days late\t${owner}\t${c.text}`);
      }
      if (late.length === 0) out('No late commitments.');
    },
  ),

  'create-commitment': apiCommand(
    'Record a commitment: --mesa SLUG --person ID|NAME --text T --due YYYY-MM-DD [--problem P-n] (API)',
    {
      mesa: { type: 'string' },
      person: { type: 'string' },
      text: { type: 'string' },
      due: { type: 'string' },
      problem: { type: 'string' },
    },
    async (client, { values }) => {
      const mesa = await findMesa(client, need(values, 'mesa'));
      const who = need(values, 'person');
      const detail = await unwrap(client.GET('/api/mesas/{id}', path(mesa.id)));
      const people = detail.participants.flatMap((g) => g.participants).map((p) => p.person);
      const person = people.find((p) => p.id === who || p.fullName.toLowerCase() === who.toLowerCase());
      if (!person) throw new Error(`${who} does not take part in ${mesa.slug}`);
      let problemId: string | undefined;
      const code = option(values, 'problem');
      if (code) {
        const matrix = await unwrap(client.GET('/api/mesas/{id}/matrix', path(mesa.id)));
        problemId = matrix.problems.find((p) => p.code === code || p.id === code)?.id;
        if (!problemId) throw new Error(`No problem ${code} in ${mesa.slug}`);
      }
      const commitment = await unwrap(
        client.POST('/api/mesas/{id}/commitments', {
          ...path(mesa.id),
          body: { personId: person.id, text: need(values, 'text'), dueOn: need(values, 'due'), problemId },
        }),
      );
      out(`${commitment.id}\t${commitment.dueOn}\t${person.fullName}\t${commitment.text}`);
    },
  ),
};

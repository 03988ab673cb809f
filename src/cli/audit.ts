import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { type AuditVerification, auditCheckpoint, verifyAuditChain } from '../db/audit';
import { translator } from '../i18n';
import { type Command, out, withDatabase } from './commands';

/** The file `mesas audit checkpoint` writes: the head's sequence number and hash, when, and their MAC. */
const checkpointFile = z.object({
  seq: z.number().int().min(1),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  time: z.iso.datetime({ offset: true }),
  mac: z.string().regex(/^[0-9a-f]{64}$/),
});

/** The verification's failure as a sentence in the deployment's language. */
function brokenMessage(t: ReturnType<typeof translator>, result: AuditVerification): string {
  const reason = t(`auditLog.reasons.${result.reason}`);
  return result.firstBrokenSeq === null
    ? t('auditLog.broken', { reason, count: result.checked })
    : t('auditLog.brokenAt', { reason, seq: result.firstBrokenSeq, count: result.checked });
}

export const auditCommands: Record<string, Command> = {
  'verify-audit': {
    summary:
      'Check that no audit event was altered or removed [--checkpoint FILE exported by `mesas audit checkpoint`]',
    options: { checkpoint: { type: 'string' } },
    async run({ config, values }) {
      const t = translator(config.DEFAULT_LOCALE);
      const file = values.checkpoint as string | undefined;
      let checkpoint: z.infer<typeof checkpointFile> | undefined;
      if (file !== undefined) {
        const parsed = checkpointFile.safeParse(await readJson(file));
        if (!parsed.success) throw new Error(t('auditLog.notACheckpoint', { file }));
        checkpoint = parsed.data;
      }
      await withDatabase(config, async (database) => {
        const result = await verifyAuditChain(database.db, { checkpoint });
        if (!result.ok) throw new Error(brokenMessage(t, result));
        out(t('auditLog.intact', { count: result.checked }));
        if (checkpoint) out(t('auditLog.holdsCheckpoint', { seq: checkpoint.seq, time: checkpoint.time }));
      });
    },
  },
  audit: {
    summary: 'checkpoint [--out FILE]: export a signed checkpoint of the audit log, to keep elsewhere',
    options: { out: { type: 'string' } },
    async run({ config, values, positionals }) {
      const t = translator(config.DEFAULT_LOCALE);
      if (positionals[0] !== 'checkpoint') throw new Error(t('auditLog.usage'));
      await withDatabase(config, async (database) => {
        // A checkpoint vouches for the log as it is: never sign one of a log already broken.
        const result = await verifyAuditChain(database.db);
        if (!result.ok) throw new Error(brokenMessage(t, result));
        const checkpoint = await auditCheckpoint(database.db);
        if (!checkpoint) throw new Error(t('auditLog.empty'));
        const json = `${JSON.stringify(checkpoint, null, 2)}\n`;
        const file = values.out as string | undefined;
        if (file === undefined) return process.stdout.write(json);
        await writeFile(file, json);
        out(t('auditLog.checkpointWritten', { seq: checkpoint.seq, file }));
      });
    },
  },
};

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return null;
  }
}

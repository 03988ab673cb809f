import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Where LibreOffice is: SOFFICE when set, else /usr/bin/soffice. */
export const sofficePath = process.env.SOFFICE ?? '/usr/bin/soffice';
export const hasSoffice = () => existsSync(sofficePath);

/** Splits CSV text (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) into rows. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * The first sheet of each workbook as LibreOffice reads it, converted headless to UTF-8 CSV: an
 * independent reader of what Mesas writes. One LibreOffice converts them all (its start is most of the
 * cost: about 4 s of CPU); each call has its own profile folder, so runs in parallel do not collide.
 */
export async function sheetsAsCsvBySoffice(workbooks: Uint8Array[]): Promise<string[][][]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'mesas-soffice-'));
  try {
    const inputs = workbooks.map((_, i) => path.join(dir, `book-${i}.xlsx`));
    await Promise.all(workbooks.map((workbook, i) => writeFile(inputs[i]!, workbook)));
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    await run(
      sofficePath,
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        // Comma-separated, double-quoted, UTF-8 (76), from the first line.
        'csv:Text - txt - csv (StarCalc):44,34,76,1',
        '--outdir',
        dir,
        ...inputs,
      ],
      { env: { ...process.env, HOME: dir }, timeout: 120_000 },
    );
    return Promise.all(
      inputs.map(async (input) => parseCsv(await readFile(input.replace(/\.xlsx$/, '.csv'), 'utf8'))),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

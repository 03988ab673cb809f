import type { FastifyRequest } from 'fastify';
import { loadMatrix } from '../db/queries/matrix';
import { visibleLevels } from '../domain/access';
import { visibleColumns } from '../domain/matrix-rows';
import { type MatrixColumn, parseView } from '../domain/matrix-view';
import { problemCode } from '../domain/problem-code';
import { matrixSheetTable, type SheetField, type Translate, viewRows } from '../exports/matrix-sheet';
import { translator } from '../i18n';
import { escapeHtml } from '../mail/format';
import { authenticate } from './authenticate';
import { requestLocale } from './language';
import { mesaFor } from './load';

/**
 * The Matrix's first rows, written by the server into the page's HTML, so that a Matrix is readable as
 * soon as its page arrives — before the app's code has come down a slow link, run and asked for the
 * rows. Read as the Matrix's API reads them: for the person the session cookie names, only the problems
 * they may see, in the view the address asks for (its filters, sort and columns). The app takes the
 * page over when its own grid shows (web/src/firstRows.ts). Nothing here when nobody is signed in, the
 * Mesa is out of sight, or the view needs what only the app does (a full-text search, groups).
 */

/** Enough rows to fill a tall screen; the app shows the rest. */
export const FIRST_ROWS = 40;

/** The sheet column each column of the grid shows here (the long texts are cut by the style sheet). */
const shown: Record<MatrixColumn, SheetField> = {
  number: 'number',
  title: 'title',
  status: 'status',
  focus: 'inFocus',
  category: 'category',
  owner: 'ownerType',
  entities: 'entities',
  impact: 'impact',
  ease: 'ease',
  priority: 'priority',
  next: 'nextCommitment',
  solution: 'solution',
  indicators: 'indicators',
  flags: 'flags',
};

/**
 * The page's look until the app takes over: plain, close to the grid's. The body as the app's style
 * sheet sets it, which may arrive after the rows (splitAtFirstRows): the rows do not move when it does.
 */
const STYLE = `<style>
body{margin:0;background:#f8f9fa}
#first-rows{font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#212529;padding:12px 16px}
#first-rows h1{font-size:1.25rem;margin:0 0 8px}
#first-rows table{border-collapse:collapse;font-size:13px;line-height:1.35}
#first-rows th{text-align:start;background:#f1f3f5;font-weight:600;position:sticky;top:0}
#first-rows .fr-scroll{overflow-x:auto}
#first-rows th,#first-rows td{border:1px solid #dee2e6;padding:4px 8px;white-space:nowrap;max-width:14rem;overflow:hidden;text-overflow:ellipsis}
#first-rows td.fr-title{max-width:26rem}
#first-rows p{font-size:13px;color:#495057}
@media (max-width:37.5em){#first-rows .fr-wide{display:none}}
</style>`;

/** Columns a phone shows (the others are hidden below 600 px, as the app shows cards there). */
const narrow = new Set<MatrixColumn>(['number', 'title', 'status', 'focus']);

/** The block of first rows for the Matrix page `/mesas/:mesaId/matrix?…`, or '' when there is none. */
export async function firstMatrixRows(
  req: FastifyRequest,
  mesaId: string,
  search: URLSearchParams,
): Promise<string> {
  const view = parseView(Object.fromEntries(search));
  if (view.q || view.groupBy) return '';
  let found: Awaited<ReturnType<typeof mesaFor>>;
  try {
    await authenticate(req);
    if (!req.auth) return '';
    found = await mesaFor(req, mesaId, 'matrix.read');
  } catch {
    // Signed out, or not allowed to read this Matrix: the app says so once it runs.
    return '';
  }
  const { auth, row } = found;
  const locale = requestLocale(req);
  const t = translator(locale) as Translate;
  const { database } = req.server;
  const loaded = await database.readInTurn(() =>
    loadMatrix(database.db, mesaId, visibleLevels(auth.actor, mesaId)),
  );
  const rows = viewRows(loaded, view, locale);
  const columns = visibleColumns(view);
  const first = rows.slice(0, FIRST_ROWS);
  const table = matrixSheetTable(
    first,
    locale,
    t,
    columns.map((c) => shown[c]),
  );
  const cellClass = (c: MatrixColumn) =>
    [c === 'title' ? 'fr-title' : '', narrow.has(c) ? '' : 'fr-wide'].filter(Boolean).join(' ');
  const attr = (c: MatrixColumn) => (cellClass(c) ? ` class="${cellClass(c)}"` : '');
  const text = (c: MatrixColumn, value: string | number | null, inFocus: boolean) => {
    if (c === 'number' && typeof value === 'number') return problemCode(value);
    if (c === 'focus') return inFocus ? '★' : '';
    return value === null ? '' : String(value);
  };
  const heading = t('firstRows.heading', { mesa: row.mesa.name });
  const head = columns.map((c, i) => `<th scope="col"${attr(c)}>${escapeHtml(table.headers[i] ?? '')}</th>`);
  const body = first.map(
    (p, r) =>
      `<tr data-first-row="${escapeHtml(p.id)}">${columns
        .map((c, i) => {
          const value = escapeHtml(text(c, table.rows[r]?.[i] ?? null, p.inFocus));
          return `<td${attr(c)}${c === 'title' ? ` title="${value}"` : ''}>${value}</td>`;
        })
        .join('')}</tr>`,
  );
  const rest = rows.length - first.length;
  return [
    `<div id="first-rows" data-first-rows="${escapeHtml(mesaId)}">`,
    STYLE,
    `<h1 id="first-rows-heading">${escapeHtml(heading)}</h1>`,
    // Scrolls sideways on a narrow screen, from the keyboard too.
    '<div class="fr-scroll" tabindex="0" role="region" aria-labelledby="first-rows-heading">',
    `<table><thead><tr>${head.join('')}</tr></thead><tbody>${body.join('')}</tbody></table>`,
    '</div>',
    `<p>${escapeHtml(rest > 0 ? t('firstRows.more', { count: rest }) : t('firstRows.loading'))}</p>`,
    '</div>',
  ].join('');
}

/**
 * index.html cut where the first rows go, right after the app's root: they show there until the app
 * replaces them. The whole page and nothing after it when it has no root.
 *
 * The app's style sheets move from the head to just after the rows, which carry styles of their own: in
 * the head a style sheet holds back the page's first paint until it has arrived; after the rows it holds
 * back only what follows them (the app, which needs it, renders after it). The head keeps a preload of
 * each, so that they are still asked for at once. Returns the head, the style sheets and the rest.
 */
export function splitAtFirstRows(html: string): [string, string, string] {
  const root = '<div id="root"></div>';
  const at = html.indexOf(root);
  if (at < 0) return [html, '', ''];
  const end = at + root.length;
  const sheets: string[] = [];
  const head = html.slice(0, end).replace(/<link rel="stylesheet"([^>]*)>/g, (link, attributes: string) => {
    sheets.push(link);
    return `<link rel="preload" as="style"${attributes}>`;
  });
  return [head, sheets.join(''), html.slice(end)];
}

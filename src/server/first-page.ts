/**
 * What the web app's first page will ask for, named in its HTML so that the browser asks at once, side
 * by side with the app's own script: the page's code (its chunks, as the build's manifest lists them) and
 * the API reads it starts with. Without these hints each waits for the one before — the app's script,
 * then the page's code, then its data — one round trip after another, which on a slow link is seconds.
 *
 * A hint that the app does not use costs a download; a page missing here loads as before.
 */

/** Vite's build manifest (dist/web/.vite/manifest.json), the fields read here. */
export type BuildManifest = Record<string, { file: string; css?: string[]; imports?: string[] }>;

interface FirstPage {
  /** The path, with the ids it names (validated: only UUIDs, so nothing else reaches the HTML). */
  pattern: RegExp;
  /** The page's module, as the manifest names it (relative to web/). */
  module: string;
  /** The API reads it starts with; `$1` is the path's first id. */
  reads: string[];
  /** A page of a signed-in person: the header's chunk and the strings of the pages. */
  signedIn: boolean;
}

const UUID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';

/** A Mesa's Matrix page; its first group is the Mesa's id. */
export const MATRIX_PAGE = new RegExp(`^/mesas/${UUID}/matrix$`);

const pages: FirstPage[] = [
  { pattern: /^\/login$/, module: 'src/pages/LoginPage.tsx', reads: [], signedIn: false },
  { pattern: new RegExp(`^/mesas/${UUID}$`), module: 'src/pages/MesaPage.tsx', reads: [], signedIn: true },
  {
    pattern: MATRIX_PAGE,
    module: 'src/pages/matrix/MatrixPage.tsx',
    reads: ['/api/mesas/$1/matrix'],
    signedIn: true,
  },
  {
    pattern: new RegExp(`^/problems/${UUID}$`),
    module: 'src/pages/problem/ProblemPage.tsx',
    reads: [],
    signedIn: true,
  },
  {
    pattern: new RegExp(`^/meetings/${UUID}$`),
    module: 'src/pages/sessions/MeetingPage.tsx',
    reads: [],
    signedIn: true,
  },
];

/** Every page asks who is signed in first (web/src/main.tsx). */
const ALWAYS_READ = '/api/auth/me';

/** The chunks a module needs, itself first, its static imports after; CSS apart. */
function chunksOf(manifest: BuildManifest, keys: string[]): { js: string[]; css: string[] } {
  const seen = new Set<string>();
  const js: string[] = [];
  const css: string[] = [];
  const visit = (key: string) => {
    const entry = manifest[key];
    if (!entry || seen.has(key)) return;
    seen.add(key);
    js.push(entry.file);
    css.push(...(entry.css ?? []));
    for (const imported of entry.imports ?? []) visit(imported);
  };
  for (const key of keys) visit(key);
  return { js, css };
}

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The link elements that name what the page at `pathname` will ask for, in the language `locale`
 * (whose strings are `src/i18n/{first,pages}.<locale>.ts`): its API reads (small, and the page waits for
 * them), and the code it needs beyond the app's own script, which index.html already names.
 */
export function firstPageHints(
  manifest: BuildManifest,
  pathname: string,
  locale: string,
): { reads: string[]; code: string[] } {
  const page = pages.find((p) => p.pattern.test(pathname));
  if (!page) return { reads: [], code: [] };
  const ids = pathname.match(page.pattern)?.slice(1) ?? [];
  const reads = [ALWAYS_READ, ...page.reads].map((read) =>
    read.replace(/\$(\d)/g, (_, n: string) => ids[Number(n) - 1] ?? ''),
  );
  const strings = [`src/i18n/first.${locale}.ts`, ...(page.signedIn ? [`src/i18n/pages.${locale}.ts`] : [])];
  const modules = [page.module, ...strings, ...(page.signedIn ? ['src/components/SignedInHeader.tsx'] : [])];
  const index = chunksOf(manifest, ['index.html']);
  const named = new Set([...index.js, ...index.css]);
  const { js, css } = chunksOf(manifest, modules);
  return {
    reads: reads.map((href) => `<link rel="preload" as="fetch" crossorigin href="${attribute(href)}">`),
    code: [
      ...[...new Set(js)]
        .filter((file) => !named.has(file))
        .map((file) => `<link rel="modulepreload" crossorigin href="/${attribute(file)}">`),
      ...[...new Set(css)]
        .filter((file) => !named.has(file))
        .map((file) => `<link rel="preload" as="style" crossorigin href="/${attribute(file)}">`),
    ],
  };
}

/**
 * index.html with a page's hints: its reads before the app's script, so that they are asked for first;
 * its code after what index.html names, so that the app's own script is not kept waiting.
 */
export function withFirstPageHints(html: string, hints: { reads: string[]; code: string[] }): string {
  const insert = (text: string, at: number, links: string[]) =>
    links.length === 0 || at < 0
      ? text
      : `${text.slice(0, at)}${links.join('\n    ')}\n    ${text.slice(at)}`;
  const withCode = insert(html, html.search(/<\/head>/i), hints.code);
  const script = withCode.search(/<script\b/i);
  return insert(withCode, script >= 0 ? script : withCode.search(/<\/head>/i), hints.reads);
}

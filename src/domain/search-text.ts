/**
 * The one text folding: lower case and accents removed, so that "Exoneración", "exoneracion" and
 * "EXONERACIÓN" compare alike. Search, labels, slugs, flags and the web app's filters all start here.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/**
 * Text as the search index stores it: lower case, accents removed and whitespace collapsed, so that
 * "Exoneración" and "exoneracion" match alike. Use it on both the indexed document and the query.
 */
export function foldForSearch(text: string): string {
  return foldText(text).replace(/\s+/g, ' ').trim();
}

/** The search document of a problem: its title, description, tags and the current text of its solutions. */
export function problemSearchDocument(p: {
  title: string;
  description?: string | null;
  tags?: readonly string[] | null;
  solutionTexts?: readonly string[];
}): string {
  return foldForSearch(
    [p.title, p.description ?? '', (p.tags ?? []).join(' '), ...(p.solutionTexts ?? [])].join('\n'),
  );
}

/**
 * The Matrix's first rows, as the server wrote them into the page's HTML (src/server/first-rows.ts) so
 * that a Matrix is readable before the app has loaded. The Matrix page holds them in its place while its
 * own rows load, then they go; any other page lets them go at once.
 */
const ID = 'first-rows';

/** The block of first rows of this Mesa's Matrix, while it is still in the page. */
export function firstRowsOf(mesaId: string): HTMLElement | null {
  const block = document.getElementById(ID);
  return block?.dataset.firstRows === mesaId ? block : null;
}

export function dropFirstRows(): void {
  document.getElementById(ID)?.remove();
}

/**
 * The app's style sheets: on a page with first rows the server writes them after the rows, so that they
 * do not hold back their first paint (splitAtFirstRows, src/server/first-rows.ts). They belong in
 * the head, before the style sheets the app's pages add there, which must come after them to win. Each is
 * copied into the head (from the browser's cache) and the body's own is dropped once the copy applies.
 */
export function sheetsToHead(): void {
  for (const sheet of document.querySelectorAll<HTMLLinkElement>('body link[rel="stylesheet"]')) {
    const copy = sheet.cloneNode() as HTMLLinkElement;
    copy.addEventListener('load', () => sheet.remove(), { once: true });
    document.head.insertBefore(copy, document.head.querySelector('link[rel="stylesheet"]'));
  }
}

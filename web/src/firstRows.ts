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

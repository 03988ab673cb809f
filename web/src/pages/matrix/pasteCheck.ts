/**
 * What the quick entry must know about pasted text before the parser (a chunk loaded on the first
 * paste of rows) is there: whether the text holds rows, and the limits of what is taken.
 */

/** At most this many rows are taken from one paste. */
export const MAX_PASTED_ROWS = 200;
/** The longest title the Matrix takes. */
export const MAX_TITLE_LENGTH = 300;

/** Whether pasted text holds rows (several lines, or cells separated by tabs) rather than one title. */
export function looksLikeRows(text: string): boolean {
  return /[\t\r\n]/.test(text.replace(/[\r\n]+$/, ''));
}

/** A problem's code as a Mesa says it and every page, mail and export shows it: `P-12`. */
export function problemCode(number: number): string {
  return `P-${number}`;
}

/** `P-12` (any case, spaces tolerated) → 12; null when it is not a problem code. */
export function parseProblemCode(code: string): number | null {
  const m = /^\s*p-?(\d{1,9})\s*$/i.exec(code);
  return m ? Number(m[1]) : null;
}

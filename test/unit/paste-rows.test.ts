import { describe, expect, it } from 'vitest';
import {
  looksLikeRows,
  MAX_PASTED_ROWS,
  normalize,
  type PasteCategory,
  parsePastedRows,
} from '../../web/src/pages/matrix/pasteRows';

const categories: PasteCategory[] = [
  { key: 'permits', nameEs: 'Permisos y trámites', nameEn: 'Permits and procedures' },
  { key: 'logistics', nameEs: 'Logística', nameEn: 'Logistics' },
  { key: 'old', nameEs: 'Antigua', nameEn: 'Old', archived: true },
];
const read = (text: string, ownerType: 'MP' | 'YP' = 'MP') =>
  parsePastedRows(text, { categories, ownerType });
const rows = (...lines: string[][]) => lines.map((cells) => cells.join('\t')).join('\r\n');

describe('rows pasted into the quick entry', () => {
  it('tells rows from a single title', () => {
    expect(looksLikeRows('Permiso de transporte tarda 40 días')).toBe(false);
    // A single cell copied from a spreadsheet ends with a line break.
    expect(looksLikeRows('Permiso de transporte tarda 40 días\r\n')).toBe(false);
    expect(looksLikeRows('Uno\nDos')).toBe(true);
    expect(looksLikeRows('Uno\tpermits\tMP')).toBe(true);
  });

  it('reads five rows into five problems, columns by position', () => {
    const result = read(
      rows(
        ['Guías de remisión en papel', 'permits', 'MP', '4', '5'],
        ['Inspecciones repetidas en el puerto', 'Logística', 'YP', '2', '3'],
        ['Falta de viveros certificados', 'LOGISTICS', 'yp', '5', '1'],
        ['Registro de plantaciones lento', 'Permisos y tramites', '', '', ''],
        ['Sin caminos forestales'],
      ),
    );
    expect(result.headerSkipped).toBe(false);
    expect(result.leftOut).toEqual([]);
    expect(result.overLimit).toBe(0);
    expect(result.drafts.map((d) => [d.row, d.title, d.categoryKey, d.ownerType, d.impact, d.ease])).toEqual([
      [1, 'Guías de remisión en papel', 'permits', 'MP', 4, 5],
      [2, 'Inspecciones repetidas en el puerto', 'logistics', 'YP', 2, 3],
      [3, 'Falta de viveros certificados', 'logistics', 'YP', 5, 1],
      [4, 'Registro de plantaciones lento', 'permits', 'MP', 3, 3],
      [5, 'Sin caminos forestales', null, 'MP', 3, 3],
    ]);
    expect(result.drafts.every((d) => d.warnings.length === 0)).toBe(true);
  });

  it('skips a Spanish header row and says so', () => {
    const result = read(
      rows(
        ['Título', 'Categoría', 'MP/YP', 'Impacto', 'Facilidad'],
        ['Trámite lento', 'permits', 'MP', '4', '4'],
      ),
    );
    expect(result.headerSkipped).toBe(true);
    expect(result.drafts).toHaveLength(1);
    expect(result.drafts[0]).toMatchObject({ row: 2, title: 'Trámite lento', impact: 4, ease: 4 });
  });

  it('skips an English header row, whatever its case and accents', () => {
    const result = read(rows(['PROBLEM', 'category', 'Owner (MP/YP)', 'Impact', 'Ease'], ['Slow permits']));
    expect(result.headerSkipped).toBe(true);
    expect(result.drafts.map((d) => d.title)).toEqual(['Slow permits']);
    expect(read(rows(['Problema'], ['Uno'], ['Dos'])).drafts.map((d) => d.title)).toEqual(['Uno', 'Dos']);
  });

  it('does not take a title that only starts like a header for one', () => {
    const result = read(rows(['Problema de acceso al crédito', 'permits'], ['Otro']));
    expect(result.headerSkipped).toBe(false);
    expect(result.drafts).toHaveLength(2);
  });

  it('reads quoted cells holding tabs, line breaks and quotes', () => {
    const text = [
      '"Título con\ttabulación"\tpermits\tMP\t2\t2',
      '"Título en\ndos líneas"\tlogistics\tYP\t4\t5',
      '"Dice ""urgente"""\t\t\t\t',
      'Tubo de 5" sin comillas de cierre\t\t\t1\t1',
    ].join('\n');
    const result = read(text);
    expect(result.drafts.map((d) => [d.row, d.title, d.categoryKey])).toEqual([
      [1, 'Título con tabulación', 'permits'],
      [2, 'Título en dos líneas', 'logistics'],
      [3, 'Dice "urgente"', null],
      [4, 'Tubo de 5" sin comillas de cierre', null],
    ]);
    expect(result.drafts[1]).toMatchObject({ ownerType: 'YP', impact: 4, ease: 5 });
  });

  it('reads text whose quotes are not closed as plain text', () => {
    const result = read('"Comillas sin cerrar\tpermits\nSegundo\tlogistics');
    expect(result.drafts.map((d) => [d.title, d.categoryKey])).toEqual([
      ['"Comillas sin cerrar', 'permits'],
      ['Segundo', 'logistics'],
    ]);
  });

  it('replaces bad scores by 3 and says so on the row', () => {
    const result = read(
      rows(['Uno', '', '', '9', 'alta'], ['Dos', '', '', '4.0', '2,0'], ['Tres', '', '', '0', '-1']),
    );
    expect(result.drafts.map((d) => [d.impact, d.ease])).toEqual([
      [3, 3],
      [4, 2],
      [3, 3],
    ]);
    expect(result.drafts[0]!.warnings).toEqual([
      { kind: 'badScore', field: 'impact', value: '9', used: 3 },
      { kind: 'badScore', field: 'ease', value: 'alta', used: 3 },
    ]);
    expect(result.drafts[1]!.warnings).toEqual([]);
    expect(result.drafts[2]!.warnings).toHaveLength(2);
  });

  it('leaves an unknown or archived category out, with a warning on the row', () => {
    const result = read(rows(['Uno', 'Minería'], ['Dos', 'old'], ['Tres', 'Logistica']));
    expect(result.drafts.map((d) => d.categoryKey)).toEqual([null, null, 'logistics']);
    expect(result.drafts[0]!.warnings).toEqual([{ kind: 'unknownCategory', value: 'Minería' }]);
    expect(result.drafts[1]!.warnings).toEqual([{ kind: 'unknownCategory', value: 'old' }]);
    expect(result.drafts[2]!.warnings).toEqual([]);
  });

  it('takes MP or YP only, else the owner type chosen in the entry row', () => {
    const result = read(rows(['Uno', '', 'gobierno'], ['Dos', '', ''], ['Tres', '', ' mp ']), 'YP');
    expect(result.drafts.map((d) => d.ownerType)).toEqual(['YP', 'YP', 'MP']);
    expect(result.drafts[0]!.warnings).toEqual([{ kind: 'badOwner', value: 'gobierno', used: 'YP' }]);
  });

  it('ignores blank lines and rows of empty cells, and leaves out rows without a title', () => {
    const result = read('Uno\n\n\t\t\n  \nDos\r\n\r\n\tpermits\t\t4\nTres\n\n');
    expect(result.drafts.map((d) => d.title)).toEqual(['Uno', 'Dos', 'Tres']);
    expect(result.leftOut).toEqual([{ row: 3, reason: 'noTitle', text: 'permits · 4' }]);
  });

  it('leaves out a title longer than the Matrix takes', () => {
    const result = read(rows(['x'.repeat(301)], ['Corto']));
    expect(result.drafts.map((d) => d.title)).toEqual(['Corto']);
    expect(result.leftOut).toMatchObject([{ row: 1, reason: 'longTitle' }]);
  });

  it('takes at most the row limit and counts the rest', () => {
    const text = Array.from({ length: MAX_PASTED_ROWS + 7 }, (_, i) => `Problema ${i + 1}`).join('\n');
    const result = read(text);
    expect(result.drafts).toHaveLength(MAX_PASTED_ROWS);
    expect(result.overLimit).toBe(7);
  });

  it('compares names without case or accents', () => {
    expect(normalize('  Logística  y   PUERTOS ')).toBe('logistica y puertos');
  });
});

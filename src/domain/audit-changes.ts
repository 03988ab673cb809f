/**
 * What an audit event changed, field by field, for people to read: the fields whose value differs
 * between before and after (all of after's on a creation, all of before's on a removal). Bookkeeping
 * fields every change touches are left out; long values are cut.
 */
export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

const BOOKKEEPING = new Set(['id', 'version', 'createdAt', 'updatedAt', 'mesaId']);
const MAX_VALUE = 240;

function display(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

function fieldsOf(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const b = fieldsOf(before);
  const a = fieldsOf(after);
  const names = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((n) => !BOOKKEEPING.has(n));
  return names
    .map((field) => ({ field, before: display(b[field]), after: display(a[field]) }))
    .filter((c) => c.before !== c.after)
    .sort((x, y) => (x.field < y.field ? -1 : x.field > y.field ? 1 : 0));
}

import { describe, expect, it } from 'vitest';
import { changedFields } from '../../src/domain/audit-changes';

describe('what an audit event changed', () => {
  it('lists the fields whose value differs, leaving out bookkeeping', () => {
    expect(
      changedFields(
        { id: 'x', version: 1, updatedAt: '2026-01-01', sector: 'Antes', impact: 3, tags: ['a'] },
        { id: 'x', version: 2, updatedAt: '2026-01-02', sector: 'Después', impact: 3, tags: ['a', 'b'] },
      ),
    ).toEqual([
      { field: 'sector', before: 'Antes', after: 'Después' },
      { field: 'tags', before: '["a"]', after: '["a","b"]' },
    ]);
  });

  it('shows a creation as every field set, and a removal as every field cleared', () => {
    expect(changedFields(null, { id: 'x', name: 'Mesa', description: null })).toEqual([
      { field: 'name', before: null, after: 'Mesa' },
    ]);
    expect(changedFields({ name: 'Mesa', active: true }, null)).toEqual([
      { field: 'active', before: 'true', after: null },
      { field: 'name', before: 'Mesa', after: null },
    ]);
  });

  it('cuts long values', () => {
    const [change] = changedFields({ text: 'a' }, { text: 'b'.repeat(1000) });
    expect(change!.after).toHaveLength(240);
    expect(change!.after!.endsWith('…')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { type AgendaPlace, currentAgendaItemId, nextCurrentAgendaItemId } from '../../src/domain/meetings';

const at = '2026-03-02T15:00:00Z';
/** Items a…f; the letters given are discussed. */
const agenda = (...discussed: string[]): AgendaPlace[] =>
  ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, discussedAt: discussed.includes(id) ? at : null }));

describe('currentAgendaItemId', () => {
  it('is the item the moderator took up, discussed or not', () => {
    expect(currentAgendaItemId('in_progress', agenda(), 'e')).toBe('e');
    expect(currentAgendaItemId('in_progress', agenda('b'), 'b')).toBe('b');
  });

  it('is otherwise the first item not discussed yet, and null once all were', () => {
    expect(currentAgendaItemId('in_progress', agenda(), null)).toBe('a');
    expect(currentAgendaItemId('in_progress', agenda('a', 'b'), null)).toBe('c');
    expect(currentAgendaItemId('in_progress', agenda('a', 'b', 'c', 'd', 'e', 'f'), null)).toBeNull();
    expect(currentAgendaItemId('in_progress', [], null)).toBeNull();
  });

  it('skips the items of a draft that was never saved (no id)', () => {
    expect(currentAgendaItemId('in_progress', [{ id: null, discussedAt: null }, ...agenda()], null)).toBe(
      'a',
    );
  });

  it('is null when the taken-up item is not among the items the reader sees', () => {
    expect(currentAgendaItemId('in_progress', agenda(), 'hidden')).toBeNull();
  });

  it('is null unless the meeting is being held', () => {
    for (const state of ['draft', 'scheduled', 'closed'] as const) {
      expect(currentAgendaItemId(state, agenda(), 'c'), state).toBeNull();
      expect(currentAgendaItemId(state, agenda(), null), state).toBeNull();
    }
  });
});

describe('nextCurrentAgendaItemId', () => {
  it('moves on to the next item not discussed after the one just discussed', () => {
    expect(nextCurrentAgendaItemId(agenda('c'), 'c')).toBe('d');
    expect(nextCurrentAgendaItemId(agenda('c', 'd'), 'c')).toBe('e');
  });

  it('comes back to the first earlier item not discussed at the end of the agenda', () => {
    expect(nextCurrentAgendaItemId(agenda('b', 'f'), 'f')).toBe('a');
    expect(nextCurrentAgendaItemId(agenda('a', 'b', 'e', 'f'), 'e')).toBe('c');
  });

  it('is null when nothing is left to discuss', () => {
    expect(nextCurrentAgendaItemId(agenda('a', 'b', 'c', 'd', 'e', 'f'), 'c')).toBeNull();
    expect(nextCurrentAgendaItemId([{ id: 'a', discussedAt: null }], 'a')).toBeNull();
  });
});

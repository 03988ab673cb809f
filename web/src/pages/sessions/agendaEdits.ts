import type { AgendaEdit, AgendaItem } from './sessionsApi';

/** The most minutes an agenda item may take. */
export const MAX_MINUTES = 240;

/** An agenda item as it stands in the editor, before the edits are saved. */
export interface AgendaEntry {
  key: string;
  title: string;
  minutes: number;
  /** The saved or generated item; absent for one added here and not saved yet. */
  item: AgendaItem | null;
  problemId: string | null;
}

export const entriesOf = (items: AgendaItem[]): AgendaEntry[] =>
  items.map((item) => ({ key: item.key, title: item.title, minutes: item.minutes, item, problemId: null }));

/**
 * The edits that turn the agenda as the server has it into the one on screen: removals, minutes, then
 * moves of the remaining items into their order, then the new items inserted at their places.
 */
export function agendaEdits(original: AgendaItem[], entries: AgendaEntry[]): AgendaEdit[] {
  const edits: AgendaEdit[] = [];
  const kept = new Set(entries.filter((e) => e.item).map((e) => e.key));
  for (const item of original) if (!kept.has(item.key)) edits.push({ op: 'remove', key: item.key });
  for (const e of entries) {
    if (e.item && e.item.minutes !== e.minutes)
      edits.push({ op: 'set_minutes', key: e.key, minutes: e.minutes });
  }
  const order = original.filter((i) => kept.has(i.key)).map((i) => i.key);
  entries
    .filter((e) => e.item)
    .forEach((e, to) => {
      if (order[to] === e.key) return;
      edits.push({ op: 'move', key: e.key, to });
      order.splice(order.indexOf(e.key), 1);
      order.splice(to, 0, e.key);
    });
  entries.forEach((e, at) => {
    if (!e.item) edits.push({ op: 'add', title: e.title, minutes: e.minutes, problemId: e.problemId, at });
  });
  return edits;
}

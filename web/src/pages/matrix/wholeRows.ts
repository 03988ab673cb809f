import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Rows that come into sight while the grid scrolls show their number and title only (cheap to lay out
 * and paint). They are made whole, with every value, link, select and button, a few at a time between
 * frames: once the scrolling stops, or while it goes on slowly, when a row has stayed in sight a moment.
 * A fast scroll step never waits for twenty rows of controls, nor builds them for rows that only pass by.
 */
const BUDGET_MS = 5;
/** How long a row stays in sight of a grid still scrolling before it is made whole. */
const DWELL_MS = 150;
const RETRY_MS = 60;

/** What a row asks of its grid. */
export interface RowSight {
  /** Whether the grid is being scrolled. */
  isScrolling: () => boolean;
  /** Whether the row of this index is in sight (not one of the few kept ready above and below). */
  inSight: (index: number) => boolean;
}

interface Waiting {
  upgrade: () => void;
  grid: RowSight;
  index: number;
  /** When the row was first found in sight (and has stayed since), while its grid scrolls. */
  seen: number | null;
}

const waiting = new Set<Waiting>();
let scheduled = false;
// A task of its own for each batch, as React's scheduler does: the browser paints and takes input between.
const channel = typeof MessageChannel === 'function' ? new MessageChannel() : null;
const nextTask = (run: () => void) => {
  if (channel) {
    channel.port1.onmessage = run;
    channel.port2.postMessage(null);
  } else setTimeout(run, 0);
};

function schedule(delay = 0) {
  if (scheduled) return;
  scheduled = true;
  if (delay > 0) setTimeout(() => nextTask(makeWhole), delay);
  else nextTask(makeWhole);
}

function makeWhole() {
  scheduled = false;
  const start = performance.now();
  const inSight: Waiting[] = [];
  for (const row of waiting) {
    const shown = row.grid.inSight(row.index);
    row.seen = shown ? (row.seen ?? start) : null;
    if (shown) inSight.push(row);
  }
  // The rows in sight first; while the grid scrolls, only those that stayed in sight a moment.
  const ready = [...inSight, ...waiting].filter(
    (row) => !row.grid.isScrolling() || (row.seen !== null && start - row.seen >= DWELL_MS),
  );
  for (const row of ready) {
    if (!waiting.delete(row)) continue;
    flushSync(row.upgrade);
    if (performance.now() - start > BUDGET_MS) return schedule();
  }
  // Only rows passing by a grid still scrolling are left: look again a little later.
  if (waiting.size > 0) schedule(RETRY_MS);
}

/**
 * Whether a row shows whole. It does from the start unless its grid is scrolling when it appears;
 * `now` makes it whole at once (the reader is at it: its cell is active or being edited).
 */
export function useWholeRow(grid: RowSight, index: number, now: boolean): boolean {
  const [whole, setWhole] = useState(() => !grid.isScrolling());
  if (now && !whole) setWhole(true);
  useEffect(() => {
    if (whole) return;
    const row: Waiting = { upgrade: () => setWhole(true), grid, index, seen: null };
    waiting.add(row);
    schedule();
    return () => {
      waiting.delete(row);
    };
  }, [whole, grid, index]);
  return whole;
}

import { useState } from 'react';

/**
 * Whether something has been wanted at least once: a dialog whose code loads on first use is mounted
 * from then on, and kept, so that it closes with its transition and opens again at once.
 */
export function useWantedOnce(wanted: boolean): boolean {
  const [once, setOnce] = useState(wanted);
  if (wanted && !once) setOnce(true);
  return once;
}

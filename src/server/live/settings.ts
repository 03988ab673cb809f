/** Settings of the live event streams. */
export const liveSettings = {
  /** How often an open stream gets a comment line, so proxies and browsers keep it open. */
  heartbeatMs: 15_000,
  /** The first delay before listening again after the LISTEN connection was lost (it then doubles). */
  listenerRetryMs: 250,
};

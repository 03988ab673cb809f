import { defineConfig } from 'vitest/config';
import { YOUNG_GENERATION } from './vitest.config';

/** End-to-end tests of the web app: a real server on a fresh database, driven through Chromium. */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['test/support/web-built.ts', 'test/support/global-setup.ts'],
    setupFiles: ['test/support/audit-key.ts'],
    pool: 'forks',
    // The server of each file allocates as the API tier's do (vitest.config.ts).
    execArgv: YOUNG_GENERATION,
    // Two files side by side, each with its own server, database and Chromium. The web app is built
    // once before them (test/support/web-built.ts).
    maxWorkers: 2,
    // A file's server and Chromium are its own; the loaded modules (the server, Playwright, axe: 6 s of
    // imports a file) are shared by the files of a worker, as in the API tier.
    isolate: false,
    // The longest journeys (a whole session, from planning to minutes) take about a minute on a quiet
    // machine and twice that when the machine is loaded: the limit only stops a hung test.
    testTimeout: 240_000,
    hookTimeout: 240_000,
    // A page follows the server when it can: on a loaded machine that takes longer than the default
    // second. Tests wait for what must happen; how fast it happens is measured in bench/.
    expect: { poll: { timeout: 15_000, interval: 50 } },
  },
});

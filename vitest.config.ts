import { relative } from 'node:path';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * V8's young generation for the worker processes (its semi-spaces, in MB). The workers allocate fast
 * (each request, each query's rows): 64 MB instead of V8's 16 MB collects a quarter as often and keeps
 * less alive by chance. The three largest API files: 102 → 82-91 s of test time, 130-138 → 113-125 s
 * of CPU (docs/BENCHMARKS.md). Every tier run in processes takes it; the unit tier's threads share the
 * main process's V8 and take no flags.
 */
export const YOUNG_GENERATION = ['--max-semi-space-size=64'];

/**
 * The suite in tiers, fastest first. `npm test` runs them all; `npm run test:unit` (seconds) and the
 * others run one. Only the tiers that need a database prepare one, once per run (test/support/templates.ts):
 * `data` starts from a copy of an empty migrated database and makes what it needs with small factories;
 * `cli` copies that one into the data folders of its commands; `api` copies a template holding the
 * paper's demo history. The browser tier has its own configuration
 * (vitest.browser.config.ts): it drives Chromium against a real server.
 */
const tier = (
  name: string,
  include: string[],
  extra: NonNullable<TestProjectInlineConfiguration['test']> = {},
): TestProjectInlineConfiguration => ({
  extends: true,
  test: { name, include, ...(extra.pool === 'threads' ? {} : { execArgv: YOUNG_GENERATION }), ...extra },
});

const demoTemplate = ['test/support/global-setup.ts'];
const emptyTemplate = ['test/support/empty-setup.ts'];
// With DATABASE_URL the data tier makes its empty databases on that server: no embedded template for it.
const dataTemplate = process.env.DATABASE_URL ? [] : emptyTemplate;
const clientTest = 'test/cli/client.test.ts';

// Every tier that writes to a database signs its audit events with the test key.
const auditKey = ['test/support/audit-key.ts'];

/**
 * The order test files start in. Vitest's own order runs the tiers one after another by name (api,
 * cli, data, faults, unit), each tier's longest files first: the files that start a process of their
 * own (the CLI's, the faults'), 8-20 s each, came last, and one core waited for the last of them.
 * Here those files start first, the longest first whatever their tier, and the tiers whose files share
 * a worker (api, then data, then unit) follow in Vitest's order, so that the run ends on short files
 * that keep both cores busy to the end.
 */
class LongestAloneFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const inOrder = await super.sort(files);
    const alone = inOrder.filter((file) => file.project.config.isolate !== false);
    const shared = inOrder.filter((file) => file.project.config.isolate === false);
    return [...alone.sort((a, b) => this.weight(b) - this.weight(a)), ...shared];
  }

  /** How long the file took last time; a file not run before counts as the longest. */
  private weight(file: TestSpecification): number {
    const key = `${file.project.name}:${relative(this.ctx.config.root, file.moduleId)}`;
    return this.ctx.cache.getFileTestResults(key)?.duration ?? Number.POSITIVE_INFINITY;
  }
}

export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    // Each tier is a Vite project of its own, which compiled the sources it imports again (transform
    // 18.6 s in a run): kept on disk (node_modules/.experimental-vitest-cache) by each file's content and
    // the configuration, a module compiled for one tier serves the others, and the next run (11.8 s,
    // then 5.6 s on a second run).
    experimental: { fsModuleCache: true },
    // The files that take a process of their own first, then the tiers that share workers.
    sequence: { sequencer: LongestAloneFirst },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      // Pure code: threads start faster than processes, and nothing here holds a database.
      tier('unit', ['test/unit/**/*.test.ts'], {
        pool: 'threads',
        isolate: false,
        setupFiles: ['test/support/web-strings-loaded.ts'],
      }),
      tier('data', ['test/data/**/*.test.ts'], {
        globalSetup: dataTemplate,
        setupFiles: auditKey,
        isolate: false,
      }),
      // Faults of the database the tests make themselves (a PostgreSQL cluster of their own, an embedded
      // data directory, copied from the empty template): whichever database the run names, they test the
      // same thing.
      tier('faults', ['test/faults/**/*.test.ts'], { globalSetup: emptyTemplate, setupFiles: auditKey }),
      // The API files share their worker's loaded modules (2 s of imports a file otherwise); each still
      // builds its own app on its own database. None mocks a module: a mock would reach the other files.
      // The integrator's commands (the typed client with an API token, test/cli/client.test.ts) run here
      // too: they call a test server on the run's database, built from the modules the API files load.
      tier('api', ['test/api/**/*.test.ts', clientTest], {
        globalSetup: demoTemplate,
        setupFiles: auditKey,
        isolate: false,
      }),
      // Each CLI test starts `mesas` processes, several seconds each on a loaded machine: the limit only
      // stops a hung test. These run the commands on embedded databases of their own, whichever
      // database the run names.
      tier('cli', ['test/cli/**/*.test.ts'], {
        globalSetup: emptyTemplate,
        setupFiles: auditKey,
        testTimeout: 120_000,
        exclude: [clientTest],
      }),
    ],
  },
});

/**
 * The figures of the Matrix benchmark and how they are written into the "Matrix" section of
 * docs/BENCHMARKS.md: the data set, the Matrix under load with its cache on, off and invalidated once a
 * second, the SQL statements per request on a cache miss and on a hit, search, and the goals.
 */
import type { Result } from 'autocannon';
import { type Machine, machineLines } from '../support/machine';
import type { DataSet } from './generate';

/** One load test: autocannon's result, the probe's response and the single-client latency. */
export interface Load {
  result: Result;
  bytes: number;
  items: number;
  /** Median milliseconds of sequential requests by one client before the load. */
  alone: number;
}

/** The changes a loop made through the API while a load test ran. */
export interface Changes {
  /** Changes that answered 200. */
  made: number;
  failed: number;
  /** The first few failures, as status and body. */
  failures: string[];
  /** Median milliseconds of one change (GET of the problem, then PATCH), under the load. */
  medianMs: number;
}

/** `GET /api/mesas/:id/matrix` of the large Mesa, three ways. */
export interface MatrixLoads {
  /** The default server: the cache on, nothing changing. */
  cacheOn: Load;
  /** A server started with MATRIX_CACHE_MB=0: every request reads the database. */
  cacheOff: Load;
  /** The default server while a problem of the Mesa changes once a second. */
  changing: Load;
  changes: Changes;
}

export interface StatementCount {
  problems: number;
  /** The first request after a change: the Matrix is read from the database. */
  miss: number;
  missMatrix: number;
  /** The request after that: answered from the cache. */
  hit: number;
  hitMatrix: number;
  /** Each statement's verb and first table, for the log. */
  missSummary: string[];
  hitSummary: string[];
}

export interface StoreResult {
  label: 'PostgreSQL' | 'PGlite';
  data: DataSet;
  setupMs: number;
  verify: { ok: boolean; checked: number; ms: number } | null;
  statements: StatementCount[];
  plan: string[];
  matches: number[];
  matrix: MatrixLoads;
  /** Search under load with `connections` clients, per term. */
  search: Load[];
  /** Search with one client, one request after the other, per term: the latency of a search itself. */
  searchOne: Load[];
  sizeMiB: number | null;
}

export interface ReportSettings {
  connections: number;
  loadSeconds: number;
  searchSeconds: number;
  warmupSeconds: number;
  searchWarmupSeconds: number;
  sequentialRequests: number;
  /** Seconds between two changes in the run "changing once a second". */
  changeInterval: number;
  goals: { matrixP50: number; matrixP99: number; searchP50: number };
  searchTerms: { q: string; what: string }[];
  explainTerm: string;
  sectionStart: string;
  sectionEnd: string;
}

export interface Goal {
  text: string;
  met: boolean;
}

const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const count = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;

/**
 * The goals. The Matrix goals are checked against the default server with an unchanging Matrix (cache
 * on); the cache-off and changing-once-a-second figures are printed beside them in the same line.
 */
export function goals(results: StoreResult[], s: ReportSettings): Goal[] {
  const out: Goal[] = [];
  for (const r of results) {
    const { cacheOn, cacheOff, changing } = r.matrix;
    const beside = (pick: (l: Result['latency']) => number) =>
      `beside it: cache off ${pick(cacheOff.result.latency)} ms, ` +
      `changing once a second ${pick(changing.result.latency)} ms`;
    const on = cacheOn.result.latency;
    out.push({
      text: `${r.label}: Matrix of a 200-problem Mesa p50 ≤ ${s.goals.matrixP50} ms with the cache on (${on.p50} ms; ${beside((l) => l.p50)})`,
      met: on.p50 <= s.goals.matrixP50,
    });
    out.push({
      text: `${r.label}: Matrix of a 200-problem Mesa p99 ≤ ${s.goals.matrixP99} ms with the cache on (${on.p99} ms; ${beside((l) => l.p99)})`,
      met: on.p99 <= s.goals.matrixP99,
    });
    const [small, large] = r.statements;
    out.push({
      text:
        `${r.label}: same number of SQL statements for 20 and 200 problems when the Matrix is read from the ` +
        `database, on a cache miss (${small?.miss} and ${large?.miss}; on a cache hit ${small?.hit} and ${large?.hit})`,
      met: !!small && !!large && small.miss === large.miss && small.missMatrix > 0,
    });
    // The issue sets the search goal without a number of clients (unlike the Matrix goal's 16): it is
    // checked with one client, and the figures under load are given beside it.
    const unfinished = r.searchOne.some((l) => !l.result.requests.total);
    const worst = Math.max(...r.searchOne.map((l) => l.result.latency.p50));
    const worstLoaded = Math.max(...r.search.map((l) => l.result.latency.p50));
    out.push({
      text: unfinished
        ? `${r.label}: search p50 ≤ ${s.goals.searchP50} ms for every term, one client (some terms completed no request within the measured seconds)`
        : `${r.label}: search p50 ≤ ${s.goals.searchP50} ms for every term, one client (worst ${worst} ms; with ${s.connections} clients worst ${worstLoaded} ms)`,
      met: !unfinished && worst <= s.goals.searchP50,
    });
  }
  return out;
}

function trimPlan(plan: string[]): string[] {
  // Keep the plan's structure and timings; drop the per-node buffer lines below the top and long filters.
  return plan
    .filter((line) => !/^\s+(Output|Sort Key|Heap Blocks|Rows Removed|Filter)/.test(line))
    .map((line) => (line.length > 150 ? `${line.slice(0, 147)}...` : line));
}

function dataSetLines(results: StoreResult[]): string[] {
  const lines: string[] = ['### The data set', ''];
  lines.push(
    'Each store is migrated and loaded with the demo data (so the demo accounts exist), then filled by ' +
      '`bench/matrix/generate.ts` with multi-row `INSERT … SELECT FROM json_populate_recordset` batches: Mesas of ' +
      'twenty sectors and factors across the regions of Peru (one in ten in English), problems whose titles and ' +
      'descriptions are built from a vocabulary of bottlenecks, 1–3 responsible public entities each, their status ' +
      'history, 1–3 solutions each with revisions, indicators for about a third of them and field feedback for the ' +
      'enacted and verified ones. Search documents are computed with `problemSearchDocument` as the application ' +
      'does; the database fills the stored generated columns `search_es` and `search_en` (their tsvectors) from ' +
      "them. The audit log continues the demo's hash chain: one event per generated record, then edits, each " +
      "sealed with `macAuditRow` of `src/db/audit.ts` (HMAC-SHA-256 keyed by the run's `AUDIT_KEY`), and the " +
      'signed head moved to its end. Then `ANALYZE`.',
    '',
  );
  const tables = Object.keys(results[0]!.data.counts);
  lines.push(
    `| Rows | ${results.map((r) => r.label).join(' | ')} |`,
    `| --- |${results.map(() => ' ---: |').join('')}`,
  );
  for (const t of tables) {
    lines.push(`| \`${t}\` | ${results.map((r) => count(r.data.counts[t] ?? 0)).join(' | ')} |`);
  }
  lines.push(
    `| Migrations + demo data | ${results.map((r) => secs(r.setupMs)).join(' | ')} |`,
    `| Generating the Matrix rows | ${results.map((r) => secs(r.data.matrixMs)).join(' | ')} |`,
    `| Generating the audit log | ${results.map((r) => secs(r.data.auditMs)).join(' | ')} |`,
    '',
  );
  const [fewest, most] = results[0]!.data.otherSizes;
  lines.push(
    `The 200-problem Mesa and the 20-problem Mesa are generated ones; the other generated Mesas hold between ` +
      `${fewest} and ${most} problems each, the three demo Mesas their demo problems.`,
  );
  const pgResult = results.find((r) => r.label === 'PostgreSQL');
  if (pgResult?.verify) {
    lines.push(
      `On PostgreSQL the whole chain was verified afterwards with \`verifyAuditChain\` (what \`mesas verify-audit\` ` +
        `runs): ${pgResult.verify.ok ? 'intact' : 'BROKEN'}, ${count(pgResult.verify.checked)} events ` +
        `in ${secs(pgResult.verify.ms)}. The database took ${pgResult.sizeMiB?.toFixed(0)} MiB on disk.`,
    );
  }
  const pglite = results.find((r) => r.label === 'PGlite');
  if (pglite && pgResult && pglite.data.counts.audit_events! < pgResult.data.counts.audit_events!) {
    lines.push(
      `On PGlite the audit log was scaled down to ${count(pglite.data.counts.audit_events!)} events ` +
        '(`BENCH_PGLITE_AUDIT`) to keep the run short; the audit log is not read by the Matrix (apart from its ' +
        'revision: the latest event of the Mesa and the latest without a Mesa) or by search.',
    );
  }
  lines.push('');
  return lines;
}

function matrixLines(results: StoreResult[], s: ReportSettings): string[] {
  const lines: string[] = [
    `### \`GET /api/mesas/:id/matrix\`, 200 problems, ${s.connections} connections, ${s.loadSeconds} s`,
    '',
  ];
  lines.push(
    'The server keeps the serialized Matrix of each Mesa, per set of visibility levels, in a cache of its own ' +
      'process (`src/server/matrix-cache.ts`, at most `MATRIX_CACHE_MB`, 64 MiB by default) and checks it on every ' +
      "request against the Mesa's revision (`mesaWithMatrixRevision` of `src/db/queries/matrix.ts`, read with the Mesa's row: the latest audit " +
      'event of the Mesa and the latest one without a Mesa). Any audited change of the Mesa therefore makes the ' +
      'next request read the Matrix from the database again. The Matrix is measured three ways on each database:',
    '',
    '- **Cache on**: `mesas serve` with its default settings while nothing changes; after the first request every ' +
      'answer comes from the cache.',
    '- **Cache off**: a second server, started with `MATRIX_CACHE_MB=0` after the first was stopped; every ' +
      'request reads the Matrix from the database.',
    `- **Changing once a second**: the cache-on server while, during the measured run, a separate loop changes a ` +
      `problem of this Mesa every ${s.changeInterval === 1 ? 'second' : `${s.changeInterval} s`} through the API with the same token (\`GET /api/problems/:id\` ` +
      'for its `version`, then `PATCH /api/problems/:id` with a new title). Each change invalidates the cached ' +
      'Matrix, so the request after it reads the database: the figure to expect during a session, when the team ' +
      'edits the Matrix while the participants have it on screen.',
    '',
  );
  lines.push(
    `autocannon with ${s.connections} connections, each with a personal API token of the demo administrator (who ` +
      'sees every problem) and `Accept-Encoding: gzip, deflate, br` as browsers send it (the cached Matrix is ' +
      'compressed once per revision and sent compressed; with the cache off it is sent as plain JSON), ' +
      `after a ${s.warmupSeconds} s warm-up (without changes). Latencies in milliseconds. The ` +
      "token's last use is recorded at most once a minute (one `UPDATE`, not audited). Before the measured run the server " +
      "is left to finish the warm-up's abandoned requests (until no query runs in the database and `/readyz` " +
      'answers within 100 ms), and again after it, before the next measurement. "Alone" is the median of ' +
      `${s.sequentialRequests} requests made one after the other by a single client before any load: the time of ` +
      'one request without queueing behind others; in the changing run each of them comes right after a change, ' +
      'so it is a cache miss.',
    '',
  );
  const sizes = results.map((r) => `${(r.matrix.cacheOn.bytes / 1024).toFixed(0)} KiB on ${r.label}`);
  lines.push(`The response: ${results[0]!.matrix.cacheOn.items} problems, ${sizes.join(', ')}.`, '');
  lines.push(
    '| Database | Server | Requests/s | p50 | p97.5 | p99 | Max | Requests | Non-2xx | Alone (1 client) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const r of results) {
    const { cacheOn, cacheOff, changing, changes } = r.matrix;
    const rows: [string, Load][] = [
      ['cache on', cacheOn],
      ['cache off (`MATRIX_CACHE_MB=0`)', cacheOff],
      [
        `cache on, changing once a second (${plural(changes.made, 'change', 'changes')} in ${s.loadSeconds} s)`,
        changing,
      ],
    ];
    for (const [server, { result, alone }] of rows) {
      const l = result.latency;
      lines.push(
        `| ${r.label} | ${server} | ${result.requests.average.toFixed(0)} | ${l.p50} | ${l.p97_5} | ${l.p99} | ` +
          `${l.max} | ${count(result.requests.total)} | ${result.non2xx} | ${alone.toFixed(0)} |`,
      );
    }
  }
  lines.push('');
  for (const r of results) {
    const c = r.matrix.changes;
    let line =
      `${r.label}: ${plural(c.made, 'change', 'changes')} made during the ${s.loadSeconds} s of the changing run` +
      (c.made
        ? `, each (the GET and the PATCH) taking ${c.medianMs.toFixed(0)} ms at the median under the load`
        : '');
    if (c.failed) line += `; ${plural(c.failed, 'change', 'changes')} failed (${c.failures.join('; ')})`;
    lines.push(`${line}.`);
  }
  lines.push(
    '',
    `All ${s.connections} connections use the administrator's token and so share one cache entry; participants ` +
      'with other roles see other visibility levels, each with an entry of its own and its own miss after a ' +
      'change. Misses are not coalesced: the requests that arrive after a change, before the first of them has ' +
      'stored the new Matrix, each read the database.',
    '',
  );
  return lines;
}

function statementLines(results: StoreResult[]): string[] {
  const lines: string[] = ['### SQL statements per Matrix request', ''];
  lines.push(
    "Counted in-process: the app built with `buildApp` over the same store (the cache on), every call of the driver's " +
      "`query` counted (node-postgres `Client.prototype.query`, which pool queries go through; the PGlite instance's " +
      '`query`), requests made by `app.inject` with the bearer token. For each Mesa: one uncounted request (the ' +
      'app warmed as a running server is), an uncounted change of one of its problems through the API ' +
      '(`PATCH /api/problems/:id`), then two counted requests of the Matrix: the first after the change misses the ' +
      'cache and reads the Matrix from the database, the second is answered from the cache. The totals include ' +
      "authentication (the token, its user, the caller's participations), the Mesa and its revision, and on a " +
      'miss the categories (the token\'s last use is recorded at most once a minute, so not in these counts); "reading the Matrix" counts the statements that select from the tables of the Matrix ' +
      '(`problems`, `problem_entities`, `solutions` with `solution_versions`, `outcome_indicators`, ' +
      '`field_feedback`).',
    '',
  );
  lines.push(
    '| Database | Problems | Cache miss: statements | Of them reading the Matrix | Cache hit: statements | Of them reading the Matrix |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const r of results) {
    for (const c of r.statements) {
      lines.push(`| ${r.label} | ${c.problems} | ${c.miss} | ${c.missMatrix} | ${c.hit} | ${c.hitMatrix} |`);
    }
  }
  lines.push('');
  return lines;
}

function searchLines(results: StoreResult[], s: ReportSettings): string[] {
  const lines: string[] = [
    `### \`GET /api/search\`, 1 and ${s.connections} connections, ${s.searchSeconds} s per term`,
    '',
  ];
  lines.push(
    `Full-text search over all ${count(results[0]!.data.counts.problems!)} problems as the demo ` +
      'administrator (every Mesa and problem visible), default limit of 20 results, measured twice per term after ' +
      `a ${s.searchWarmupSeconds} s warm-up: with one client sending one request after the other (the time a search ` +
      `takes; the goal is read here) and with ${s.connections} clients. "Matches" is how many problems the ` +
      "term matches in either language (`search_es @@ websearch_to_tsquery('spanish', …) or search_en @@ " +
      'websearch_to_tsquery(\'english\', …)`, as `matchesSearch` of `src/db/queries/search.ts`). "none done" means ' +
      'no request finished within the measured seconds.',
    '',
  );
  lines.push(
    `| Term | Kind | Matches | ${results.map((r) => `${r.label} 1 client p50 | p99 | ${s.connections} clients req/s | p50 | p99`).join(' | ')} |`,
    `| --- | --- | ---: |${results.map(() => ' ---: | ---: | ---: | ---: | ---: |').join('')}`,
  );
  s.searchTerms.forEach((term, i) => {
    const cells = results.map((r) => {
      const one = r.searchOne[i]!.result;
      const l = r.search[i]!.result;
      const first = one.requests.total ? `${one.latency.p50} | ${one.latency.p99}` : 'none done | –';
      if (!l.requests.total) return `${first} | none done | – | –`;
      return `${first} | ${l.requests.average.toFixed(0)} | ${l.latency.p50} | ${l.latency.p99}`;
    });
    lines.push(
      `| \`${term.q}\` | ${term.what} | ${count(results[0]!.matches[i] ?? 0)} | ${cells.join(' | ')} |`,
    );
  });
  lines.push('');
  for (const r of results) {
    lines.push(
      `\`EXPLAIN (ANALYZE, BUFFERS)\` of the search SQL (\`searchSql\` of \`src/db/queries/search.ts\`) for ` +
        `\`${s.explainTerm}\` on ${r.label} (trimmed: output, sort-key and filter lines left out):`,
      '',
      '```text',
      ...trimPlan(r.plan),
      '```',
      '',
    );
  }
  return lines;
}

export function renderSection(machine: Machine, results: StoreResult[], s: ReportSettings): string {
  const hasPostgres = results.some((r) => r.label === 'PostgreSQL');
  const lines: string[] = [
    s.sectionStart,
    '## Matrix: a national-scale data set, the Matrix and full-text search',
    '',
    'Run with `npm run bench:matrix` (`bench/matrix.ts`); it needs the same PostgreSQL server as',
    '`npm run bench`, takes ten to fifteen minutes, and rewrites only this section.',
    '',
    `Run on ${machine.date} UTC at commit ${machine.commit}.`,
    '',
    ...machineLines(machine),
    ...dataSetLines(results),
    ...matrixLines(results, s),
    ...statementLines(results),
    ...searchLines(results, s),
  ];

  lines.push('### Reading the figures', '');
  lines.push(
    `- With ${s.connections} clients sharing ${machine.cores} cores with the server${hasPostgres ? ' and PostgreSQL' : ''}, ` +
      'the load-test latencies are mostly waiting in line: the server runs its JavaScript on one thread, so a ' +
      'request waits for those ahead of it and p50 ≈ connections ÷ requests/s. The "alone" column is the time of ' +
      'one request by itself.',
    '- A cache hit costs authentication, the Mesa and its revision (two index lookups on `audit_events`) and ' +
      'sending the stored JSON; it does not read the Matrix. A miss reads the whole Mesa with the same statements ' +
      'whatever its size (table above); its cost grows with the size of the answer (reading and building the ' +
      'rows, serializing a few hundred KiB of JSON), not with the number of queries: see "The cost of a cache ' +
      'miss" below. The cache-off rows show that cost on every request; the changing rows show a session in ' +
      'which the team edits the Matrix once a second.',
    '- Search matches and ranks over the stored tsvector columns `search_es` and `search_en` (generated from ' +
      '`search_document`, each with its GIN index: `problems_search_es_idx` / `problems_search_en_idx` in the ' +
      'plan), so no document is parsed again to find or rank it; only the 20 results are parsed for their ' +
      'headlines (`ts_headline`). Every match is still ranked before the first 20 are kept, so a word found in ' +
      'thousands of problems costs more than a rare one.',
    '',
  );

  lines.push('### Goals', '');
  for (const g of goals(results, s)) lines.push(`- ${g.text}: **${g.met ? 'met' : 'not met'}**.`);
  lines.push(
    '',
    'The Matrix goals are checked against the default server with an unchanging Matrix (cache on); the ' +
      'cache-off and changing-once-a-second figures are printed beside them because they are what a request ' +
      'costs when it has to read the database. The statement goal is checked on the cache miss, the path that ' +
      'reads the database.',
    '',
    s.sectionEnd,
  );
  return lines.join('\n');
}

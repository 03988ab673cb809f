import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config';
import { shapeMesa } from '../../src/domain/portal';
import openDataEn from '../../src/i18n/locales/open-data.en.json';
import openDataEs from '../../src/i18n/locales/open-data.es.json';
import { atomFeed, describeChange, entryId, htmlText } from '../../src/open-data/feed';
import { tableCsv, tableJson } from '../../src/open-data/files';
import { openDataTranslator as translator } from '../../src/open-data/i18n';
import { dataPackage } from '../../src/open-data/package';
import { datetimeCell, openDataRows, openDataTables, tableDefinitions } from '../../src/open-data/tables';
import type { PortalChange, PortalMesaData } from '../../src/portal/read';

const org = (id: string, name: string) => ({ id, name, acronym: null });

/** A published Mesa's public records as the portal reads return them. */
function mesaData(): PortalMesaData {
  const at = new Date('2025-03-04T05:06:07.890Z');
  return {
    mesa: {
      id: 'm1',
      slug: 'forestal',
      name: 'Mesa Forestal',
      kind: 'sector',
      sector: 'Forestal',
      description: '',
      status: 'active',
      launchedOn: '2024-01-01',
      timeZone: 'America/Lima',
      publishedAt: at,
      updatedAt: at,
      host: org('o-host', 'PRODUCE'),
    },
    events: [],
    participants: [
      { role: 'public_rep', organization: org('o-pub', 'SERFOR'), endedOn: null },
      { role: 'observer', organization: org('o-obs', 'Observadora'), endedOn: null },
    ],
    problems: [
      {
        id: 'p1',
        number: 3,
        title: '=SUM(A1) barrera',
        description: '',
        status: 'enacted',
        statusChangedAt: at,
        category: null,
        createdAt: at,
        updatedAt: at,
      },
    ],
    entities: [{ problemId: 'p1', organization: org('o-pub', 'SERFOR') }],
    statusEvents: [],
    solutionVersions: [
      {
        id: 'v1',
        solutionId: 's1',
        problemId: 'p1',
        instrument: 'law',
        number: 1,
        current: false,
        text: 'old',
        reason: null,
        revisedOn: null,
        createdAt: at,
      },
      {
        id: 'v2',
        solutionId: 's1',
        problemId: 'p1',
        instrument: 'law',
        number: 2,
        current: true,
        text: 'new',
        reason: 'better',
        revisedOn: '2025-03-04',
        createdAt: at,
      },
    ],
    indicators: [],
    feedback: [],
    meetings: [],
    attendance: [],
    minutes: [],
    decisions: [],
    commitments: [
      {
        id: 'c1',
        text: 'Publicar el reglamento',
        dueOn: '2025-03-10',
        originalDueOn: null,
        status: 'done',
        completedAt: at,
        problemId: 'p-not-public',
        organization: org('o-pub', 'SERFOR'),
      },
    ],
  };
}

describe('open-data tables', () => {
  const data = mesaData();
  const rows = openDataRows(
    [{ data, page: shapeMesa(data, 'America/Lima', new Date('2025-04-01')) }],
    (p) => `https://x.org${p}`,
  );

  it('never refers to a record the portal reads did not return', () => {
    expect(rows.commitments[0]).toMatchObject({ id: 'c1', problem_id: null, on_time: true });
    expect(JSON.stringify(rows)).not.toContain('p-not-public');
  });

  it('keeps the current solution text only, observers out of the groups, organizations once', () => {
    expect(rows.solutions).toEqual([expect.objectContaining({ id: 's1', text: 'new', version: 2 })]);
    expect(rows.participating_organizations).toEqual([
      { mesa_id: 'm1', organization_id: 'o-pub', group: 'public' },
    ]);
    expect(rows.organizations.map((o) => o.id).sort()).toEqual(['o-host', 'o-pub']);
    expect(rows.problems[0]).toMatchObject({
      code: 'P-3',
      portal_url: 'https://x.org/portal/mesas/forestal/problems/P-3',
    });
  });

  it('writes instants as whole UTC seconds, booleans as true/false, formulas neutralized in CSV only', () => {
    expect(datetimeCell(new Date('2025-03-04T05:06:07.890Z'))).toBe('2025-03-04T05:06:07Z');
    const csv = parse(tableCsv(tableDefinitions.commitments, rows.commitments), { columns: true }) as Record<
      string,
      string
    >[];
    expect(csv[0]).toMatchObject({ on_time: 'true', problem_id: '', completed_at: '2025-03-04T05:06:07Z' });
    const problemsCsv = parse(tableCsv(tableDefinitions.problems, rows.problems), {
      columns: true,
    }) as Record<string, string>[];
    expect(problemsCsv[0]!.title).toBe("'=SUM(A1) barrera");
    expect(JSON.parse(tableJson(tableDefinitions.problems, rows.problems))[0].title).toBe('=SUM(A1) barrera');
  });

  it('describes every table in the package with relative paths and references to its own format', () => {
    const pkg = dataPackage({
      locale: 'en',
      t: translator('en'),
      license: { name: 'CC-BY-4.0' },
      publicUrl: 'https://x.org/',
      lastModified: '2025-03-04T05:06:07.890Z',
      now: new Date(),
    });
    expect(pkg.resources).toHaveLength(openDataTables.length * 2);
    expect(pkg.created).toBe('2025-03-04T05:06:07Z');
    const json = pkg.resources.find((r) => r.name === 'commitments-json')!;
    expect(json.path).toBe('commitments.json');
    expect(json.schema.foreignKeys!.map((k) => k.reference.resource).sort()).toEqual([
      'mesas-json',
      'organizations-json',
      'problems-json',
    ]);
    for (const r of pkg.resources) {
      for (const f of r.schema.fields) {
        expect(f.title, `${r.name}.${f.name}`).not.toMatch(/^openData\./);
        expect(f.description, `${r.name}.${f.name}`).not.toMatch(/^openData\./);
      }
    }
  });
});

describe('open-data feed', () => {
  const change: PortalChange = {
    id: 'status:e1',
    kind: 'status',
    mesaSlug: 'forestal',
    mesaName: 'Mesa Forestal',
    problemCode: 'P-3',
    title: 'Barrera <script>alert(1)</script>',
    detail: { from: 'in_progress', to: 'enacted', reason: 'Ley publicada' },
    at: '2025-03-04T05:06:07.890Z',
    path: '/portal/mesas/forestal/problems/P-3',
  };

  it('titles entries in the language asked, with the statuses named', () => {
    expect(describeChange(change, translator('en')).title).toBe(
      'P-3 Barrera <script>alert(1)</script>: In progress → Enacted',
    );
    expect(describeChange(change, translator('es')).summary).toContain('Motivo: Ley publicada');
  });

  it('gives an entry the same tag id whatever the language, and escapes markup', () => {
    expect(entryId('https://mesas.example.org', change)).toBe(
      'tag:mesas.example.org,2025-03-04:mesas/status:e1',
    );
    expect(htmlText('a <b> & "c"\u0001\uD800')).toBe('a &lt;b&gt; &amp; &quot;c&quot;');
    const xml = atomFeed({
      locale: 'en',
      t: translator('en'),
      publicUrl: loadConfig({}).PUBLIC_URL,
      selfPath: '/portal/feed.atom',
      pagePath: '/portal',
      mesaName: null,
      changes: [change],
      lastModified: null,
      rights: 'CC-BY-4.0',
    });
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('<updated>2025-03-04T05:06:07.890Z</updated>');
    expect(xml).toContain('href="http://localhost:3000/portal/mesas/forestal/problems/P-3?lang=en"');
  });
});

describe('open-data strings', () => {
  it('has every key in Spanish and in English', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
      );
    expect(keys(openDataEs).sort()).toEqual(keys(openDataEn).sort());
    for (const table of openDataTables) {
      for (const f of tableDefinitions[table].fields)
        expect(keys(openDataEn)).toContain(`openData.fields.${f.name}.title`);
    }
  });
});

describe('the open-data licence setting', () => {
  it('defaults to CC-BY-4.0 and refuses what is not a licence identifier', () => {
    expect(loadConfig({}).OPEN_DATA_LICENSE).toBe('CC-BY-4.0');
    expect(loadConfig({ OPEN_DATA_LICENSE: 'CC0-1.0' }).OPEN_DATA_LICENSE).toBe('CC0-1.0');
    expect(() => loadConfig({ OPEN_DATA_LICENSE: 'CC BY <4>' })).toThrow(ConfigError);
    expect(() => loadConfig({ OPEN_DATA_LICENSE_URL: 'not a url' })).toThrow(ConfigError);
  });
});

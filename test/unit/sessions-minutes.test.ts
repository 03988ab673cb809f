import { describe, expect, it } from 'vitest';
import { buildMinutes, type MinutesRecord, minutesToMarkdown } from '../../src/domain/minutes';
import { translator } from '../../src/i18n';
import sessionsEn from '../../src/i18n/locales/sessions.en.json';
import sessionsEs from '../../src/i18n/locales/sessions.es.json';

const record: MinutesRecord = {
  mesaName: 'Mesa Ejecutiva Forestal',
  meeting: {
    kind: 'session',
    number: 12,
    title: '',
    startsAt: new Date('2025-03-13T15:00:00Z'), // 10:00 in Lima
    endsAt: new Date('2025-03-13T17:30:00Z'),
    timeZone: 'America/Lima',
    place: 'Produce, sala 3',
    onlineUrl: null,
    moderatorName: 'Carla Ríos',
    state: 'closed',
  },
  attendance: [
    {
      personId: 'p1',
      personName: 'Luis Soto',
      organizationId: 'o1',
      organizationName: 'SERFOR',
      status: 'absent',
    },
    {
      personId: 'p2',
      personName: 'Ana Pérez',
      organizationId: 'o1',
      organizationName: 'SERFOR',
      status: 'present',
    },
    {
      personId: 'p3',
      personName: 'Juan Quispe',
      organizationId: 'o2',
      organizationName: 'ADEX',
      status: 'excused',
    },
    {
      personId: 'p4',
      personName: 'Rosa Vela',
      organizationId: 'o3',
      organizationName: 'MINAM',
      status: 'absent',
    },
    {
      personId: 'p5',
      personName: 'Invitada Libre',
      organizationId: null,
      organizationName: null,
      status: 'present',
    },
  ],
  agenda: [
    {
      kind: 'commitment_overdue',
      title: 'Publish the plantation registry guide',
      notes: 'SERFOR: next week',
    },
    {
      kind: 'focus_problem',
      title: 'Plantation registration takes 6-12 months',
      notes: 'Draft decree | reviewed',
    },
  ],
  decisions: [{ text: 'Register plantations online in 3 days', problemTitle: 'Plantation registration' }],
  commitments: [
    {
      text: 'Send the draft decree to MEF',
      ownerName: 'Ana Pérez',
      entityName: 'SERFOR',
      dueOn: '2025-03-20',
    },
  ],
  problemsUpdated: [
    { title: 'Plantation registration', from: 'prioritized', to: 'in_progress', note: null },
    { title: 'Timber transport permits', from: null, to: 'identified', note: 'Raised by ADEX' },
  ],
};

describe('minutes document', () => {
  it('gives attendance by organization, the no-organization group last', () => {
    const doc = buildMinutes(record, translator('en'), 'en');
    const attendance = doc.sections.find((s) => s.id === 'attendance')!;
    expect(attendance.heading).toBe('Attendance by organization');
    expect(attendance.columns).toEqual(['Organization', 'Attendance', 'Participants']);
    expect(attendance.rows).toEqual([
      ['ADEX', 'Excused', 'Juan Quispe (Excused)'],
      ['MINAM', 'Absent', 'Rosa Vela (Absent)'],
      ['SERFOR', 'Present', 'Luis Soto (Absent), Ana Pérez'],
      ['No organization', 'Present', 'Invitada Libre'],
    ]);
    expect(doc.meta).toContainEqual({ label: 'Organizations present', value: '2 of 4' });
  });

  it('lists commitments with owner, entity and due date, decisions and problems updated', () => {
    const doc = buildMinutes(record, translator('en'), 'en');
    expect(doc.title).toBe('Minutes of session no. 12');
    expect(doc.sections.map((s) => s.id)).toEqual([
      'attendance',
      'agenda',
      'decisions',
      'commitments',
      'problems',
    ]);
    expect(doc.sections[3]?.rows).toEqual([
      ['1', 'Send the draft decree to MEF', 'Ana Pérez', 'SERFOR', 'Mar 20, 2025'],
    ]);
    expect(doc.sections[2]?.rows).toEqual([
      ['1', 'Register plantations online in 3 days', 'Plantation registration'],
    ]);
    expect(doc.sections[4]?.rows).toEqual([
      ['Plantation registration', 'Prioritized', 'In progress', ''],
      ['Timber transport permits', 'New', 'Identified', 'Raised by ADEX'],
    ]);
    expect(doc.sections[1]?.rows[0]).toEqual([
      '1',
      'Overdue commitment',
      'Publish the plantation registry guide',
      'SERFOR: next week',
    ]);
    expect(doc.notice).toBeNull();
  });

  it('reads date and time in the meeting zone and language', () => {
    const doc = buildMinutes(record, translator('es'), 'es');
    expect(doc.title).toBe('Acta de la sesión n.º 12');
    const meta = Object.fromEntries(doc.meta.map((m) => [m.label, m.value]));
    expect(meta.Fecha).toBe('jueves, 13 de marzo de 2025');
    expect(meta.Hora).toBe('de 10:00 a 12:30 (America/Lima)');
    expect(meta['Moderador(a)']).toBe('Carla Ríos');
    expect(meta.Lugar).toBe('Produce, sala 3');
    expect(meta).not.toHaveProperty('En línea'); // no link, no line
  });

  it('marks minutes of an open meeting as a draft and a correction with its reason', () => {
    const draft = buildMinutes(
      { ...record, meeting: { ...record.meeting, state: 'in_progress' } },
      translator('en'),
      'en',
    );
    expect(draft.notice).toMatch(/^Draft/);
    expect(draft.meta).toContainEqual({ label: 'State', value: 'In progress' });
    const corrected = buildMinutes(
      { ...record, version: { number: 2, reason: 'Wrong due date' } },
      translator('en'),
      'en',
    );
    expect(corrected.meta).toContainEqual({
      label: 'Version',
      value: '2, correcting the earlier minutes: Wrong due date',
    });
  });

  it('says so when a section is empty', () => {
    const doc = buildMinutes({ ...record, commitments: [], decisions: [] }, translator('es'), 'es');
    expect(doc.sections.find((s) => s.id === 'commitments')).toMatchObject({
      rows: [],
      empty: 'No se asumieron compromisos.',
    });
  });
});

describe('minutes as Markdown', () => {
  it('contains the attendance and the commitments as tables, in Spanish', () => {
    const md = minutesToMarkdown(buildMinutes(record, translator('es'), 'es'));
    expect(md.startsWith('# Acta de la sesión n.º 12\n')).toBe(true);
    expect(md).toContain('## Asistencia por organización');
    expect(md).toContain('| Organización | Asistencia | Participantes |');
    expect(md).toContain('| ADEX | Ausencia justificada | Juan Quispe (Ausencia justificada) |');
    expect(md).toContain('| SERFOR | Presente | Luis Soto (Ausente), Ana Pérez |');
    expect(md).toContain('## Compromisos');
    expect(md).toContain('| 1 | Send the draft decree to MEF | Ana Pérez | SERFOR | 20 mar 2025 |');
    expect(md).toContain('**Mesa:** Mesa Ejecutiva Forestal');
    expect(md).not.toMatch(/minutesDoc\.|attendanceStatus\.|agendaItemKind\.|matrixSheet\./);
  });

  it('escapes pipes and line breaks inside cells', () => {
    const md = minutesToMarkdown(
      buildMinutes(
        { ...record, decisions: [{ text: 'Option A | option B\nchosen: A', problemTitle: null }] },
        translator('en'),
        'en',
      ),
    );
    expect(md).toContain('| 1 | Option A \\| option B<br>chosen: A |  |');
    expect(md).toContain(
      '| 2 | Focus problem | Plantation registration takes 6-12 months | Draft decree \\| reviewed |',
    );
  });

  it('writes the empty sentence instead of an empty table', () => {
    const md = minutesToMarkdown(buildMinutes({ ...record, decisions: [] }, translator('en'), 'en'));
    expect(md).toContain('## Decisions\n\n_No decisions were recorded._');
  });
});

describe('session strings', () => {
  const paths = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) =>
      typeof v === 'object' && v !== null ? paths(v, `${prefix}${k}.`) : [`${prefix}${k}`],
    );

  it('has every key in Spanish and English, with the same placeholders', () => {
    expect(paths(sessionsEs).sort()).toEqual(paths(sessionsEn).sort());
    const lookup = (o: object, path: string) =>
      path.split('.').reduce<unknown>((x, k) => (x as Record<string, unknown>)[k], o) as string;
    for (const path of paths(sessionsEn)) {
      const vars = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
      expect(vars(lookup(sessionsEs, path)), path).toEqual(vars(lookup(sessionsEn, path)));
    }
  });

  it('is reachable through the shared translator', () => {
    expect(translator('es')('meetingKind.intersessional')).toBe('Reunión intersesional');
    expect(translator('en')('dueState.overdue')).toBe('Overdue');
    expect(translator('es')('commitmentStatus.done')).toBe('Cumplido');
  });
});

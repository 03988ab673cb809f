import { describe, expect, it } from 'vitest';
import { wheelRoundDueOn } from '../../src/domain/wheel';
import {
  composeDigest,
  type DigestEscalation,
  type DigestMesaRecords,
  isoWeekOf,
  renderDigest,
} from '../../src/mail/digest';

const TZ = 'America/Lima';
// Monday 23 November 2026, 10:00 in Lima: the digest covers 17 to 23 November.
const now = new Date('2026-11-23T15:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);

const escalation = (fields: Partial<DigestEscalation>): DigestEscalation => ({
  mesaName: 'Mesa Forestal',
  problemNumber: 1,
  problemTitle: 'Problema',
  reason: 'budget',
  status: 'open',
  escalatedAt: daysAgo(10),
  closedAt: null,
  decision: null,
  decidedAt: null,
  questions: null,
  ...fields,
});

const forestal: DigestMesaRecords = {
  mesaName: 'Mesa Forestal',
  statusEvents: [
    // Moved this week: enacted; then verified two days later.
    {
      problemNumber: 2,
      problemTitle: 'Registro de plantaciones',
      from: 'in_progress',
      to: 'enacted',
      at: daysAgo(5),
    },
    {
      problemNumber: 2,
      problemTitle: 'Registro de plantaciones',
      from: 'enacted',
      to: 'verified',
      at: daysAgo(3),
    },
    // Created this week (no move), and a move eight days ago: neither counts.
    { problemNumber: 9, problemTitle: 'Nuevo', from: null, to: 'identified', at: daysAgo(1) },
    { problemNumber: 3, problemTitle: 'Antiguo', from: 'identified', to: 'prioritized', at: daysAgo(8) },
  ],
  commitments: [
    // Done early (due 25 Nov), done late (due 15 Nov), done long ago, open and late, open not due yet.
    {
      text: 'Publicar la guía',
      personName: 'Rosa',
      dueOn: '2026-11-25',
      status: 'done',
      completedAt: daysAgo(2),
    },
    {
      text: 'Enviar el informe',
      personName: 'Hugo',
      dueOn: '2026-11-15',
      status: 'done',
      completedAt: daysAgo(4),
    },
    { text: 'Antiguo', personName: 'Hugo', dueOn: '2026-10-01', status: 'done', completedAt: daysAgo(30) },
    {
      text: 'Abrir la ventanilla',
      personName: 'Luis',
      dueOn: '2026-11-13',
      status: 'open',
      completedAt: null,
    },
    { text: 'Capacitar', personName: 'Luis', dueOn: '2026-11-21', status: 'open', completedAt: null },
    { text: 'Futuro', personName: 'Luis', dueOn: '2026-12-01', status: 'open', completedAt: null },
    { text: 'Anulado', personName: 'Luis', dueOn: '2026-11-01', status: 'cancelled', completedAt: null },
  ],
  escalations: [
    escalation({
      problemNumber: 4,
      problemTitle: 'Catastro',
      status: 'decided',
      decision: 'Se financia el catastro',
      decidedAt: daysAgo(1),
      closedAt: daysAgo(1),
    }),
    escalation({
      problemNumber: 5,
      problemTitle: 'Pequeños productores',
      status: 'returned',
      escalatedAt: daysAgo(12),
      questions: '¿Qué norma cambiar?',
    }),
    escalation({ problemNumber: 6, problemTitle: 'Abierto', status: 'open', escalatedAt: daysAgo(3) }),
  ],
};

const quiet: DigestMesaRecords = {
  mesaName: 'Mesa Quieta',
  statusEvents: [],
  commitments: [],
  escalations: [],
};

describe('the weekly digest of a dedicated team', () => {
  it('tells what moved in the last seven days, what is late and what waits for the team', () => {
    const digest = composeDigest({ now, timeZone: TZ, teamMesas: [forestal, quiet] });
    expect(digest).not.toBeNull();
    expect(digest!.from).toBe('2026-11-17');
    expect(digest!.to).toBe('2026-11-23');
    expect(digest!.highLevel).toBeNull();
    // The quiet Mesa has nothing to tell: it is left out.
    expect(digest!.team).toHaveLength(1);
    const [section] = digest!.team;
    expect(section!.statusChanges).toEqual([
      { code: 'P-2', title: 'Registro de plantaciones', from: 'in_progress', to: 'enacted' },
      { code: 'P-2', title: 'Registro de plantaciones', from: 'enacted', to: 'verified' },
    ]);
    expect(section!.done).toEqual([
      { text: 'Enviar el informe', personName: 'Hugo', onTime: false },
      { text: 'Publicar la guía', personName: 'Rosa', onTime: true },
    ]);
    expect(section!.decisions).toEqual([
      { code: 'P-4', title: 'Catastro', decision: 'Se financia el catastro' },
    ]);
    // Late: most days late first; the one not yet due, the cancelled one and the done ones are not late.
    expect(section!.late).toEqual([
      { text: 'Abrir la ventanilla', personName: 'Luis', dueOn: '2026-11-13', daysLate: 10 },
      { text: 'Capacitar', personName: 'Luis', dueOn: '2026-11-21', daysLate: 2 },
    ]);
    // Waiting for the team: the escalation returned with questions, with its age; not the open one.
    expect(section!.returned).toEqual([
      { code: 'P-5', title: 'Pequeños productores', questions: '¿Qué norma cambiar?', ageDays: 12 },
    ]);
  });

  it('is nothing when nothing happened', () => {
    expect(composeDigest({ now, timeZone: TZ, teamMesas: [quiet] })).toBeNull();
    expect(
      composeDigest({ now, timeZone: TZ, teamMesas: [], highLevel: { mesas: [quiet], escalations: [] } }),
    ).toBeNull();
  });

  it('reminds the team of a Wheel round that is due, even when nothing else happened', () => {
    const due = { ...quiet, wheelDueOn: '2026-11-02' };
    const digest = composeDigest({ now, timeZone: TZ, teamMesas: [due] });
    expect(digest!.team).toEqual([
      expect.objectContaining({ mesaName: 'Mesa Quieta', wheelDueOn: '2026-11-02' }),
    ]);
    const es = renderDigest({ locale: 'es', recipientName: 'Ana', digest: digest! });
    expect(es.text).toContain(
      'Corresponde una ronda de la Rueda de Evaluación desde el lunes, 2 de noviembre de 2026',
    );
    const en = renderDigest({ locale: 'en', recipientName: 'Ana', digest: digest! });
    expect(en.text).toMatch(
      /A round of the Evaluation Wheel has been due since Monday,? (2 November|November 2),? 2026/,
    );
    // Only for the team: the high-level body's portfolio does not carry it.
    expect(
      composeDigest({ now, timeZone: TZ, teamMesas: [], highLevel: { mesas: [due], escalations: [] } }),
    ).toBeNull();
  });
});

describe('when a round of the Evaluation Wheel is due', () => {
  const mesa = { lastOpenedOn: null, launchedOn: null, roundOpen: false };
  it('six months after the last round was opened, or after the launch when there was none', () => {
    expect(wheelRoundDueOn({ ...mesa, lastOpenedOn: '2026-05-10' }, 6, '2026-11-09')).toBeNull();
    expect(wheelRoundDueOn({ ...mesa, lastOpenedOn: '2026-05-10' }, 6, '2026-11-10')).toBe('2026-11-10');
    expect(wheelRoundDueOn({ ...mesa, launchedOn: '2026-01-31' }, 6, '2026-12-01')).toBe('2026-07-31');
    expect(
      wheelRoundDueOn({ ...mesa, launchedOn: '2026-01-31', lastOpenedOn: '2026-08-01' }, 6, '2026-12-01'),
    ).toBeNull();
  });
  it('not while a round is open, nor for a Mesa never launched', () => {
    expect(
      wheelRoundDueOn({ ...mesa, lastOpenedOn: '2025-01-01', roundOpen: true }, 6, '2026-12-01'),
    ).toBeNull();
    expect(wheelRoundDueOn(mesa, 6, '2026-12-01')).toBeNull();
  });
});

describe('the weekly digest of the high-level body', () => {
  it('lists the open escalations oldest first with their age, and what moved per Mesa', () => {
    const digest = composeDigest({
      now,
      timeZone: TZ,
      teamMesas: [],
      highLevel: {
        mesas: [forestal, quiet],
        escalations: [
          escalation({
            mesaName: 'Mesa Logística',
            problemNumber: 7,
            problemTitle: 'Puerto',
            escalatedAt: daysAgo(2),
          }),
          escalation({
            problemNumber: 8,
            problemTitle: 'Ley',
            reason: 'legal_authority',
            escalatedAt: daysAgo(40),
          }),
          escalation({ problemNumber: 5, status: 'returned', escalatedAt: daysAgo(50) }),
        ],
      },
    });
    expect(digest!.team).toEqual([]);
    expect(digest!.highLevel!.waiting).toEqual([
      { mesaName: 'Mesa Forestal', code: 'P-8', title: 'Ley', reason: 'legal_authority', ageDays: 40 },
      { mesaName: 'Mesa Logística', code: 'P-7', title: 'Puerto', reason: 'budget', ageDays: 2 },
    ]);
    expect(digest!.highLevel!.portfolio).toEqual([
      {
        mesaName: 'Mesa Forestal',
        statusChanges: 2,
        enacted: 1,
        verified: 1,
        commitmentsDone: 2,
        decisions: 1,
      },
    ]);
  });
});

describe('the e-mail', () => {
  it('is written in the recipient’s language, in text and HTML', () => {
    const digest = composeDigest({
      now,
      timeZone: TZ,
      teamMesas: [forestal],
      highLevel: { mesas: [forestal], escalations: forestal.escalations },
    })!;
    const es = renderDigest({
      locale: 'es',
      recipientName: 'Lucía',
      digest,
      link: 'https://mesas.example/x',
    });
    expect(es.subject).toContain('Resumen semanal de Mesas');
    expect(es.text).toContain('Hola, Lucía:');
    expect(es.text).toContain('P-2 Registro de plantaciones: En curso → Implementado');
    expect(es.text).toContain('Abrir la ventanilla (Luis), vencía el');
    expect(es.text).toContain('10 días de retraso');
    expect(es.text).toContain('P-5 Pequeños productores (escalado hace 12 días): ¿Qué norma cambiar?');
    expect(es.text).toContain('1 escalamiento espera su decisión');
    expect(es.html).toContain('<li>P-2 Registro de plantaciones: En curso → Implementado</li>');
    const en = renderDigest({ locale: 'en', recipientName: 'Lucía', digest });
    expect(en.subject).toContain('Mesas weekly digest');
    expect(en.text).toContain('Hello Lucía,');
    expect(en.text).toContain('Done late: Enviar el informe (Hugo)');
    expect(en.text).toContain('Decision of the high-level body on P-4 Catastro: Se financia el catastro');
  });

  it('is keyed by the ISO week of the day in the time zone', () => {
    expect(isoWeekOf(now, TZ)).toBe('2026-W48');
    // Sunday 22 Nov, 23:30 in Lima (already Monday in UTC) is still week 47.
    expect(isoWeekOf(new Date('2026-11-23T04:30:00Z'), TZ)).toBe('2026-W47');
    // 1 January 2027 is a Friday: ISO week 53 of 2026.
    expect(isoWeekOf(new Date('2027-01-01T15:00:00Z'), TZ)).toBe('2026-W53');
  });
});

import { isOverdueOn } from '../domain/commitments';
import type {
  ParticipantGroup,
  PortalEntityCommitments,
  PortalLifecycleEvent,
  PortalMesa,
  PortalProblemSummary,
} from '../domain/portal';
import { participantGroups } from '../domain/portal';
import { inLanguage } from '../i18n/record-words';
import { formatNumber } from './format';
import { Layout, linkTo, type PageContext } from './Layout';
import { kindLine, mesaStatusText } from './PortfolioPage';
import { Day, IndicatorTable, OrgList, StatusBadge, statusLabel } from './parts';
import { portalPaths } from './urls';

/** The counts of an entity's commitment record, in their column order. */
const recordCounts = ['total', 'onTime', 'late', 'open', 'overdue'] as const;

const sections = ['participants', 'achievements', 'matrix', 'sessions', 'minutes', 'commitments'] as const;

const groupLabel: Record<ParticipantGroup, string> = {
  public: 'groups.public',
  private: 'groups.private',
  team: 'groups.team',
  high_level: 'groups.high_level',
};

function LifecycleEvent({ page, event: e }: { page: PageContext; event: PortalLifecycleEvent }) {
  const { t } = page;
  const what =
    e.kind === 'host'
      ? t('portal.mesa.hostChange', { from: e.fromHost?.name ?? '—', to: e.toHost?.name ?? '—' })
      : e.fromStatus
        ? t('portal.mesa.statusChangeFrom', {
            from: t(`mesaStatus.${e.fromStatus}`),
            to: t(`mesaStatus.${e.toStatus}`),
          })
        : t('portal.mesa.statusChange', { to: t(`mesaStatus.${e.toStatus}`) });
  return (
    <li>
      <Day page={page} value={e.occurredOn} />: {what}
      {e.reason && <span className="muted">. {e.reason}</span>}
    </li>
  );
}

function ProblemItem({
  page,
  slug,
  problem: p,
}: {
  page: PageContext;
  slug: string;
  problem: PortalProblemSummary;
}) {
  const { t, locale } = page;
  const href = linkTo(page, portalPaths.problem(slug, p.code));
  return (
    <li className="card">
      <h3>
        <a href={href}>{t('portal.problem.codeTitle', { code: p.code, title: p.title })}</a>
      </h3>
      <p>
        <StatusBadge page={page} status={p.status} />
        {p.category && <> · {inLanguage(locale, p.category.nameEs, p.category.nameEn)}</>}
        {p.entities.length > 0 && (
          <>
            {' '}
            · {t('portal.problem.entities')}: <OrgList orgs={p.entities} />
          </>
        )}
      </p>
      {p.currentSolution ? (
        <p>
          <strong>
            {t('portal.problem.currentSolution')} (
            {t(`matrixSheet.instrument.${p.currentSolution.instrument}`)},{' '}
            {t('portal.problem.solutionVersion', { number: p.currentSolution.number })}):
          </strong>{' '}
          {p.currentSolution.text}
        </p>
      ) : (
        <p className="muted">{t('portal.problem.noSolution')}</p>
      )}
      {p.timeline.length > 0 && (
        <ol className="timeline" aria-label={t('portal.problem.timeline')}>
          {p.timeline.map((e) => (
            <li key={e.id}>
              <Day page={page} value={e.occurredAt} />: {statusLabel(page, e.toStatus)}
            </li>
          ))}
        </ol>
      )}
    </li>
  );
}

function EntityRecord({
  page,
  entities,
}: {
  page: PageContext;
  entities: readonly PortalEntityCommitments[];
}) {
  const { t, locale } = page;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a table wider than a phone scrolls; the keyboard must reach it
    <section className="scroll" aria-label={t('portal.mesa.recordCaption')} tabIndex={0}>
      <table className="stack">
        <caption>{t('portal.mesa.recordCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('portal.record.entity')}</th>
            {recordCounts.map((count) => (
              <th key={count} scope="col" className="num">
                {t(`portal.record.${count}`)}
              </th>
            ))}
            <th scope="col" className="num">
              {t('portal.record.rate')}
            </th>
          </tr>
        </thead>
        <tbody>
          {entities.map(({ organization, record: r }) => (
            <tr key={organization.id}>
              <th scope="row">{organization.name}</th>
              {recordCounts.map((count) => (
                <td key={count} className="num" data-label={t(`portal.record.${count}`)}>
                  {r[count]}
                </td>
              ))}
              <td className="num" data-label={t('portal.record.rate')}>
                {r.onTimeRate === null
                  ? t('portal.record.noRate')
                  : `${formatNumber(locale, Math.round(r.onTimeRate * 100))} %`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function commitmentState(
  page: PageContext,
  c: PortalEntityCommitments['commitments'][number],
  today: string,
): string {
  const { t } = page;
  if (c.status === 'cancelled') return t('portal.commitment.cancelled');
  if (c.status === 'open')
    return isOverdueOn(c, today) ? t('portal.commitment.overdue') : t('portal.commitment.open');
  if (c.onTime === true) return t('portal.commitment.doneOnTime');
  if (c.onTime === false) return t('portal.commitment.doneLate');
  return t('portal.commitment.done');
}

/** GET /portal/mesas/:slug: a published Mesa's public record. `today`: the Mesa's calendar day. */
export function MesaPage({ page, mesa, today }: { page: PageContext; mesa: PortalMesa; today: string }) {
  const { t } = page;
  const mesaPath = portalPaths.mesa(mesa.slug);
  const problemHref = (code: string) => linkTo(page, portalPaths.problem(mesa.slug, code));
  const description = mesa.description.trim()
    ? clip(mesa.description, 200)
    : t('portal.mesa.description', {
        kind: kindLine(page, mesa),
        host: mesa.host.name,
        sessions: mesa.sessionsHeld,
        solved: mesa.problemsSolved,
      });
  const groups = participantGroups.filter((g) => mesa.participants[g].length > 0);
  return (
    <Layout
      page={page}
      title={mesa.name}
      description={description}
      path={mesaPath}
      ogType="article"
      crumbs={[{ label: t('portal.portfolio.title'), path: portalPaths.portfolio() }, { label: mesa.name }]}
      feedPath={portalPaths.mesaFeed(mesa.slug)}
    >
      <h1>{mesa.name}</h1>
      <p className="muted">{kindLine(page, mesa)}</p>
      {mesa.description && <p className="lead">{mesa.description}</p>}
      <dl className="facts">
        <dt>{t('portal.mesa.host')}</dt>
        <dd>{mesa.host.name}</dd>
        <dt>{t('portal.mesa.status')}</dt>
        <dd>{mesaStatusText(page, mesa)}</dd>
        {mesa.launchedOn && (
          <>
            <dt>{t('portal.mesa.launchedOn')}</dt>
            <dd>
              <Day page={page} value={mesa.launchedOn} />
            </dd>
          </>
        )}
        <dt>{t('portal.mesa.sessionsHeld')}</dt>
        <dd>{mesa.sessionsHeld}</dd>
        <dt>{t('portal.mesa.problemsSolved')}</dt>
        <dd>{t('portal.mesa.solvedOf', { solved: mesa.problemsSolved, total: mesa.problemCount })}</dd>
      </dl>
      <nav aria-label={t('portal.contents')}>
        <ul>
          {sections.map((s) => (
            <li key={s}>
              <a href={`#${s}`}>{t(`portal.mesa.${s}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {mesa.lifecycle.length > 0 && (
        <>
          <h2 id="lifecycle">{t('portal.mesa.lifecycle')}</h2>
          <ol>
            {mesa.lifecycle.map((e) => (
              <LifecycleEvent
                key={`${e.kind}-${e.occurredOn}-${e.toStatus ?? e.toHost?.id}`}
                page={page}
                event={e}
              />
            ))}
          </ol>
        </>
      )}

      <h2 id="participants">{t('portal.mesa.participants')}</h2>
      {groups.length === 0 && <p>{t('portal.mesa.noParticipants')}</p>}
      {groups.map((g) => (
        <section key={g} aria-labelledby={`group-${g}`}>
          <h3 id={`group-${g}`}>{t(groupLabel[g])}</h3>
          <ul>
            {mesa.participants[g].map((o) => (
              <li key={o.id}>
                {o.name}
                {o.acronym && o.acronym !== o.name && <> ({o.acronym})</>}
              </li>
            ))}
          </ul>
        </section>
      ))}

      <h2 id="achievements">{t('portal.mesa.achievements')}</h2>
      {mesa.achievements.length === 0 ? (
        <p>{t('portal.mesa.noAchievements')}</p>
      ) : (
        <IndicatorTable
          page={page}
          caption={t('portal.mesa.achievementsCaption')}
          rows={mesa.achievements.map((a) => ({
            ...a,
            problem: { code: a.problemCode, href: problemHref(a.problemCode) },
          }))}
        />
      )}

      <h2 id="matrix">{t('portal.mesa.matrix')}</h2>
      <p>{t('portal.mesa.matrixLead')}</p>
      {mesa.problems.length === 0 ? (
        <p>{t('portal.mesa.noProblems')}</p>
      ) : (
        <ul className="cards">
          {mesa.problems.map((p) => (
            <ProblemItem key={p.id} page={page} slug={mesa.slug} problem={p} />
          ))}
        </ul>
      )}

      <h2 id="sessions">{t('portal.mesa.sessions')}</h2>
      {mesa.sessions.length === 0 ? (
        <p>{t('portal.mesa.noSessions')}</p>
      ) : (
        <ol className="cards" reversed>
          {mesa.sessions.map((s) => (
            <li key={s.id} className="card">
              <h3>
                {s.number === null
                  ? t('portal.session.unnumbered')
                  : t('portal.session.numbered', { number: s.number })}
                , <Day page={page} value={s.heldOn} />
              </h3>
              {s.title && <p>{s.title}</p>}
              <p>
                <span className="muted">
                  {t('portal.mesa.attending', { count: s.attendingOrganizations.length })}
                  {s.attendingOrganizations.length > 0 && ': '}
                </span>
                <OrgList orgs={s.attendingOrganizations} />
              </p>
            </li>
          ))}
        </ol>
      )}

      <h2 id="minutes">{t('portal.mesa.minutes')}</h2>
      {mesa.minutes.length === 0 ? (
        <p>{t('portal.mesa.noMinutes')}</p>
      ) : (
        mesa.minutes.map((m) => (
          <section key={m.id} aria-labelledby={`minutes-${m.id}`}>
            <h3 id={`minutes-${m.id}`}>
              {m.meetingNumber === null
                ? t('portal.session.unnumbered')
                : t('portal.session.numbered', { number: m.meetingNumber })}
              , <Day page={page} value={m.heldOn} />
            </h3>
            <p className="muted">
              {t('portal.mesa.minutesVersion', { version: m.version })}
              {m.reason && <>. {m.reason}</>}
              {'. '}
              {t('portal.mesa.attending', { count: m.organizationsPresent })}.
            </p>
            {m.decisions.length === 0 ? (
              <p>{t('portal.mesa.noDecisions')}</p>
            ) : (
              <ul aria-label={t('portal.mesa.decisions')}>
                {m.decisions.map((d) => (
                  <li key={d.id}>
                    {d.problemCode && (
                      <>
                        <a href={problemHref(d.problemCode)}>{d.problemCode}</a>:{' '}
                      </>
                    )}
                    {d.text}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))
      )}

      <h2 id="commitments">{t('portal.mesa.commitments')}</h2>
      <p>{t('portal.mesa.commitmentsLead')}</p>
      {mesa.entityCommitments.length === 0 ? (
        <p>{t('portal.mesa.noCommitments')}</p>
      ) : (
        <>
          <EntityRecord page={page} entities={mesa.entityCommitments} />
          {mesa.entityCommitments.map((e) => (
            <section key={e.organization.id} aria-labelledby={`entity-${e.organization.id}`}>
              <h3 id={`entity-${e.organization.id}`}>{e.organization.name}</h3>
              <ul>
                {e.commitments.map((c) => (
                  <li key={c.id}>
                    {c.problemCode && (
                      <>
                        <a href={problemHref(c.problemCode)}>{c.problemCode}</a>:{' '}
                      </>
                    )}
                    {c.text}{' '}
                    <span className="muted">
                      ({t('portal.commitment.dueLabel')} <Day page={page} value={c.dueOn} />;{' '}
                      {commitmentState(page, c, today)})
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </Layout>
  );
}

/** A description short enough for a search result or a link preview. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

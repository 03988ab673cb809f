import type { PortalMesaSummary } from '../domain/portal';
import { formatDay } from './format';
import { Layout, linkTo, type PageContext } from './Layout';
import { IndicatorLine } from './parts';
import { portalPaths } from './urls';

/** The kind and subject of a Mesa: "Sector: Forestry" or "Factor: Logistics". */
export const kindLine = (page: PageContext, m: Pick<PortalMesaSummary, 'kind' | 'sector'>) =>
  page.t(m.kind === 'factor' ? 'portal.mesa.kindFactor' : 'portal.mesa.kindSector', { sector: m.sector });

/** The day the Mesa entered its current status, from its dated lifecycle. */
export function statusSince(m: PortalMesaSummary): string | null {
  const last = m.lifecycle.filter((e) => e.kind === 'status' && e.toStatus === m.status).at(-1);
  return last?.occurredOn ?? (m.status === 'active' ? m.launchedOn : null);
}

/** "Active since 12 Mar 2015", or just the status when its start is not recorded. */
export function mesaStatusText(page: PageContext, mesa: PortalMesaSummary): string {
  const since = statusSince(mesa);
  const status = page.t(`mesaStatus.${mesa.status}`);
  return since
    ? page.t('portal.mesa.statusSince', { status, date: formatDay(page.locale, since, page.timeZone) })
    : status;
}

function MesaCard({ page, mesa }: { page: PageContext; mesa: PortalMesaSummary }) {
  const { t } = page;
  return (
    <li className="card">
      <article aria-labelledby={`mesa-${mesa.slug}`}>
        <h3 id={`mesa-${mesa.slug}`}>
          <a href={linkTo(page, portalPaths.mesa(mesa.slug))}>{mesa.name}</a>
        </h3>
        <p className="muted">{kindLine(page, mesa)}</p>
        <dl className="facts">
          <dt>{t('portal.mesa.host')}</dt>
          <dd>{mesa.host.name}</dd>
          <dt>{t('portal.mesa.status')}</dt>
          <dd>{mesaStatusText(page, mesa)}</dd>
          <dt>{t('portal.mesa.sessionsHeld')}</dt>
          <dd>{mesa.sessionsHeld}</dd>
          <dt>{t('portal.mesa.problemsSolved')}</dt>
          <dd>{t('portal.mesa.solvedOf', { solved: mesa.problemsSolved, total: mesa.problemCount })}</dd>
        </dl>
        {mesa.headlineAchievements.length > 0 && (
          <>
            <h4>{t('portal.mesa.headline')}</h4>
            <ul>
              {mesa.headlineAchievements.map((a) => (
                <li key={a.id}>
                  <IndicatorLine page={page} indicator={a} />
                </li>
              ))}
            </ul>
          </>
        )}
      </article>
    </li>
  );
}

/** GET /portal: every published Mesa with its figures and headline results. */
export function PortfolioPage({ page, mesas }: { page: PageContext; mesas: readonly PortalMesaSummary[] }) {
  const { t } = page;
  const sessions = mesas.reduce((n, m) => n + m.sessionsHeld, 0);
  const solved = mesas.reduce((n, m) => n + m.problemsSolved, 0);
  return (
    <Layout
      page={page}
      title={t('portal.portfolio.title')}
      description={t('portal.portfolio.description', { count: mesas.length })}
      path={portalPaths.portfolio()}
      feedPath={portalPaths.feed()}
    >
      <h1>{t('portal.siteName')}</h1>
      <p className="lead">{t('portal.portfolio.lead')}</p>
      <h2>{t('portal.portfolio.numbers')}</h2>
      <ul className="numbers">
        <li>
          <strong>{mesas.length}</strong> {t('portal.portfolio.mesas', { count: mesas.length })}
        </li>
        <li>
          <strong>{sessions}</strong> {t('portal.portfolio.sessions', { count: sessions })}
        </li>
        <li>
          <strong>{solved}</strong> {t('portal.portfolio.solved', { count: solved })}
        </li>
      </ul>
      <h2>{t('portal.portfolio.list')}</h2>
      {mesas.length === 0 ? (
        <p>{t('portal.portfolio.none')}</p>
      ) : (
        <ul className="cards">
          {mesas.map((m) => (
            <MesaCard key={m.id} page={page} mesa={m} />
          ))}
        </ul>
      )}
    </Layout>
  );
}

import { documentTypeExtension } from '../domain/documents';
import { type PortalProblem, publicDocumentPath } from '../domain/portal';
import { inLanguage } from '../i18n/record-words';
import { Layout, type PageContext } from './Layout';
import { clip } from './MesaPage';
import { Day, IndicatorTable, OrgList, StatusBadge, statusLabel } from './parts';
import { portalPaths } from './urls';

/** A document's kind as people name it: PDF, DOCX, PNG… */
const fileKind = (contentType: string) => documentTypeExtension(contentType).toUpperCase();

/** A file's size in kB or MB. */
function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** GET /portal/mesas/:slug/problems/:code: one public problem with its history. */
export function ProblemPage({ page, problem: p }: { page: PageContext; problem: PortalProblem }) {
  const { t, locale } = page;
  const title = t('portal.problem.codeTitle', { code: p.code, title: p.title });
  const description = p.description.trim()
    ? clip(p.description, 200)
    : t('portal.problem.description', { mesa: p.mesa.name, status: statusLabel(page, p.status) });
  return (
    <Layout
      page={page}
      title={`${title} · ${p.mesa.name}`}
      description={description}
      path={portalPaths.problem(p.mesa.slug, p.code)}
      ogType="article"
      crumbs={[
        { label: t('portal.portfolio.title'), path: portalPaths.portfolio() },
        { label: p.mesa.name, path: portalPaths.mesa(p.mesa.slug) },
        { label: p.code },
      ]}
      feedPath={portalPaths.mesaFeed(p.mesa.slug)}
    >
      <h1>{title}</h1>
      <dl className="facts">
        <dt>{t('portal.problem.status')}</dt>
        <dd>
          <StatusBadge page={page} status={p.status} /> {t('portal.problem.sinceLabel')}{' '}
          <Day page={page} value={p.statusChangedAt} />
        </dd>
        {p.category && (
          <>
            <dt>{t('portal.problem.category')}</dt>
            <dd>{inLanguage(locale, p.category.nameEs, p.category.nameEn)}</dd>
          </>
        )}
        {p.entities.length > 0 && (
          <>
            <dt>{t('portal.problem.entities')}</dt>
            <dd>
              <OrgList orgs={p.entities} />
            </dd>
          </>
        )}
      </dl>
      {p.description && <p className="lead">{p.description}</p>}

      <h2>{t('portal.problem.currentSolution')}</h2>
      {p.currentSolution ? (
        <>
          <p className="muted">
            {t(`matrixSheet.instrument.${p.currentSolution.instrument}`)},{' '}
            {t('portal.problem.solutionVersion', { number: p.currentSolution.number })}
          </p>
          <blockquote>
            <p>{p.currentSolution.text}</p>
          </blockquote>
        </>
      ) : (
        <p>{t('portal.problem.noSolution')}</p>
      )}

      <h2>{t('portal.problem.timeline')}</h2>
      <ol>
        {p.timeline.map((e) => (
          <li key={e.id}>
            <Day page={page} value={e.occurredAt} />:{' '}
            {e.fromStatus ? `${statusLabel(page, e.fromStatus)} → ` : ''}
            <strong>{statusLabel(page, e.toStatus)}</strong>
            {e.reason && <span className="muted">. {t('portal.problem.reason', { reason: e.reason })}</span>}
          </li>
        ))}
      </ol>

      <h2>{t('portal.problem.indicators')}</h2>
      {p.indicators.length === 0 ? (
        <p>{t('portal.problem.noIndicators')}</p>
      ) : (
        <IndicatorTable page={page} caption={t('portal.problem.indicatorsCaption')} rows={p.indicators} />
      )}

      {p.solutions.length > 0 && (
        <>
          <h2>{t('portal.problem.solutions')}</h2>
          {p.solutions.map((s, i) => (
            <section key={s.id} aria-labelledby={`solution-${s.id}`}>
              <h3 id={`solution-${s.id}`}>
                {t('portal.problem.solution', {
                  n: i + 1,
                  instrument: t(`matrixSheet.instrument.${s.instrument}`),
                })}
              </h3>
              <ol>
                {s.versions.map((v) => (
                  <li key={v.number}>
                    <strong>{t('portal.problem.versionLine', { number: v.number })}</strong>,{' '}
                    <Day page={page} value={v.revisedOn ?? v.createdAt} />
                    {v.reason && (
                      <span className="muted">. {t('portal.problem.reason', { reason: v.reason })}</span>
                    )}
                    <blockquote>
                      <p>{v.text}</p>
                    </blockquote>
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </>
      )}

      {p.documents && p.documents.length > 0 && (
        <>
          <h2>{t('portal.problem.documents')}</h2>
          <ul>
            {p.documents.map((d) => (
              <li key={d.id}>
                <a href={publicDocumentPath(d.id)} download={d.filename}>
                  {d.title}
                </a>{' '}
                <span className="muted">
                  (
                  {t('portal.problem.documentFile', {
                    type: fileKind(d.contentType),
                    size: fileSize(d.sizeBytes),
                  })}
                  , <Day page={page} value={d.createdAt} />)
                </span>
              </li>
            ))}
          </ul>
        </>
      )}

      {p.lessons && p.lessons.length > 0 && (
        <>
          <h2>{t('portal.problem.lessons')}</h2>
          <p>{t('portal.problem.lessonsLead')}</p>
          <ul className="cards">
            {p.lessons.map((l) => (
              <li key={l.id} className="card">
                <h3>{t('portal.problem.whatHappened')}</h3>
                <p>{l.whatHappened}</p>
                <h3>{t('portal.problem.whatWasLearned')}</h3>
                <p>{l.whatWasLearned}</p>
                <p className="muted">
                  {t('portal.problem.lessonWritten')} <Day page={page} value={l.createdAt} />
                  {l.tags.length > 0 && <> · {t('portal.problem.lessonTags', { tags: l.tags.join(', ') })}</>}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}

      <h2>{t('portal.problem.feedback')}</h2>
      <p>{t('portal.problem.feedbackLead')}</p>
      {p.feedback.length === 0 ? (
        <p>{t('portal.problem.noFeedback')}</p>
      ) : (
        <ul>
          {p.feedback.map((f, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: reports carry no public id; their order is fixed
            <li key={i}>
              <strong>{t(`fieldFeedback.verdicts.${f.verdict}`)}</strong>,{' '}
              {f.observedOn ? (
                <>
                  {t('portal.problem.observedLabel')} <Day page={page} value={f.observedOn} />
                </>
              ) : (
                <>
                  {t('portal.problem.reportedLabel')} <Day page={page} value={f.reportedOn} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

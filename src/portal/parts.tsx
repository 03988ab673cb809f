import type { PortalIndicator, PortalOrganization } from '../domain/portal';
import type { ProblemStatus } from '../domain/problem-status';
import { formatDay, formatNumber, isoValue } from './format';
import type { PageContext } from './Layout';

/** A date in the reader's language, machine-readable too. */
export function Day({ page, value }: { page: PageContext; value: string | Date }) {
  return <time dateTime={isoValue(value)}>{formatDay(page.locale, value, page.timeZone)}</time>;
}

export function StatusBadge({ page, status }: { page: PageContext; status: ProblemStatus }) {
  return <span className={`status status-${status}`}>{statusLabel(page, status)}</span>;
}

export const statusLabel = (page: PageContext, status: ProblemStatus) =>
  page.t(`matrixSheet.status.${status}`);

/** An organization by its acronym when it has one (the full name on hover and for screen readers). */
export function OrgName({ org }: { org: PortalOrganization }) {
  return org.acronym && org.acronym !== org.name ? <abbr title={org.name}>{org.acronym}</abbr> : org.name;
}

export function OrgList({ orgs }: { orgs: readonly PortalOrganization[] }) {
  return (
    <>
      {orgs.map((o, i) => (
        <span key={o.id}>
          {i > 0 && ', '}
          <OrgName org={o} />
        </span>
      ))}
    </>
  );
}

/** A value of an indicator with its unit and, when known, the day it was measured. */
export function IndicatorValue({
  page,
  value,
  unit,
  on,
}: {
  page: PageContext;
  value: number | null;
  unit: string;
  on?: string | null;
}) {
  const { t, locale } = page;
  if (value === null) return <>{t('portal.indicator.unknown')}</>;
  const text = t('portal.indicator.value', { value: formatNumber(locale, value), unit }).trim();
  return on ? (
    <>
      {text}{' '}
      <span className="muted">
        (<Day page={page} value={on} />)
      </span>
    </>
  ) : (
    text
  );
}

/** One line: "Name: before → after (target …). Source: …". */
export function IndicatorLine({ page, indicator: i }: { page: PageContext; indicator: PortalIndicator }) {
  const { t, locale } = page;
  return (
    <>
      <strong>{i.name}</strong>:{' '}
      <IndicatorValue page={page} value={i.baselineValue} unit={i.unit} on={i.baselineOn} /> →{' '}
      <IndicatorValue page={page} value={i.currentValue} unit={i.unit} on={i.currentOn} />
      {i.targetValue !== null && (
        <>
          {' '}
          (
          {t('portal.indicator.targetInline', {
            value: formatNumber(locale, i.targetValue),
            unit: i.unit,
          }).trim()}
          )
        </>
      )}
      {i.source && (
        <span className="muted">. {t('portal.indicator.sourceInline', { source: i.source })}</span>
      )}
    </>
  );
}

/** A table of indicators: before, after, target, source (with the problem when given). */
export function IndicatorTable({
  page,
  caption,
  rows,
}: {
  page: PageContext;
  caption: string;
  rows: readonly (PortalIndicator & { problem?: { code: string; href: string } })[];
}) {
  const { t, locale } = page;
  const withProblem = rows.some((r) => r.problem);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a table wider than a phone scrolls; the keyboard must reach it
    <section className="scroll" aria-label={caption} tabIndex={0}>
      <table className="stack">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('portal.indicator.name')}</th>
            {withProblem && <th scope="col">{t('portal.indicator.problem')}</th>}
            <th scope="col">{t('portal.indicator.before')}</th>
            <th scope="col">{t('portal.indicator.after')}</th>
            <th scope="col">{t('portal.indicator.target')}</th>
            <th scope="col">{t('portal.indicator.source')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((i) => (
            <tr key={i.id}>
              <th scope="row">{i.name}</th>
              {withProblem && (
                <td data-label={t('portal.indicator.problem')}>
                  {i.problem && <a href={i.problem.href}>{i.problem.code}</a>}
                </td>
              )}
              <td data-label={t('portal.indicator.before')}>
                <IndicatorValue page={page} value={i.baselineValue} unit={i.unit} on={i.baselineOn} />
              </td>
              <td data-label={t('portal.indicator.after')}>
                <IndicatorValue page={page} value={i.currentValue} unit={i.unit} on={i.currentOn} />
              </td>
              <td data-label={t('portal.indicator.target')}>
                {i.targetValue === null
                  ? t('portal.indicator.unknown')
                  : t('portal.indicator.value', {
                      value: formatNumber(locale, i.targetValue),
                      unit: i.unit,
                    }).trim()}
              </td>
              <td data-label={t('portal.indicator.source')}>{i.source ?? t('portal.indicator.unknown')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

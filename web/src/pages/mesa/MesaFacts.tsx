import { useTranslation } from 'react-i18next';
import { languageName } from '../../../../src/domain/languages';
import type { MesaDetail, MesaSummary } from '../../api';
import { organizationLabel } from '../../components/pickers';
import { useFormatters } from '../../format';

/** The host institution, as a term and its description in a `<dl>`. */
export function HostFact({ mesa }: { mesa: Pick<MesaSummary, 'host'> }) {
  const { t } = useTranslation();
  return (
    <>
      <dt>{t('mesa.host')}</dt>
      <dd>{organizationLabel(mesa.host)}</dd>
    </>
  );
}

/** When the Mesa was launched, and the user's own roles in it if any. */
export function LaunchAndRolesFacts({ mesa }: { mesa: Pick<MesaSummary, 'launchedOn' | 'myRoles'> }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  return (
    <>
      <dt>{t('mesa.launchedOn')}</dt>
      <dd>{mesa.launchedOn ? fmt.date(mesa.launchedOn) : t('mesa.notLaunched')}</dd>
      {mesa.myRoles.length > 0 && (
        <>
          <dt>{t('mesa.myRoles')}</dt>
          <dd>{mesa.myRoles.map((r) => t(`roles.${r}`)).join(', ')}</dd>
        </>
      )}
    </>
  );
}

export function MesaFacts({ mesa }: { mesa: MesaDetail }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const cadence =
    mesa.cadence === 'custom' && mesa.cadenceDays
      ? t('mesa.cadenceEvery', { count: mesa.cadenceDays })
      : t(`cadence.${mesa.cadence}`);
  return (
    <dl className="facts">
      <HostFact mesa={mesa} />
      <dt>{t('mesa.sector')}</dt>
      <dd>{mesa.sector}</dd>
      <dt>{t('mesa.cadence')}</dt>
      <dd>{cadence}</dd>
      <dt>{t('mesa.visibility')}</dt>
      <dd>{t(`visibility.${mesa.visibility}`)}</dd>
      <dt>{t('mesa.language')}</dt>
      <dd>{languageName(mesa.locale)}</dd>
      <dt>{t('mesa.timeZone')}</dt>
      <dd data-testid="mesa-time-zone">
        {mesa.timeZone ?? t('mesa.timeZoneDefault', { zone: fmt.timeZone })}
      </dd>
      <LaunchAndRolesFacts mesa={mesa} />
      <dt>{t('mesa.updatedAt')}</dt>
      <dd>{fmt.dateTime(mesa.updatedAt)}</dd>
    </dl>
  );
}

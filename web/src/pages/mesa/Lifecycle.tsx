import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MesaDetail, MesaEvent } from '../../api';
import { SectionHeading } from '../../components/headings';
import { organizationLabel } from '../../components/pickers';
import { useFormatters } from '../../format';

function EventTitle({ event }: { event: MesaEvent }) {
  const { t } = useTranslation();
  if (event.kind === 'host') {
    const from = event.fromHost ? organizationLabel(event.fromHost) : null;
    const to = event.toHost ? organizationLabel(event.toHost) : '—';
    return <>{from ? t('lifecycle.hostMoved', { from, to }) : t('lifecycle.hostSet', { to })}</>;
  }
  const to = event.toStatus ? t(`mesaStatus.${event.toStatus}`) : '—';
  if (!event.fromStatus) {
    return (
      <>
        {event.toHost
          ? t('lifecycle.createdAt', { to, host: organizationLabel(event.toHost) })
          : t('lifecycle.created', { to })}
      </>
    );
  }
  return <>{t('lifecycle.statusChanged', { from: t(`mesaStatus.${event.fromStatus}`), to })}</>;
}

/** The server records a Mesa's creation with the placeholder reason `created`; the title already says it. */
const isCreationRecord = (event: MesaEvent) =>
  event.kind === 'status' && event.fromStatus === null && event.reason === 'created';

export function Lifecycle({ mesa }: { mesa: MesaDetail }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const events = [...mesa.events].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="lifecycle-title">
      <Stack gap="md">
        <SectionHeading id="lifecycle-title" title={t('lifecycle.title')} help={t('lifecycle.help')} />
        {events.length === 0 ? (
          <Text>{t('lifecycle.empty')}</Text>
        ) : (
          <ol className="timeline">
            {events.map((event) => (
              <li key={event.id} data-kind={event.kind}>
                <Text size="sm" c="gray.7" component="p">
                  <time dateTime={event.occurredOn}>{fmt.date(event.occurredOn)}</time>
                </Text>
                <Text fw={600} component="p">
                  <EventTitle event={event} />
                </Text>
                {event.reason && !isCreationRecord(event) && (
                  <Text size="sm" component="p">
                    {event.reason}
                  </Text>
                )}
              </li>
            ))}
          </ol>
        )}
      </Stack>
    </Paper>
  );
}

import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader, QueryError, Tag } from '../../components/common';
import { useFormatters } from '../../format';
import { type MeetingDetail, type Minutes, minutesQueryKey, sessionFiles, sessionsApi } from './sessionsApi';

/** The minutes document as the server built it: title, facts, then one table per section. */
function MinutesDocument({ minutes }: { minutes: Minutes }) {
  const doc = minutes.document;
  return (
    <article className="minutes-document" lang={doc.locale} data-testid="minutes-document">
      <Title order={3} size="h4" mb="xs">
        {doc.title}
      </Title>
      {doc.meta.length > 0 && (
        <dl className="facts">
          {doc.meta.map((m) => (
            <Fragment key={m.label}>
              <dt>{m.label}</dt>
              <dd>{m.value}</dd>
            </Fragment>
          ))}
        </dl>
      )}
      {doc.notice && (
        <Text size="sm" fs="italic" mt="xs">
          {doc.notice}
        </Text>
      )}
      {doc.sections.map((s) => (
        <section key={s.id} aria-labelledby={`minutes-${s.id}`} data-section={s.id}>
          <Title order={4} size="h5" id={`minutes-${s.id}`} mt="md" mb={4}>
            {s.heading}
          </Title>
          {s.rows.length === 0 ? (
            <Text size="sm">{s.empty}</Text>
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table verticalSpacing={4} withTableBorder>
                <caption className="visually-hidden">{s.heading}</caption>
                <Table.Thead>
                  <Table.Tr>
                    {s.columns.map((c) => (
                      <Table.Th key={c} scope="col">
                        {c}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {s.rows.map((row, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: rows are a fixed document
                    <Table.Tr key={i}>
                      {row.map((cell, j) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: cells are a fixed document
                        <Table.Td key={j}>
                          <Text size="sm" className="solution-text">
                            {cell}
                          </Text>
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </section>
      ))}
    </article>
  );
}

function Downloads({ meetingId, version }: { meetingId: string; version: number | null }) {
  const { t } = useTranslation();
  const suffix = version ? t('meeting.minutes.versionShort', { number: version }) : '';
  return (
    <Group gap="sm">
      <Button
        component="a"
        size="xs"
        variant="default"
        href={sessionFiles.minutesPdf(meetingId, version)}
        download
      >
        {t('meeting.minutes.downloadPdf')}
        {suffix && <span className="visually-hidden"> {suffix}</span>}
      </Button>
      <Button
        component="a"
        size="xs"
        variant="default"
        href={sessionFiles.minutesMarkdown(meetingId, version)}
        download
      >
        {t('meeting.minutes.downloadMarkdown')}
        {suffix && <span className="visually-hidden"> {suffix}</span>}
      </Button>
    </Group>
  );
}

export function MinutesSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const versions = meeting.minutes;
  const latest = versions.at(-1)?.number ?? null;
  const [chosen, setChosen] = useState<number | null>(null);
  const shown = chosen ?? latest;
  const minutes = useQuery({
    queryKey: minutesQueryKey(meeting.id, shown),
    queryFn: () => sessionsApi.meetings.minutes(meeting.id, shown ?? undefined),
    enabled: shown !== null,
  });

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="minutes-title"
      data-testid="minutes"
    >
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="minutes-title">
          {t('meeting.minutes.title')}
        </Title>
        {shown !== null && <Downloads meetingId={meeting.id} version={shown} />}
      </Group>
      {shown === null ? (
        <Stack gap="xs">
          <Text size="sm">{t('meeting.minutes.notYet')}</Text>
          <Anchor href={sessionFiles.minutesMarkdown(meeting.id)} size="sm" download>
            {t('meeting.minutes.draftPreview')}
          </Anchor>
        </Stack>
      ) : (
        <Stack gap="md">
          <Group gap="xs">
            <Tag tone={shown === latest ? 'green' : 'yellow'}>
              {shown === latest
                ? t('meeting.minutes.latestVersion', { number: shown })
                : t('meeting.minutes.olderVersion', { number: shown })}
            </Tag>
            {minutes.data?.reason && (
              <Text size="sm">{t('meeting.minutes.reason', { reason: minutes.data.reason })}</Text>
            )}
          </Group>
          {minutes.isPending && <PageLoader />}
          {minutes.isError && <QueryError error={minutes.error} onRetry={() => void minutes.refetch()} />}
          {minutes.data && <MinutesDocument minutes={minutes.data} />}
          <section aria-labelledby="minutes-versions-title">
            <Title order={3} size="h5" id="minutes-versions-title" mb={4}>
              {t('meeting.minutes.history')}
            </Title>
            <ol className="timeline" data-testid="minutes-versions">
              {[...versions].reverse().map((v) => (
                <li key={v.number} data-version={v.number}>
                  <Text size="sm" fw={600} component="p">
                    {t('meeting.minutes.versionLabel', { number: v.number })}
                    {v.number === shown && ` · ${t('meeting.minutes.shown')}`}
                  </Text>
                  <Text size="xs" c="gray.7" component="p">
                    <time dateTime={v.createdAt}>{fmt.dateTime(v.createdAt)}</time>
                    {v.createdBy && ` · ${v.createdBy.fullName}`} · {t(`visibility.${v.visibility}`)}
                  </Text>
                  {v.reason && (
                    <Text size="sm" component="p">
                      {v.reason}
                    </Text>
                  )}
                  {v.number !== shown && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      mt={4}
                      onClick={() => setChosen(v.number === latest ? null : v.number)}
                    >
                      {t('meeting.minutes.view', { number: v.number })}
                    </Button>
                  )}
                </li>
              ))}
            </ol>
          </section>
        </Stack>
      )}
    </Paper>
  );
}

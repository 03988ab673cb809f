import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Tag } from '../../components/common';
import { SectionHeading } from '../../components/headings';
import { useFormatters } from '../../format';
import type { Home, HomeMesa } from './homeApi';

/** One block of the home: a headed section with its count, its records and its links. */
function Block({
  id,
  title,
  help,
  children,
}: {
  id: string;
  title: string;
  help: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={`${id}-title`} data-block={id}>
      <Stack gap="sm">
        <SectionHeading id={`${id}-title`} title={title} help={help} />
        {children}
      </Stack>
    </Paper>
  );
}

function NothingWaits() {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="gray.8" data-empty>
      {t('homeWeb.nothingWaits')}
    </Text>
  );
}

/** The count line of a block, announced politely when it changes. */
function Count({ children }: { children: ReactNode }) {
  return (
    <Text fw={600} data-testid="block-count">
      {children}
    </Text>
  );
}

/** The escalations the caller may decide (the high-level body), the oldest first. */
export function DecisionsBlock({ home }: { home: Home }) {
  const { t } = useTranslation();
  const { decisions } = home;
  return (
    <Block id="home-decisions" title={t('homeWeb.decisions.title')} help={t('homeWeb.decisions.help')}>
      {decisions.count === 0 ? (
        <NothingWaits />
      ) : (
        <>
          <Count>{t('homeWeb.decisions.count', { count: decisions.count })}</Count>
          <ul className="home-list">
            {decisions.items.map((e) => (
              <li key={e.id} data-escalation-id={e.id}>
                <Link
                  to="/problems/$problemId"
                  params={{ problemId: e.problem.id }}
                  className="card-title-link"
                >
                  {e.problem.code} · {e.problem.title}
                </Link>
                <Text size="sm" c="gray.8">
                  {e.mesa.name} — {t('homeWeb.decisions.age', { count: e.ageDays })}
                </Text>
              </li>
            ))}
          </ul>
        </>
      )}
      {home.inbox && (
        <Anchor component={Link} to="/escalations" fw={600}>
          {t('homeWeb.decisions.openInbox')}
        </Anchor>
      )}
    </Block>
  );
}

function sessionName(t: (key: string, o?: Record<string, unknown>) => string, s: HomeMesa['nextSession']) {
  if (!s) return '';
  const kind =
    s.number !== null ? t('homeWeb.mesas.sessionNumber', { number: s.number }) : t('homeWeb.mesas.session');
  return s.title.trim() ? `${kind}: ${s.title.trim()}` : kind;
}

/** What waits in one Mesa: its next session and, for those who run it, what is late or waiting. */
function MesaWaits({ item }: { item: HomeMesa }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { mesa, nextSession: next } = item;
  const titleId = `home-mesa-${mesa.id}`;
  const figures: { key: string; text: string; hash: string; alert: boolean }[] = item.runs
    ? [
        {
          key: 'late',
          text: t('homeWeb.mesas.lateCommitments', { count: item.commitments.late }),
          hash: 'commitments',
          alert: item.commitments.late > 0,
        },
        {
          key: 'escalations',
          text: t('homeWeb.mesas.escalationsOpen', { count: item.escalations.open }),
          hash: 'escalations',
          alert: false,
        },
        ...(item.escalations.returned > 0
          ? [
              {
                key: 'returned',
                text: t('homeWeb.mesas.escalationsReturned', { count: item.escalations.returned }),
                hash: 'escalations',
                alert: true,
              },
            ]
          : []),
        {
          key: 'field',
          text: t('homeWeb.mesas.fieldAlerts', { count: item.fieldAlerts }),
          hash: 'matrix',
          alert: item.fieldAlerts > 0,
        },
      ]
    : [];
  return (
    <Paper
      withBorder
      p="md"
      radius="sm"
      component="article"
      aria-labelledby={titleId}
      data-mesa-id={mesa.id}
      data-runs={item.runs}
    >
      <Stack gap="xs">
        <Title order={3} size="h4" id={titleId}>
          {mesa.name}
        </Title>
        {item.roles.length > 0 && (
          <Group gap={4}>
            {item.roles.map((r) => (
              <Tag key={r} tone="gray">
                {t(`roles.${r}`)}
              </Tag>
            ))}
          </Group>
        )}
        <dl className="facts">
          <dt>{t('homeWeb.mesas.nextSession')}</dt>
          <dd data-testid="next-session">
            {next ? (
              <Stack gap={2}>
                <Link to="/meetings/$meetingId" params={{ meetingId: next.id }} className="card-title-link">
                  {sessionName(t, next)}
                </Link>
                <Text size="sm">{fmt.dateTime(next.startsAt)}</Text>
                {item.runs && (
                  <Group gap={4}>
                    <Tag tone={next.agendaReady ? 'green' : 'yellow'}>
                      {next.agendaReady ? t('homeWeb.mesas.agendaReady') : t('homeWeb.mesas.agendaNotReady')}
                    </Tag>
                  </Group>
                )}
              </Stack>
            ) : (
              t('homeWeb.mesas.noSession')
            )}
          </dd>
        </dl>
        {item.runs && (
          <ul className="home-list" aria-label={t('homeWeb.mesas.figures')}>
            {figures.map((f) => (
              <li key={f.key} data-figure={f.key} data-alert={f.alert}>
                <Link
                  to="/mesas/$mesaId"
                  params={{ mesaId: mesa.id }}
                  hash={f.hash}
                  className={f.alert ? 'home-figure home-figure-alert' : 'home-figure'}
                >
                  {f.text}
                </Link>
              </li>
            ))}
            {item.cadence && (
              <li data-figure="cadence" data-alert={item.cadence.overdue}>
                <Text size="sm" className={item.cadence.overdue ? 'home-figure-alert' : undefined}>
                  {item.cadence.overdue
                    ? t('homeWeb.mesas.cadenceOverdue', { count: item.cadence.daysOverdue })
                    : t('homeWeb.mesas.cadenceOk')}
                </Text>
              </li>
            )}
          </ul>
        )}
        <Group gap="md">
          <Link
            to="/mesas/$mesaId"
            params={{ mesaId: mesa.id }}
            aria-describedby={titleId}
            className="home-figure"
          >
            {t('homeWeb.mesas.open')}
          </Link>
          <Link
            to="/mesas/$mesaId/matrix"
            params={{ mesaId: mesa.id }}
            aria-describedby={titleId}
            className="home-figure"
          >
            {t('homeWeb.mesas.openMatrix')}
          </Link>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The caller's Mesas with their next session; those they run, with what is late or waiting. */
export function MesasBlock({ home, coordinating }: { home: Home; coordinating: boolean }) {
  const { t } = useTranslation();
  const runsAny = home.mesas.some((m) => m.runs);
  return (
    <Block
      id="home-mesas"
      title={coordinating ? t('homeWeb.mesas.titleCoordinating') : t('homeWeb.mesas.title')}
      help={runsAny ? t('homeWeb.mesas.help') : t('homeWeb.mesas.helpParticipant')}
    >
      {home.mesas.length === 0 ? (
        <NothingWaits />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {home.mesas.map((m) => (
            <MesaWaits key={m.mesa.id} item={m} />
          ))}
        </SimpleGrid>
      )}
    </Block>
  );
}

/** The caller's own open commitments, the late ones first. */
export function CommitmentsBlock({ home }: { home: Home }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { commitments } = home;
  return (
    <Block id="home-commitments" title={t('homeWeb.commitments.title')} help={t('homeWeb.commitments.help')}>
      {commitments.open === 0 ? (
        <NothingWaits />
      ) : (
        <>
          <Count>
            {t('homeWeb.commitments.summary', { open: commitments.open, late: commitments.late })}
          </Count>
          <ul className="home-list">
            {commitments.items.map((c) => (
              <li key={c.id} data-commitment-id={c.id} data-late={c.late}>
                <Text size="sm" fw={500}>
                  {c.text}
                </Text>
                <Group gap={6}>
                  {c.late && <Tag tone="red">{t('homeWeb.commitments.late')}</Tag>}
                  <Text size="sm" c="gray.8">
                    {t('homeWeb.commitments.due', { date: fmt.date(c.dueOn) })} · {c.mesa.name}
                  </Text>
                </Group>
              </li>
            ))}
          </ul>
        </>
      )}
      <Anchor component={Link} to="/commitments" fw={600}>
        {t('homeWeb.commitments.all')}
      </Anchor>
    </Block>
  );
}

/** Enacted problems of the caller's Mesas on which they have not reported from the ground yet. */
export function FeedbackBlock({ home }: { home: Home }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { feedback } = home;
  return (
    <Block id="home-feedback" title={t('homeWeb.feedback.title')} help={t('homeWeb.feedback.help')}>
      {feedback.count === 0 ? (
        <NothingWaits />
      ) : (
        <>
          <Count>{t('homeWeb.feedback.count', { count: feedback.count })}</Count>
          <ul className="home-list">
            {feedback.items.map((p) => (
              <li key={p.id} data-problem-id={p.id}>
                <Link to="/problems/$problemId" params={{ problemId: p.id }} className="card-title-link">
                  {p.code} · {p.title}
                </Link>
                <Text size="sm" c="gray.8">
                  {p.mesa.name} —{' '}
                  {t('homeWeb.feedback.enacted', { date: fmt.date(p.enactedAt.slice(0, 10)) })}
                </Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </Block>
  );
}

/** An administrator's shortcuts. */
export function AdminBlock() {
  const { t } = useTranslation();
  const links = [
    { to: '/admin/accounts', label: t('homeWeb.admin.accounts') },
    { to: '/admin/outbox', label: t('homeWeb.admin.outbox') },
    { to: '/admin/assessment-questions', label: t('homeWeb.admin.questions') },
  ] as const;
  return (
    <Block id="home-admin" title={t('homeWeb.admin.title')} help={t('homeWeb.admin.help')}>
      <Group gap="lg">
        {links.map((l) => (
          <Anchor key={l.to} component={Link} to={l.to}>
            {l.label}
          </Anchor>
        ))}
      </Group>
    </Block>
  );
}

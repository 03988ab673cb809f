import { Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader, QueryError, usePageTitle } from '../../components/common';
import { useFormatters } from '../../format';
import { meetingName } from './labels';
import { type AgendaItem, type MeetingDetail, meetingQueryKey, sessionsApi } from './sessionsApi';
import { useMeetingEvents } from './useMeetingEvents';
import './projector.css';

type ItemCommitment = NonNullable<AgendaItem['commitment']>;

/**
 * The commitments recorded on an agenda item: the one it reviews, and those created in this meeting
 * on its problem.
 */
function commitmentsOn(meeting: MeetingDetail, item: AgendaItem): ItemCommitment[] {
  const created = meeting.commitments.filter(
    (c) => c.id === item.commitment?.id || (item.problem !== null && c.problemId === item.problem.id),
  );
  const reviewed =
    item.commitment && !created.some((c) => c.id === item.commitment!.id) ? [item.commitment] : [];
  return [...reviewed, ...created];
}

/** Whether the page is shown full screen, and the button's way to switch. */
function useFullScreen(target: RefObject<HTMLElement | null>) {
  const [on, setOn] = useState(false);
  useEffect(() => {
    const sync = () => setOn(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', sync);
    return () => document.removeEventListener('fullscreenchange', sync);
  }, []);
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void target.current?.requestFullscreen?.();
  };
  return { on, toggle, available: typeof document !== 'undefined' && document.fullscreenEnabled };
}

function CurrentItem({ meeting, item, index }: { meeting: MeetingDetail; item: AgendaItem; index: number }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const items = meeting.agenda.items;
  const decisions = meeting.decisions.filter((d) => d.agendaItemId === item.id);
  const commitments = commitmentsOn(meeting, item);
  const next = [...items.slice(index + 1), ...items.slice(0, index)].find((i) => i.id && !i.discussedAt);
  return (
    <section
      className="projector-current"
      aria-labelledby="projector-item"
      data-item-id={item.id ?? undefined}
    >
      <p className="projector-position">
        {t('projector.position', { position: index + 1, total: items.length })}
      </p>
      <h2 id="projector-item" className="projector-item-title" data-testid="projector-item-title">
        {item.title}
      </h2>
      {item.problem && (
        <p className="projector-problem">
          {item.problem.code} · {item.problem.title}
        </p>
      )}
      {item.notes.trim() && (
        <section aria-labelledby="projector-notes-title">
          <h3 id="projector-notes-title" className="projector-heading">
            {t('projector.notes')}
          </h3>
          <p className="projector-notes">{item.notes}</p>
        </section>
      )}
      <div className="projector-columns">
        <section aria-labelledby="projector-decisions-title">
          <h3 id="projector-decisions-title" className="projector-heading">
            {t('projector.decisions')}
          </h3>
          {decisions.length ? (
            <ol className="projector-list" data-testid="projector-decisions">
              {decisions.map((d) => (
                <li key={d.id} data-decision-id={d.id}>
                  {d.text}
                </li>
              ))}
            </ol>
          ) : (
            <p className="projector-muted">{t('projector.noDecisions')}</p>
          )}
        </section>
        <section aria-labelledby="projector-commitments-title">
          <h3 id="projector-commitments-title" className="projector-heading">
            {t('projector.commitments')}
          </h3>
          {commitments.length ? (
            <ol className="projector-list" data-testid="projector-commitments">
              {commitments.map((c) => (
                <li key={c.id} data-commitment-id={c.id}>
                  {c.text}
                  <span className="projector-who">
                    {[
                      c.person?.fullName,
                      c.organization?.acronym ?? c.organization?.name,
                      t('projector.due', { date: fmt.date(c.dueOn) }),
                    ]
                      .filter(Boolean)
                      .join(' — ')}
                  </span>
                </li>
              ))}
            </ol>
          ) : (
            <p className="projector-muted">{t('projector.noCommitments')}</p>
          )}
        </section>
      </div>
      {next && <p className="projector-next">{t('projector.next', { title: next.title })}</p>}
    </section>
  );
}

/**
 * The projector view: the screen the room looks at during a session. Large type and high contrast: the
 * Mesa and the session, the item being discussed with its notes, and the decisions and commitments
 * recorded on it, refreshed live as they are saved. Read-only, for anyone who may read the meeting.
 */
export function ProjectorPage() {
  const { t } = useTranslation();
  const { meetingId } = useParams({ from: '/meetings/$meetingId/projector' });
  const query = useQuery({
    queryKey: meetingQueryKey(meetingId),
    queryFn: () => sessionsApi.meetings.get(meetingId),
  });
  const meeting = query.data;
  const live = useMeetingEvents(
    meetingId,
    meeting?.mesaId,
    meeting !== undefined && meeting.state !== 'closed',
  );
  const stage = useRef<HTMLDivElement>(null);
  const fullScreen = useFullScreen(stage);
  usePageTitle(meeting ? t('projector.title', { meeting: meetingName(t, meeting) }) : t('meeting.title'));

  if (query.isPending) return <PageLoader />;
  if (query.isError || !meeting) {
    return (
      <Stack>
        <Title order={1}>{t('meeting.title')}</Title>
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      </Stack>
    );
  }
  const items = meeting.agenda.items;
  const index = items.findIndex((i) => i.id && i.id === meeting.currentItemId);
  const current = index >= 0 ? items[index]! : null;
  const discussed = items.filter((i) => i.discussedAt).length;
  const idle =
    meeting.state === 'closed'
      ? t('projector.closed')
      : meeting.state !== 'in_progress'
        ? t('projector.notStarted')
        : t('projector.allDiscussed');
  return (
    <div className="projector" ref={stage} data-testid="projector" data-live-status={live.status}>
      <header className="projector-head">
        <div>
          <p className="projector-mesa">{meeting.mesa.name}</p>
          <h1 className="projector-session">{meetingName(t, meeting)}</h1>
        </div>
        {meeting.state === 'in_progress' && (
          <p className="projector-progress">
            {t('projector.progress', { done: discussed, total: items.length })}
            {live.status !== 'ended' && (
              <span className="projector-live" data-status={live.status}>
                {t(`meeting.live.${live.status}`)}
              </span>
            )}
          </p>
        )}
      </header>
      <p className="visually-hidden" role="status" aria-live="polite">
        {current ? t('meeting.live.currentIs', { position: index + 1, title: current.title }) : idle}
      </p>
      {current ? (
        <CurrentItem meeting={meeting} item={current} index={index} />
      ) : (
        <p className="projector-idle">{idle}</p>
      )}
      <footer className="projector-tools">
        {fullScreen.available && (
          <button type="button" className="projector-button" onClick={fullScreen.toggle}>
            {fullScreen.on ? t('projector.exitFullScreen') : t('projector.fullScreen')}
          </button>
        )}
        <Link to="/meetings/$meetingId" params={{ meetingId }} className="projector-back">
          {t('projector.backToMeeting')}
        </Link>
      </footer>
    </div>
  );
}

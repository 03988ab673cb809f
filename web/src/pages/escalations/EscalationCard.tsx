import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, fieldError, notifySuccess, Tag, type Tone } from '../../components/common';
import { DateField } from '../../components/DateField';
import { useFormatters } from '../../format';
import { ProblemLink } from '../matrix/labels';
import { problemQueryKey } from '../matrix/matrixApi';
import { type Escalation, type EscalationStatus, escalationsApi } from './escalationsApi';

const statusTones: Record<EscalationStatus, Tone> = {
  open: 'orange',
  returned: 'yellow',
  decided: 'green',
  withdrawn: 'gray',
};

/** The status of an escalation, as a small label. */
export function EscalationStatusTag({ status }: { status: EscalationStatus }) {
  const { t } = useTranslation();
  return <Tag tone={statusTones[status]}>{t(`escalationsWeb.status.${status}`)}</Tag>;
}

/** How long it has waited (or waited, once decided or withdrawn): always shown. */
export function AgeTag({ escalation }: { escalation: Escalation }) {
  const { t } = useTranslation();
  const pending = escalation.status === 'open' || escalation.status === 'returned';
  const old = pending && escalation.ageDays >= 30;
  return (
    <Tag tone={old ? 'red' : 'blue'}>
      <span data-testid="escalation-age">
        {t(pending ? 'escalationsWeb.ageWaiting' : 'escalationsWeb.ageTook', { count: escalation.ageDays })}
      </span>
    </Tag>
  );
}

/**
 * A form around one required text: says it is required rather than sending it empty, and shows the
 * error of the last try. Its buttons (and other fields) come below the text.
 */
function RequiredTextForm({
  label,
  field,
  value,
  onChange,
  error,
  onSend,
  children,
}: {
  label: string;
  /** The field the server names in its validation errors. */
  field: string;
  value: string;
  onChange: (value: string) => void;
  error: unknown;
  onSend: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [missing, setMissing] = useState(false);
  const send = (event: FormEvent) => {
    event.preventDefault();
    if (!value.trim()) {
      setMissing(true);
      return;
    }
    onSend();
  };
  return (
    <form onSubmit={send} noValidate>
      <Stack gap={6}>
        <FormError error={error} />
        <Textarea
          label={label}
          autosize
          minRows={2}
          value={value}
          error={missing ? t('form.required') : fieldError(error, field)}
          onChange={(e) => {
            onChange(e.currentTarget.value);
            setMissing(false);
          }}
        />
        {children}
      </Stack>
    </form>
  );
}

/** One text to send (questions, an answer, why it is withdrawn), with its button. */
function TextStep({
  label,
  submit,
  onSubmit,
  field,
  color,
}: {
  label: string;
  submit: string;
  field: string;
  color?: string;
  onSubmit: (text: string) => Promise<unknown>;
}) {
  const [text, setText] = useState('');
  const mutation = useMutation({ mutationFn: () => onSubmit(text.trim()), onSuccess: () => setText('') });
  return (
    <RequiredTextForm
      label={label}
      field={field}
      value={text}
      onChange={setText}
      error={mutation.error}
      onSend={() => mutation.mutate()}
    >
      <Group>
        <Button type="submit" size="xs" variant={color ? 'filled' : 'default'} loading={mutation.isPending}>
          {submit}
        </Button>
      </Group>
    </RequiredTextForm>
  );
}

/** The high-level body's decision: its text, the day it was taken. */
function DecisionForm({
  escalation,
  onDone,
}: {
  escalation: Escalation;
  onDone: (e: Escalation) => Promise<void>;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const [decision, setDecision] = useState('');
  const [decidedOn, setDecidedOn] = useState(fmt.today());
  const mutation = useMutation({
    mutationFn: () =>
      escalationsApi.decide(escalation.id, {
        decision: decision.trim(),
        decidedOn: decidedOn || null,
        version: escalation.version,
      }),
    onSuccess: async (updated) => {
      await onDone(updated);
      notifySuccess(t('escalationsWeb.decided'));
    },
  });
  return (
    <RequiredTextForm
      label={t('escalationsWeb.decisionLabel')}
      field="decision"
      value={decision}
      onChange={setDecision}
      error={mutation.error}
      onSend={() => mutation.mutate()}
    >
      <Group align="flex-end">
        <DateField
          w={180}
          label={t('escalationsWeb.decidedOn')}
          value={decidedOn}
          max={fmt.today()}
          error={fieldError(mutation.error, 'decidedOn')}
          onChange={setDecidedOn}
        />
        <Button type="submit" size="sm" loading={mutation.isPending}>
          {t('escalationsWeb.decide')}
        </Button>
      </Group>
    </RequiredTextForm>
  );
}

function Exchange({ escalation }: { escalation: Escalation }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  return (
    <ol className="timeline" aria-label={t('escalationsWeb.exchange')} data-testid="escalation-exchange">
      {escalation.events.map((e) => (
        <li key={e.id}>
          <Text size="sm" c="gray.7" component="p">
            <time dateTime={e.createdAt}>{fmt.dateTime(e.createdAt)}</time>
            {e.person && ` · ${e.person.fullName}`}
          </Text>
          <Text size="sm" component="p">
            <strong>{t(`escalationsWeb.event.${e.kind}`)}</strong>
            {e.kind !== 'escalated' && e.text ? `: ${e.text}` : ''}
          </Text>
        </li>
      ))}
    </ol>
  );
}

/**
 * An escalation: why, the brief, the options, its age, the decision when there is one, the exchange,
 * and what the reader may do now (decide or return it; answer the questions or withdraw it).
 */
export function EscalationCard({
  escalation,
  headingOrder,
  showContext,
}: {
  escalation: Escalation;
  headingOrder: 2 | 3;
  /** Show its Mesa and problem (in the inbox, across Mesas). */
  showContext: boolean;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const queryClient = useQueryClient();
  const headingId = useId();
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: ['escalations'] });
    await queryClient.invalidateQueries({ queryKey: problemQueryKey(escalation.problem.id) });
  };
  const done = (message: string) => async () => {
    await refresh();
    notifySuccess(message);
  };
  const e = escalation;
  const title = `${e.problem.code} · ${e.problem.title}`;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      aria-labelledby={headingId}
      data-testid="escalation"
      data-escalation-id={e.id}
    >
      <Stack gap="sm">
        <Stack gap={4}>
          {showContext && (
            <Text size="sm" c="gray.7">
              {e.mesa.name}
            </Text>
          )}
          <Title order={headingOrder} size="h4" id={headingId}>
            {showContext ? (
              <ProblemLink problemId={e.problem.id}>{title}</ProblemLink>
            ) : (
              t('escalationsWeb.escalatedOn', { date: fmt.dateTime(e.escalatedAt) })
            )}
          </Title>
          <Group gap={6}>
            <EscalationStatusTag status={e.status} />
            <Tag tone="gray">{t(`escalationsWeb.reason.${e.reason}`)}</Tag>
            <AgeTag escalation={e} />
            {e.visibility === 'team' && <Tag tone="dark">{t('escalationsWeb.teamOnly')}</Tag>}
          </Group>
        </Stack>
        <Text size="sm" className="solution-text">
          {e.brief}
        </Text>
        {e.options.length > 0 && (
          <div>
            <Text size="sm" fw={600}>
              {t('escalationsWeb.options')}
            </Text>
            <ol style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
              {e.options.map((o, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: options are a fixed, ordered list
                <li key={i}>
                  <Text size="sm">{o}</Text>
                </li>
              ))}
            </ol>
          </div>
        )}
        {e.status === 'decided' && e.decision && (
          <Paper p="sm" radius="sm" bg="green.0" data-testid="escalation-decision">
            <Text size="sm" fw={600}>
              {t('escalationsWeb.decisionOf', {
                date: fmt.date(e.decidedOn),
                who: e.decidedBy?.fullName ?? '—',
              })}
            </Text>
            <Text size="sm">{e.decision}</Text>
          </Paper>
        )}
        <Exchange escalation={e} />
        {e.can.decide && e.status === 'open' && (
          <Stack gap="sm">
            <DecisionForm escalation={e} onDone={refresh} />
            <TextStep
              label={t('escalationsWeb.questionsLabel')}
              submit={t('escalationsWeb.returnWithQuestions')}
              field="questions"
              onSubmit={(questions) =>
                escalationsApi
                  .return(e.id, { questions, version: e.version })
                  .then(done(t('escalationsWeb.returned')))
              }
            />
          </Stack>
        )}
        {e.can.respond && e.status === 'returned' && (
          <TextStep
            label={t('escalationsWeb.answerLabel')}
            submit={t('escalationsWeb.answer')}
            field="text"
            color="blue"
            onSubmit={(text) =>
              escalationsApi
                .answer(e.id, { text, version: e.version })
                .then(done(t('escalationsWeb.answered')))
            }
          />
        )}
        {e.can.respond && (e.status === 'open' || e.status === 'returned') && (
          <details>
            <summary>
              <Text size="sm" component="span">
                {t('escalationsWeb.withdraw')}
              </Text>
            </summary>
            <TextStep
              label={t('escalationsWeb.withdrawLabel')}
              submit={t('escalationsWeb.withdraw')}
              field="reason"
              onSubmit={(reason) =>
                escalationsApi
                  .withdraw(e.id, { reason, version: e.version })
                  .then(done(t('escalationsWeb.withdrawn')))
              }
            />
          </details>
        )}
      </Stack>
    </Paper>
  );
}

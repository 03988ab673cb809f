import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  List,
  NativeSelect,
  Paper,
  Radio,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MesaDetail } from '../../api';
import { PageLoader, QueryError, Tag, type Tone } from '../../components/common';
import { FormModal } from '../../components/FormModal';
import { useSaveForm } from '../../components/forms';
import { SectionHeading } from '../../components/headings';
import { useFormatters } from '../../format';
import { useSession } from '../../session';
import {
  type AnswerValue,
  type Assessment,
  type AssessmentMeeting,
  type AssessmentQuestion,
  answerValues,
  areas,
  assessmentsApi,
  type Decision,
  decisions,
  questionText,
} from './assessmentsApi';
import { ActivateCheckbox, canActivate, useConfirmedLaunch, useRefreshLaunchedMesa } from './launch';

export const assessmentsQueryKey = (mesaId: string) => ['assessments', mesaId] as const;

const decisionTones: Record<Decision, Tone> = { launch: 'green', not_now: 'yellow', no: 'red' };
const answerTones: Record<AnswerValue, Tone> = { yes: 'green', partly: 'yellow', no: 'red' };

/** The label of a red flag; one an administrator added without a translation shows its name. */
function useFlagLabel() {
  const { t } = useTranslation();
  return (flag: string) => t(`assessments.redFlags.${flag}`, { defaultValue: flag });
}

function useAreaLabel() {
  const { t } = useTranslation();
  return (area: string) => t(`assessments.areas.${area}`, { defaultValue: area });
}

/**
 * The feasibility assessments of a Mesa (paper 7.A and 4.5 b), for the coordinating office, the
 * high-level body and the Mesa's dedicated team: every assessment kept, newest first, with its red
 * flags and decision; the coordinating office assesses and decides.
 */
export function Feasibility({ mesa }: { mesa: MesaDetail }) {
  const { user } = useSession();
  const global = user?.globalRole ?? null;
  const mayRead =
    global === 'admin' ||
    global === 'coordinator' ||
    global === 'high_level' ||
    mesa.myRoles.some((r) => r === 'team' || r === 'moderator');
  return mayRead ? <FeasibilitySection mesa={mesa} /> : null;
}

function FeasibilitySection({ mesa }: { mesa: MesaDetail }) {
  const { t } = useTranslation();
  const list = useQuery({
    queryKey: assessmentsQueryKey(mesa.id),
    queryFn: () => assessmentsApi.list(mesa.id),
  });
  const [creating, setCreating] = useState(false);
  const [deciding, setDeciding] = useState<Assessment | null>(null);

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="feasibility-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <SectionHeading
            id="feasibility-title"
            title={t('assessmentsWeb.title')}
            help={t('assessmentsWeb.help')}
          />
          {list.data?.can.manage && (
            <Button onClick={() => setCreating(true)}>{t('assessmentsWeb.new')}</Button>
          )}
        </Group>
        {list.isPending && <PageLoader />}
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        {list.data && list.data.assessments.length === 0 && <Text>{t('assessmentsWeb.empty')}</Text>}
        {list.data?.assessments.map((a) => (
          <AssessmentCard
            key={a.id}
            assessment={a}
            onDecide={list.data.can.manage && a.decision === null ? () => setDeciding(a) : undefined}
          />
        ))}
      </Stack>
      {list.data?.can.manage && (
        <>
          <NewAssessmentModal
            mesa={mesa}
            meetings={list.data.preliminaryMeetings}
            opened={creating}
            onClose={() => setCreating(false)}
          />
          <DecisionModal mesa={mesa} assessment={deciding} onClose={() => setDeciding(null)} />
        </>
      )}
    </Paper>
  );
}

function AssessmentCard({ assessment: a, onDecide }: { assessment: Assessment; onDecide?: () => void }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const flagLabel = useFlagLabel();
  const areaLabel = useAreaLabel();
  const titleId = `assessment-${a.id}`;
  return (
    <Paper withBorder p="md" radius="sm" component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={3} size="h4" id={titleId}>
              {t('assessmentsWeb.assessedOn', { date: fmt.date(a.assessedOn) })}
            </Title>
            <Group gap="xs">
              {a.decision ? (
                <Tag tone={decisionTones[a.decision]}>
                  {t('assessmentsWeb.decisionTag', { decision: t(`assessments.decisions.${a.decision}`) })}
                </Tag>
              ) : (
                <Tag tone="gray">{t('assessmentsWeb.undecided')}</Tag>
              )}
              {a.decidedOn && (
                <Text size="sm" c="gray.7">
                  {t('assessmentsWeb.decidedOn', { date: fmt.date(a.decidedOn) })}
                </Text>
              )}
            </Group>
          </Stack>
          {onDecide && (
            <Button variant="default" onClick={onDecide}>
              {t('assessmentsWeb.decide')}
            </Button>
          )}
        </Group>

        {a.rationale && (
          <Text size="sm">
            <Text span fw={600}>
              {t('assessmentsWeb.rationale')}:
            </Text>{' '}
            {a.rationale}
          </Text>
        )}

        {a.warnings.length > 0 && (
          <Alert color="orange" variant="light" title={t('assessmentsWeb.launchedDespite')}>
            <Text size="sm" c="gray.9">
              {a.warnings.map(flagLabel).join(' · ')}
            </Text>
          </Alert>
        )}

        {a.redFlags.length > 0 ? (
          <Alert
            color="red"
            variant="light"
            title={t('assessmentsWeb.redFlagsTitle', { count: a.redFlags.length })}
          >
            <List size="sm" c="gray.9">
              {a.redFlags.map((f) => (
                <List.Item key={f.flag}>{flagLabel(f.flag)}</List.Item>
              ))}
            </List>
          </Alert>
        ) : (
          <Text size="sm">{t('assessmentsWeb.noRedFlags')}</Text>
        )}

        <Table withTableBorder striped={false} fz="sm" maw={520}>
          <Table.Caption>{t('assessmentsWeb.summaryCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('assessmentsWeb.area')}</Table.Th>
              {answerValues.map((v) => (
                <Table.Th scope="col" key={v}>
                  {t(`assessments.answers.${v}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {a.summary.map((s) => (
              <Table.Tr key={s.area}>
                <Table.Th scope="row" fw={400}>
                  {areaLabel(s.area)}
                </Table.Th>
                <Table.Td>{s.yes}</Table.Td>
                <Table.Td>{s.partly}</Table.Td>
                <Table.Td>{s.no}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>

        {a.meetings.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('assessmentsWeb.meetings')}
            </Text>
            <List size="sm">
              {a.meetings.map((m) => (
                <List.Item key={m.id}>
                  {fmt.date(m.startsAt.slice(0, 10))} — {m.title || t('meetingKind.preliminary')}
                </List.Item>
              ))}
            </List>
          </Stack>
        )}

        <details>
          <summary>{t('assessmentsWeb.answersTitle', { count: a.answers.length })}</summary>
          <Stack gap="xs" mt="xs">
            {a.answers.map((ans) => (
              <div key={ans.questionId}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Tag tone={answerTones[ans.answer]}>{t(`assessments.answers.${ans.answer}`)}</Tag>
                  <Text size="sm">{questionText(ans, i18n.language)}</Text>
                </Group>
                {ans.redFlag && (
                  <Text size="xs" c="red.9">
                    {t('assessmentsWeb.raises', { flag: flagLabel(ans.redFlag) })}
                  </Text>
                )}
                {ans.note && <Text size="sm">{ans.note}</Text>}
                {ans.evidence && (
                  <Text size="xs" c="gray.7">
                    {t('assessmentsWeb.evidence')}: {ans.evidence}
                  </Text>
                )}
              </div>
            ))}
          </Stack>
        </details>
      </Stack>
    </Paper>
  );
}

interface AnswerFields {
  answer: AnswerValue | '';
  note: string;
  evidence: string;
}

interface AssessmentFields {
  assessedOn: string;
  answers: Record<string, AnswerFields>;
  meetingIds: string[];
  decision: Decision | '';
  rationale: string;
  decidedOn: string;
  /** With a launch: activate the Mesa in the same step. */
  activate: boolean;
}

/** The assessments, and the Mesa itself (a launch may have activated it). */
function useRefresh(mesaId: string) {
  const queryClient = useQueryClient();
  const refreshMesa = useRefreshLaunchedMesa(mesaId);
  return () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: assessmentsQueryKey(mesaId) }), refreshMesa()]);
}

/** Activation goes with a launch, when the Mesa can become active. */
const activating = (mesa: MesaDetail, v: { decision: Decision | ''; activate: boolean }) =>
  v.decision === 'launch' && v.activate && canActivate(mesa);

function NewAssessmentModal({
  mesa,
  meetings,
  opened,
  onClose,
}: {
  mesa: MesaDetail;
  meetings: AssessmentMeeting[];
  opened: boolean;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters(mesa.timeZone);
  const areaLabel = useAreaLabel();
  const launch = useConfirmedLaunch();
  const questions = useQuery({
    queryKey: ['assessment-questions'],
    queryFn: () => assessmentsApi.questions(),
    enabled: opened,
  });
  const form = useSaveForm<AssessmentFields, Assessment>({
    initial: () => ({
      assessedOn: fmt.today(),
      answers: {},
      meetingIds: [],
      decision: '',
      rationale: '',
      decidedOn: '',
      activate: true,
    }),
    dialog: { opened, onClose },
    required: (v) => (v.decision ? ['rationale'] : []),
    save: (v) =>
      launch.send((confirmIncomplete) =>
        assessmentsApi.create(mesa.id, {
          assessedOn: v.assessedOn || undefined,
          answers: Object.entries(v.answers)
            .filter(
              (entry): entry is [string, AnswerFields & { answer: AnswerValue }] => entry[1].answer !== '',
            )
            .map(([questionId, a]) => ({ questionId, answer: a.answer, note: a.note, evidence: a.evidence })),
          meetingIds: v.meetingIds,
          ...(v.decision
            ? {
                decision: v.decision,
                rationale: v.rationale,
                ...(v.decidedOn ? { decidedOn: v.decidedOn } : {}),
              }
            : {}),
          ...(activating(mesa, v) ? { activate: true } : {}),
          ...(confirmIncomplete ? { confirmIncomplete: true } : {}),
        }),
      ),
    refresh: useRefresh(mesa.id),
    notice: () => t('assessmentsWeb.saved'),
  });
  const answerOf = (id: string): AnswerFields =>
    form.values.answers[id] ?? { answer: '', note: '', evidence: '' };
  const setAnswer = (id: string, change: Partial<AnswerFields>) =>
    form.set('answers', { ...form.values.answers, [id]: { ...answerOf(id), ...change } });
  const byArea = (area: string) => (questions.data?.questions ?? []).filter((q) => q.area === area);
  const otherAreas = [
    ...new Set(
      (questions.data?.questions ?? [])
        .map((q) => q.area)
        .filter((a) => !(areas as readonly string[]).includes(a)),
    ),
  ];

  return (
    <FormModal
      form={form}
      size="xl"
      title={t('assessmentsWeb.newTitle', { mesa: mesa.name })}
      intro={<Text size="sm">{t('assessmentsWeb.newHelp')}</Text>}
      submitLabel={t('assessmentsWeb.save')}
    >
      <TextInput
        type="date"
        label={t('assessmentsWeb.assessedOnLabel')}
        maw={240}
        {...form.text('assessedOn')}
      />
      {questions.isPending && <PageLoader />}
      {questions.isError && <QueryError error={questions.error} onRetry={() => void questions.refetch()} />}
      {[...areas, ...otherAreas].map((area) =>
        byArea(area).length === 0 ? null : (
          <Fieldset key={area} legend={areaLabel(area)}>
            <Stack gap="md">
              {byArea(area).map((q) => (
                <QuestionInput
                  key={q.id}
                  question={q}
                  language={i18n.language}
                  value={answerOf(q.id)}
                  onChange={(c) => setAnswer(q.id, c)}
                />
              ))}
            </Stack>
          </Fieldset>
        ),
      )}
      <Fieldset legend={t('assessmentsWeb.meetings')}>
        {meetings.length === 0 ? (
          <Text size="sm">{t('assessmentsWeb.noPreliminaryMeetings')}</Text>
        ) : (
          <Checkbox.Group value={form.values.meetingIds} onChange={(ids) => form.set('meetingIds', ids)}>
            <Stack gap="xs">
              {meetings.map((m) => (
                <Checkbox
                  key={m.id}
                  value={m.id}
                  label={`${fmt.date(m.startsAt.slice(0, 10))} — ${m.title || t('meetingKind.preliminary')}`}
                />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
      </Fieldset>
      <Fieldset legend={t('assessmentsWeb.decisionLegend')}>
        <Stack gap="sm">
          <DecisionFields form={form} allowNone />
          {form.values.decision === 'launch' && (
            <ActivateCheckbox
              mesa={mesa}
              checked={form.values.activate}
              onChange={(checked) => form.set('activate', checked)}
            />
          )}
        </Stack>
      </Fieldset>
      {launch.dialog}
    </FormModal>
  );
}

function QuestionInput({
  question,
  language,
  value,
  onChange,
}: {
  question: AssessmentQuestion;
  language: string;
  value: AnswerFields;
  onChange: (change: Partial<AnswerFields>) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={6}>
      <Radio.Group
        label={questionText(question, language)}
        value={value.answer}
        onChange={(answer) => onChange({ answer: answer as AnswerValue | '' })}
      >
        <Group gap="md" mt={4}>
          {answerValues.map((v) => (
            <Radio key={v} value={v} label={t(`assessments.answers.${v}`)} />
          ))}
          <Radio value="" label={t('assessmentsWeb.unanswered')} />
        </Group>
      </Radio.Group>
      {value.answer !== '' && (
        <Group grow align="flex-start">
          <TextInput
            size="sm"
            label={t('assessmentsWeb.note')}
            value={value.note}
            onChange={(e) => onChange({ note: e.currentTarget.value })}
          />
          <TextInput
            size="sm"
            label={t('assessmentsWeb.evidence')}
            value={value.evidence}
            onChange={(e) => onChange({ evidence: e.currentTarget.value })}
          />
        </Group>
      )}
    </Stack>
  );
}

interface DecisionForm {
  values: { decision: Decision | ''; rationale: string; decidedOn: string };
  text(key: 'decision' | 'rationale' | 'decidedOn'): {
    value: string;
    onChange(event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>): void;
    error: string | undefined;
  };
}

function DecisionFields({ form, allowNone }: { form: DecisionForm; allowNone?: boolean }) {
  const { t } = useTranslation();
  const options = [
    ...(allowNone ? [{ value: '', label: t('assessmentsWeb.noDecisionYet') }] : []),
    ...decisions.map((d) => ({ value: d, label: t(`assessments.decisions.${d}`) })),
  ];
  return (
    <>
      <Group grow align="flex-start">
        <NativeSelect
          label={t('assessmentsWeb.decision')}
          required={!allowNone}
          data={options}
          {...form.text('decision')}
        />
        {form.values.decision && (
          <TextInput type="date" label={t('assessmentsWeb.decidedOnLabel')} {...form.text('decidedOn')} />
        )}
      </Group>
      {form.values.decision && (
        <Textarea
          label={t('assessmentsWeb.rationale')}
          description={t('assessmentsWeb.rationaleHelp')}
          required
          autosize
          minRows={3}
          {...form.text('rationale')}
        />
      )}
    </>
  );
}

function DecisionModal({
  mesa,
  assessment,
  onClose,
}: {
  mesa: MesaDetail;
  assessment: Assessment | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters(mesa.timeZone);
  const flagLabel = useFlagLabel();
  const launch = useConfirmedLaunch();
  const form = useSaveForm<
    { decision: Decision | ''; rationale: string; decidedOn: string; activate: boolean },
    Assessment
  >({
    initial: () => ({ decision: 'launch', rationale: '', decidedOn: fmt.today(), activate: true }),
    dialog: { opened: assessment !== null, onClose, record: assessment?.id },
    required: () => ['decision', 'rationale'],
    save: (v) =>
      launch.send((confirmIncomplete) =>
        assessmentsApi.decide(assessment?.id ?? '', {
          decision: (v.decision || 'launch') as Decision,
          rationale: v.rationale,
          ...(v.decidedOn ? { decidedOn: v.decidedOn } : {}),
          ...(activating(mesa, v) ? { activate: true } : {}),
          ...(confirmIncomplete ? { confirmIncomplete: true } : {}),
        }),
      ),
    refresh: useRefresh(mesa.id),
    notice: () => t('assessmentsWeb.decided'),
  });
  const flags = assessment?.redFlags ?? [];
  return (
    <FormModal
      form={form}
      size="lg"
      title={t('assessmentsWeb.decideTitle', { date: fmt.date(assessment?.assessedOn ?? '') })}
      intro={
        <Stack gap="xs">
          <Text size="sm">{t('assessmentsWeb.decideHelp')}</Text>
          {form.values.decision === 'launch' && flags.length > 0 && (
            <Alert color="orange" variant="light" title={t('assessmentsWeb.launchDespite')}>
              <Text size="sm" c="gray.9">
                {flags.map((f) => flagLabel(f.flag)).join(' · ')}
              </Text>
            </Alert>
          )}
        </Stack>
      }
      submitLabel={t('assessmentsWeb.decide')}
    >
      <DecisionFields form={form} />
      {form.values.decision === 'launch' && (
        <ActivateCheckbox
          mesa={mesa}
          checked={form.values.activate}
          onChange={(checked) => form.set('activate', checked)}
        />
      )}
      {launch.dialog}
    </FormModal>
  );
}

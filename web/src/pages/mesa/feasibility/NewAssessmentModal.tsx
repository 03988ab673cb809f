import { Checkbox, Fieldset, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MesaDetail } from '../../../api';
import { PageLoader, QueryError } from '../../../components/common';
import { DateField } from '../../../components/DateField';
import { FormModal } from '../../../components/FormModal';
import { useSaveForm } from '../../../components/forms';
import { useFormatters } from '../../../format';
import { type Assessment, type AssessmentMeeting, assessmentsApi } from '../assessmentsApi';
import { ActivateCheckbox, useConfirmedLaunch } from '../launch';
import { QuestionsByArea } from './AssessmentQuestions';
import { DecisionFields } from './DecisionModal';
import {
  type AnswerFields,
  type AssessmentFields,
  newAssessmentBody,
  useRefreshAssessments,
} from './requests';

/** A new assessment: the checklist answers by area, the preliminary meetings it drew on, and maybe a decision. */
export function NewAssessmentModal({
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
        assessmentsApi.create(mesa.id, newAssessmentBody(mesa, v, confirmIncomplete)),
      ),
    refresh: useRefreshAssessments(mesa.id),
    notice: () => t('assessmentsWeb.saved'),
  });
  const answerOf = (id: string): AnswerFields =>
    form.values.answers[id] ?? { answer: '', note: '', evidence: '' };
  const setAnswer = (id: string, change: Partial<AnswerFields>) =>
    form.set('answers', { ...form.values.answers, [id]: { ...answerOf(id), ...change } });

  return (
    <FormModal
      form={form}
      size="xl"
      title={t('assessmentsWeb.newTitle', { mesa: mesa.name })}
      intro={<Text size="sm">{t('assessmentsWeb.newHelp')}</Text>}
      submitLabel={t('assessmentsWeb.save')}
    >
      <DateField label={t('assessmentsWeb.assessedOnLabel')} maw={240} {...form.date('assessedOn')} />
      {questions.isPending && <PageLoader />}
      {questions.isError && <QueryError error={questions.error} onRetry={() => void questions.refetch()} />}
      <QuestionsByArea
        questions={questions.data?.questions ?? []}
        language={i18n.language}
        answerOf={answerOf}
        onAnswer={setAnswer}
      />
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

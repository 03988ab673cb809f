import { Fieldset, Group, Radio, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  type AnswerValue,
  type AssessmentQuestion,
  answerValues,
  areas,
  questionText,
} from '../assessmentsApi';
import { useAreaLabel } from './labels';
import type { AnswerFields } from './requests';

/**
 * The checklist questions of a new assessment, a fieldset per area: the known areas in their order,
 * then any area an administrator added; an area without questions is left out.
 */
export function QuestionsByArea({
  questions,
  language,
  answerOf,
  onAnswer,
}: {
  questions: AssessmentQuestion[];
  language: string;
  answerOf: (questionId: string) => AnswerFields;
  onAnswer: (questionId: string, change: Partial<AnswerFields>) => void;
}) {
  const areaLabel = useAreaLabel();
  const byArea = (area: string) => questions.filter((q) => q.area === area);
  const otherAreas = [
    ...new Set(questions.map((q) => q.area).filter((a) => !(areas as readonly string[]).includes(a))),
  ];
  return [...areas, ...otherAreas].map((area) =>
    byArea(area).length === 0 ? null : (
      <Fieldset key={area} legend={areaLabel(area)}>
        <Stack gap="md">
          {byArea(area).map((q) => (
            <QuestionInput
              key={q.id}
              question={q}
              language={language}
              value={answerOf(q.id)}
              onChange={(c) => onAnswer(q.id, c)}
            />
          ))}
        </Stack>
      </Fieldset>
    ),
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

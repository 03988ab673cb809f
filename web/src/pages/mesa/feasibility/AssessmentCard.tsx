import { Alert, Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Tag } from '../../../components/common';
import { useFormatters } from '../../../format';
import { type Assessment, answerValues, questionText } from '../assessmentsApi';
import { answerTones, decisionTones, useAreaLabel, useFlagLabel } from './labels';

/** One feasibility assessment: its decision, red flags, answers by area, meetings and every answer. */
export function AssessmentCard({
  assessment: a,
  onDecide,
}: {
  assessment: Assessment;
  onDecide?: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const flagLabel = useFlagLabel();
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

        <AreaSummaryTable summary={a.summary} />

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

        <AnswersDetails answers={a.answers} />
      </Stack>
    </Paper>
  );
}

/** How many answers of each value every area got. */
function AreaSummaryTable({ summary }: { summary: Assessment['summary'] }) {
  const { t } = useTranslation();
  const areaLabel = useAreaLabel();
  return (
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
        {summary.map((s) => (
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
  );
}

/** Every answer of the checklist, folded away: its value, the red flag it raises, note and evidence. */
function AnswersDetails({ answers }: { answers: Assessment['answers'] }) {
  const { t, i18n } = useTranslation();
  const flagLabel = useFlagLabel();
  return (
    <details>
      <summary>{t('assessmentsWeb.answersTitle', { count: answers.length })}</summary>
      <Stack gap="xs" mt="xs">
        {answers.map((ans) => (
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
  );
}

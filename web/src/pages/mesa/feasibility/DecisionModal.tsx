import { Alert, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MesaDetail } from '../../../api';
import { DateField } from '../../../components/DateField';
import { FormModal } from '../../../components/FormModal';
import { useSaveForm } from '../../../components/forms';
import { useFormatters } from '../../../format';
import { type Assessment, assessmentsApi, type Decision, decisions } from '../assessmentsApi';
import { ActivateCheckbox, useConfirmedLaunch } from '../launch';
import { useFlagLabel } from './labels';
import { type DecisionValues, decisionBody, useRefreshAssessments } from './requests';

interface DecisionForm {
  values: { decision: Decision | ''; rationale: string; decidedOn: string };
  text(key: 'decision' | 'rationale' | 'decidedOn'): {
    value: string;
    onChange(event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>): void;
    error: string | undefined;
  };
  date(key: 'decidedOn'): { value: string; onChange(value: string): void; error: string | undefined };
}

/** The decision on an assessment (launch, not now, no), its date and rationale; `allowNone`: not decided yet. */
export function DecisionFields({ form, allowNone }: { form: DecisionForm; allowNone?: boolean }) {
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
          <DateField label={t('assessmentsWeb.decidedOnLabel')} {...form.date('decidedOn')} />
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

/** Deciding on an assessment taken earlier; a launch despite red flags names them first. */
export function DecisionModal({
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
  const form = useSaveForm<DecisionValues, Assessment>({
    initial: () => ({ decision: 'launch', rationale: '', decidedOn: fmt.today(), activate: true }),
    dialog: { opened: assessment !== null, onClose, record: assessment?.id },
    required: () => ['decision', 'rationale'],
    save: (v) =>
      launch.send((confirmIncomplete) =>
        assessmentsApi.decide(assessment?.id ?? '', decisionBody(mesa, v, confirmIncomplete)),
      ),
    refresh: useRefreshAssessments(mesa.id),
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

import { useTranslation } from 'react-i18next';
import type { Tone } from '../../../components/common';
import type { AnswerValue, Decision } from '../assessmentsApi';

export const decisionTones: Record<Decision, Tone> = { launch: 'green', not_now: 'yellow', no: 'red' };
export const answerTones: Record<AnswerValue, Tone> = { yes: 'green', partly: 'yellow', no: 'red' };

/** The label of a red flag; one an administrator added without a translation shows its name. */
export function useFlagLabel() {
  const { t } = useTranslation();
  return (flag: string) => t(`assessments.redFlags.${flag}`, { defaultValue: flag });
}

export function useAreaLabel() {
  const { t } = useTranslation();
  return (area: string) => t(`assessments.areas.${area}`, { defaultValue: area });
}

import { Alert, List, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../spreadsheetApi';
import { StepHeading } from './layout';

/** The done step: how many problems, solutions, transitions and indicators the import created. */
export function DoneStep({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <StepHeading>{t('matrixImport.step.done')}</StepHeading>
      <Alert color="green" variant="light" role="status" title={t('matrixImport.doneTitle')}>
        <List size="sm" data-testid="import-result">
          <List.Item>{t('matrixImport.createdProblems', { count: result.created.problems })}</List.Item>
          <List.Item>{t('matrixImport.createdSolutions', { count: result.created.solutions })}</List.Item>
          <List.Item>{t('matrixImport.createdTransitions', { count: result.created.transitions })}</List.Item>
          <List.Item>{t('matrixImport.createdIndicators', { count: result.created.indicators })}</List.Item>
        </List>
      </Alert>
    </Stack>
  );
}

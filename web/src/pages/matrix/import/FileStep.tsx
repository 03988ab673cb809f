import { Alert, Stack, Text } from '@mantine/core';
import { type ChangeEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api';
import { errorMessage } from '../../../components/common';
import { Progress, StepHeading } from './layout';

/** The file step: an .xlsx file is chosen and read by the server, which suggests a mapping. */
export function FileStep({
  pending,
  error,
  readFailed,
  onFile,
}: {
  pending: boolean;
  error: unknown;
  readFailed: boolean;
  onFile: (file: File) => void;
}) {
  const { t } = useTranslation();
  const inputId = useId();
  const fileProblem = readFailed
    ? t('matrixImport.unreadable')
    : error instanceof ApiError
      ? (error.fields.find((f) => f.path === 'file' || f.path === 'sheet')?.message ?? errorMessage(error, t))
      : error
        ? errorMessage(error, t)
        : null;
  return (
    <Stack gap="sm">
      <StepHeading>{t('matrixImport.step.file')}</StepHeading>
      <Text size="sm">{t('matrixImport.fileHelp')}</Text>
      <div>
        <label htmlFor={inputId} className="import-file-label">
          {t('matrixImport.file')}
        </label>
        <input
          id={inputId}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className="import-file-input"
          disabled={pending}
          aria-describedby={fileProblem ? `${inputId}-error` : undefined}
          aria-invalid={fileProblem ? true : undefined}
          onChange={(event: ChangeEvent<HTMLInputElement>) => {
            const file = event.currentTarget.files?.[0];
            if (file) onFile(file);
          }}
        />
      </div>
      {pending && <Progress label={t('matrixImport.reading')} />}
      {fileProblem && (
        <Alert
          color="red"
          variant="light"
          role="alert"
          id={`${inputId}-error`}
          title={t('matrixImport.fileFailed')}
        >
          {fileProblem}
        </Alert>
      )}
    </Stack>
  );
}

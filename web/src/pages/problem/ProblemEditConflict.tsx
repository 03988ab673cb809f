import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage, FormError } from '../../components/common';
import type { ProblemDetail } from '../matrix/matrixApi';
import type { Key } from './problemEditValues';
import { type Conflict, isStale } from './useProblemEdit';

interface Props {
  conflict: Conflict | null;
  conflictLoadFailed: boolean;
  overlap: Partial<Record<Key, string>>;
  /** The version reloaded into the form, once the user did. */
  merged: number | null;
  saveError: Error | null;
  label: (key: Key) => string;
  display: (key: Key, p: ProblemDetail) => string;
  onReload: () => void;
}

/** What the form says about saving: someone else's changes, a reload done, or a failed save. */
export function ProblemEditConflict({
  conflict,
  conflictLoadFailed,
  overlap,
  merged,
  saveError,
  label,
  display,
  onReload,
}: Props) {
  const { t } = useTranslation();
  return (
    <>
      {conflict && (
        <Alert color="orange" variant="light" role="alert" title={t('problemEdit.conflict.title')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('problemEdit.conflict.text', { version: conflict.latest.version })}</Text>
            {conflict.theirs.length > 0 ? (
              <>
                <Text size="sm">{t('problemEdit.conflict.theirChanges')}</Text>
                <List size="sm" data-testid="conflict-changes">
                  {conflict.theirs.map((key) => (
                    <List.Item key={key}>
                      <strong>{label(key)}:</strong> {display(key, conflict.latest)}
                    </List.Item>
                  ))}
                </List>
              </>
            ) : (
              <Text size="sm">{t('problemEdit.conflict.noFieldChanges')}</Text>
            )}
            <Text size="sm">{t('problemEdit.conflict.help')}</Text>
            <Button size="xs" onClick={onReload}>
              {t('problemEdit.conflict.reload')}
            </Button>
          </Stack>
        </Alert>
      )}
      {conflictLoadFailed && (
        <Alert color="orange" variant="light" role="alert" title={t('problemEdit.conflict.title')}>
          {t('problemEdit.conflict.loadFailed')}
        </Alert>
      )}
      {merged !== null && !conflict && (
        <Alert
          color="blue"
          variant="light"
          role="status"
          title={t('problemEdit.merged.title', { version: merged })}
        >
          {Object.keys(overlap).length > 0 ? t('problemEdit.merged.overlap') : t('problemEdit.merged.text')}
        </Alert>
      )}
      {saveError && !isStale(saveError) ? <FormError error={saveError} /> : null}
      {saveError && isStale(saveError) && !conflict && !conflictLoadFailed && (
        <Text size="sm" role="status">
          {errorMessage(saveError, t)}
        </Text>
      )}
    </>
  );
}

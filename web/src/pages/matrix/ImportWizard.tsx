import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal';
import { errorMessage } from '../../components/common';
import { DoneStep } from './import/DoneStep';
import { FileStep } from './import/FileStep';
import { Progress } from './import/layout';
import { MappingStep } from './import/MappingStep';
import { ImportFailure } from './import/RowErrors';
import { useMatrixImport } from './import/useMatrixImport';
import './spreadsheet.css';

/**
 * Import an XLSX Matrix: choose a file, check the column mapping and the rows, confirm. All or nothing.
 * Loaded when its button is first pressed (ImportLauncher), so it opens at once.
 */
export function ImportWizard({ mesaId }: { mesaId: string }) {
  const { t } = useTranslation();
  const w = useMatrixImport(mesaId, true);

  return (
    <>
      <Button size="xs" variant="default" onClick={w.open}>
        {t('matrixImport.open')}
      </Button>
      <AppModal opened={w.opened} onClose={w.close} size="xl" title={t('matrixImport.title')}>
        <Stack gap="md" data-testid="import-wizard">
          <Text size="sm" c="gray.7">
            {t('matrixImport.intro')}
          </Text>
          {w.step === 'file' && (
            <FileStep
              pending={w.previewCall.isPending}
              error={w.previewCall.error}
              readFailed={w.readFailed}
              onFile={(f) => void w.onFile(f)}
            />
          )}
          {w.step === 'mapping' && w.file && w.preview && (
            <>
              <MappingStep
                file={w.file}
                preview={w.preview}
                mapping={w.mapping}
                onMap={w.onMap}
                updating={w.previewCall.isPending}
              />
              {w.previewCall.isError && (
                <Alert color="red" variant="light" role="alert" title={t('matrixImport.previewFailed')}>
                  {errorMessage(w.previewCall.error, t)}
                </Alert>
              )}
              {w.preview.invalidRowCount > 0 && (
                <Text size="sm" role="note">
                  {t('matrixImport.willBeRefused', { count: w.preview.invalidRowCount })}
                </Text>
              )}
              {w.importCall.isPending && <Progress label={t('matrixImport.importing')} />}
              {w.importCall.isError && <ImportFailure error={w.importCall.error} />}
              <Group justify="space-between">
                <Button variant="default" onClick={w.restart} disabled={w.importCall.isPending}>
                  {t('matrixImport.otherFile')}
                </Button>
                <Group gap="xs">
                  <Button variant="default" onClick={w.close} disabled={w.importCall.isPending}>
                    {t('common.cancel')}
                  </Button>
                  <Button
                    onClick={() => w.importCall.mutate()}
                    loading={w.importCall.isPending}
                    disabled={w.blocked}
                  >
                    {t('matrixImport.confirm', { count: w.preview.rowCount })}
                  </Button>
                </Group>
              </Group>
            </>
          )}
          {w.step === 'done' && w.result && (
            <>
              <DoneStep result={w.result} />
              <Group justify="flex-end">
                <Button variant="default" onClick={w.restart}>
                  {t('matrixImport.another')}
                </Button>
                <Button onClick={w.close}>{t('common.close')}</Button>
              </Group>
            </>
          )}
        </Stack>
      </AppModal>
    </>
  );
}

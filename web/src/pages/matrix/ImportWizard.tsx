import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppModal, errorMessage } from '../../components/common';
import { DoneStep } from './import/DoneStep';
import { FileStep } from './import/FileStep';
import { Progress } from './import/layout';
import { MappingStep } from './import/MappingStep';
import { ImportFailure } from './import/RowErrors';
import { useMatrixImport } from './import/useMatrixImport';
import './spreadsheet.css';

/** Import an XLSX Matrix: choose a file, check the column mapping and the rows, confirm. All or nothing. */
export function ImportWizard({ mesaId }: { mesaId: string }) {
  const { t } = useTranslation();
  const {
    opened,
    open,
    close,
    restart,
    step,
    file,
    preview,
    mapping,
    result,
    readFailed,
    previewCall,
    importCall,
    onFile,
    onMap,
    blocked,
  } = useMatrixImport(mesaId);

  return (
    <>
      <Button size="xs" variant="default" onClick={open}>
        {t('matrixImport.open')}
      </Button>
      <AppModal opened={opened} onClose={close} size="xl" title={t('matrixImport.title')}>
        <Stack gap="md" data-testid="import-wizard">
          <Text size="sm" c="gray.7">
            {t('matrixImport.intro')}
          </Text>
          {step === 'file' && (
            <FileStep
              pending={previewCall.isPending}
              error={previewCall.error}
              readFailed={readFailed}
              onFile={(f) => void onFile(f)}
            />
          )}
          {step === 'mapping' && file && preview && (
            <>
              <MappingStep
                file={file}
                preview={preview}
                mapping={mapping}
                onMap={onMap}
                updating={previewCall.isPending}
              />
              {previewCall.isError && (
                <Alert color="red" variant="light" role="alert" title={t('matrixImport.previewFailed')}>
                  {errorMessage(previewCall.error, t)}
                </Alert>
              )}
              {preview.invalidRowCount > 0 && (
                <Text size="sm" role="note">
                  {t('matrixImport.willBeRefused', { count: preview.invalidRowCount })}
                </Text>
              )}
              {importCall.isPending && <Progress label={t('matrixImport.importing')} />}
              {importCall.isError && <ImportFailure error={importCall.error} />}
              <Group justify="space-between">
                <Button variant="default" onClick={restart} disabled={importCall.isPending}>
                  {t('matrixImport.otherFile')}
                </Button>
                <Group gap="xs">
                  <Button variant="default" onClick={close} disabled={importCall.isPending}>
                    {t('common.cancel')}
                  </Button>
                  <Button
                    onClick={() => importCall.mutate()}
                    loading={importCall.isPending}
                    disabled={blocked}
                  >
                    {t('matrixImport.confirm', { count: preview.rowCount })}
                  </Button>
                </Group>
              </Group>
            </>
          )}
          {step === 'done' && result && (
            <>
              <DoneStep result={result} />
              <Group justify="flex-end">
                <Button variant="default" onClick={restart}>
                  {t('matrixImport.another')}
                </Button>
                <Button onClick={close}>{t('common.close')}</Button>
              </Group>
            </>
          )}
        </Stack>
      </AppModal>
    </>
  );
}

import { Alert, Button, Group, List, Loader, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { AppModal, errorMessage, notifySuccess } from '../../components/common';
import { matrixQueryKey } from './matrixApi';
import {
  type ImportField,
  type ImportMapping,
  type ImportPreview,
  type ImportResult,
  importRowErrors,
  type RowError,
  readAsDataUrl,
  spreadsheetApi,
} from './spreadsheetApi';
import './spreadsheet.css';

type Step = 'file' | 'mapping' | 'done';

interface Chosen {
  name: string;
  data: string;
}

/** The field a column is mapped to, or '' when the column is not imported. */
const fieldOfColumn = (mapping: ImportMapping, column: number): ImportField | '' =>
  (Object.entries(mapping) as [ImportField, number | undefined][]).find(([, c]) => c === column)?.[0] ?? '';

/** Maps `column` to `field` (or to nothing), taking the field away from any other column. */
function remap(mapping: ImportMapping, column: number, field: ImportField | ''): ImportMapping {
  const next: ImportMapping = {};
  for (const [f, c] of Object.entries(mapping) as [ImportField, number | undefined][]) {
    if (c !== undefined && c !== column && f !== field) next[f] = c;
  }
  if (field) next[field] = column;
  return next;
}

/** A heading that takes the focus when it appears, so each step is announced and the cursor follows. */
function StepHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <Title order={3} size="h5" ref={ref} tabIndex={-1} className="import-step-heading">
      {children}
    </Title>
  );
}

/** A table that scrolls sideways when it is wider than the dialog; reachable by keyboard to scroll. */
function Scroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section className="import-scroll" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}

function RowErrorsTable({ errors, caption }: { errors: RowError[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <Scroll label={caption}>
      <Table striped withTableBorder fz="sm" data-testid="import-row-errors">
        <caption className="visually-hidden">{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('matrixImport.row')}</Table.Th>
            <Table.Th scope="col">{t('matrixImport.column')}</Table.Th>
            <Table.Th scope="col">{t('matrixImport.header')}</Table.Th>
            <Table.Th scope="col">{t('matrixImport.message')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {errors.map((e) => (
            <Table.Tr key={`${e.row}-${e.column}-${e.field}-${e.message}`} data-row={e.row}>
              <Table.Td>{e.row}</Table.Td>
              <Table.Td>{e.column}</Table.Td>
              <Table.Td>{e.header}</Table.Td>
              <Table.Td>{e.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Scroll>
  );
}

/** The file step: an .xlsx file is chosen and read by the server, which suggests a mapping. */
function FileStep({
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

function Progress({ label }: { label: string }) {
  return (
    <Group gap="xs" role="status" aria-live="polite">
      <Loader size="xs" aria-hidden />
      <Text size="sm">{label}</Text>
    </Group>
  );
}

/** The mapping step: a select per column, the first rows read through the mapping and every row error. */
function MappingStep({
  file,
  preview,
  mapping,
  onMap,
  updating,
}: {
  file: Chosen;
  preview: ImportPreview;
  mapping: ImportMapping;
  onMap: (column: number, field: ImportField | '') => void;
  updating: boolean;
}) {
  const { t } = useTranslation();
  const fieldLabel = new Map(preview.fields.map((f) => [f.field, f.label]));
  const mappedColumns = preview.columns.filter((c) => fieldOfColumn(mapping, c.index));
  const options = [
    { value: '', label: t('matrixImport.notImported') },
    ...preview.fields.map((f) => ({
      value: f.field,
      label: f.required ? t('matrixImport.requiredField', { label: f.label }) : f.label,
    })),
  ];
  return (
    <Stack gap="md">
      <StepHeading>{t('matrixImport.step.mapping')}</StepHeading>
      <Text size="sm" data-testid="import-summary">
        {t('matrixImport.summary', {
          file: file.name,
          sheet: preview.sheet,
          headerRow: preview.headerRow,
          count: preview.rowCount,
        })}
      </Text>

      <section aria-labelledby="import-columns-title">
        <Title order={4} size="h6" id="import-columns-title" mb={4}>
          {t('matrixImport.columnsTitle')}
        </Title>
        <Text size="xs" c="gray.7" mb="xs">
          {t('matrixImport.columnsHelp')}
        </Text>
        <Scroll label={t('matrixImport.columnsTitle')}>
          <Table withTableBorder fz="sm">
            <caption className="visually-hidden">{t('matrixImport.columnsTitle')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('matrixImport.column')}</Table.Th>
                <Table.Th scope="col">{t('matrixImport.header')}</Table.Th>
                <Table.Th scope="col">{t('matrixImport.mapsTo')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.columns.map((c) => (
                <Table.Tr key={c.index}>
                  <Table.Td>{c.letter}</Table.Td>
                  <Table.Td>{c.header || '—'}</Table.Td>
                  <Table.Td>
                    <NativeSelect
                      size="xs"
                      aria-label={t('matrixImport.mapColumn', {
                        letter: c.letter,
                        header: c.header || '—',
                      })}
                      data-column={c.letter}
                      value={fieldOfColumn(mapping, c.index)}
                      data={options}
                      onChange={(e) => onMap(c.index, e.currentTarget.value as ImportField | '')}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Scroll>
      </section>

      {updating && <Progress label={t('matrixImport.updating')} />}

      {preview.issues.length > 0 && (
        <Alert color="red" variant="light" role="alert" title={t('matrixImport.issuesTitle')}>
          <List size="sm">
            {preview.issues.map((i) => (
              <List.Item key={`${i.path}-${i.message}`}>{i.message}</List.Item>
            ))}
          </List>
        </Alert>
      )}

      <section aria-labelledby="import-rows-title">
        <Title order={4} size="h6" id="import-rows-title" mb={4}>
          {t('matrixImport.rowsTitle', { count: preview.preview.length, total: preview.rowCount })}
        </Title>
        {preview.preview.length === 0 ? (
          <Text size="sm">{t('matrixImport.noRows')}</Text>
        ) : (
          <Scroll
            label={t('matrixImport.rowsTitle', { count: preview.preview.length, total: preview.rowCount })}
          >
            <Table withTableBorder fz="sm" data-testid="import-preview" className="import-preview">
              <caption className="visually-hidden">{t('matrixImport.rowsCaption')}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('matrixImport.row')}</Table.Th>
                  {mappedColumns.map((c) => {
                    const field = fieldOfColumn(mapping, c.index);
                    return (
                      <Table.Th scope="col" key={c.index}>
                        {field ? fieldLabel.get(field) : c.header}
                      </Table.Th>
                    );
                  })}
                  <Table.Th scope="col">{t('matrixImport.rowStatus')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.preview.map((r) => (
                  <Table.Tr key={r.row} data-row={r.row} data-invalid={r.errors.length > 0 || undefined}>
                    <Table.Td>{r.row}</Table.Td>
                    {mappedColumns.map((c) => {
                      const field = fieldOfColumn(mapping, c.index);
                      return <Table.Td key={c.index}>{field ? (r.cells[field] ?? '') : ''}</Table.Td>;
                    })}
                    <Table.Td>
                      {r.errors.length === 0 ? (
                        t('matrixImport.rowOk')
                      ) : (
                        <Text size="sm" c="red.9" fw={600} component="span">
                          {t('matrixImport.rowErrors', { count: r.errors.length })}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Scroll>
        )}
      </section>

      {preview.errors.length > 0 && (
        <section aria-labelledby="import-errors-title">
          <Title order={4} size="h6" id="import-errors-title" mb={4}>
            {t('matrixImport.errorsTitle', { count: preview.invalidRowCount })}
          </Title>
          <Text size="sm" mb="xs">
            {t('matrixImport.errorsHelp')}
          </Text>
          <RowErrorsTable errors={preview.errors} caption={t('matrixImport.errorsCaption')} />
        </section>
      )}
    </Stack>
  );
}

/** What a refused import says: every row error, and that nothing was written. */
function ImportFailure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const rows = importRowErrors(error);
  const other = error instanceof ApiError ? error.fields.filter((f) => !f.path.startsWith('rows.')) : [];
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, []);
  return (
    <Alert
      ref={ref}
      color="red"
      variant="light"
      role="alert"
      title={t('matrixImport.refused')}
      data-testid="import-failure"
    >
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t('matrixImport.nothingImported')}
        </Text>
        {rows.length === 0 && other.length === 0 && <Text size="sm">{errorMessage(error, t)}</Text>}
        {other.length > 0 && (
          <List size="sm">
            {other.map((f) => (
              <List.Item key={`${f.path}-${f.message}`}>{f.message}</List.Item>
            ))}
          </List>
        )}
        {rows.length > 0 && <RowErrorsTable errors={rows} caption={t('matrixImport.refusedCaption')} />}
      </Stack>
    </Alert>
  );
}

function Done({ result }: { result: ImportResult }) {
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

/** Import an XLSX Matrix: choose a file, check the column mapping and the rows, confirm. All or nothing. */
export function ImportWizard({ mesaId }: { mesaId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState(false);
  const [step, setStep] = useState<Step>('file');
  const [file, setFile] = useState<Chosen | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [result, setResult] = useState<ImportResult | null>(null);
  const [readFailed, setReadFailed] = useState(false);

  const previewCall = useMutation({
    mutationFn: ({ data, mapping }: { data: string; mapping?: ImportMapping }) =>
      spreadsheetApi.preview(mesaId, mapping ? { file: data, mapping } : { file: data }),
    onSuccess: (read) => {
      setPreview(read);
      setMapping(read.mapping);
      setStep('mapping');
    },
  });
  const importCall = useMutation({
    mutationFn: () => {
      if (!file || !preview) throw new Error('no file');
      return spreadsheetApi.import(mesaId, { file: file.data, sheet: preview.sheet, mapping });
    },
    onSuccess: async (done) => {
      setResult(done);
      setStep('done');
      notifySuccess(t('matrixImport.createdProblems', { count: done.created.problems }));
      await queryClient.invalidateQueries({ queryKey: matrixQueryKey(mesaId) });
    },
  });

  const restart = () => {
    setStep('file');
    setFile(null);
    setPreview(null);
    setMapping({});
    setResult(null);
    setReadFailed(false);
    previewCall.reset();
    importCall.reset();
  };
  const close = () => {
    setOpened(false);
    restart();
  };

  const onFile = async (chosen: File) => {
    importCall.reset();
    previewCall.reset();
    setReadFailed(false);
    let data: string;
    try {
      data = await readAsDataUrl(chosen);
    } catch {
      setReadFailed(true);
      return;
    }
    setFile({ name: chosen.name, data });
    previewCall.mutate({ data });
  };
  const onMap = (column: number, field: ImportField | '') => {
    if (!file) return;
    const next = remap(mapping, column, field);
    setMapping(next);
    importCall.reset();
    previewCall.mutate({ data: file.data, mapping: next });
  };

  const blocked = !preview || preview.issues.length > 0 || preview.rowCount === 0 || previewCall.isPending;

  return (
    <>
      <Button size="xs" variant="default" onClick={() => setOpened(true)}>
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
              <Done result={result} />
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

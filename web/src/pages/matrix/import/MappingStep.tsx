import { Alert, List, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportField, ImportMapping, ImportPreview } from '../spreadsheetApi';
import { fieldOfColumn } from './columnMapping';
import { Progress, Scroll, StepHeading } from './layout';
import { RowErrorsTable } from './RowErrors';
import type { Chosen } from './useMatrixImport';

/** The mapping step: a select per column, the first rows read through the mapping and every row error. */
export function MappingStep({
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

      <ColumnsSection preview={preview} mapping={mapping} onMap={onMap} />

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

      <PreviewRowsSection preview={preview} mapping={mapping} />

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

/** The sheet's columns, each with the Matrix field it maps to (or none). */
function ColumnsSection({
  preview,
  mapping,
  onMap,
}: {
  preview: ImportPreview;
  mapping: ImportMapping;
  onMap: (column: number, field: ImportField | '') => void;
}) {
  const { t } = useTranslation();
  const options = [
    { value: '', label: t('matrixImport.notImported') },
    ...preview.fields.map((f) => ({
      value: f.field,
      label: f.required ? t('matrixImport.requiredField', { label: f.label }) : f.label,
    })),
  ];
  return (
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
  );
}

/** The first rows of the sheet read through the mapping, each with whether it can be imported. */
function PreviewRowsSection({ preview, mapping }: { preview: ImportPreview; mapping: ImportMapping }) {
  const { t } = useTranslation();
  const fieldLabel = new Map(preview.fields.map((f) => [f.field, f.label]));
  const mappedColumns = preview.columns.filter((c) => fieldOfColumn(mapping, c.index));
  return (
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
  );
}

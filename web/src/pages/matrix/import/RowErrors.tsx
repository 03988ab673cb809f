import { Alert, List, Stack, Table, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api';
import { errorMessage } from '../../../components/common';
import { importRowErrors, type RowError } from '../spreadsheetApi';
import { Scroll } from './layout';

/** The rows of the sheet that cannot be imported: row, column, header and what is wrong. */
export function RowErrorsTable({ errors, caption }: { errors: RowError[]; caption: string }) {
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

/** What a refused import says: every row error, and that nothing was written. */
export function ImportFailure({ error }: { error: unknown }) {
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

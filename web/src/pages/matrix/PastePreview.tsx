import { Alert, Button, Group, List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal';
import { useCategoryName } from './labels';
import type { Category } from './matrixApi';
import { MAX_PASTED_ROWS, MAX_TITLE_LENGTH } from './pasteCheck';
import type { PasteDraft, PasteResult, PasteWarning } from './pasteRows';

/**
 * The rows pasted into the quick entry, as they will be created: one line a problem, with what could
 * not be read on each row. Nothing is created until the button is pressed; Cancel creates nothing.
 */
export function PastePreview({
  result,
  categories,
  onCancel,
  onCreate,
}: {
  result: PasteResult | null;
  categories: Category[];
  onCancel: () => void;
  onCreate: (drafts: PasteDraft[]) => void;
}) {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  const byKey = new Map(categories.map((c) => [c.key, c]));
  const warningText = (w: PasteWarning) => {
    switch (w.kind) {
      case 'unknownCategory':
        return t('matrix.paste.unknownCategory', { value: w.value });
      case 'badOwner':
        return t('matrix.paste.badOwner', { value: w.value, used: w.used });
      case 'badScore':
        return t('matrix.paste.badScore', {
          field: t(`matrix.col.${w.field}`),
          value: w.value,
          used: w.used,
        });
    }
  };
  const drafts = result?.drafts ?? [];
  const withWarnings = drafts.filter((d) => d.warnings.length > 0).length;

  return (
    <AppModal opened={result !== null} onClose={onCancel} title={t('matrix.paste.title')} size="xl">
      {result && (
        <Stack gap="sm" data-testid="paste-preview">
          <Text size="sm">{t('matrix.paste.intro')}</Text>
          {(result.headerSkipped || result.leftOut.length > 0 || result.overLimit > 0) && (
            <List size="sm" spacing={2}>
              {result.headerSkipped && <List.Item>{t('matrix.paste.headerSkipped')}</List.Item>}
              {result.leftOut.map((r) => (
                <List.Item key={r.row}>
                  {r.reason === 'noTitle'
                    ? t('matrix.paste.noTitle', { row: r.row, text: r.text })
                    : t('matrix.paste.longTitle', { row: r.row, text: r.text, max: MAX_TITLE_LENGTH })}
                </List.Item>
              ))}
              {result.overLimit > 0 && (
                <List.Item>
                  {t('matrix.paste.overLimit', { count: result.overLimit, limit: MAX_PASTED_ROWS })}
                </List.Item>
              )}
            </List>
          )}
          {withWarnings > 0 && (
            <Alert color="yellow" variant="light" p="xs">
              <Text size="sm" c="gray.9">
                {t('matrix.paste.warnings', { count: withWarnings })}
              </Text>
            </Alert>
          )}
          {drafts.length === 0 ? (
            <Text size="sm" role="status">
              {t('matrix.paste.nothing')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={640} maxHeight="55vh">
              <Table fz="sm" striped stickyHeader verticalSpacing={4}>
                <Table.Caption className="visually-hidden">{t('matrix.paste.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('matrix.paste.row')}</Table.Th>
                    <Table.Th scope="col">{t('matrix.col.title')}</Table.Th>
                    <Table.Th scope="col">{t('matrix.col.category')}</Table.Th>
                    <Table.Th scope="col">{t('matrix.col.owner')}</Table.Th>
                    <Table.Th scope="col">{t('matrix.col.impact')}</Table.Th>
                    <Table.Th scope="col">{t('matrix.col.ease')}</Table.Th>
                    <Table.Th scope="col">{t('matrix.paste.notes')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {drafts.map((d) => (
                    <Table.Tr key={d.row} data-row={d.row} data-warning={d.warnings.length > 0 || undefined}>
                      <Table.Td>{d.row}</Table.Td>
                      <Table.Td>{d.title}</Table.Td>
                      <Table.Td>
                        {d.categoryKey ? categoryName(byKey.get(d.categoryKey)) : t('matrix.noCategory')}
                      </Table.Td>
                      <Table.Td>{d.ownerType}</Table.Td>
                      <Table.Td>{d.impact}</Table.Td>
                      <Table.Td>{d.ease}</Table.Td>
                      <Table.Td>
                        {d.warnings.map((w) => (
                          <Text key={`${w.kind}-${'field' in w ? w.field : ''}`} size="xs" c="red.9">
                            ⚠ {warningText(w)}
                          </Text>
                        ))}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            {drafts.length > 0 && (
              <Button onClick={() => onCreate(drafts)} data-autofocus>
                {t('matrix.paste.create', { count: drafts.length })}
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </AppModal>
  );
}

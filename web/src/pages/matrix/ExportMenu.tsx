import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../api';
import { type SheetFormat, spreadsheetApi } from './spreadsheetApi';

const formats: SheetFormat[] = ['xlsx', 'csv'];

/** Download links for the Matrix as XLSX and CSV, with headers and labels in the UI language. */
export function ExportMenu({ mesaId }: { mesaId: string }) {
  const { t, i18n } = useTranslation();
  const lang: Locale = i18n.language === 'en' ? 'en' : 'es';
  return (
    <Group gap="xs" role="group" aria-label={t('matrixExport.label')}>
      {formats.map((format) => (
        <Button
          key={format}
          component="a"
          href={spreadsheetApi.exportUrl(mesaId, format, lang)}
          download
          size="xs"
          variant="default"
          data-testid={`export-${format}`}
        >
          {t(`matrixExport.${format}`)}
        </Button>
      ))}
    </Group>
  );
}

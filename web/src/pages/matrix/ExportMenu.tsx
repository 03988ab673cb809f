import { Button, Group, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type MatrixView, viewFilters, viewSearch } from '../../../../src/domain/matrix-view';
import type { Locale } from '../../api';
import { asLocale } from '../../i18n';
import { type SheetFormat, spreadsheetApi } from './spreadsheetApi';

const formats: SheetFormat[] = ['xlsx', 'csv'];

const labels = {
  full: { xlsx: 'matrixExport.fullXlsx', csv: 'matrixExport.fullCsv' },
  view: { xlsx: 'matrixExport.viewXlsx', csv: 'matrixExport.viewCsv' },
  viewCommitments: { xlsx: 'matrixExport.viewCommitmentsXlsx', csv: 'matrixExport.viewCommitmentsCsv' },
  fullCommitments: { xlsx: 'matrixExport.fullCommitmentsXlsx', csv: 'matrixExport.fullCommitmentsCsv' },
} as const;

/** Whether a view changes what a download holds: its rows, their order or its columns. */
const shapesExport = (view: MatrixView | undefined): view is MatrixView =>
  view !== undefined && (viewFilters(view) || view.sort !== '' || view.hidden.length > 0);

/**
 * Download links for the Matrix as XLSX and CSV, with headers and labels in the UI language: the
 * full Matrix always, and the view on screen (its rows, order and columns) when it filters, sorts or
 * hides columns, each with or without the commitments columns; and the reform tracking table (XLSX).
 */
export function ExportMenu({ mesaId, view }: { mesaId: string; view?: MatrixView }) {
  const { t, i18n } = useTranslation();
  const lang: Locale = asLocale(i18n.language);
  const current = shapesExport(view) ? view : null;

  const url = (format: SheetFormat, options: { view: boolean; commitments: boolean }) => {
    const params: Record<string, string> = {};
    if (options.view && current) {
      // Grouping only arranges the screen: the sheet lists the rows in the view's order.
      const { groupBy: _groupBy, ...search } = viewSearch(current);
      Object.assign(params, search);
    }
    if (options.commitments) params.commitments = 'true';
    const query = new URLSearchParams(params).toString();
    const base = spreadsheetApi.exportUrl(mesaId, format, lang);
    return query ? `${base}&${query}` : base;
  };

  return (
    <Group gap="xs" role="group" aria-label={t('matrixExport.label')}>
      {current && (
        <Menu position="bottom-end">
          <Menu.Target>
            <Button size="xs" variant="default" title={t('matrixExport.viewHelp')} data-testid="export-view">
              {t('matrixExport.view')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {formats.map((format) => (
              <Menu.Item
                key={format}
                component="a"
                href={url(format, { view: true, commitments: false })}
                download
                data-testid={`export-view-${format}`}
              >
                {t(labels.view[format])}
              </Menu.Item>
            ))}
            <Menu.Divider />
            {formats.map((format) => (
              <Menu.Item
                key={format}
                component="a"
                href={url(format, { view: true, commitments: true })}
                download
                data-testid={`export-view-commitments-${format}`}
              >
                {t(labels.viewCommitments[format])}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      )}
      {formats.map((format) => (
        <Button
          key={format}
          component="a"
          href={url(format, { view: false, commitments: false })}
          download
          size="xs"
          variant="default"
          data-testid={`export-${format}`}
        >
          {t(current ? labels.full[format] : `matrixExport.${format}`)}
        </Button>
      ))}
      <Menu position="bottom-end">
        <Menu.Target>
          <Button size="xs" variant="subtle" data-testid="export-commitments">
            {t('matrixExport.withCommitments')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('matrixExport.withCommitmentsHelp')}</Menu.Label>
          {formats.map((format) => (
            <Menu.Item
              key={format}
              component="a"
              href={url(format, { view: false, commitments: true })}
              download
              data-testid={`export-commitments-${format}`}
            >
              {t(labels.fullCommitments[format])}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Button
        component="a"
        href={`/api/mesas/${encodeURIComponent(mesaId)}/reforms.xlsx?lang=${lang}`}
        download
        size="xs"
        variant="subtle"
        title={t('matrixExport.reformsHelp')}
        data-testid="export-reforms"
      >
        {t('matrixExport.reforms')}
      </Button>
    </Group>
  );
}

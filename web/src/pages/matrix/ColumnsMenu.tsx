import { Button, Checkbox, Popover, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fixedColumns, type MatrixColumn, matrixColumns } from '../../../../src/domain/matrix-view';

/** Shows or hides the Matrix's columns; the number and the title always show. */
export function ColumnsMenu({
  hidden,
  onChange,
}: {
  hidden: MatrixColumn[];
  onChange: (hidden: MatrixColumn[]) => void;
}) {
  const { t } = useTranslation();
  const choosable = matrixColumns.filter((c) => !fixedColumns.includes(c));
  return (
    <Popover position="bottom-end" shadow="md" withinPortal trapFocus>
      <Popover.Target>
        <Button size="compact-sm" variant="default">
          {hidden.length > 0 ? t('grid.columnsHidden', { count: hidden.length }) : t('grid.columns')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <fieldset className="plain-fieldset">
          <legend className="visually-hidden">{t('grid.columns')}</legend>
          <Stack gap={6}>
            {choosable.map((c) => (
              <Checkbox
                key={c}
                size="xs"
                label={t(`grid.col.${c}`)}
                checked={!hidden.includes(c)}
                onChange={(e) =>
                  onChange(
                    e.currentTarget.checked
                      ? hidden.filter((h) => h !== c)
                      : matrixColumns.filter((m) => m === c || hidden.includes(m)),
                  )
                }
              />
            ))}
          </Stack>
        </fieldset>
      </Popover.Dropdown>
    </Popover>
  );
}

import { Button, type ButtonProps, Table, type TableTdProps } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Column<T> {
  /** The header text; also names the column for screen readers when `hideLabel` hides it. */
  label: string;
  hideLabel?: boolean;
  cell: (row: T) => ReactNode;
  /** Props of each of the column's cells (weight, alignment, width). */
  td?: TableTdProps;
}

/** A table with a caption for screen readers, one row per record, scrolling sideways on small screens. */
export function DataTable<T extends { id: string }>({
  caption,
  rows,
  columns,
  minWidth,
}: {
  caption: string;
  rows: T[];
  columns: Column<T>[];
  minWidth: number;
}) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table verticalSpacing="sm" highlightOnHover>
        <caption className="visually-hidden">{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map(({ label, hideLabel }) => (
              <Table.Th key={label} scope="col">
                {hideLabel ? <span className="visually-hidden">{label}</span> : label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              {columns.map(({ label, cell, td }) => (
                <Table.Td key={label} {...td}>
                  {cell(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A small button in a table row, named with the row for screen readers ("Edit: Ana Pérez"). */
export function RowButton({
  label,
  name,
  onClick,
  ...props
}: ButtonProps & { label: string; name: string; onClick: () => void }) {
  return (
    <Button size="compact-sm" variant="default" aria-label={`${label}: ${name}`} onClick={onClick} {...props}>
      {label}
    </Button>
  );
}

import { Group } from '@mantine/core';
import { Tag } from '../components/common';
import { type Column, RowButton } from '../components/DataTable';

/** The words of a question list's state and actions, in that list's own strings. */
export interface RetirableLabels {
  state: string;
  active: string;
  retired: string;
  edit: string;
  actions: string;
  retire: string;
  restore: string;
}

/**
 * The last two columns of an administrator's list of questions, which are retired, never deleted: in
 * use or retired, then Edit and Retire (or Restore).
 */
export function retirableColumns<Q extends { id: string; key: string }>(opts: {
  labels: RetirableLabels;
  isRetired: (q: Q) => boolean;
  onEdit: (q: Q) => void;
  onRetire: (q: Q) => void;
  /** Whether this question's retirement is being saved (its button shows it). */
  retiring?: (q: Q) => boolean;
}): Column<Q>[] {
  const { labels, isRetired } = opts;
  return [
    {
      label: labels.state,
      cell: (q) =>
        isRetired(q) ? <Tag tone="gray">{labels.retired}</Tag> : <Tag tone="green">{labels.active}</Tag>,
    },
    {
      label: labels.actions,
      hideLabel: true,
      td: { ta: 'right' },
      cell: (q) => (
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          <RowButton label={labels.edit} name={q.key} onClick={() => opts.onEdit(q)} />
          <RowButton
            label={isRetired(q) ? labels.restore : labels.retire}
            name={q.key}
            loading={opts.retiring?.(q)}
            onClick={() => opts.onRetire(q)}
          />
        </Group>
      ),
    },
  ];
}

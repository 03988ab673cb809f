import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Conflict, RefusedChange } from './edits';
import { orgFullName, useCategoryName } from './labels';
import { type Matrix, matrixQueryKey, type ProblemDetail } from './matrixApi';

/** The title in dark text: orange on the light orange of the alert is too faint to read. */
const alertStyles = {
  title: { color: 'var(--mantine-color-gray-9)' },
  label: { color: 'var(--mantine-color-gray-9)' },
};

/** The label of a field of a problem, from the Matrix's column names where there is one. */
function fieldLabel(key: string, t: TFunction): string {
  const columns: Record<string, string> = {
    title: 'matrix.col.title',
    status: 'matrix.col.status',
    inFocus: 'matrix.col.focus',
    categoryKey: 'matrix.col.category',
    ownerType: 'matrix.col.owner',
    entityIds: 'matrix.col.entities',
    impact: 'matrix.col.impact',
    ease: 'matrix.col.ease',
    filterFlags: 'matrix.col.flags',
    dismissedFlags: 'matrix.conflict.dismissedFlags',
  };
  return t(columns[key] ?? `problemEdit.field.${key}`);
}

type Loose = Partial<Record<string, unknown>> & {
  category?: { key: string } | null;
  entities?: { id: string }[];
  raisedByPerson?: { id: string } | null;
  raisedByOrganization?: { id: string } | null;
};

/** What a problem (a Matrix row or a whole problem) holds in a field, as the API takes it. */
function fieldValue(key: string, problem: object): unknown {
  const p = problem as Loose;
  switch (key) {
    case 'categoryKey':
      return p.category === undefined ? undefined : (p.category?.key ?? null);
    case 'entityIds':
      return p.entities?.map((e) => e.id);
    case 'raisedByPersonId':
      return p.raisedByPerson === undefined ? undefined : (p.raisedByPerson?.id ?? null);
    case 'raisedByOrganizationId':
      return p.raisedByOrganization === undefined ? undefined : (p.raisedByOrganization?.id ?? null);
    default:
      return p[key];
  }
}

/** Lists compare without their order; titles without surrounding spaces. */
function sameValue(a: unknown, b: unknown): boolean {
  const canonical = (v: unknown) =>
    JSON.stringify(Array.isArray(v) ? [...v].map(String).sort() : typeof v === 'string' ? v.trim() : v);
  return canonical(a) === canonical(b);
}

/** A value of a field as text for people. */
function useValueText() {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  const queryClient = useQueryClient();
  return (key: string, value: unknown, current: ProblemDetail): string => {
    if (value === null || value === undefined || value === '') {
      return key === 'categoryKey' ? t('matrix.noCategory') : '—';
    }
    switch (key) {
      case 'status':
        return t(`matrix.status.${String(value)}`);
      case 'inFocus':
        return value ? t('problemEdit.yes') : t('problemEdit.no');
      case 'ownerType':
        return `${String(value)} — ${t(`matrix.owner.${String(value)}`)}`;
      case 'visibility':
        return t(`visibility.${String(value)}`);
      case 'categoryKey': {
        const categories = queryClient.getQueryData<Matrix>(matrixQueryKey(current.mesaId))?.categories;
        const found =
          current.category?.key === value ? current.category : categories?.find((c) => c.key === value);
        return found ? categoryName(found) : String(value);
      }
      case 'entityIds': {
        const names = new Map(current.entities.map((e) => [e.id, orgFullName(e)]));
        return (value as string[]).map((id) => names.get(id) ?? id).join(', ') || '—';
      }
      case 'filterFlags':
      case 'dismissedFlags':
        return (value as string[]).map((f) => t(`matrix.flag.${f}`)).join(', ') || '—';
    }
    if (Array.isArray(value)) return value.join(', ') || '—';
    if (key === 'raisedByPersonId' && current.raisedByPerson?.id === value)
      return current.raisedByPerson.fullName;
    if (key === 'raisedByOrganizationId' && current.raisedByOrganization?.id === value) {
      return orgFullName(current.raisedByOrganization);
    }
    return String(value);
  };
}

interface Compared {
  key: string;
  mine: unknown;
  current: unknown;
  /** The value this page showed before the change, when known. */
  seen: unknown;
}

function compare(change: RefusedChange, current: ProblemDetail): Compared[] {
  const fields: [string, unknown][] =
    change.kind === 'transition' ? [['status', change.to]] : Object.entries(change.changes);
  return fields
    .filter(([, mine]) => mine !== undefined)
    .map(([key, mine]) => ({
      key,
      mine,
      current: fieldValue(key, current),
      seen: fieldValue(key, change.problem),
    }));
}

/**
 * A refused write: someone else changed the problem, or the move is no longer allowed. When someone
 * else saved the problem, the field(s) of the refused change are shown with both values; "Keep current"
 * calls `onReload`, "Apply mine" (offered when `onApplyMine` is given) sends the change again.
 */
export function ConflictAlert({
  conflict,
  onReload,
  onDismiss,
  onApplyMine,
}: {
  conflict: Conflict | null;
  onReload: () => void;
  onDismiss: () => void;
  onApplyMine?: () => void;
}) {
  const { t } = useTranslation();
  const text = useValueText();
  if (!conflict) return null;
  const { change, current, state } = conflict;
  if (change && current && (state === 'ready' || state === 'applying')) {
    const rows = compare(change, current);
    const allSame = rows.every((r) => sameValue(r.mine, r.current));
    return (
      <Alert
        color="orange"
        variant="light"
        role="alert"
        title={t('matrix.conflict.title')}
        styles={alertStyles}
      >
        <Stack gap="xs" align="flex-start">
          <Text size="sm">
            {t('matrix.conflict.compare', { code: change.problem.code, version: current.version })}
          </Text>
          <Table fz="sm" w="auto" data-testid="conflict-compare" layout="auto">
            <Table.Caption className="visually-hidden">{t('matrix.conflict.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('matrix.conflict.field')}</Table.Th>
                <Table.Th scope="col">{t('matrix.conflict.yours')}</Table.Th>
                <Table.Th scope="col">{t('matrix.conflict.current')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.key} data-field={r.key}>
                  <Table.Th scope="row">{fieldLabel(r.key, t)}</Table.Th>
                  <Table.Td data-value="mine">{text(r.key, r.mine, current)}</Table.Td>
                  <Table.Td data-value="current">
                    {text(r.key, r.current, current)}
                    {sameValue(r.mine, r.current) ? (
                      <Text size="xs" c="gray.7">
                        {t('matrix.conflict.sameValue')}
                      </Text>
                    ) : r.seen !== undefined && sameValue(r.seen, r.current) ? (
                      <Text size="xs" c="gray.7">
                        {t('matrix.conflict.otherFields')}
                      </Text>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group gap="xs">
            <Button size="xs" variant={onApplyMine && !allSame ? 'default' : 'filled'} onClick={onReload}>
              {t('matrix.conflict.keepCurrent')}
            </Button>
            {onApplyMine && !allSame && (
              <Button size="xs" onClick={onApplyMine} loading={state === 'applying'}>
                {t('matrix.conflict.applyMine')}
              </Button>
            )}
          </Group>
        </Stack>
      </Alert>
    );
  }
  return (
    <Alert
      color="orange"
      variant="light"
      role="alert"
      title={t('matrix.conflict.title')}
      styles={alertStyles}
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{conflict.message}</Text>
        {state === 'loading' ? (
          <Text size="sm" role="status">
            {t('matrix.conflict.loading')}
          </Text>
        ) : (
          <>
            {state === 'failed' && <Text size="sm">{t('matrix.conflict.loadFailed')}</Text>}
            <Text size="sm">{t('matrix.conflict.help')}</Text>
          </>
        )}
        <Group gap="xs">
          <Button size="xs" onClick={onReload}>
            {t('matrix.conflict.reload')}
          </Button>
          <Button size="xs" variant="default" onClick={onDismiss}>
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

import {
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal';
import { FormError, fieldError, notifySuccess } from '../../components/common';
import { DateField } from '../../components/DateField';
import { useFormatters } from '../../format';
import {
  type CreateIndicator,
  type Indicator,
  matrixApi,
  matrixQueryKey,
  type ProblemDetail,
  problemQueryKey,
} from '../matrix/matrixApi';

interface Values {
  name: string;
  unit: string;
  direction: Indicator['direction'];
  baselineValue: string;
  baselineOn: string;
  targetValue: string;
  currentValue: string;
  currentOn: string;
  source: string;
}

const toValues = (i: Indicator | null): Values => ({
  name: i?.name ?? '',
  unit: i?.unit ?? '',
  direction: i?.direction ?? 'lower_is_better',
  baselineValue: i?.baselineValue?.toString() ?? '',
  baselineOn: i?.baselineOn ?? '',
  targetValue: i?.targetValue?.toString() ?? '',
  currentValue: i?.currentValue?.toString() ?? '',
  currentOn: i?.currentOn ?? '',
  source: i?.source ?? '',
});

const num = (s: string) => (s.trim() === '' ? null : Number(s.replace(',', '.')));
const dateOrNull = (s: string) => (s.trim() === '' ? null : s.trim());

function IndicatorModal({
  problem,
  indicator,
  opened,
  onClose,
}: {
  problem: ProblemDetail;
  indicator: Indicator | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>(() => toValues(indicator));
  const [errors, setErrors] = useState<Partial<Record<keyof Values, string>>>({});
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));
  const mutation = useMutation({
    mutationFn: () => {
      const body: CreateIndicator = {
        name: values.name.trim(),
        unit: values.unit.trim(),
        direction: values.direction,
        baselineValue: num(values.baselineValue),
        baselineOn: dateOrNull(values.baselineOn),
        targetValue: num(values.targetValue),
        currentValue: num(values.currentValue),
        currentOn: dateOrNull(values.currentOn),
        source: values.source.trim() || null,
      };
      return indicator
        ? matrixApi.indicators.update(indicator.id, body)
        : matrixApi.problems.addIndicator(problem.id, body);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: problemQueryKey(problem.id) });
      await queryClient.invalidateQueries({ queryKey: matrixQueryKey(problem.mesaId) });
      notifySuccess(t('problemPage.indicators.saved'));
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (!values.name.trim()) found.name = t('form.required');
    if (!values.unit.trim()) found.unit = t('form.required');
    for (const key of ['baselineValue', 'targetValue', 'currentValue'] as const) {
      const n = num(values[key]);
      if (n !== null && !Number.isFinite(n)) found[key] = t('problemPage.indicators.notANumber');
    }
    setErrors(found);
    if (Object.keys(found).length === 0) mutation.mutate();
  };
  const err = (key: keyof Values) => errors[key] ?? fieldError(mutation.error, key);
  const day = (key: 'baselineOn' | 'currentOn', label: string) => (
    <DateField
      label={label}
      value={values[key]}
      error={err(key)}
      onChange={(value) => set({ [key]: value })}
    />
  );
  const text = (key: keyof Values, label: string) => (
    <TextInput
      label={label}
      inputMode={key.endsWith('Value') ? 'decimal' : undefined}
      value={values[key]}
      error={err(key)}
      onChange={(e) => set({ [key]: e.currentTarget.value })}
    />
  );
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={indicator ? t('problemPage.indicators.editTitle') : t('problemPage.indicators.addTitle')}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormError error={mutation.error} />
          <SimpleGrid cols={2} spacing="sm">
            {text('name', t('problemPage.indicators.name'))}
            {text('unit', t('problemPage.indicators.unit'))}
            <NativeSelect
              label={t('problemPage.indicators.direction')}
              value={values.direction}
              data={[
                { value: 'lower_is_better', label: t('problemPage.indicators.lower_is_better') },
                { value: 'higher_is_better', label: t('problemPage.indicators.higher_is_better') },
              ]}
              onChange={(e) => set({ direction: e.currentTarget.value as Values['direction'] })}
            />
            {text('source', t('problemPage.indicators.source'))}
            {text('baselineValue', t('problemPage.indicators.baselineValue'))}
            {day('baselineOn', t('problemPage.indicators.baselineOn'))}
            {text('currentValue', t('problemPage.indicators.currentValue'))}
            {day('currentOn', t('problemPage.indicators.currentOn'))}
            {text('targetValue', t('problemPage.indicators.targetValue'))}
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

export function Indicators({ problem }: { problem: ProblemDetail }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const [editing, setEditing] = useState<{ indicator: Indicator | null; key: number } | null>(null);
  const n = (v: number | null, unit: string) =>
    v === null ? '—' : `${new Intl.NumberFormat(i18n.language).format(v)} ${unit}`;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="indicators-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <div>
            <Title order={2} size="h4" id="indicators-title">
              {t('problemPage.indicators.title')}
            </Title>
            <Text size="sm" c="gray.7">
              {t('problemPage.indicators.help')}
            </Text>
          </div>
          {problem.can.manageIndicators && (
            <Button
              size="xs"
              variant="default"
              onClick={() => setEditing({ indicator: null, key: Date.now() })}
            >
              {t('problemPage.indicators.add')}
            </Button>
          )}
        </Group>
        {problem.indicators.length === 0 ? (
          <Text size="sm">{t('problemPage.indicators.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table fz="sm" verticalSpacing={4} withTableBorder>
              <caption className="visually-hidden">{t('problemPage.indicators.title')}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('problemPage.indicators.name')}</Table.Th>
                  <Table.Th scope="col">{t('problemPage.indicators.before')}</Table.Th>
                  <Table.Th scope="col">{t('problemPage.indicators.after')}</Table.Th>
                  <Table.Th scope="col">{t('problemPage.indicators.targetValue')}</Table.Th>
                  <Table.Th scope="col">{t('problemPage.indicators.source')}</Table.Th>
                  {problem.can.manageIndicators && (
                    <Table.Th scope="col">
                      <span className="visually-hidden">{t('problemPage.indicators.actions')}</span>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {problem.indicators.map((ind) => (
                  <Table.Tr key={ind.id}>
                    <Table.Td>
                      {ind.name}
                      <Text size="xs" c="gray.7">
                        {t(`problemPage.indicators.${ind.direction}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {n(ind.baselineValue, ind.unit)}
                      {ind.baselineOn && <Text size="xs">{fmt.date(ind.baselineOn)}</Text>}
                    </Table.Td>
                    <Table.Td>
                      → {n(ind.currentValue, ind.unit)}
                      {ind.currentOn && <Text size="xs">{fmt.date(ind.currentOn)}</Text>}
                    </Table.Td>
                    <Table.Td>{n(ind.targetValue, ind.unit)}</Table.Td>
                    <Table.Td>{ind.source ?? ''}</Table.Td>
                    {problem.can.manageIndicators && (
                      <Table.Td>
                        <Button
                          size="compact-xs"
                          variant="default"
                          aria-label={`${t('common.edit')}: ${ind.name}`}
                          onClick={() => setEditing({ indicator: ind, key: Date.now() })}
                        >
                          {t('common.edit')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {editing && (
        <IndicatorModal
          key={editing.key}
          problem={problem}
          indicator={editing.indicator}
          opened
          onClose={() => setEditing(null)}
        />
      )}
    </Paper>
  );
}

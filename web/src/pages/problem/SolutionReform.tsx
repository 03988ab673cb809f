import { Anchor, Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, fieldError, notifySuccess } from '../../components/common';
import { DateField } from '../../components/DateField';
import { useFormatters } from '../../format';
import {
  matrixApi,
  matrixQueryKey,
  type ProblemDetail,
  problemQueryKey,
  type Solution,
} from '../matrix/matrixApi';

interface Values {
  agreedOn: string;
  draftedOn: string;
  normName: string;
  normNumber: string;
  normDate: string;
  normUrl: string;
}

const toValues = (s: Solution): Values => ({
  agreedOn: s.agreedOn ?? '',
  draftedOn: s.draftedOn ?? '',
  normName: s.norm?.name ?? '',
  normNumber: s.norm?.number ?? '',
  normDate: s.norm?.date ?? '',
  normUrl: s.norm?.url ?? '',
});

const orNull = (v: string) => v.trim() || null;

/**
 * Where a solution stands as a reform: the days the Mesa agreed on it and its instrument was drafted,
 * and the norm that enacts it (with its official gazette link). The team records them.
 */
export function SolutionReform({ problem, solution }: { problem: ProblemDetail; solution: Solution }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState<Values>(() => toValues(solution));
  const mutation = useMutation({
    mutationFn: () =>
      matrixApi.solutions.update(solution.id, {
        version: solution.version,
        agreedOn: orNull(values.agreedOn),
        draftedOn: orNull(values.draftedOn),
        normName: orNull(values.normName),
        normNumber: orNull(values.normNumber),
        normDate: orNull(values.normDate),
        normUrl: orNull(values.normUrl),
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: problemQueryKey(problem.id) });
      await queryClient.invalidateQueries({ queryKey: matrixQueryKey(problem.mesaId) });
      notifySuccess(t('problemPage.reform.saved'));
      setEditing(false);
    },
  });
  const set = (key: keyof Values, value: string) => setValues((v) => ({ ...v, [key]: value }));
  const field = (key: keyof Values, type: 'text' | 'url' = 'text') => (
    <TextInput
      type={type}
      label={t(`problemPage.reform.${key}`)}
      value={values[key]}
      error={fieldError(mutation.error, key)}
      onChange={(e) => set(key, e.currentTarget.value)}
    />
  );
  // Days in the app's language, typed or picked, like every other day in the app.
  const day = (key: 'agreedOn' | 'draftedOn' | 'normDate') => (
    <DateField
      label={t(`problemPage.reform.${key}`)}
      value={values[key]}
      error={fieldError(mutation.error, key)}
      onChange={(value) => set(key, value)}
    />
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };
  const norm = solution.norm;
  const recorded = solution.agreedOn || solution.draftedOn || norm;
  return (
    <Stack gap={4} data-testid="solution-reform">
      {recorded ? (
        <Text size="sm">
          {solution.agreedOn && `${t('problemPage.reform.agreedOn')}: ${fmt.date(solution.agreedOn)}. `}
          {solution.draftedOn && `${t('problemPage.reform.draftedOn')}: ${fmt.date(solution.draftedOn)}. `}
          {norm &&
            t('problemPage.reform.cites', {
              norm: [norm.number, norm.name].filter(Boolean).join(', '),
              date: norm.date ? fmt.date(norm.date) : '',
            })}
          {norm?.url && (
            <>
              {' '}
              <Anchor href={norm.url} target="_blank" rel="noopener noreferrer">
                {t('problemPage.reform.gazette')}
              </Anchor>
            </>
          )}
        </Text>
      ) : (
        problem.can.reviseSolution && (
          <Text size="sm" c="gray.7">
            {t('problemPage.reform.none')}
          </Text>
        )
      )}
      {problem.can.reviseSolution && !editing && (
        <Group>
          <Button
            size="xs"
            variant="default"
            onClick={() => {
              setValues(toValues(solution));
              setEditing(true);
            }}
          >
            {t('problemPage.reform.edit')}
          </Button>
        </Group>
      )}
      {editing && (
        <form onSubmit={submit} noValidate aria-label={t('problemPage.reform.edit')}>
          <Stack gap="xs">
            <FormError error={mutation.error} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {day('agreedOn')}
              {day('draftedOn')}
              {field('normName')}
              {field('normNumber')}
              {day('normDate')}
              {field('normUrl', 'url')}
            </SimpleGrid>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setEditing(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={mutation.isPending}>
                {t('problemPage.reform.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}

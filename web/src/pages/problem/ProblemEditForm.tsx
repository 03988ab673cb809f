import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  MultiSelect,
  NativeSelect,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { AppModal, errorMessage, FormError, notifySuccess } from '../../components/common';
import { useFormState } from '../../components/forms';
import {
  OrganizationSelect,
  organizationLabel,
  PersonSelect,
  useOrganizations,
} from '../../components/pickers';
import { orgFullName, scores, useCategoryName } from '../matrix/labels';
import {
  matrixApi,
  matrixQueryKey,
  type ProblemDetail,
  problemQueryKey,
  type UpdateProblem,
} from '../matrix/matrixApi';

type Visibility = ProblemDetail['visibility'];
type OwnerType = ProblemDetail['ownerType'];

/** The problem as the form holds it; scores as the text of their select. */
interface EditValues {
  title: string;
  description: string;
  categoryKey: string | null;
  ownerType: OwnerType;
  raisedByPersonId: string | null;
  raisedByOrganizationId: string | null;
  entityIds: string[];
  impact: string;
  ease: string;
  inFocus: boolean;
  tags: string[];
  visibility: Visibility;
}
type Key = keyof EditValues;

const editKeys: Key[] = [
  'title',
  'description',
  'categoryKey',
  'ownerType',
  'raisedByPersonId',
  'raisedByOrganizationId',
  'entityIds',
  'impact',
  'ease',
  'inFocus',
  'tags',
  'visibility',
];
const visibilityList: Visibility[] = ['public', 'members', 'team'];
const ownerTypes: OwnerType[] = ['MP', 'YP'];

const valuesOf = (p: ProblemDetail): EditValues => ({
  title: p.title,
  description: p.description,
  categoryKey: p.category?.key ?? null,
  ownerType: p.ownerType,
  raisedByPersonId: p.raisedByPerson?.id ?? null,
  raisedByOrganizationId: p.raisedByOrganization?.id ?? null,
  entityIds: p.entities.map((e) => e.id),
  impact: String(p.impact),
  ease: String(p.ease),
  inFocus: p.inFocus,
  tags: [...p.tags],
  visibility: p.visibility,
});

/** Compares two values of a field; the order of the responsible entities does not matter. */
function same(key: Key, a: EditValues[Key], b: EditValues[Key]): boolean {
  if (key === 'entityIds') {
    return JSON.stringify([...(a as string[])].sort()) === JSON.stringify([...(b as string[])].sort());
  }
  if (key === 'title' || key === 'description') return String(a).trim() === String(b).trim();
  return JSON.stringify(a) === JSON.stringify(b);
}
const changedKeys = (from: EditValues, to: EditValues) => editKeys.filter((k) => !same(k, from[k], to[k]));

/** Only the fields the user changed, as the API takes them. */
function changesOf(values: EditValues, keys: Key[]): Omit<UpdateProblem, 'version'> {
  const body: Omit<UpdateProblem, 'version'> = {};
  for (const key of keys) {
    if (key === 'impact' || key === 'ease') body[key] = Number(values[key]);
    else if (key === 'title' || key === 'description') body[key] = values[key].trim();
    else Object.assign(body, { [key]: values[key] });
  }
  return body;
}

/** What a field holds in a saved problem, as text for people. */
function useDisplay() {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  return (key: Key, p: ProblemDetail): string => {
    switch (key) {
      case 'title':
        return p.title;
      case 'description':
        return p.description.length > 200 ? `${p.description.slice(0, 200)}…` : p.description || '—';
      case 'categoryKey':
        return categoryName(p.category) || t('matrix.noCategory');
      case 'ownerType':
        return `${p.ownerType} — ${t(`matrix.owner.${p.ownerType}`)}`;
      case 'raisedByPersonId':
        return p.raisedByPerson?.fullName ?? '—';
      case 'raisedByOrganizationId':
        return p.raisedByOrganization ? orgFullName(p.raisedByOrganization) : '—';
      case 'entityIds':
        return p.entities.map(orgFullName).join(', ') || '—';
      case 'impact':
        return String(p.impact);
      case 'ease':
        return String(p.ease);
      case 'inFocus':
        return p.inFocus ? t('problemEdit.yes') : t('problemEdit.no');
      case 'tags':
        return p.tags.join(', ') || '—';
      case 'visibility':
        return t(`visibility.${p.visibility}`);
    }
  };
}

interface Conflict {
  latest: ProblemDetail;
  /** The fields someone else changed since this form was opened (or last reloaded). */
  theirs: Key[];
}

const isStale = (error: unknown) => error instanceof ApiError && error.status === 409;

function EditForm({ problem, onClose }: { problem: ProblemDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const display = useDisplay();
  const categoryName = useCategoryName();
  const [base, setBase] = useState<EditValues>(() => valuesOf(problem));
  const [version, setVersion] = useState(problem.version);
  const form = useFormState<EditValues>(valuesOf(problem));
  const { values, set } = form;
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [conflictLoadFailed, setConflictLoadFailed] = useState(false);
  /** After a reload: fields both sides changed, with the value saved meanwhile. */
  const [overlap, setOverlap] = useState<Partial<Record<Key, string>>>({});
  const [merged, setMerged] = useState<number | null>(null);

  const categories = useQuery({ queryKey: ['categories'], queryFn: () => matrixApi.categories() });
  const organizations = useOrganizations();

  const save = useMutation({
    mutationFn: () =>
      matrixApi.problems.update(problem.id, { ...changesOf(values, changedKeys(base, values)), version }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(problemQueryKey(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: matrixQueryKey(saved.mesaId) });
      await queryClient.invalidateQueries({ queryKey: problemQueryKey(saved.id) });
      notifySuccess(t('problemEdit.saved', { code: saved.code }));
      onClose();
    },
    onError: async (error) => {
      if (!isStale(error)) return;
      try {
        const latest = await matrixApi.problems.get(problem.id);
        setConflict({ latest, theirs: changedKeys(base, valuesOf(latest)) });
      } catch {
        setConflictLoadFailed(true);
      }
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.requireFilled(['title'], t)) return;
    if (changedKeys(base, values).length === 0) {
      onClose();
      return;
    }
    setConflict(null);
    setConflictLoadFailed(false);
    save.mutate();
  };

  /** Takes the saved version as the new starting point; the user's own changes stay in the form. */
  const reload = () => {
    if (!conflict) return;
    const theirs = valuesOf(conflict.latest);
    const next = { ...values };
    const both: Partial<Record<Key, string>> = {};
    for (const key of editKeys) {
      const mine = !same(key, values[key], base[key]);
      if (!mine) Object.assign(next, { [key]: theirs[key] });
      else if (!same(key, theirs[key], base[key]) && !same(key, theirs[key], values[key])) {
        both[key] = display(key, conflict.latest);
      }
    }
    form.setValues(next);
    setBase(theirs);
    setVersion(conflict.latest.version);
    setOverlap(both);
    setMerged(conflict.latest.version);
    queryClient.setQueryData(problemQueryKey(problem.id), conflict.latest);
    void queryClient.invalidateQueries({ queryKey: matrixQueryKey(problem.mesaId) });
    setConflict(null);
    save.reset();
  };

  const error = (key: Key) => form.errorOf(key, save.error);
  const description = (key: Key) =>
    overlap[key] !== undefined ? t('problemEdit.savedMeanwhile', { value: overlap[key] }) : undefined;
  const label = (key: Key) => t(`problemEdit.field.${key}`);

  const categoryOptions = [
    { value: '', label: t('matrix.noCategory') },
    ...(categories.data?.categories ?? [])
      .filter((c) => !c.archived || c.key === values.categoryKey)
      .map((c) => ({ value: c.key, label: categoryName(c) })),
  ];
  if (
    values.categoryKey &&
    !categoryOptions.some((o) => o.value === values.categoryKey) &&
    problem.category
  ) {
    categoryOptions.push({ value: problem.category.key, label: categoryName(problem.category) });
  }
  const entityOptions = new Map(
    (organizations.data ?? [])
      .filter((o) => o.kind === 'public_entity')
      .map((o) => [o.id, organizationLabel(o)] as const),
  );
  for (const e of problem.entities) if (!entityOptions.has(e.id)) entityOptions.set(e.id, orgFullName(e));
  const scoreOptions = scores.map((s) => ({ value: String(s), label: String(s) }));

  return (
    <form onSubmit={submit} noValidate aria-label={t('problemEdit.formLabel', { code: problem.code })}>
      <Stack gap="sm">
        {conflict && (
          <Alert color="orange" variant="light" role="alert" title={t('problemEdit.conflict.title')}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('problemEdit.conflict.text', { version: conflict.latest.version })}</Text>
              {conflict.theirs.length > 0 ? (
                <>
                  <Text size="sm">{t('problemEdit.conflict.theirChanges')}</Text>
                  <List size="sm" data-testid="conflict-changes">
                    {conflict.theirs.map((key) => (
                      <List.Item key={key}>
                        <strong>{label(key)}:</strong> {display(key, conflict.latest)}
                      </List.Item>
                    ))}
                  </List>
                </>
              ) : (
                <Text size="sm">{t('problemEdit.conflict.noFieldChanges')}</Text>
              )}
              <Text size="sm">{t('problemEdit.conflict.help')}</Text>
              <Button size="xs" onClick={reload}>
                {t('problemEdit.conflict.reload')}
              </Button>
            </Stack>
          </Alert>
        )}
        {conflictLoadFailed && (
          <Alert color="orange" variant="light" role="alert" title={t('problemEdit.conflict.title')}>
            {t('problemEdit.conflict.loadFailed')}
          </Alert>
        )}
        {merged !== null && !conflict && (
          <Alert
            color="blue"
            variant="light"
            role="status"
            title={t('problemEdit.merged.title', { version: merged })}
          >
            {Object.keys(overlap).length > 0 ? t('problemEdit.merged.overlap') : t('problemEdit.merged.text')}
          </Alert>
        )}
        {save.error && !isStale(save.error) ? <FormError error={save.error} /> : null}
        {save.error && isStale(save.error) && !conflict && !conflictLoadFailed && (
          <Text size="sm" role="status">
            {errorMessage(save.error, t)}
          </Text>
        )}

        <TextInput
          label={label('title')}
          required
          data-autofocus
          value={values.title}
          error={error('title')}
          description={description('title')}
          onChange={(e) => set('title', e.currentTarget.value)}
        />
        <Textarea
          label={label('description')}
          autosize
          minRows={3}
          maxRows={10}
          value={values.description}
          error={error('description')}
          description={description('description')}
          onChange={(e) => set('description', e.currentTarget.value)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={label('categoryKey')}
            value={values.categoryKey ?? ''}
            data={categoryOptions}
            error={error('categoryKey')}
            description={description('categoryKey')}
            onChange={(e) => set('categoryKey', e.currentTarget.value || null)}
          />
          <NativeSelect
            label={label('ownerType')}
            value={values.ownerType}
            data={ownerTypes.map((o) => ({ value: o, label: `${o} — ${t(`matrix.owner.${o}`)}` }))}
            error={error('ownerType')}
            description={description('ownerType')}
            onChange={(e) => set('ownerType', e.currentTarget.value as OwnerType)}
          />
          <PersonSelect
            label={label('raisedByPersonId')}
            clearable
            reportFailure
            reportLoading
            value={values.raisedByPersonId}
            error={error('raisedByPersonId')}
            description={description('raisedByPersonId')}
            onChange={(value) => set('raisedByPersonId', value)}
          />
          <OrganizationSelect
            label={label('raisedByOrganizationId')}
            clearable
            reportFailure
            reportLoading
            value={values.raisedByOrganizationId}
            error={error('raisedByOrganizationId')}
            description={description('raisedByOrganizationId')}
            onChange={(value) => set('raisedByOrganizationId', value)}
          />
        </SimpleGrid>
        <MultiSelect
          label={label('entityIds')}
          searchable
          clearable
          nothingFoundMessage={t('common.nothingFound')}
          data={[...entityOptions].map(([value, text]) => ({ value, label: text }))}
          value={values.entityIds}
          error={error('entityIds') ?? (organizations.isError ? t('common.loadFailed') : undefined)}
          description={description('entityIds') ?? t('problemEdit.entitiesHelp')}
          onChange={(ids) => set('entityIds', ids)}
          data-testid="edit-entities"
        />
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          <NativeSelect
            label={label('impact')}
            value={values.impact}
            data={scoreOptions}
            error={error('impact')}
            description={description('impact')}
            onChange={(e) => set('impact', e.currentTarget.value)}
          />
          <NativeSelect
            label={label('ease')}
            value={values.ease}
            data={scoreOptions}
            error={error('ease')}
            description={description('ease')}
            onChange={(e) => set('ease', e.currentTarget.value)}
          />
          <NativeSelect
            label={label('visibility')}
            value={values.visibility}
            data={visibilityList.map((v) => ({ value: v, label: t(`visibility.${v}`) }))}
            error={error('visibility')}
            description={description('visibility')}
            onChange={(e) => set('visibility', e.currentTarget.value as Visibility)}
          />
          <Checkbox
            label={label('inFocus')}
            mt={{ base: 0, sm: 'xl' }}
            checked={values.inFocus}
            description={description('inFocus')}
            onChange={(e) => set('inFocus', e.currentTarget.checked)}
          />
        </SimpleGrid>
        <TagsInput
          label={label('tags')}
          description={description('tags') ?? t('problemEdit.tagsHelp')}
          clearable
          value={values.tags}
          error={error('tags')}
          onChange={(tags) => set('tags', tags)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('problemEdit.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The button and dialog to edit every field of a problem, for the people allowed to. */
export function ProblemEditButton({ problem }: { problem: ProblemDetail }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button size="xs" variant="default" onClick={() => setOpened(true)}>
        {t('problemEdit.open')}
      </Button>
      <AppModal
        opened={opened}
        onClose={() => setOpened(false)}
        size="lg"
        title={t('problemEdit.title', { code: problem.code })}
      >
        <EditForm problem={problem} onClose={() => setOpened(false)} />
      </AppModal>
    </>
  );
}

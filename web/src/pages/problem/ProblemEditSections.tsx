import {
  Checkbox,
  MultiSelect,
  NativeSelect,
  SimpleGrid,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  OrganizationSelect,
  organizationLabel,
  PersonSelect,
  useOrganizations,
} from '../../components/pickers';
import { orgFullName, scores, useCategoryName } from '../matrix/labels';
import { matrixApi, type ProblemDetail } from '../matrix/matrixApi';
import { type OwnerType, ownerTypes, type Visibility, visibilityList } from './problemEditValues';
import type { ProblemFields } from './useProblemEdit';

interface SectionProps {
  fields: ProblemFields;
}

interface ProblemSectionProps extends SectionProps {
  /** The problem as saved, whose category and entities stay choosable even when archived or unlisted. */
  problem: ProblemDetail;
}

/** The problem's title and description. */
export function ProblemTextSection({ fields }: SectionProps) {
  const { values, set, label, error, description } = fields;
  return (
    <>
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
    </>
  );
}

/** The category and owner type, and who raised the problem. */
export function ProblemCategoryOwnerSection({ fields, problem }: ProblemSectionProps) {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  const categories = useQuery({ queryKey: ['categories'], queryFn: () => matrixApi.categories() });
  const { values, set, label, error, description } = fields;

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

  return (
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
  );
}

/** The public entities responsible for the problem. */
export function ProblemEntitiesSection({ fields, problem }: ProblemSectionProps) {
  const { t } = useTranslation();
  const organizations = useOrganizations();
  const { values, set, label, error, description } = fields;

  const entityOptions = new Map(
    (organizations.data ?? [])
      .filter((o) => o.kind === 'public_entity')
      .map((o) => [o.id, organizationLabel(o)] as const),
  );
  for (const e of problem.entities) if (!entityOptions.has(e.id)) entityOptions.set(e.id, orgFullName(e));

  return (
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
  );
}

const scoreOptions = scores.map((s) => ({ value: String(s), label: String(s) }));

/** Where the problem sits in the Matrix: impact and ease, who sees it, and whether it is in focus. */
export function ProblemMatrixSection({ fields }: SectionProps) {
  const { t } = useTranslation();
  const { values, set, label, error, description } = fields;
  return (
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
  );
}

/** The problem's free tags. */
export function ProblemTagsSection({ fields }: SectionProps) {
  const { t } = useTranslation();
  const { values, set, label, error, description } = fields;
  return (
    <TagsInput
      label={label('tags')}
      description={description('tags') ?? t('problemEdit.tagsHelp')}
      clearable
      value={values.tags}
      error={error('tags')}
      onChange={(tags) => set('tags', tags)}
    />
  );
}

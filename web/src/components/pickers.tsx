import { Select, type SelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Organization, type Person } from '../api';

export const organizationLabel = (o: Pick<Organization, 'name' | 'acronym'>) =>
  o.acronym ? `${o.name} (${o.acronym})` : o.name;

export function useOrganizations(enabled = true) {
  return useQuery({
    queryKey: ['organizations', {}],
    queryFn: () => api.organizations.list(),
    enabled,
    select: (data) => data.organizations,
  });
}

export function usePeople(enabled = true) {
  return useQuery({
    queryKey: ['people', {}],
    queryFn: () => api.people.list(),
    enabled,
    select: (data) => data.people,
  });
}

interface Option {
  value: string;
  label: string;
}
const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label);

export const organizationOptions = (orgs: Organization[] | undefined) =>
  (orgs ?? []).map((o) => ({ value: o.id, label: organizationLabel(o) })).sort(byLabel);

export const personOptions = (people: Person[] | undefined) =>
  (people ?? [])
    .map((p) => ({
      value: p.id,
      label: p.organizationName ? `${p.fullName} — ${p.organizationName}` : p.fullName,
    }))
    .sort(byLabel);

interface PickerProps extends Omit<SelectProps, 'data'> {
  /** A value to leave out of the list, such as the record being edited. */
  exclude?: string;
  /** Say "loading" in the empty field while the list loads. */
  reportLoading?: boolean;
  /** Say so under the field when the list could not be loaded. */
  reportFailure?: boolean;
}

/** A searchable select over a list loaded from the API. */
function ListSelect({
  options,
  query,
  exclude,
  reportLoading,
  reportFailure,
  ...props
}: PickerProps & { options: Option[]; query: { isPending: boolean; isError: boolean } }) {
  const { t } = useTranslation();
  return (
    <Select
      searchable
      nothingFoundMessage={t('common.nothingFound')}
      {...props}
      data={options.filter((o) => o.value !== exclude)}
      placeholder={reportLoading && query.isPending ? t('common.loading') : props.placeholder}
      error={props.error ?? (reportFailure && query.isError ? t('common.loadFailed') : undefined)}
    />
  );
}

export function OrganizationSelect(props: PickerProps) {
  const organizations = useOrganizations();
  return <ListSelect {...props} options={organizationOptions(organizations.data)} query={organizations} />;
}

export function PersonSelect(props: PickerProps) {
  const people = usePeople();
  return <ListSelect {...props} options={personOptions(people.data)} query={people} />;
}

import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { api, type Organization, type Person } from '../api';
import { fieldError } from './common';

/** Plain controlled form state: values, a typed setter and per-field errors found before sending. */
export function useFormState<T extends object>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof T, string>>>({});
  const set = <K extends keyof T>(key: K, value: T[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => (e[key] ? { ...e, [key]: undefined } : e));
  };
  /** Marks empty required fields; returns true when the form may be sent. */
  const requireFilled = (keys: (keyof T)[], t: TFunction) => {
    const found: Partial<Record<keyof T, string>> = {};
    for (const key of keys) {
      const value = values[key];
      if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
        found[key] = t('form.required');
      }
    }
    setErrors(found);
    return Object.keys(found).length === 0;
  };
  /** The error to show under a field: a client-side one first, then the server's. */
  const errorOf = (key: keyof T & string, serverError: unknown, ...serverPaths: string[]) =>
    errors[key] ?? fieldError(serverError, key, ...serverPaths);
  return { values, set, setValues, requireFilled, errorOf };
}

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

export const organizationOptions = (orgs: Organization[] | undefined) =>
  (orgs ?? [])
    .map((o) => ({ value: o.id, label: organizationLabel(o) }))
    .sort((a, b) => a.label.localeCompare(b.label));

export const personOptions = (people: Person[] | undefined) =>
  (people ?? [])
    .map((p) => ({
      value: p.id,
      label: p.organizationName ? `${p.fullName} — ${p.organizationName}` : p.fullName,
    }))
    .sort((a, b) => a.label.localeCompare(b.label));

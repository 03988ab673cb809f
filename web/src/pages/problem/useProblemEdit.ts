import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { notifySuccess } from '../../components/common';
import { useFormState } from '../../components/forms';
import { matrixApi, matrixQueryKey, type ProblemDetail, problemQueryKey } from '../matrix/matrixApi';
import {
  changedKeys,
  changesOf,
  type EditValues,
  editKeys,
  type Key,
  same,
  valuesOf,
} from './problemEditValues';
import { useProblemDisplay } from './useProblemDisplay';

export interface Conflict {
  latest: ProblemDetail;
  /** The fields someone else changed since this form was opened (or last reloaded). */
  theirs: Key[];
}

export const isStale = (error: unknown) => error instanceof ApiError && error.status === 409;

/** What the field sections need: the values, a setter and each field's label, error and hint. */
export interface ProblemFields {
  values: EditValues;
  set<K extends Key>(key: K, value: EditValues[K]): void;
  label(key: Key): string;
  error(key: Key): string | undefined;
  description(key: Key): string | undefined;
}

/**
 * The problem edit form's state and saving: only changed fields are sent with the version the form
 * started from; when someone saved meanwhile, the conflict is shown and can be reloaded into the form.
 */
export function useProblemEdit(problem: ProblemDetail, onClose: () => void) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const display = useProblemDisplay();
  const [base, setBase] = useState<EditValues>(() => valuesOf(problem));
  const [version, setVersion] = useState(problem.version);
  const form = useFormState<EditValues>(valuesOf(problem));
  const { values, set } = form;
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [conflictLoadFailed, setConflictLoadFailed] = useState(false);
  /** After a reload: fields both sides changed, with the value saved meanwhile. */
  const [overlap, setOverlap] = useState<Partial<Record<Key, string>>>({});
  const [merged, setMerged] = useState<number | null>(null);

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

  const fields: ProblemFields = {
    values,
    set,
    label: (key) => t(`problemEdit.field.${key}`),
    error: (key) => form.errorOf(key, save.error),
    description: (key) =>
      overlap[key] !== undefined ? t('problemEdit.savedMeanwhile', { value: overlap[key] }) : undefined,
  };

  return { fields, save, submit, reload, conflict, conflictLoadFailed, overlap, merged, display };
}

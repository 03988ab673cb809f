import { useMutation } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { type ChangeEvent, type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, notifySuccess } from './common';

type Errors<T> = Partial<Record<keyof T, string>>;
/** Keys of the fields that hold text: free text, or one word out of a list. */
export type TextKey<T> = { [K in keyof T]-?: T[K] extends string ? K : never }[keyof T] & string;
/** Keys of the fields that hold an optional choice, such as an id or nothing. */
export type ChoiceKey<T> = { [K in keyof T]-?: T[K] extends string | null ? K : never }[keyof T] & string;
/** Keys of the fields that hold a yes or no. */
export type FlagKey<T> = { [K in keyof T]-?: T[K] extends boolean ? K : never }[keyof T] & string;
type TextChange = ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>;

/** Plain controlled form state: values, a typed setter and per-field errors found before sending. */
export function useFormState<T extends object>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<Errors<T>>({});
  const set = <K extends keyof T>(key: K, value: T[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => (e[key] ? { ...e, [key]: undefined } : e));
  };
  /** Marks empty required fields; returns true when the form may be sent. */
  const requireFilled = (keys: (keyof T)[], t: TFunction) => {
    const found: Errors<T> = {};
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
  return { values, errors, set, setValues, setErrors, requireFilled, errorOf };
}

/** What field components need from a form: its values, a setter, errors and props binding inputs. */
export interface FieldBinder<T> {
  values: T;
  set<K extends keyof T>(key: K, value: T[K]): void;
  error(key: keyof T & string): string | undefined;
  text(key: TextKey<T>): { value: string; onChange(event: TextChange): void; error: string | undefined };
  /** A day (`YYYY-MM-DD`) or a local date and time, for `DateField` and `DateTimeField`. */
  date(key: TextKey<T>): { value: string; onChange(value: string): void; error: string | undefined };
  choice(key: ChoiceKey<T>): {
    value: string | null;
    onChange(value: string | null): void;
    error: string | undefined;
  };
  flag(key: FlagKey<T>): { checked: boolean; onChange(event: ChangeEvent<HTMLInputElement>): void };
}

interface SaveOptions<R> {
  save: () => Promise<R>;
  /** Brings cached data up to date once saved, before the user is told. */
  refresh?: (saved: R) => unknown;
  /** The success notification. */
  notice: (saved: R) => string;
  /** What follows a success: closing the dialog or leaving the page. */
  done: (saved: R) => unknown;
}

/** A request that saves something, then refreshes, tells the user and closes or moves on. */
export function useSave<R>({ save, refresh, notice, done }: SaveOptions<R>) {
  return useMutation({
    mutationFn: save,
    onSuccess: async (saved) => {
      await refresh?.(saved);
      notifySuccess(notice(saved));
      await done(saved);
    },
  });
}

/** A dialog holding a form: the form starts afresh each time it opens (and when it opens for another record). */
export interface FormDialog {
  opened: boolean;
  onClose: () => void;
  record?: unknown;
  onOpen?: () => void;
}

interface SaveFormOptions<T, R> extends Omit<SaveOptions<R>, 'save' | 'done'> {
  initial: () => T;
  save: (values: T) => Promise<R>;
  /** The fields that must be filled in before sending. */
  required?: (values: T) => (keyof T)[];
  /** Further checks before sending; each shows its own message. */
  valid?: (values: T) => boolean;
  dialog?: FormDialog;
  /** What follows a success; by default the dialog closes. */
  done?: (saved: R) => unknown;
}

/** A form that saves through the API: state, validation, the request, and props binding each field. */
export function useSaveForm<T extends object, R>(options: SaveFormOptions<T, R>) {
  const { t } = useTranslation();
  const form = useFormState<T>(options.initial());
  const { dialog } = options;
  const mutation = useSave({
    ...options,
    save: () => options.save(form.values),
    done: options.done ?? (() => dialog?.onClose()),
  });
  const { setValues, setErrors } = form;
  const { reset } = mutation;
  // biome-ignore lint/correctness/useExhaustiveDependencies: start afresh when the dialog opens (for a record)
  useEffect(() => {
    if (dialog?.opened) {
      setValues(options.initial());
      setErrors({});
      reset();
      dialog.onOpen?.();
    }
  }, [dialog?.opened, dialog?.record]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const filled = form.requireFilled(options.required?.(form.values) ?? [], t);
    const valid = options.valid?.(form.values) ?? true;
    if (filled && valid) mutation.mutate();
  };
  const error = (key: keyof T & string) => form.errorOf(key, mutation.error);
  const binder: FieldBinder<T> = {
    values: form.values,
    set: form.set,
    error,
    text: (key) => ({
      value: form.values[key] as string,
      onChange: (event) => form.set(key, event.currentTarget.value as T[typeof key]),
      error: error(key),
    }),
    date: (key) => ({
      value: form.values[key] as string,
      onChange: (value) => form.set(key, value as T[typeof key]),
      error: error(key),
    }),
    choice: (key) => ({
      value: form.values[key] as string | null,
      onChange: (value) => form.set(key, value as T[typeof key]),
      error: error(key),
    }),
    flag: (key) => ({
      checked: form.values[key] as boolean,
      onChange: (event) => form.set(key, event.currentTarget.checked as T[typeof key]),
    }),
  };
  return { ...binder, errors: form.errors, submit, mutation, dialog };
}

/** Options for a select: each value labelled by its translation under `section`. */
export const translatedOptions = (t: TFunction, section: string, values: readonly string[]) =>
  values.map((value) => ({ value, label: t(`${section}.${value}`) }));

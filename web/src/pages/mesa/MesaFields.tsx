import { Group, NativeSelect, NumberInput, Switch, Textarea, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateMesa } from '../../api';
import { type FieldBinder, translatedOptions } from '../../components/forms';
import { useFormatters } from '../../format';
import { languageOptions } from '../../i18n';

export const mesaKinds = ['sector', 'factor'] as const;
export const cadences = ['weekly', 'biweekly', 'custom'] as const;
export const visibilities = ['public', 'members', 'team'] as const;

/** What describes a Mesa, the same when it is created and when it is edited. */
export interface MesaDetails {
  name: string;
  kind: CreateMesa['kind'];
  sector: string;
  description: string;
  cadence: NonNullable<CreateMesa['cadence']>;
  cadenceDays: number | null;
  visibility: NonNullable<CreateMesa['visibility']>;
  locale: NonNullable<CreateMesa['locale']>;
  /** The Mesa's IANA time zone; empty: the deployment's. */
  timeZone: string;
}

/** The details that must be filled in; the number of days only with a custom cadence. */
export const requiredDetails = (v: MesaDetails): (keyof MesaDetails)[] =>
  v.cadence === 'custom' ? ['name', 'sector', 'cadenceDays'] : ['name', 'sector'];

/** An empty time zone is the deployment's. */
export const timeZoneOf = (v: MesaDetails) => v.timeZone.trim() || null;

/** The number of days is kept only with a custom cadence. */
export const cadenceDaysOf = (v: MesaDetails) => (v.cadence === 'custom' ? v.cadenceDays : null);

/** The fields of a Mesa's details, with room for the fields only the new-Mesa form has. */
export function MesaDetailsFields({
  form,
  withHelp,
  afterName,
  afterDescription,
  besideCadence,
}: {
  form: FieldBinder<MesaDetails>;
  /** Explain the kind and the sector under their fields. */
  withHelp?: boolean;
  afterName?: ReactNode;
  afterDescription?: ReactNode;
  besideCadence?: ReactNode;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { values, set } = form;
  return (
    <>
      <TextInput label={t('mesa.name')} required {...form.text('name')} />
      {afterName}
      <Group grow align="flex-start">
        <NativeSelect
          label={t('mesa.kind')}
          description={withHelp ? t('newMesa.kindHelp') : undefined}
          data={translatedOptions(t, 'mesaKind', mesaKinds)}
          {...form.text('kind')}
        />
        <TextInput
          label={t('mesa.sector')}
          description={withHelp ? t('newMesa.sectorHelp') : undefined}
          required
          {...form.text('sector')}
        />
      </Group>
      <Textarea label={t('mesa.description')} autosize minRows={3} {...form.text('description')} />
      {afterDescription}
      <Group grow align="flex-start">
        <NativeSelect
          label={t('mesa.cadence')}
          data={translatedOptions(t, 'cadence', cadences)}
          {...form.text('cadence')}
        />
        {values.cadence === 'custom' && (
          <NumberInput
            label={t('mesa.cadenceDays')}
            required
            min={1}
            max={90}
            value={values.cadenceDays ?? ''}
            onChange={(v) => set('cadenceDays', typeof v === 'number' ? v : null)}
            error={form.error('cadenceDays')}
          />
        )}
        {besideCadence}
      </Group>
      <Group grow align="flex-start">
        <NativeSelect
          label={t('mesa.visibility')}
          data={translatedOptions(t, 'visibility', visibilities)}
          {...form.text('visibility')}
        />
        <NativeSelect label={t('mesa.language')} data={languageOptions()} {...form.text('locale')} />
      </Group>
      <TextInput
        label={t('mesa.timeZone')}
        description={t('mesa.timeZoneHelp', { zone: fmt.timeZone })}
        placeholder={fmt.timeZone}
        autoComplete="off"
        {...form.text('timeZone')}
      />
    </>
  );
}

/** A Mesa's reminder timing: days before a due date, days after a missed one; empty: the deployment's. */
export interface ReminderTiming {
  reminderDaysBefore: number | null;
  reminderDaysAfter: number | null;
}

/** "Remind N days before the due date" and "send the overdue notice N days after", 0-60 or empty. */
export function ReminderFields<T extends ReminderTiming>({
  form,
  defaults,
}: {
  form: FieldBinder<T>;
  /** The deployment's timing, shown while the field is empty. */
  defaults: { daysBefore: number; daysAfter: number };
}) {
  const { t } = useTranslation();
  const field = (key: keyof ReminderTiming & keyof T & string, label: string, fallback: number) => (
    <NumberInput
      label={label}
      description={t('board.reminders.help', { days: fallback })}
      placeholder={String(fallback)}
      min={0}
      max={60}
      allowDecimal={false}
      allowNegative={false}
      value={form.values[key] ?? ''}
      onChange={(v) => form.set(key, (typeof v === 'number' ? v : null) as T[typeof key])}
      error={form.error(key)}
    />
  );
  return (
    <Group grow align="flex-start">
      {field('reminderDaysBefore', t('board.reminders.before'), defaults.daysBefore)}
      {field('reminderDaysAfter', t('board.reminders.after'), defaults.daysAfter)}
    </Group>
  );
}

/** The publication switch: the Mesa on the public portal and in the open data (public records only). */
export function PublishField<T extends { published: boolean }>({
  form,
  publishedAt,
}: {
  form: FieldBinder<T>;
  /** When it was last published, or null: never. */
  publishedAt: string | null;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const since =
    form.values.published && publishedAt
      ? ` ${t('mesa.publishedSince', { date: fmt.date(publishedAt) })}.`
      : '';
  return (
    <Switch
      label={t('mesa.published')}
      description={`${t('mesa.publishedHelp')}${since}`}
      checked={form.values.published}
      onChange={(e) => form.set('published', e.currentTarget.checked as T['published'])}
    />
  );
}

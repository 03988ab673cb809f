import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { calendarLabels, datesLocale, parseDay, parseDayTime, showDay, showDayTime } from '../dates';
import { DatesLanguage } from './DatesLanguage';

type PickerProps = Omit<
  DateInputProps,
  'value' | 'defaultValue' | 'onChange' | 'valueFormat' | 'dateParser' | 'withTime' | 'minDate' | 'maxDate'
>;

/** What every date field shares: the app's language, and names for the calendar's buttons in it. */
function usePicker() {
  const { t, i18n } = useTranslation();
  const locale = datesLocale(i18n.language);
  return {
    locale,
    labels: {
      ...calendarLabels(locale),
      clearButtonProps: { 'aria-label': t('datePicker.clear') },
      ariaLabels: {
        previousMonth: t('datePicker.previousMonth'),
        nextMonth: t('datePicker.nextMonth'),
        previousYear: t('datePicker.previousYear'),
        nextYear: t('datePicker.nextYear'),
        previousDecade: t('datePicker.previousDecade'),
        nextDecade: t('datePicker.nextDecade'),
        monthLevelControl: t('datePicker.monthLevel'),
        yearLevelControl: t('datePicker.yearLevel'),
      },
    },
  };
}

export interface DateFieldProps extends PickerProps {
  /** The day, `YYYY-MM-DD`, or '' for none. */
  value: string;
  onChange(value: string): void;
  /** The first day that may be chosen (`YYYY-MM-DD`). */
  min?: string | undefined;
  /** The last day that may be chosen (`YYYY-MM-DD`). */
  max?: string | undefined;
}

/**
 * A day, typed or picked from a calendar, in the app's language: the field shows "31 mar 2025" (or
 * "31 Mar 2025") and reads that, `31/03/2025` or `2025-03-31`. A field that is not required can be
 * emptied.
 */
export function DateField({ value, onChange, min, max, ...rest }: DateFieldProps) {
  const { locale, labels } = usePicker();
  return (
    <DatesLanguage>
      <DateInput
        clearable={!rest.required}
        {...labels}
        {...rest}
        value={value || null}
        onChange={(next) => onChange(next ? next.slice(0, 10) : '')}
        valueFormat={(day) => showDay(day, locale)}
        dateParser={parseDay}
        minDate={min || undefined}
        maxDate={max || undefined}
      />
    </DatesLanguage>
  );
}

export interface DateTimeFieldProps extends PickerProps {
  /** The local date and time, `YYYY-MM-DDTHH:mm`, or '' for none. */
  value: string;
  onChange(value: string): void;
}

/** The picker's form of a local date and time: `YYYY-MM-DD HH:mm:ss`. */
const toPicker = (value: string) =>
  value ? `${value.slice(0, 10)} ${value.slice(11, 16) || '00:00'}:00` : null;

/**
 * A local date and time, typed or with its day picked from a calendar, in the app's language: the field
 * shows "31 mar 2025, 15:00" and reads that, `31/03/2025 15:00`, `3:00 p. m.` or `2025-03-31T15:00`.
 * Picking another day keeps the time.
 */
export function DateTimeField({ value, onChange, ...rest }: DateTimeFieldProps) {
  const { locale, labels } = usePicker();
  const change = (next: string | null) => {
    if (!next) return onChange('');
    const time = next.slice(11, 16) || value.slice(11, 16) || '00:00';
    onChange(`${next.slice(0, 10)}T${time}`);
  };
  return (
    <DatesLanguage>
      <DateInput
        clearable={!rest.required}
        {...labels}
        {...rest}
        withTime
        value={toPicker(value)}
        onChange={change}
        valueFormat={(at) => showDayTime(at, locale)}
        dateParser={(text) => toPicker(parseDayTime(text) ?? '')}
      />
    </DatesLanguage>
  );
}

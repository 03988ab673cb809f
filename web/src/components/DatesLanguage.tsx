import 'dayjs/locale/es.js';
import { DatesProvider } from '@mantine/dates';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { datesLocale } from '../dates';

/**
 * Date pickers speak the app's language, not the browser's: their month and weekday names follow the
 * language chosen in the app, and change with it. Weeks start on Monday, as in Peru. Each date field
 * wraps itself in it, so that the calendar code (and its Spanish names) loads with the first page that
 * has a date field, not with the sign-in page.
 */
export function DatesLanguage({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <DatesProvider settings={{ locale: datesLocale(i18n.language), firstDayOfWeek: 1 }}>
      {children}
    </DatesProvider>
  );
}

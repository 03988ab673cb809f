import 'dayjs/locale/es.js';
import { DatesProvider } from '@mantine/dates';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { datesLocale } from '../dates';

/**
 * Date pickers speak the app's language, not the browser's: their month and weekday names follow the
 * language chosen in the app, and change with it. Weeks start on Monday, as in Peru.
 */
export function DatesLanguage({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <DatesProvider settings={{ locale: datesLocale(i18n.language), firstDayOfWeek: 1 }}>
      {children}
    </DatesProvider>
  );
}

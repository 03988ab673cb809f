import { DatesProvider } from '@mantine/dates';
import type { ReactNode } from 'react';

/**
 * The calendar's settings shared by every date field: weeks start on Monday, as in Peru. Its words (month
 * and weekday names, each day's name for screen readers) are not the calendar library's: each field
 * writes them with `Intl` in the app's language (`calendarLabels`), so they follow the language chosen
 * in the app, whatever the browser's, for every language the app has. Each date field wraps itself in it,
 * so that the calendar code loads with the first page that has a date field, not with the sign-in page.
 */
export function DatesLanguage({ children }: { children: ReactNode }) {
  return <DatesProvider settings={{ firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}

import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { asLocale } from '../i18n';

/**
 * A link to a record's page on the transparency portal (server-rendered, outside the app), in the
 * language the app is shown in.
 */
export function PublicPageLink({ path, label }: { path: string; label: string }) {
  const { t, i18n } = useTranslation();
  const lang = asLocale(i18n.language);
  return (
    <Anchor
      href={`${path}?lang=${lang}`}
      size="sm"
      title={t('publicPage.help')}
      data-testid="public-page-link"
    >
      {label}
    </Anchor>
  );
}

export const publicMesaPath = (slug: string) => `/portal/mesas/${encodeURIComponent(slug)}`;
export const publicProblemPath = (slug: string, code: string) =>
  `${publicMesaPath(slug)}/problems/${encodeURIComponent(code)}`;

import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../components/common';
import { useSession } from '../session';
import { adminPaths, adminSections } from './sections';

/** Administration: the installation's directories, accounts, mail and question sets, one card each. */
export function AdminPage() {
  const { t } = useTranslation();
  const session = useSession();
  usePageTitle(t('adminPage.title'));
  const sections = adminSections(session);
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('adminPage.title')}</Title>
        <Text c="gray.7">{t('adminPage.intro')}</Text>
      </div>
      {sections.length === 0 ? (
        <Text>{t('adminPage.nothing')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" className="plain-list">
          {sections.map((section) => (
            <Paper key={section} component="li" withBorder p="md" radius="md">
              <Link to={adminPaths[section]} className="card-title-link">
                {t(`nav.${section}`)}
              </Link>
              <Text size="sm" c="gray.7" mt={4}>
                {t(`adminPage.about.${section}`)}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}

import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A page's title and subtitle, with its main action (such as "New …") on the right. */
export function PageHeader({
  title,
  subtitle,
  action,
}: {
  title: string;
  subtitle: string;
  action?: ReactNode;
}) {
  return (
    <Group justify="space-between" align="flex-end">
      <div>
        <Title order={1}>{title}</Title>
        <Text c="gray.7">{subtitle}</Text>
      </div>
      {action}
    </Group>
  );
}

/** A section's heading (referenced by `id` from its `aria-labelledby`) and a line of help. */
export function SectionHeading({ id, title, help }: { id: string; title: string; help: string }) {
  return (
    <div>
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      <Text size="sm" c="gray.7">
        {help}
      </Text>
    </div>
  );
}

/** What a page shows to someone whose role does not allow it. */
export function Forbidden({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={1}>{title}</Title>
      <Text role="alert">{t('errors.FORBIDDEN')}</Text>
    </Stack>
  );
}

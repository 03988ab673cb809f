import { Box, Group, Text } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import { LanguageSwitcher } from '../../components/Layout';

/**
 * The frame of the pages opened without signing in from a link (`/f/<token>`): made for a phone, the
 * language switch and the page, no navigation.
 */
export function FeedbackLinkLayout() {
  return (
    <>
      <Box component="header" className="feedback-link-header">
        <Group justify="space-between" wrap="nowrap" px="md" py="xs">
          <Text fw={700}>Mesas</Text>
          <LanguageSwitcher />
        </Group>
      </Box>
      <Box component="main" id="main" className="feedback-link-main">
        <Outlet />
      </Box>
    </>
  );
}

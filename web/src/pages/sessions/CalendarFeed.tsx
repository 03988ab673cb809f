import { Anchor, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, notifyError, QueryError } from '../../components/common';
import { useFormatters } from '../../format';
import { type CalendarFeedCreated, calendarFeedQueryKey, sessionsApi } from './sessionsApi';

/**
 * The personal calendar feed: a secret address calendar apps subscribe to (the person's meetings and
 * commitment due days). The address is shown only when it is made; making a new one stops the old one.
 */
export function CalendarFeed() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const queryClient = useQueryClient();
  const status = useQuery({ queryKey: calendarFeedQueryKey, queryFn: sessionsApi.calendarFeed.status });
  const [created, setCreated] = useState<CalendarFeedCreated | null>(null);
  const [copied, setCopied] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const make = useMutation({
    mutationFn: sessionsApi.calendarFeed.create,
    onSuccess: async (feed) => {
      setCreated(feed);
      setCopied('');
      await queryClient.invalidateQueries({ queryKey: calendarFeedQueryKey });
    },
    onError: (error) => notifyError(t('common.saveFailed'), errorMessage(error, t)),
  });
  const revoke = useMutation({
    mutationFn: sessionsApi.calendarFeed.revoke,
    onSuccess: async () => {
      setCreated(null);
      setCopied(t('calendarFeed.revoked'));
      await queryClient.invalidateQueries({ queryKey: calendarFeedQueryKey });
    },
    onError: (error) => notifyError(t('common.saveFailed'), errorMessage(error, t)),
  });
  const copy = async () => {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.url);
      setCopied(t('calendarFeed.copied'));
    } catch {
      input.current?.select();
      setCopied(t('calendarFeed.copyManually'));
    }
  };
  const active = status.data?.active ?? false;

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="calendar-feed-title">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="calendar-feed-title">
            {t('calendarFeed.title')}
          </Title>
          <Text size="sm" c="gray.8">
            {t('calendarFeed.help')}
          </Text>
        </div>
        {status.isError && <QueryError error={status.error} onRetry={() => void status.refetch()} />}
        {status.data && !created && (
          <Text size="sm" data-testid="calendar-feed-status">
            {active && status.data.createdAt
              ? t('calendarFeed.activeSince', { date: fmt.dateTime(status.data.createdAt) })
              : t('calendarFeed.none')}
          </Text>
        )}
        {created && (
          <Stack gap="xs">
            <Group align="flex-end" gap="xs">
              <TextInput
                ref={input}
                style={{ flex: 1 }}
                label={t('calendarFeed.address')}
                description={t('calendarFeed.addressHelp')}
                readOnly
                value={created.url}
                onFocus={(e) => e.currentTarget.select()}
              />
              <Button variant="default" onClick={() => void copy()}>
                {t('calendarFeed.copy')}
              </Button>
            </Group>
            <Anchor href={created.webcalUrl} size="sm">
              {t('calendarFeed.openInApp')}
            </Anchor>
          </Stack>
        )}
        <Text size="sm" role="status" aria-live="polite">
          {copied}
        </Text>
        <Group gap="sm">
          <Button onClick={() => make.mutate()} loading={make.isPending}>
            {active || created ? t('calendarFeed.rotate') : t('calendarFeed.create')}
          </Button>
          {(active || created) && (
            <Button variant="default" onClick={() => revoke.mutate()} loading={revoke.isPending}>
              {t('calendarFeed.revoke')}
            </Button>
          )}
        </Group>
        {(active || created) && (
          <Text size="xs" c="gray.7">
            {t('calendarFeed.rotateHelp')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

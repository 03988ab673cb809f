import { Button } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage, notifyError } from '../../components/common';
import { type FollowKind, followsApi, followsQueryKey } from './followsApi';

/**
 * The Follow / Following toggle of a problem or a commitment: who follows it is mailed what moves in
 * it (status, progress), at most once an hour, in their language. Whether the record is followed is
 * read from the account's list of follows, one request however many toggles a page shows.
 */
export function FollowButton({ kind, id, name }: { kind: FollowKind; id: string; name: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mine = useQuery({ queryKey: followsQueryKey, queryFn: followsApi.mine });
  const following = mine.data?.follows.some((f) => f.kind === kind && f.id === id) ?? false;
  const toggle = useMutation({
    mutationFn: () => (following ? followsApi.unfollow(kind, id) : followsApi.follow(kind, id)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: followsQueryKey }),
    onError: (error) => notifyError(t('common.saveFailed'), errorMessage(error, t)),
  });
  if (mine.isError) return null;
  const label = t(following ? 'follows.following' : 'follows.follow');
  return (
    <Button
      size="compact-sm"
      variant={following ? 'light' : 'default'}
      aria-pressed={following}
      aria-label={`${label}: ${name.slice(0, 80)}`}
      title={t(following ? 'follows.followingHelp' : 'follows.followHelp')}
      loading={mine.isPending || toggle.isPending}
      onClick={() => toggle.mutate()}
    >
      {label}
    </Button>
  );
}

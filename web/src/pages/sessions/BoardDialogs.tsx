import { Button, CopyButton, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal';
import { FormError, notifySuccess, PageLoader, QueryError } from '../../components/common';
import { orgFullName } from '../matrix/labels';
import { groupsOf } from './BoardTable';
import { type BoardCommitment, type BoardState, boardApi, type ChaseResult } from './boardApi';

type Person = ChaseResult['sent'][number];

function People({ title, people, testId }: { title: string; people: readonly Person[]; testId: string }) {
  const { t } = useTranslation();
  if (people.length === 0) return null;
  return (
    <Stack gap={4} data-testid={testId}>
      <Title order={3} size="h5">
        {title}
      </Title>
      <List size="sm">
        {people.map((p) => (
          <List.Item key={p.personId}>{t('board.chase.person', { name: p.name, count: p.count })}</List.Item>
        ))}
      </List>
    </Stack>
  );
}

function ChaseOutcome({ result }: { result: ChaseResult }) {
  const { t } = useTranslation();
  const skipped = (reason: 'no_email' | 'already_sent') => result.skipped.filter((s) => s.reason === reason);
  return (
    <>
      <People title={t('board.chase.willGet')} people={result.sent} testId="chase-sent" />
      <People title={t('board.chase.noEmail')} people={skipped('no_email')} testId="chase-no-email" />
      <People title={t('board.chase.alreadySent')} people={skipped('already_sent')} testId="chase-already" />
    </>
  );
}

/**
 * "Send reminders to late owners": shows who will get one (and who will not, and why), then sends on
 * confirmation and shows what was sent.
 */
export function ChaseDialog({
  mesaId,
  opened,
  onClose,
}: {
  mesaId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const preview = useQuery({
    queryKey: ['commitments', 'chase', mesaId],
    queryFn: () => boardApi.chasePreview(mesaId),
    enabled: opened,
    staleTime: 0,
  });
  const send = useMutation({
    mutationFn: () => boardApi.chase(mesaId),
    onSuccess: (result) => {
      notifySuccess(
        result.sent.length > 0
          ? t('board.chase.sent', { count: result.sent.length })
          : t('board.chase.noneSent'),
      );
      void queryClient.invalidateQueries({ queryKey: ['commitments', 'chase', mesaId] });
    },
  });
  const close = () => {
    send.reset();
    onClose();
  };
  const result = send.data;
  return (
    <AppModal opened={opened} onClose={close} title={t('board.chase.title')} size="lg">
      <Stack gap="md">
        {result ? (
          <Stack gap="sm" data-testid="chase-result">
            <Text fw={600}>
              {result.sent.length > 0
                ? t('board.chase.sent', { count: result.sent.length })
                : t('board.chase.noneSent')}
            </Text>
            <ChaseOutcome result={result} />
            <Group justify="flex-end">
              <Button onClick={close}>{t('common.close')}</Button>
            </Group>
          </Stack>
        ) : preview.isPending ? (
          <PageLoader />
        ) : preview.isError || !preview.data ? (
          <QueryError error={preview.error} onRetry={() => void preview.refetch()} />
        ) : (
          <>
            <Text size="sm">{t('board.chase.intro')}</Text>
            <ChaseOutcome result={preview.data} />
            {preview.data.sent.length === 0 && <Text size="sm">{t('board.chase.nobody')}</Text>}
            <FormError error={send.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button
                onClick={() => send.mutate()}
                loading={send.isPending}
                disabled={preview.data.sent.length === 0}
              >
                {t('board.chase.confirm', { count: preview.data.sent.length })}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </AppModal>
  );
}

/** The shown commitments as plain text grouped by owner, for pasting in WhatsApp or an e-mail. */
export function listText(
  t: TFunction,
  formatDate: (day: string) => string,
  input: { mesa: string; state: BoardState; today: string; rows: readonly BoardCommitment[] },
): string {
  const lines = [
    t('board.copy.heading', {
      mesa: input.mesa,
      state: t(`board.states.${input.state}`),
      date: formatDate(input.today),
    }),
  ];
  for (const g of groupsOf(input.rows, 'owner', { owner: t('board.noOwner'), entity: '' })) {
    const entities = [...new Set(g.rows.map((c) => (c.organization ? orgFullName(c.organization) : '')))]
      .filter(Boolean)
      .join(', ');
    lines.push('', `*${g.label}*${entities ? ` (${entities})` : ''}`);
    for (const c of g.rows) {
      const text = `${c.problem ? `${c.problem.code} ` : ''}${c.text.replace(/\s+/g, ' ').trim()}`;
      const date = formatDate(c.dueOn);
      lines.push(
        `- ${
          c.overdue
            ? t('board.copy.itemLate', { text, date, count: -c.daysUntilDue })
            : t('board.copy.item', { text, date })
        }`,
      );
    }
  }
  return lines.join('\n');
}

/** The list to paste in a message, with a button that copies it. */
export function CopyListDialog({
  text,
  opened,
  onClose,
}: {
  text: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('board.copy.title')} size="lg">
      <Stack gap="sm">
        <Text size="sm">{t('board.copy.help')}</Text>
        <Textarea
          label={t('board.copy.label')}
          value={text}
          readOnly
          autosize
          minRows={6}
          maxRows={18}
          data-testid="copy-list-text"
        />
        <Group justify="flex-end">
          <CopyButton value={text}>
            {({ copied, copy }) => (
              <Button onClick={copy} color={copied ? 'teal' : undefined}>
                {copied ? t('board.copy.copied') : t('board.copy.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </AppModal>
  );
}

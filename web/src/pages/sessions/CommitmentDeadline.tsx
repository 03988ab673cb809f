import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, fieldError, notifySuccess } from '../../components/common';
import { DateField } from '../../components/DateField';
import { useFormatters } from '../../format';
import {
  type Commitment,
  type CommitmentDetail,
  commitmentQueryKey,
  commitmentsQueryKey,
  sessionsApi,
} from './sessionsApi';

/**
 * The deadline of a commitment: its history (the date first agreed and every move, with its reason)
 * and, for the team while it is open, a form to move it. A reason is asked as soon as the date changes:
 * fixed deadlines are the pressure mechanism, so no move is silent.
 */
export function CommitmentDeadline({
  commitment,
  detail,
}: {
  commitment: Commitment;
  detail: CommitmentDetail;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters(commitment.mesa.timeZone);
  const queryClient = useQueryClient();
  const [dueOn, setDueOn] = useState(commitment.dueOn);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const moved = dueOn !== commitment.dueOn;
  const move = useMutation({
    mutationFn: () =>
      sessionsApi.commitments.update(commitment.id, {
        version: detail.version,
        dueOn,
        reason: reason.trim(),
      }),
    onSuccess: async (saved) => {
      setReason('');
      setDueOn(saved.dueOn);
      queryClient.setQueryData(commitmentQueryKey(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: commitmentsQueryKey });
      notifySuccess(t('commitments.deadline.moved'));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError(t('form.required'));
      return;
    }
    setError(null);
    move.mutate();
  };
  return (
    <Stack gap="xs">
      {detail.dueChanges.length > 0 && (
        <>
          <Text size="sm" fw={600} component="h3">
            {t('commitments.deadline.history')}
          </Text>
          <ol className="timeline" aria-label={t('commitments.deadline.history')} data-testid="due-changes">
            <li>
              <Text size="sm" component="p">
                {t('commitments.deadline.original', {
                  date: fmt.date(detail.originalDueOn ?? detail.dueChanges[0]!.fromDueOn),
                })}
              </Text>
            </li>
            {detail.dueChanges.map((d) => (
              <li key={d.id}>
                <Text size="xs" c="gray.7" component="p">
                  {fmt.dateTime(d.changedAt)}
                  {d.person && ` · ${t('commitments.deadline.movedBy', { name: d.person.fullName })}`}
                </Text>
                <Text size="sm" component="p">
                  {t('commitments.deadline.move', { from: fmt.date(d.fromDueOn), to: fmt.date(d.toDueOn) })}
                </Text>
                <Text size="sm" component="p" className="solution-text">
                  {d.reason}
                </Text>
              </li>
            ))}
          </ol>
        </>
      )}
      {commitment.can.update && commitment.status === 'open' && (
        <form onSubmit={submit} noValidate aria-label={t('commitments.deadline.submit')}>
          <Stack gap="xs">
            <FormError error={move.error && !fieldError(move.error, 'dueOn', 'reason') ? move.error : null} />
            <DateField
              label={t('commitments.deadline.newDate')}
              description={t('commitments.deadline.newDateHelp')}
              min={fmt.today()}
              value={dueOn}
              error={fieldError(move.error, 'dueOn')}
              onChange={setDueOn}
            />
            {moved && (
              <>
                <Textarea
                  label={t('commitments.deadline.reason')}
                  description={t('commitments.deadline.reasonHelp')}
                  required
                  autosize
                  minRows={2}
                  value={reason}
                  error={error ?? fieldError(move.error, 'reason')}
                  onChange={(e) => {
                    setReason(e.currentTarget.value);
                    setError(null);
                  }}
                />
                <Group justify="flex-end">
                  <Button type="submit" loading={move.isPending}>
                    {t('commitments.deadline.submit')}
                  </Button>
                </Group>
              </>
            )}
          </Stack>
        </form>
      )}
    </Stack>
  );
}

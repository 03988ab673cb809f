import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal';
import type { Editable } from './edits';
import { isReopening } from './labels';
import type { ProblemStatus } from './matrixApi';

/** Asks why, for the moves that must be explained (parking, dropping, reopening, restoring). */
export function ReasonModal({
  problem,
  to,
  onClose,
  onConfirm,
  pending,
}: {
  problem: Editable;
  to: ProblemStatus | null;
  onClose: () => void;
  onConfirm: (reason: string) => void;
  pending: boolean;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError(t('form.required'));
      return;
    }
    onConfirm(reason.trim());
  };
  const target = to ? t(`matrix.status.${to}`) : '';
  return (
    <AppModal
      opened={to !== null}
      onClose={() => {
        setReason('');
        setError(null);
        onClose();
      }}
      title={
        to && isReopening(problem.status, to)
          ? t('matrix.transition.reopenTitle', { code: problem.code })
          : t('matrix.transition.title', { code: problem.code, to: target })
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{problem.title}</Text>
          <Textarea
            label={t('matrix.transition.reason')}
            description={t('matrix.transition.reasonHelp')}
            required
            autosize
            minRows={3}
            value={reason}
            error={error}
            data-autofocus
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setError(null);
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('matrix.transition.confirm', { to: target })}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

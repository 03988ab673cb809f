import { Alert, Button, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { AppModal, errorMessage, notifyError } from '../../components/common';
import { isReopening, transitionNeedsReason } from './labels';
import {
  type Matrix,
  type MatrixProblem,
  matrixApi,
  matrixQueryKey,
  type ProblemDetail,
  type ProblemStatus,
  problemQueryKey,
  type UpdateProblem,
} from './matrixApi';

type Editable = Pick<MatrixProblem, 'id' | 'mesaId' | 'code' | 'title' | 'version' | 'status'>;

export interface Conflict {
  code: string;
  message: string;
}

/** Inline edits of problems (fields and status), with stale writes and illegal moves kept for display. */
export function useProblemEdits() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState<Conflict | null>(null);

  const refreshWith = async (saved: ProblemDetail) => {
    queryClient.setQueryData(problemQueryKey(saved.id), saved);
    // The row takes the saved version at once, so a second edit does not wait for the reload.
    const { mesa: _mesa, solutions: _s, feedback: _f, history: _h, can: _can, ...row } = saved;
    queryClient.setQueryData<Matrix>(matrixQueryKey(saved.mesaId), (old) =>
      old ? { ...old, problems: old.problems.map((p) => (p.id === row.id ? row : p)) } : old,
    );
    await queryClient.invalidateQueries({ queryKey: matrixQueryKey(saved.mesaId) });
    await queryClient.invalidateQueries({ queryKey: problemQueryKey(saved.id) });
  };
  const onError = (error: unknown) => {
    if (error instanceof ApiError && error.status === 409) {
      setConflict({ code: error.code, message: errorMessage(error, t) });
    } else {
      notifyError(t('common.saveFailed'), errorMessage(error, t));
    }
  };

  const update = useMutation({
    mutationFn: ({ problem, changes }: { problem: Editable; changes: Omit<UpdateProblem, 'version'> }) =>
      matrixApi.problems.update(problem.id, { ...changes, version: problem.version }),
    onSuccess: refreshWith,
    onError,
  });
  const transition = useMutation({
    mutationFn: ({ problem, to, reason }: { problem: Editable; to: ProblemStatus; reason?: string }) =>
      matrixApi.problems.transition(problem.id, { to, reason, version: problem.version }),
    onSuccess: refreshWith,
    onError,
  });
  return { update, transition, conflict, clearConflict: () => setConflict(null) };
}

/** A refused write: someone else changed the problem, or the move is no longer allowed. */
export function ConflictAlert({
  conflict,
  onReload,
  onDismiss,
}: {
  conflict: Conflict | null;
  onReload: () => void;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  if (!conflict) return null;
  return (
    <Alert color="orange" variant="light" role="alert" title={t('matrix.conflict.title')}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{conflict.message}</Text>
        <Text size="sm">{t('matrix.conflict.help')}</Text>
        <Group gap="xs">
          <Button size="xs" onClick={onReload}>
            {t('matrix.conflict.reload')}
          </Button>
          <Button size="xs" variant="default" onClick={onDismiss}>
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

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

/** The status of a problem as a select of the moves allowed from it; asks why when a move needs it. */
export function StatusSelect({
  problem,
  allowed,
  edits,
  size = 'xs',
  label,
}: {
  problem: Editable;
  allowed: ProblemStatus[];
  edits: ReturnType<typeof useProblemEdits>;
  size?: 'xs' | 'sm';
  label?: string;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<ProblemStatus | null>(null);
  const move = (to: ProblemStatus, reason?: string) =>
    edits.transition.mutate({ problem, to, reason }, { onSettled: () => setAsking(null) });
  return (
    <>
      <NativeSelect
        size={size}
        miw={size === 'xs' ? 136 : undefined}
        aria-label={label ? undefined : t('matrix.inline.status', { code: problem.code })}
        label={label}
        value={problem.status}
        disabled={edits.transition.isPending}
        data={[
          { value: problem.status, label: t(`matrix.status.${problem.status}`) },
          ...allowed.map((s) => ({
            value: s,
            label: isReopening(problem.status, s)
              ? t('matrix.transition.reopenOption')
              : `→ ${t(`matrix.status.${s}`)}`,
          })),
        ]}
        onChange={(e) => {
          const to = e.currentTarget.value as ProblemStatus;
          if (to === problem.status) return;
          if (transitionNeedsReason(problem.status, to)) setAsking(to);
          else move(to);
        }}
      />
      <ReasonModal
        problem={problem}
        to={asking}
        pending={edits.transition.isPending}
        onClose={() => setAsking(null)}
        onConfirm={(reason) => asking && move(asking, reason)}
      />
    </>
  );
}

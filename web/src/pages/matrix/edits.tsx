import { NativeSelect } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { errorMessage, notifyError } from '../../components/common';
import { useWantedOnce } from '../../components/firstUse';
import { useLessonOffer } from '../lessons/lessonOffer';
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

const ReasonModal = lazy(() => import('./ReasonModal').then((module) => ({ default: module.ReasonModal })));

export type Editable = Pick<MatrixProblem, 'id' | 'mesaId' | 'code' | 'title' | 'version' | 'status'>;
type Changes = Omit<UpdateProblem, 'version'>;

/** A change refused because someone else saved the problem meanwhile, kept to compare and to send again. */
export type RefusedChange =
  | { kind: 'update'; problem: Editable; changes: Changes }
  | { kind: 'transition'; problem: Editable; to: ProblemStatus; reason?: string | undefined };

export interface Conflict {
  code: string;
  message: string;
  /** The change that was refused, when the problem was saved by someone else meanwhile. */
  change?: RefusedChange;
  /** The problem as saved now, once loaded. */
  current?: ProblemDetail;
  /** loading: the current problem is being read; applying: the change is being sent again. */
  state?: 'loading' | 'ready' | 'failed' | 'applying';
}

/**
 * Inline edits of problems (fields and status), with stale writes and illegal moves kept for display.
 * When someone else saved the problem meanwhile, the problem as it is now is read so that the alert
 * shows both values; `applyMine` sends the refused change again on top of the current version.
 * `lessonOffer`: a move to verified or dropped offers to write the lesson (where the page does not).
 */
export function useProblemEdits({ lessonOffer = false }: { lessonOffer?: boolean } = {}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const offerLesson = useLessonOffer();

  const refreshWith = async (saved: ProblemDetail) => {
    queryClient.setQueryData(problemQueryKey(saved.id), saved);
    // The row takes the saved version at once, so a second edit does not wait for the reload.
    const { mesa: _mesa, solutions: _s, feedback: _f, history: _h, can: _can, ...row } = saved;
    queryClient.setQueryData<Matrix>(matrixQueryKey(saved.mesaId), (old) =>
      // Fields only the Matrix has (not the problem's page) stay as they were until the reload.
      old ? { ...old, problems: old.problems.map((p) => (p.id === row.id ? { ...p, ...row } : p)) } : old,
    );
    await queryClient.invalidateQueries({ queryKey: matrixQueryKey(saved.mesaId) });
    await queryClient.invalidateQueries({ queryKey: problemQueryKey(saved.id) });
  };
  // Only the conflict of this change is updated: a later one, or a dismissal, wins.
  const updateConflict = (change: RefusedChange, patch: Partial<Conflict>) =>
    setConflict((c) => (c && c.change === change ? { ...c, ...patch } : c));

  const onError = (error: unknown, change: RefusedChange) => {
    if (!(error instanceof ApiError && error.status === 409)) {
      notifyError(t('common.saveFailed'), errorMessage(error, t));
      return;
    }
    const base = { code: error.code, message: errorMessage(error, t) };
    if (error.code !== 'STALE_WRITE') {
      setConflict(base);
      return;
    }
    setConflict({ ...base, change, state: 'loading' });
    matrixApi.problems.get(change.problem.id).then(
      (current) => {
        updateConflict(change, { current, state: 'ready' });
        // The page shows the saved values beside the alert.
        void refreshWith(current);
      },
      () => updateConflict(change, { state: 'failed' }),
    );
  };

  const update = useMutation({
    mutationFn: ({ problem, changes }: { problem: Editable; changes: Changes }) =>
      matrixApi.problems.update(problem.id, { ...changes, version: problem.version }),
    onSuccess: refreshWith,
    onError: (error, { problem, changes }) => onError(error, { kind: 'update', problem, changes }),
  });
  const transition = useMutation({
    mutationFn: ({ problem, to, reason }: { problem: Editable; to: ProblemStatus; reason?: string }) =>
      matrixApi.problems.transition(problem.id, { to, reason, version: problem.version }),
    onSuccess: async (saved) => {
      if (lessonOffer) offerLesson(saved);
      await refreshWith(saved);
    },
    onError: (error, { problem, to, reason }) => onError(error, { kind: 'transition', problem, to, reason }),
  });

  /** Sends the refused change again, on top of the version saved meanwhile. */
  const applyMine = () => {
    const change = conflict?.change;
    const current = conflict?.current;
    if (!change || !current || conflict.state !== 'ready') return;
    updateConflict(change, { state: 'applying' });
    const problem: Editable = { ...change.problem, version: current.version, status: current.status };
    const callbacks = {
      onSuccess: () => setConflict((c) => (c?.change === change ? null : c)),
      // A refusal for another reason was already told; the comparison stays to try again.
      onError: () => updateConflict(change, { state: 'ready' }),
    };
    if (change.kind === 'update') update.mutate({ problem, changes: change.changes }, callbacks);
    else transition.mutate({ problem, to: change.to, reason: change.reason }, callbacks);
  };

  return { update, transition, conflict, clearConflict: () => setConflict(null), applyMine };
}

type ProblemEdits = ReturnType<typeof useProblemEdits>;

/** What an inline editor needs of the edits: the mutations to call and whether one is under way. */
export interface InlineEdits {
  update: Pick<ProblemEdits['update'], 'mutate' | 'isPending'>;
  transition: Pick<ProblemEdits['transition'], 'mutate' | 'isPending'>;
}

/**
 * The edits as the rows of a grid take them: one object until a mutation starts or ends (`mutate`
 * keeps its identity), so that the rows that did not change are not rendered again.
 */
export function useInlineEdits({ update, transition }: ProblemEdits): InlineEdits {
  const { mutate: updateProblem, isPending: updating } = update;
  const { mutate: moveProblem, isPending: moving } = transition;
  return useMemo(
    () => ({
      update: { mutate: updateProblem, isPending: updating },
      transition: { mutate: moveProblem, isPending: moving },
    }),
    [updateProblem, updating, moveProblem, moving],
  );
}

/** The status of a problem as a select of the moves allowed from it; asks why when a move needs it. */
export function StatusSelect({
  problem,
  allowed,
  edits,
  size = 'xs',
  label,
  compact = false,
}: {
  problem: Editable;
  allowed: ProblemStatus[];
  edits: InlineEdits;
  size?: 'xs' | 'sm';
  label?: string;
  /** In a grid cell: as wide as the cell. */
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<ProblemStatus | null>(null);
  // The dialog (and its code) comes the first time a move asks why: a grid row comes into sight without.
  const asked = useWantedOnce(asking !== null);
  const move = (to: ProblemStatus, reason?: string) =>
    edits.transition.mutate({ problem, to, reason }, { onSettled: () => setAsking(null) });
  return (
    <>
      <NativeSelect
        size={size}
        miw={size === 'xs' && !compact ? 136 : undefined}
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
      {asked && (
        <Suspense fallback={null}>
          <ReasonModal
            problem={problem}
            to={asking}
            pending={edits.transition.isPending}
            onClose={() => setAsking(null)}
            onConfirm={(reason) => asking && move(asking, reason)}
          />
        </Suspense>
      )}
    </>
  );
}

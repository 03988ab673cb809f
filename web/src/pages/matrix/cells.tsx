import { Popover, Text, UnstyledButton } from '@mantine/core';
import type { TFunction } from 'i18next';
import { Fragment, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type { MatrixColumn } from '../../../../src/domain/matrix-view';
import { useWantedOnce } from '../../components/firstUse';
import { formatDate } from '../../format';
import { type InlineEdits, StatusSelect } from './edits';
import {
  FlagTags,
  indicatorSummary,
  orgFullName,
  orgName,
  ProblemLink,
  ProblemStatusBadge,
  scores,
} from './labels';
import type { MatrixProblem } from './matrixApi';

/** What every cell of a row knows: the row, whether the reader may edit, and the edit in progress. */
export interface CellProps {
  problem: MatrixProblem;
  /** The grid's translation function and language, so that each cell need not ask i18n for them. */
  t: TFunction;
  language: string;
  editable: boolean;
  edits: InlineEdits;
  /** The cell is being edited from the keyboard: its editor takes the focus. */
  editing: boolean;
  /** The edit ended (saved, cancelled or the editor lost the focus): the cell takes the focus back. */
  stopEditing: () => void;
  categoryName: string;
  /** Set on the star that just put one problem too many in focus. */
  focusWarning: { count: number; limit: number } | null;
  onFocusToggled: (problem: MatrixProblem) => void;
  onDismissWarning: () => void;
}

/** Enter or Escape in an editor hands the focus back to its cell. */
const leaveOn = (stop: () => void) => (event: KeyboardEvent) => {
  if (event.key === 'Escape' || event.key === 'Enter') {
    event.preventDefault();
    event.stopPropagation();
    stop();
  }
};

/** Focuses an editor when its cell starts editing and opens a select's list where the browser can. */
function useEditorFocus<T extends HTMLElement>(editing: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const el = ref.current;
    if (!editing || !el) return;
    el.focus();
    if (el instanceof HTMLSelectElement) {
      try {
        el.showPicker();
      } catch {
        // Without a picker the arrows and typed digits still choose.
      }
    }
  }, [editing]);
  return ref;
}

function ScoreCell({
  problem,
  t,
  editable,
  edits,
  editing,
  stopEditing,
  field,
}: CellProps & { field: 'impact' | 'ease' }) {
  const ref = useEditorFocus<HTMLSelectElement>(editing);
  if (!editable) return <>{problem[field]}</>;
  return (
    <select
      ref={ref}
      tabIndex={-1}
      className="grid-select"
      aria-label={t(`matrix.inline.${field}`, { code: problem.code })}
      value={String(problem[field])}
      disabled={edits.update.isPending}
      onKeyDown={leaveOn(stopEditing)}
      onBlur={() => editing && stopEditing()}
      onChange={(e) => {
        edits.update.mutate({ problem, changes: { [field]: Number(e.currentTarget.value) } });
        if (editing) stopEditing();
      }}
    >
      {scores.map((s) => (
        <option key={s} value={s}>
          {s}
        </option>
      ))}
    </select>
  );
}

function OwnerCell({ problem, t, editable, edits, editing, stopEditing }: CellProps) {
  const ref = useEditorFocus<HTMLSelectElement>(editing);
  if (!editable) return <abbr title={t(`matrix.owner.${problem.ownerType}`)}>{problem.ownerType}</abbr>;
  return (
    <select
      ref={ref}
      tabIndex={-1}
      className="grid-select"
      aria-label={t('grid.inline.owner', { code: problem.code })}
      title={t(`matrix.owner.${problem.ownerType}`)}
      value={problem.ownerType}
      disabled={edits.update.isPending}
      onKeyDown={leaveOn(stopEditing)}
      onBlur={() => editing && stopEditing()}
      onChange={(e) => {
        edits.update.mutate({ problem, changes: { ownerType: e.currentTarget.value as 'MP' | 'YP' } });
        if (editing) stopEditing();
      }}
    >
      <option value="MP">MP</option>
      <option value="YP">YP</option>
    </select>
  );
}

function TitleCell({ problem, t, editable, edits, editing, stopEditing }: CellProps) {
  const ref = useEditorFocus<HTMLInputElement>(editing);
  // What the reader typed stays, whatever a refresh brings meanwhile; untouched, the field shows the title.
  const [draft, setDraft] = useState<string | null>(null);
  const save = () => {
    const title = (draft ?? problem.title).trim();
    if (title && title !== problem.title) edits.update.mutate({ problem, changes: { title } });
    setDraft(null);
    stopEditing();
  };
  if (editing && editable) {
    return (
      <input
        ref={ref}
        className="grid-input"
        aria-label={t('grid.inline.title', { code: problem.code })}
        value={draft ?? problem.title}
        maxLength={300}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            e.stopPropagation();
            save();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            setDraft(null);
            stopEditing();
          }
        }}
      />
    );
  }
  return (
    <>
      <ProblemLink problemId={problem.id}>{problem.title}</ProblemLink>
      {problem.circling && (
        <span
          className="grid-mark"
          data-circling
          title={t('matrix.circling', { count: problem.circling.sessions })}
        >
          {t('matrix.circling', { count: problem.circling.sessions })}
        </span>
      )}
      {problem.fieldAlert && (
        <span className="grid-mark grid-mark-alert" data-field-alert={problem.fieldAlert.verdict}>
          <span aria-hidden="true">⚠ </span>
          {t('feedbackWeb.matrixMark', {
            verdict: t(`feedbackWeb.verdicts.${problem.fieldAlert.verdict}`),
          })}
        </span>
      )}
    </>
  );
}

function StatusCell({ problem, editable, edits, editing, stopEditing }: CellProps) {
  const wrapper = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const select = wrapper.current?.querySelector('select');
    if (!editing || !select) return;
    select.focus();
    try {
      select.showPicker();
    } catch {
      // The arrows still choose.
    }
  }, [editing]);
  if (!editable || problem.allowedTransitions.length === 0)
    return <ProblemStatusBadge status={problem.status} />;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the keys and the blur come from the select inside
    <span
      ref={wrapper}
      onKeyDown={leaveOn(stopEditing)}
      onBlur={() => editing && stopEditing()}
      className="grid-status"
    >
      <StatusSelect problem={problem} allowed={problem.allowedTransitions} edits={edits} compact />
    </span>
  );
}

/** The star; when it puts one problem too many in focus, the warning opens next to it. */
function FocusCell({
  problem,
  t,
  editable,
  edits,
  focusWarning,
  onFocusToggled,
  onDismissWarning,
}: CellProps) {
  // The warning's popover is made the first time it opens: a row comes into sight without one.
  const warned = useWantedOnce(Boolean(focusWarning));
  const label = t('matrix.inline.focus', { code: problem.code });
  if (!editable) {
    return problem.inFocus ? (
      <span role="img" aria-label={t('matrix.inFocus')} className="matrix-star" data-on="true">
        ★
      </span>
    ) : null;
  }
  const star = (
    <UnstyledButton
      tabIndex={-1}
      className="matrix-star"
      data-on={problem.inFocus}
      aria-label={label}
      aria-pressed={problem.inFocus}
      title={label}
      disabled={edits.update.isPending}
      onClick={() => {
        edits.update.mutate({ problem, changes: { inFocus: !problem.inFocus } });
        onFocusToggled(problem);
      }}
    >
      {problem.inFocus ? '★' : '☆'}
    </UnstyledButton>
  );
  if (!warned) return star;
  return (
    <Popover
      opened={focusWarning !== null}
      onDismiss={onDismissWarning}
      position="right"
      withArrow
      shadow="md"
      width={300}
    >
      <Popover.Target>{star}</Popover.Target>
      <Popover.Dropdown role="status" data-testid="focus-warning">
        {focusWarning && (
          <>
            <Text size="sm" fw={700}>
              {t('matrix.focusWarning.title')}
            </Text>
            <Text size="sm">
              {t('matrix.focusWarning.text', { count: focusWarning.count, limit: focusWarning.limit })}
            </Text>
          </>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}

function NextCommitmentCell({ problem, t, language }: CellProps) {
  const next = problem.nextCommitment;
  if (!next) {
    return problem.openCommitmentCount > 0 ? (
      <span className="grid-muted">
        {t('matrix.openCommitments', { count: problem.openCommitmentCount })}
      </span>
    ) : null;
  }
  const more = problem.openCommitmentCount - 1;
  const owner = next.organization ? orgName(next.organization) : next.person?.fullName;
  return (
    <span title={[owner, next.text].filter(Boolean).join(': ')}>
      <span
        className={next.overdue ? 'grid-due grid-due-late' : 'grid-due'}
        data-overdue={next.overdue || undefined}
      >
        {next.overdue && <span className="visually-hidden">{t('grid.overdue')} </span>}
        {formatDate(next.dueDate, language)}
      </span>{' '}
      {owner && <strong>{owner}: </strong>}
      {next.text}
      {more > 0 && <span className="grid-muted"> {t('grid.moreCommitments', { count: more })}</span>}
    </span>
  );
}

function EntitiesCell({ problem }: CellProps) {
  return (
    <>
      {problem.entities.map((e, i) => (
        <Fragment key={e.id}>
          {i > 0 && ', '}
          <abbr title={orgFullName(e)}>{orgName(e)}</abbr>
        </Fragment>
      ))}
    </>
  );
}

function SolutionCell({ problem, t }: CellProps) {
  const solution = problem.latestSolution;
  if (!solution) return <span className="grid-muted">{t('matrix.noSolution')}</span>;
  return (
    <span title={solution.text}>
      {solution.text}
      {solution.version > 1 && (
        <span className="grid-muted"> ({t('matrix.versionShort', { number: solution.version })})</span>
      )}
    </span>
  );
}

function IndicatorsCell({ problem, t, language }: CellProps) {
  const lines = problem.indicators.map((ind) => indicatorSummary(ind, language, t));
  return <span title={lines.join('\n')}>{lines.join(' · ')}</span>;
}

/** How each column shows (and, where the reader may, edits) its value. */
export const cells: Record<MatrixColumn, (props: CellProps) => React.ReactNode> = {
  number: ({ problem }) => problem.code,
  title: TitleCell,
  status: StatusCell,
  focus: FocusCell,
  category: ({ categoryName }) => categoryName,
  owner: OwnerCell,
  entities: EntitiesCell,
  impact: (props) => <ScoreCell {...props} field="impact" />,
  ease: (props) => <ScoreCell {...props} field="ease" />,
  priority: ({ problem }) => problem.priority,
  next: NextCommitmentCell,
  solution: SolutionCell,
  indicators: IndicatorsCell,
  flags: ({ problem }) => <FlagTags problem={problem} />,
};

/** Columns whose cell starts an editor on Enter. */
export const editableColumns: readonly MatrixColumn[] = ['title', 'status', 'owner', 'impact', 'ease'];

import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import { ProblemLink, ProblemStatusBadge } from './labels';
import type { MatrixProblem } from './matrixApi';

/**
 * The Matrix on a phone: a card a problem with what a member checks on the way to a meeting (its
 * number, title, status, focus and next commitment), no sideways scrolling.
 */
export function MatrixCards({ rows, caption }: { rows: MatrixProblem[]; caption: string }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="matrix-cards" aria-label={caption} data-testid="matrix-cards">
      {rows.map((p) => (
        <li key={p.id} data-problem-id={p.id} data-status={p.status} className="matrix-card">
          <div className="matrix-card-head">
            <span className="matrix-card-code">{p.code}</span>
            <ProblemStatusBadge status={p.status} />
            {p.inFocus && (
              <span role="img" aria-label={t('matrix.inFocus')} className="matrix-star" data-on="true">
                ★
              </span>
            )}
          </div>
          <ProblemLink problemId={p.id}>{p.title}</ProblemLink>
          {p.nextCommitment ? (
            <Text size="xs" c={p.nextCommitment.overdue ? 'red.9' : 'gray.8'} mt={2}>
              {t(p.nextCommitment.overdue ? 'grid.card.nextLate' : 'grid.card.next', {
                date: formatDate(p.nextCommitment.dueDate, i18n.language),
                title: p.nextCommitment.text,
              })}
            </Text>
          ) : (
            <Text size="xs" c="gray.7" mt={2}>
              {t('grid.card.noCommitment')}
            </Text>
          )}
        </li>
      ))}
    </ul>
  );
}

import { useTranslation } from 'react-i18next';
import type { ProblemDetail } from '../matrix/matrixApi';
import { AuditTrail } from '../mesa/AuditTrail';

/** A problem's history of changes from the audit log (the coordinating office reads it). */
export function ProblemChanges({ problem }: { problem: ProblemDetail }) {
  const { t } = useTranslation();
  return (
    <AuditTrail
      mesaId={problem.mesaId}
      record={{ entityType: 'problem', entityId: problem.id }}
      headingId="changes-title"
      title={t('auditTrail.recordTitle')}
      help={t('auditTrail.recordHelp')}
    />
  );
}

import { useTranslation } from 'react-i18next';
import { orgFullName, useCategoryName } from '../matrix/labels';
import type { ProblemDetail } from '../matrix/matrixApi';
import type { Key } from './problemEditValues';

/** What a field holds in a saved problem, as text for people. */
export function useProblemDisplay() {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  return (key: Key, p: ProblemDetail): string => {
    switch (key) {
      case 'title':
        return p.title;
      case 'description':
        return p.description.length > 200 ? `${p.description.slice(0, 200)}…` : p.description || '—';
      case 'categoryKey':
        return categoryName(p.category) || t('matrix.noCategory');
      case 'ownerType':
        return `${p.ownerType} — ${t(`matrix.owner.${p.ownerType}`)}`;
      case 'raisedByPersonId':
        return p.raisedByPerson?.fullName ?? '—';
      case 'raisedByOrganizationId':
        return p.raisedByOrganization ? orgFullName(p.raisedByOrganization) : '—';
      case 'entityIds':
        return p.entities.map(orgFullName).join(', ') || '—';
      case 'impact':
        return String(p.impact);
      case 'ease':
        return String(p.ease);
      case 'inFocus':
        return p.inFocus ? t('problemEdit.yes') : t('problemEdit.no');
      case 'tags':
        return p.tags.join(', ') || '—';
      case 'visibility':
        return t(`visibility.${p.visibility}`);
    }
  };
}

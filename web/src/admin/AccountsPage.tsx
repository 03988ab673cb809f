import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName } from '../../../src/domain/languages';
import { foldText } from '../../../src/domain/search-text';
import { type Account, api } from '../api';
import { Tag } from '../components/common';
import type { Column } from '../components/DataTable';
import { ListPage, useSearch } from '../components/ListPage';
import { useFormatters } from '../format';
import { useSession } from '../session';
import { CreateAccountModal, EditAccountModal } from './AccountDialogs';

const normalize = foldText;

export function AccountsPage() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { isAdmin } = useSession();
  const search = useSearch();
  const list = useQuery({ queryKey: ['accounts'], queryFn: api.accounts.list, enabled: isAdmin });
  const shown = useMemo(() => {
    const q = normalize(search.value.trim());
    const accounts = list.data?.accounts ?? [];
    return q ? accounts.filter((a) => normalize(`${a.fullName} ${a.email}`).includes(q)) : accounts;
  }, [list.data, search.value]);
  const columns: Column<Account>[] = [
    { label: t('accounts.fullName'), td: { fw: 600 }, cell: (a) => a.fullName },
    { label: t('accounts.email'), cell: (a) => a.email },
    { label: t('accounts.globalRole'), cell: (a) => (a.globalRole ? t(`roles.${a.globalRole}`) : '—') },
    { label: t('accounts.language'), cell: (a) => languageName(a.locale) },
    {
      label: t('accounts.status'),
      cell: (a) =>
        a.disabledAt ? (
          <Tag tone="red">{t('accounts.disabled')}</Tag>
        ) : (
          <Tag tone="green">{t('accounts.active')}</Tag>
        ),
    },
    {
      label: t('accounts.lastLogin'),
      cell: (a) => (a.lastLoginAt ? fmt.dateTime(a.lastLoginAt) : t('accounts.never')),
    },
  ];

  return (
    <ListPage
      section="accounts"
      allowed={isAdmin}
      search={search}
      query={list}
      rows={shown}
      columns={columns}
      minWidth={760}
      dialogs={{ create: CreateAccountModal, edit: EditAccountModal }}
      rowName={(a) => a.email}
    />
  );
}

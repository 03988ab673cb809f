import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { archiveApi } from './archiveApi';

/** Downloads a Mesa's continuity archive, with or without contact details (the coordinating office). */
export function ArchiveDownload({ mesaId }: { mesaId: string }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default" title={t('archiveWeb.downloadHelp')} data-testid="archive-download">
          {t('archiveWeb.download')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('archiveWeb.downloadMenu')}</Menu.Label>
        <Menu.Item component="a" href={archiveApi.exportUrl(mesaId, false)} download>
          {t('archiveWeb.withoutContacts')}
        </Menu.Item>
        <Menu.Item component="a" href={archiveApi.exportUrl(mesaId, true)} download>
          {t('archiveWeb.withContacts')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

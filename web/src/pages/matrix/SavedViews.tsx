import { Button, Menu, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isDefaultView, sameView } from '../../../../src/domain/saved-views';
import { errorMessage } from '../../components/common';
import { useWantedOnce } from '../../components/firstUse';
import { type SavedView, viewsApi, viewsQueryKey } from './viewsApi';

// The dialogs (and their code) come the first time they are opened.
const ViewNameModal = lazy(() =>
  import('./SavedViewDialogs').then((module) => ({ default: module.ViewNameModal })),
);
const ManageViewsModal = lazy(() =>
  import('./SavedViewDialogs').then((module) => ({ default: module.ManageViewsModal })),
);

export interface SavedViewsProps {
  mesaId: string;
  /** The view on screen, as the Matrix page's query string. */
  current: Record<string, string>;
  /** Shows a saved view: the page puts its query string in the address. */
  onApply: (query: Record<string, string>) => void;
  /** Whether the caller may save, rename and delete the Mesa's views. */
  canEdit: boolean;
}

/**
 * The named views a Mesa's team saved ("for Thursday's session", "late with SUNAT"), in one toolbar
 * button: choosing one shows it; the one on screen is marked. Editors save the view on screen under a
 * name, and rename, update or delete the saved ones.
 */
export function SavedViews({ mesaId, current, onApply, canEdit }: SavedViewsProps) {
  const { t } = useTranslation();
  const views = useQuery({ queryKey: viewsQueryKey(mesaId), queryFn: () => viewsApi.list(mesaId) });
  const [naming, setNaming] = useState<{ view: SavedView | null } | null>(null);
  const [managing, setManaging] = useState(false);
  const list = views.data?.views ?? [];
  const active = list.find((v) => sameView(v.query, current)) ?? null;
  const unsaveable = isDefaultView(current);
  const named = useWantedOnce(naming !== null);
  const managed = useWantedOnce(managing);

  return (
    <>
      <Menu position="bottom-end" shadow="md" withinPortal>
        <Menu.Target>
          <Button
            size="compact-sm"
            variant="default"
            maw={240}
            title={active ? t('savedViews.buttonActive', { name: active.name }) : undefined}
            data-testid="saved-views"
          >
            <Text span size="sm" truncate="end" inherit>
              {active ? t('savedViews.buttonActive', { name: active.name }) : t('savedViews.button')}
            </Text>
            <span aria-hidden>&nbsp;▾</span>
          </Button>
        </Menu.Target>
        <Menu.Dropdown maw={320}>
          <Menu.Label>{t('savedViews.menuLabel')}</Menu.Label>
          {views.isPending ? (
            <Menu.Item disabled>{t('common.loading')}</Menu.Item>
          ) : views.isError ? (
            <Menu.Item disabled title={errorMessage(views.error, t)}>
              {t('savedViews.loadFailed')}
            </Menu.Item>
          ) : list.length === 0 ? (
            <Menu.Item disabled>{t('savedViews.none')}</Menu.Item>
          ) : (
            list.map((view) => {
              const isActive = view.id === active?.id;
              return (
                <Menu.Item
                  key={view.id}
                  onClick={() => onApply(view.query)}
                  aria-current={isActive ? 'true' : undefined}
                  leftSection={<span aria-hidden>{isActive ? '✓' : '\u2003'}</span>}
                  fw={isActive ? 600 : undefined}
                >
                  {view.name}
                  {isActive && <span className="visually-hidden"> {t('savedViews.current')}</span>}
                </Menu.Item>
              );
            })
          )}
          {canEdit && (
            <>
              <Menu.Divider />
              <Menu.Item
                disabled={unsaveable}
                title={unsaveable ? t('savedViews.saveDisabled') : undefined}
                onClick={() => setNaming({ view: null })}
              >
                {t('savedViews.save')}
              </Menu.Item>
              {list.length > 0 && (
                <Menu.Item onClick={() => setManaging(true)}>{t('savedViews.manage')}</Menu.Item>
              )}
            </>
          )}
        </Menu.Dropdown>
      </Menu>
      {canEdit && (
        <Suspense fallback={null}>
          {named && (
            <ViewNameModal
              mesaId={mesaId}
              query={current}
              view={naming?.view ?? null}
              opened={naming !== null}
              onClose={() => setNaming(null)}
            />
          )}
          {managed && (
            <ManageViewsModal
              mesaId={mesaId}
              current={current}
              views={list}
              opened={managing && naming === null}
              onClose={() => setManaging(false)}
              onRename={(view) => setNaming({ view })}
            />
          )}
        </Suspense>
      )}
    </>
  );
}

import { Button, Group, Menu, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isDefaultView, sameView, VIEW_NAME_MAX } from '../../../../src/domain/saved-views';
import { AppModal } from '../../components/AppModal';
import { errorMessage, notifyError, notifySuccess } from '../../components/common';
import { FormModal } from '../../components/FormModal';
import { useSaveForm } from '../../components/forms';
import { type SavedView, viewsApi, viewsQueryKey } from './viewsApi';

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
        <>
          <ViewNameModal
            mesaId={mesaId}
            query={current}
            view={naming?.view ?? null}
            opened={naming !== null}
            onClose={() => setNaming(null)}
          />
          <ManageViewsModal
            mesaId={mesaId}
            current={current}
            views={list}
            opened={managing && naming === null}
            onClose={() => setManaging(false)}
            onRename={(view) => setNaming({ view })}
          />
        </>
      )}
    </>
  );
}

/** Names the view on screen to save it (`view` null), or renames a saved view. */
function ViewNameModal({
  mesaId,
  query,
  view,
  opened,
  onClose,
}: {
  mesaId: string;
  query: Record<string, string>;
  view: SavedView | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useSaveForm({
    initial: () => ({ name: view?.name ?? '' }),
    dialog: { opened, onClose, record: view?.id ?? null },
    required: () => ['name'],
    save: ({ name }) =>
      view
        ? viewsApi.update(view.id, { name: name.trim(), version: view.version })
        : viewsApi.create(mesaId, { name: name.trim(), query }),
    refresh: () => queryClient.invalidateQueries({ queryKey: viewsQueryKey(mesaId) }),
    notice: (saved) =>
      view ? t('savedViews.renamed', { name: saved.name }) : t('savedViews.saved', { name: saved.name }),
  });
  return (
    <FormModal
      form={form}
      size="md"
      title={view ? t('savedViews.renameTitle', { name: view.name }) : t('savedViews.saveTitle')}
      submitLabel={view ? t('common.save') : t('savedViews.saveSubmit')}
      intro={view ? undefined : <Text size="sm">{t('savedViews.saveHelp')}</Text>}
    >
      <TextInput
        label={t('savedViews.name')}
        placeholder={t('savedViews.namePlaceholder')}
        required
        maxLength={VIEW_NAME_MAX}
        data-autofocus
        {...form.text('name')}
      />
    </FormModal>
  );
}

/** The saved views, each with rename, update to the view on screen, and delete (asked once more). */
function ManageViewsModal({
  mesaId,
  current,
  views,
  opened,
  onClose,
  onRename,
}: {
  mesaId: string;
  current: Record<string, string>;
  views: SavedView[];
  opened: boolean;
  onClose: () => void;
  onRename: (view: SavedView) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [deleting, setDeleting] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: viewsQueryKey(mesaId) });
  const replace = useMutation({
    mutationFn: (view: SavedView) => viewsApi.update(view.id, { query: current, version: view.version }),
    onSuccess: (saved) => notifySuccess(t('savedViews.replaced', { name: saved.name })),
    onError: (error) => notifyError(t('savedViews.updateFailed'), errorMessage(error, t)),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (view: SavedView) => viewsApi.remove(view.id),
    onSuccess: (_, view) => {
      setDeleting(null);
      notifySuccess(t('savedViews.deleted', { name: view.name }));
    },
    onError: (error) => notifyError(t('savedViews.deleteFailed'), errorMessage(error, t)),
    onSettled: refresh,
  });
  const unsaveable = isDefaultView(current);
  const busy = replace.isPending || remove.isPending;

  return (
    <AppModal
      opened={opened}
      onClose={() => {
        setDeleting(null);
        onClose();
      }}
      title={t('savedViews.manageTitle')}
      size="lg"
    >
      {views.length === 0 ? (
        <Text c="gray.7">{t('savedViews.none')}</Text>
      ) : (
        <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {views.map((view) => (
            <li key={view.id}>
              {deleting === view.id ? (
                <Group justify="space-between" wrap="nowrap" gap="xs" role="group" aria-label={view.name}>
                  <Text size="sm">{t('savedViews.deleteConfirm', { name: view.name })}</Text>
                  <Group gap={6} wrap="nowrap">
                    <Button size="compact-sm" variant="default" onClick={() => setDeleting(null)}>
                      {t('common.cancel')}
                    </Button>
                    <Button
                      size="compact-sm"
                      color="red"
                      loading={remove.isPending && remove.variables?.id === view.id}
                      onClick={() => remove.mutate(view)}
                    >
                      {t('savedViews.delete')}
                    </Button>
                  </Group>
                </Group>
              ) : (
                <Group justify="space-between" wrap="nowrap" gap="xs" role="group" aria-label={view.name}>
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Text size="sm" fw={sameView(view.query, current) ? 600 : undefined} truncate="end">
                      {view.name}
                      {sameView(view.query, current) && (
                        <Text span size="xs" c="gray.7">
                          {' '}
                          {t('savedViews.current')}
                        </Text>
                      )}
                    </Text>
                    {view.createdBy && (
                      <Text size="xs" c="gray.7">
                        {t('savedViews.savedBy', { name: view.createdBy.fullName })}
                      </Text>
                    )}
                  </Stack>
                  <Group gap={6} wrap="nowrap">
                    <Button
                      size="compact-sm"
                      variant="default"
                      aria-label={t('savedViews.renameOne', { name: view.name })}
                      disabled={busy}
                      onClick={() => onRename(view)}
                    >
                      {t('savedViews.rename')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="default"
                      aria-label={t('savedViews.replaceOne', { name: view.name })}
                      title={unsaveable ? t('savedViews.saveDisabled') : undefined}
                      disabled={busy || unsaveable || sameView(view.query, current)}
                      loading={replace.isPending && replace.variables?.id === view.id}
                      onClick={() => replace.mutate(view)}
                    >
                      {t('savedViews.replace')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="default"
                      color="red"
                      aria-label={t('savedViews.deleteOne', { name: view.name })}
                      disabled={busy}
                      onClick={() => setDeleting(view.id)}
                    >
                      {t('savedViews.delete')}
                    </Button>
                  </Group>
                </Group>
              )}
            </li>
          ))}
        </Stack>
      )}
    </AppModal>
  );
}

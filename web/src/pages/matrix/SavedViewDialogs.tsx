import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isDefaultView, sameView, VIEW_NAME_MAX } from '../../../../src/domain/saved-views';
import { AppModal } from '../../components/AppModal';
import { errorMessage, notifyError, notifySuccess } from '../../components/common';
import { FormModal } from '../../components/FormModal';
import { useSaveForm } from '../../components/forms';
import { type SavedView, viewsApi, viewsQueryKey } from './viewsApi';

/** Names the view on screen to save it (`view` null), or renames a saved view. */
export function ViewNameModal({
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
export function ManageViewsModal({
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

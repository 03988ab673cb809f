import { Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type MesaDetail } from '../../api';
import { AppModal } from '../../components/AppModal';

/**
 * Launching a Mesa from its feasibility assessment (issue 11, item 7): the launch may activate the
 * Mesa in the same step, and a launch with unanswered checklist questions is confirmed first.
 */

/** Whether a launch can also activate the Mesa: it is not active yet and may become so. */
export const canActivate = (mesa: Pick<MesaDetail, 'status' | 'allowedTransitions'>) =>
  mesa.status !== 'active' && mesa.allowedTransitions.includes('active');

/** "Also activate the Mesa now", checked by default, shown with a launch decision when it applies. */
export function ActivateCheckbox({
  mesa,
  checked,
  onChange,
}: {
  mesa: Pick<MesaDetail, 'status' | 'allowedTransitions'>;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { t } = useTranslation();
  if (!canActivate(mesa)) return null;
  return (
    <Checkbox
      label={t('launch.activate')}
      description={t('launch.activateHelp', { status: t(`mesaStatus.${mesa.status}`) })}
      checked={checked}
      onChange={(e) => onChange(e.currentTarget.checked)}
    />
  );
}

/**
 * Sends a decision; when the server answers that checklist questions are unanswered, asks the user
 * (with how many) and, once confirmed, sends it again with `confirmIncomplete`. Declined: the server's
 * message stays on the form.
 */
export function useConfirmedLaunch() {
  const { t } = useTranslation();
  const [unanswered, setUnanswered] = useState<number | null>(null);
  const answer = useRef<(ok: boolean) => void>(() => {});
  const ask = (count: number) =>
    new Promise<boolean>((resolve) => {
      answer.current = (ok) => {
        setUnanswered(null);
        resolve(ok);
      };
      setUnanswered(count);
    });
  async function send<R>(request: (confirmIncomplete: boolean) => Promise<R>): Promise<R> {
    try {
      return await request(false);
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'ASSESSMENT_INCOMPLETE') throw error;
      if (!(await ask(Number(error.details.unanswered ?? 0)))) throw error;
      return request(true);
    }
  }
  const dialog = (
    <AppModal
      opened={unanswered !== null}
      onClose={() => answer.current(false)}
      title={t('launch.confirmTitle')}
    >
      <Stack>
        <Text size="sm">{t('launch.confirmBody', { count: unanswered ?? 0 })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => answer.current(false)}>
            {t('launch.back')}
          </Button>
          <Button onClick={() => answer.current(true)}>{t('launch.confirm')}</Button>
        </Group>
      </Stack>
    </AppModal>
  );
  return { send, dialog };
}

/** After a launch that may have activated the Mesa: its page and the lists show its new status. */
export function useRefreshLaunchedMesa(mesaId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['mesa', mesaId] }),
      queryClient.invalidateQueries({ queryKey: ['mesas'] }),
    ]);
}

import { Alert, Badge, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type MesaStatus } from '../api';
import { i18n } from '../i18n';
import { showNotice } from './notices';

/** The message to show for a failed request, in the UI language. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.code === 'NETWORK') return t('common.networkError');
    return error.message || t('errors.INTERNAL');
  }
  return t('errors.INTERNAL');
}

/** The server's message for one field of a refused form, if any. */
export function fieldError(error: unknown, ...paths: string[]): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.fields.find((f) => paths.includes(f.path) || paths.some((p) => f.path.startsWith(`${p}.`)))
    ?.message;
}

export function notifySuccess(message: string) {
  showNotice({
    color: 'green',
    message,
    autoClose: 4000,
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
  });
}

export function notifyError(title: string, message: string) {
  showNotice({
    color: 'red',
    title,
    message,
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
  });
}

export function usePageTitle(title: string) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} · ${t('app.name')}` : t('app.name');
  }, [title, t]);
}

export function PageLoader({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" aria-hidden />
        <Text c="gray.7">{label ?? t('common.loading')}</Text>
      </Group>
    </Center>
  );
}

export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={t('common.loadFailed')} role="alert" variant="light">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{errorMessage(error, t)}</Text>
        {onRetry && (
          <Button size="xs" variant="default" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

/** A form-level error (the field-level ones are shown next to their inputs). */
export function FormError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" role="alert" variant="light" title={t('common.saveFailed')}>
      {errorMessage(error, t)}
    </Alert>
  );
}

/** Tones for small labels, each dark enough on its tint to keep a 4.5:1 contrast. */
const tones = {
  gray: { bg: '#f1f3f5', fg: '#343a40' },
  green: { bg: '#ebfbee', fg: '#1b5e20' },
  orange: { bg: '#fff4e6', fg: '#8a3a00' },
  yellow: { bg: '#fff9db', fg: '#6b4e00' },
  blue: { bg: '#e7f5ff', fg: '#0b4a86' },
  red: { bg: '#fff5f5', fg: '#a51d24' },
  dark: { bg: '#343a40', fg: '#ffffff' },
} as const;
export type Tone = keyof typeof tones;

export function Tag({ tone, children }: { tone: Tone; children: ReactNode }) {
  const { bg, fg } = tones[tone];
  return (
    <Badge
      variant="light"
      styles={{ root: { backgroundColor: bg, color: fg, flexShrink: 0 }, label: { overflow: 'visible' } }}
      data-tone={tone}
    >
      {children}
    </Badge>
  );
}

const statusTones: Record<MesaStatus, Tone> = {
  candidate: 'gray',
  assessing: 'yellow',
  active: 'green',
  paused: 'orange',
  closed: 'dark',
};

export function StatusBadge({ status }: { status: MesaStatus }) {
  const { t } = useTranslation();
  return <Tag tone={statusTones[status]}>{t(`mesaStatus.${status}`)}</Tag>;
}

/** Turns an empty text input into null for optional fields. */
export const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

import { Button, Group, type ModalProps, Stack } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from './AppModal';
import { FormError } from './common';
import type { FormDialog } from './forms';

/** What a form layout needs from `useSaveForm`. */
interface Submittable {
  submit(event: FormEvent): void;
  mutation: { error: unknown; isPending: boolean };
}

interface FormBodyProps {
  form: Submittable;
  submitLabel: string;
  /** Cancelling closes the dialog, or (`cancelTo`) follows a link. */
  onCancel?: () => void;
  cancelTo?: '/';
  /** The form's accessible name, when nothing else names it. */
  label?: string;
  /** Text before the form-level error. */
  intro?: ReactNode;
  children?: ReactNode;
}

/** Cancel, then the submit button that shows progress. */
function FormActions({ form, submitLabel, onCancel, cancelTo }: FormBodyProps) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      {cancelTo ? (
        <Button variant="default" component={Link} to={cancelTo}>
          {t('common.cancel')}
        </Button>
      ) : (
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      )}
      <Button type="submit" loading={form.mutation.isPending}>
        {submitLabel}
      </Button>
    </Group>
  );
}

/** A form: the form-level error first (field errors stand by their inputs), the fields, then the buttons. */
export function FormBody(props: FormBodyProps) {
  const { form, label, intro, children } = props;
  return (
    <form onSubmit={form.submit} noValidate aria-label={label}>
      <Stack>
        {intro}
        <FormError error={form.mutation.error} />
        {children}
        <FormActions {...props} />
      </Stack>
    </form>
  );
}

/** The dialog of a form made with `useSaveForm({ dialog })`; cancelling closes it. */
export function FormModal({
  title,
  size,
  ...body
}: Omit<FormBodyProps, 'form' | 'onCancel' | 'cancelTo'> &
  Pick<ModalProps, 'title' | 'size'> & { form: Submittable & { dialog?: FormDialog } }) {
  const { dialog } = body.form;
  if (!dialog) throw new Error('FormModal needs a form made with the dialog option');
  return (
    <AppModal opened={dialog.opened} onClose={dialog.onClose} size={size} title={title}>
      <FormBody {...body} onCancel={dialog.onClose} />
    </AppModal>
  );
}

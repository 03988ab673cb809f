import { Modal, type ModalProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A dialog whose close button is labelled in the UI language. A module of its own, so that pages
 * without a dialog (the sign-in page first) do not load the dialog's code.
 */
export function AppModal(props: ModalProps) {
  const { t } = useTranslation();
  return (
    <Modal {...props} closeButtonProps={{ 'aria-label': t('common.close'), ...props.closeButtonProps }} />
  );
}

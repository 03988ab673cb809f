import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal';
import type { ProblemDetail } from '../matrix/matrixApi';
import { ProblemEditConflict } from './ProblemEditConflict';
import {
  ProblemCategoryOwnerSection,
  ProblemEntitiesSection,
  ProblemMatrixSection,
  ProblemTagsSection,
  ProblemTextSection,
} from './ProblemEditSections';
import { useProblemEdit } from './useProblemEdit';

function EditForm({ problem, onClose }: { problem: ProblemDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { fields, save, submit, reload, conflict, conflictLoadFailed, overlap, merged, display } =
    useProblemEdit(problem, onClose);

  return (
    <form onSubmit={submit} noValidate aria-label={t('problemEdit.formLabel', { code: problem.code })}>
      <Stack gap="sm">
        <ProblemEditConflict
          conflict={conflict}
          conflictLoadFailed={conflictLoadFailed}
          overlap={overlap}
          merged={merged}
          saveError={save.error}
          label={fields.label}
          display={display}
          onReload={reload}
        />

        <ProblemTextSection fields={fields} />
        <ProblemCategoryOwnerSection fields={fields} problem={problem} />
        <ProblemEntitiesSection fields={fields} problem={problem} />
        <ProblemMatrixSection fields={fields} />
        <ProblemTagsSection fields={fields} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('problemEdit.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The button and dialog to edit every field of a problem, for the people allowed to. */
export function ProblemEditButton({ problem }: { problem: ProblemDetail }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button size="xs" variant="default" onClick={() => setOpened(true)}>
        {t('problemEdit.open')}
      </Button>
      <AppModal
        opened={opened}
        onClose={() => setOpened(false)}
        size="lg"
        title={t('problemEdit.title', { code: problem.code })}
      >
        <EditForm problem={problem} onClose={() => setOpened(false)} />
      </AppModal>
    </>
  );
}

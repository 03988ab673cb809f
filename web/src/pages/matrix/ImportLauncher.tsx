import { Button } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

// The import wizard (its steps, its dialog) is a chunk of its own, loaded when the button is pressed.
const ImportWizard = lazy(() =>
  import('./ImportWizard').then((module) => ({ default: module.ImportWizard })),
);

/** The Matrix's "Import" button; the wizard it opens loads on the first press. */
export function ImportLauncher({ mesaId }: { mesaId: string }) {
  const { t } = useTranslation();
  const [wanted, setWanted] = useState(false);
  const button = (loading: boolean) => (
    <Button size="xs" variant="default" loading={loading} onClick={() => setWanted(true)}>
      {t('matrixImport.open')}
    </Button>
  );
  if (!wanted) return button(false);
  return (
    <Suspense fallback={button(true)}>
      <ImportWizard mesaId={mesaId} />
    </Suspense>
  );
}

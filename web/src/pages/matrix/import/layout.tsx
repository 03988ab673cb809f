import { Group, Loader, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';

/** A heading that takes the focus when it appears, so each step is announced and the cursor follows. */
export function StepHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <Title order={3} size="h5" ref={ref} tabIndex={-1} className="import-step-heading">
      {children}
    </Title>
  );
}

/** A table that scrolls sideways when it is wider than the dialog; reachable by keyboard to scroll. */
export function Scroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section className="import-scroll" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}

export function Progress({ label }: { label: string }) {
  return (
    <Group gap="xs" role="status" aria-live="polite">
      <Loader size="xs" aria-hidden />
      <Text size="sm">{label}</Text>
    </Group>
  );
}

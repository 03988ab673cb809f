import { Button, Group } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../home/home.css';

/**
 * The Mesa page in sections: a sticky bar of links that jump to each section (the one in view is
 * marked), with the Matrix one click away wherever the reader is. A section that renders nothing for
 * the reader (no escalation waits, no access to the feasibility checklist…) has no link.
 */

/** The sections of a Mesa's page, in page order; each is the id of its wrapper and its label key. */
export const mesaSectionIds = [
  'details',
  'matrix',
  'sessions',
  'commitments',
  'escalations',
  'participants',
  'dashboards',
  'lifecycle',
  'feasibility',
  'audit',
] as const;
export type MesaSectionId = (typeof mesaSectionIds)[number];

/** One section of the page: the target of its link, stopping below the sticky bar when jumped to. */
export function MesaSection({ id, children }: { id: MesaSectionId; children: ReactNode }) {
  return (
    <div id={id} className="mesa-section" data-section={id} tabIndex={-1}>
      {children}
    </div>
  );
}

/** How long a page opened on a section keeps it in view while the sections above it load. */
const SETTLE_MS = 5000;

const prefersReducedMotion = () =>
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

/** The sections that show something, re-read whenever the page's content changes. */
function useRenderedSections(): MesaSectionId[] {
  const [ids, setIds] = useState<MesaSectionId[]>([]);
  useEffect(() => {
    const read = () => {
      const shown = mesaSectionIds.filter((id) => {
        const el = document.getElementById(id);
        return !!el && el.childElementCount > 0;
      });
      setIds((prev) => (prev.join() === shown.join() ? prev : shown));
    };
    read();
    const observer = new MutationObserver(read);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  return ids;
}

/**
 * The section in view: the last one whose top has passed just below the sticky bar. A section jumped
 * to stays marked while the page scrolls to it and until the reader scrolls by themselves (near the
 * bottom of the page a short last section could not reach the bar).
 */
function useActiveSection(ids: readonly MesaSectionId[], barRef: React.RefObject<HTMLElement | null>) {
  const [active, setActive] = useState<MesaSectionId | null>(null);
  const pinned = useRef<MesaSectionId | null>(null);
  useEffect(() => {
    let frame = 0;
    const read = () => {
      frame = 0;
      if (pinned.current) {
        setActive(pinned.current);
        return;
      }
      const line = (barRef.current?.getBoundingClientRect().bottom ?? 0) + 16;
      let current: MesaSectionId | null = ids[0] ?? null;
      for (const id of ids) {
        const el = document.getElementById(id);
        if (el && el.getBoundingClientRect().top <= line) current = id;
      }
      setActive(current);
    };
    const onScroll = () => {
      if (!frame) frame = window.requestAnimationFrame(read);
    };
    const unpin = () => {
      pinned.current = null;
    };
    read();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    for (const kind of ['wheel', 'touchmove', 'keydown'] as const) {
      window.addEventListener(kind, unpin, { passive: true });
    }
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      for (const kind of ['wheel', 'touchmove', 'keydown'] as const) window.removeEventListener(kind, unpin);
      if (frame) window.cancelAnimationFrame(frame);
    };
  }, [ids, barRef]);
  const pin = useCallback((id: MesaSectionId) => {
    pinned.current = id;
    setActive(id);
  }, []);
  return [active, pin, pinned] as const;
}

/** The sticky bar: a link per section shown, and the prominent link to the Matrix. */
export function MesaSectionNav({ mesaId, ready }: { mesaId: string; ready: boolean }) {
  const { t } = useTranslation();
  const barRef = useRef<HTMLElement | null>(null);
  const ids = useRenderedSections();
  const [active, setActive, pinned] = useActiveSection(ids, barRef);

  const jump = useCallback(
    (id: MesaSectionId, smooth: boolean) => {
      const el = document.getElementById(id);
      if (!el) return;
      el.scrollIntoView({ behavior: smooth && !prefersReducedMotion() ? 'smooth' : 'auto', block: 'start' });
      el.focus({ preventScroll: true });
      setActive(id);
    },
    [setActive],
  );

  // A link with a section's hash (from the home, or shared) opens the page on that section.
  const opened = useRef(false);
  useEffect(() => {
    if (!ready || opened.current) return;
    const hash = window.location.hash.slice(1) as MesaSectionId;
    if (!mesaSectionIds.includes(hash) || !ids.includes(hash)) return;
    opened.current = true;
    jump(hash, false);
    // The sections above may still be loading and push it down: it stays in view while the page
    // settles, until the reader scrolls by themselves.
    const keep = new ResizeObserver(() => {
      if (pinned.current === hash) document.getElementById(hash)?.scrollIntoView({ block: 'start' });
    });
    keep.observe(document.body);
    window.setTimeout(() => keep.disconnect(), SETTLE_MS);
  }, [ready, ids, jump, pinned]);

  return (
    <nav
      ref={barRef}
      aria-label={t('mesaSections.label')}
      className="mesa-sections"
      data-testid="mesa-sections"
    >
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <ul>
          {ids.map((id) => (
            <li key={id}>
              <a
                href={`#${id}`}
                aria-current={active === id ? 'location' : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  window.history.replaceState(window.history.state, '', `#${id}`);
                  jump(id, true);
                }}
              >
                {t(`mesaSections.${id}`)}
              </a>
            </li>
          ))}
        </ul>
        <Button
          size="sm"
          style={{ flexShrink: 0 }}
          renderRoot={(props) => <Link to="/mesas/$mesaId/matrix" params={{ mesaId }} {...props} />}
        >
          {t('matrix.open')}
        </Button>
      </Group>
    </nav>
  );
}

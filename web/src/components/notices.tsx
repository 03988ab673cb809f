import type { NotificationData } from '@mantine/notifications';
import { lazy, Suspense, useSyncExternalStore } from 'react';

/**
 * Notices (the corner toasts). Their code — the container, its transitions — is a chunk of its own,
 * loaded with the first notice, so that no page waits for it before it shows.
 */
const load = () => import('@mantine/notifications');
const Notifications = lazy(() => load().then((module) => ({ default: module.Notifications })));

let wanted = false;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

/** Shows a notice; the first one mounts the container, which then shows it (the store keeps it). */
export function showNotice(notice: NotificationData) {
  if (!wanted) {
    wanted = true;
    for (const listener of listeners) listener();
  }
  void load().then((module) => module.notifications.show(notice));
}

/** Where notices appear, once there is one. */
export function NoticeHost() {
  const shown = useSyncExternalStore(subscribe, () => wanted);
  return shown ? (
    <Suspense fallback={null}>
      <Notifications position="top-right" />
    </Suspense>
  ) : null;
}

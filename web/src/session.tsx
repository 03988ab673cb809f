import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo } from 'react';
import { DEFAULT_TIME_ZONE } from '../../src/domain/default-time-zone';
import { api, type Locale, type Me, setApiLanguage, setCsrfToken, type User } from './api';
import { i18n, isLocale, LOCALE_STORAGE_KEY, rememberLocale } from './i18n';

export interface Session {
  user: User | null;
  timeZone: string;
  isAdmin: boolean;
  /** Coordinating office or administrator: creates Mesas, manages organizations. */
  isCoordinating: boolean;
  /** May read and edit the people directory (coordinating office and dedicated teams). */
  canManagePeople: boolean;
  signedIn(me: Me): Promise<void>;
  signOut(): Promise<void>;
  setLocale(locale: Locale): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);
export const meQueryKey = ['me'] as const;

function applyLanguage(locale: Locale) {
  setApiLanguage(locale);
  document.documentElement.lang = locale;
}

/** Who is signed in: asked once, when the app starts (main.tsx), and kept. */
export const meQuery = {
  queryKey: meQueryKey,
  queryFn: api.auth.me,
  staleTime: Number.POSITIVE_INFINITY,
  retry: 1,
};

export function useMeQuery() {
  return useQuery(meQuery);
}

export function SessionProvider({ me, children }: { me: Me | null; children: ReactNode }) {
  const queryClient = useQueryClient();

  useEffect(() => {
    setCsrfToken(me?.csrfToken ?? null);
  }, [me]);

  useEffect(() => {
    applyLanguage(i18n.language as Locale);
    const onChange = (lng: string) => applyLanguage(lng as Locale);
    i18n.on('languageChanged', onChange);
    return () => i18n.off('languageChanged', onChange);
  }, []);

  const setLocale = useCallback(
    async (locale: Locale) => {
      rememberLocale(locale);
      await i18n.changeLanguage(locale);
      if (me && me.user.locale !== locale) {
        const updated = await api.auth.updateMe({ locale });
        queryClient.setQueryData(meQueryKey, updated);
      }
    },
    [me, queryClient],
  );

  const signedIn = useCallback(
    async (next: Me) => {
      setCsrfToken(next.csrfToken);
      queryClient.setQueryData(meQueryKey, next);
      let chosen: string | null = null;
      try {
        chosen = window.localStorage.getItem(LOCALE_STORAGE_KEY);
      } catch {
        chosen = null;
      }
      if (isLocale(chosen)) {
        // The language picked on this device wins and becomes the account's preference.
        if (chosen !== next.user.locale) {
          const updated = await api.auth.updateMe({ locale: chosen }).catch(() => null);
          if (updated) queryClient.setQueryData(meQueryKey, updated);
        }
      } else {
        rememberLocale(next.user.locale);
        await i18n.changeLanguage(next.user.locale);
      }
    },
    [queryClient],
  );

  const signOut = useCallback(async () => {
    try {
      await api.auth.logout();
    } finally {
      setCsrfToken(null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData(meQueryKey, null);
    }
  }, [queryClient]);

  const value = useMemo<Session>(() => {
    const user = me?.user ?? null;
    const isAdmin = user?.globalRole === 'admin';
    const isCoordinating = isAdmin || user?.globalRole === 'coordinator';
    const inTeam =
      user?.mesas.some((m) => m.roles.includes('team') || m.roles.includes('moderator')) ?? false;
    return {
      user,
      timeZone: me?.timeZone ?? DEFAULT_TIME_ZONE,
      isAdmin,
      isCoordinating,
      canManagePeople: isCoordinating || inTeam,
      signedIn,
      signOut,
      setLocale,
    };
  }, [me, signedIn, signOut, setLocale]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App, router } from './App';
import { NoticeHost } from './components/notices';
import { sheetsToHead } from './firstRows';
import { i18n, i18nReady } from './i18n';
import { queryClient } from './queryClient';
import { meQuery } from './session';
import { cssVariablesResolver, theme } from './theme';

const root = document.getElementById('root');
if (!root) throw new Error('missing #root');
// Before any page adds its own style sheets after them.
sheetsToHead();

// The first page's requests start at once, side by side: who is signed in, and (router.load) the page's
// code, the strings of the pages and what the page prefetches (the Matrix its rows).
void queryClient.prefetchQuery(meQuery);
void router.load();

// The first page renders once its language's strings are here (a chunk of their own).
void i18nReady.then(() =>
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
          <NoticeHost />
          <QueryClientProvider client={queryClient}>
            <App />
          </QueryClientProvider>
        </MantineProvider>
      </I18nextProvider>
    </StrictMode>,
  ),
);

import { Button, Center, Loader, Stack, Text } from '@mantine/core';
import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  RouterProvider,
  useRouterState,
} from '@tanstack/react-router';
import { lazy, Suspense, useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { parseView, viewSearch } from '../../src/domain/matrix-view';
import { Layout, NotFound } from './components/Layout';
import { dropFirstRows } from './firstRows';
import { loadPageStrings, needsOnlyFirstStrings } from './i18n';
import { validateBoardSearch } from './pages/sessions/boardSearch';
import { queryClient } from './queryClient';
import { SessionProvider, useMeQuery } from './session';

// Each page is its own chunk, loaded when its route is first visited.
const AccountsPage = lazyRouteComponent(() => import('./admin/AccountsPage'), 'AccountsPage');
const AdminPage = lazyRouteComponent(() => import('./admin/AdminPage'), 'AdminPage');
const WheelQuestionsPage = lazyRouteComponent(
  () => import('./admin/WheelQuestionsPage'),
  'WheelQuestionsPage',
);
const AssessmentQuestionsPage = lazyRouteComponent(
  () => import('./admin/AssessmentQuestionsPage'),
  'AssessmentQuestionsPage',
);
const OrganizationsPage = lazyRouteComponent(() => import('./admin/OrganizationsPage'), 'OrganizationsPage');
const OutboxPage = lazyRouteComponent(() => import('./admin/OutboxPage'), 'OutboxPage');
const PeoplePage = lazyRouteComponent(() => import('./admin/PeoplePage'), 'PeoplePage');
const ConfirmEmailPage = lazyRouteComponent(
  () => import('./pages/account/ConfirmEmailPage'),
  'ConfirmEmailPage',
);
const PasswordPage = lazyRouteComponent(() => import('./pages/account/PasswordPage'), 'PasswordPage');
const ArchiveImportPage = lazyRouteComponent(
  () => import('./pages/archive/ArchiveImportPage'),
  'ArchiveImportPage',
);
const MesaDashboardsPage = lazyRouteComponent(
  () => import('./pages/dashboards/MesaDashboardsPage'),
  'MesaDashboardsPage',
);
const PortfolioPage = lazyRouteComponent(() => import('./pages/dashboards/PortfolioPage'), 'PortfolioPage');
const InboxPage = lazyRouteComponent(() => import('./pages/escalations/InboxPage'), 'InboxPage');
const MesaWheelPage = lazyRouteComponent(() => import('./pages/wheel/MesaWheelPage'), 'MesaWheelPage');
const MesaLessonsPage = lazyRouteComponent(
  () => import('./pages/lessons/MesaLessonsPage'),
  'MesaLessonsPage',
);
const WheelLinkPage = lazyRouteComponent(() => import('./pages/wheel/WheelLinkPage'), 'WheelLinkPage');
const FeedbackLinkPage = lazyRouteComponent(
  () => import('./pages/feedback/FeedbackLinkPage'),
  'FeedbackLinkPage',
);
const HomePage = lazyRouteComponent(() => import('./pages/HomePage'), 'HomePage');
const LoginPage = lazyRouteComponent(() => import('./pages/LoginPage'), 'LoginPage');
const MesaPage = lazyRouteComponent(() => import('./pages/MesaPage'), 'MesaPage');
const MatrixPage = lazyRouteComponent(() => import('./pages/matrix/MatrixPage'), 'MatrixPage');
const NewMesaPage = lazyRouteComponent(() => import('./pages/NewMesaPage'), 'NewMesaPage');
const ProblemPage = lazyRouteComponent(() => import('./pages/problem/ProblemPage'), 'ProblemPage');
const SearchPage = lazyRouteComponent(() => import('./pages/search/SearchPage'), 'SearchPage');
const CommitmentsBoardPage = lazyRouteComponent(
  () => import('./pages/sessions/CommitmentsBoardPage'),
  'CommitmentsBoardPage',
);
const MyCommitmentsPage = lazyRouteComponent(
  () => import('./pages/sessions/CommitmentsPage'),
  'MyCommitmentsPage',
);
const OrganizationCommitmentsPage = lazyRouteComponent(
  () => import('./pages/sessions/CommitmentsPage'),
  'OrganizationCommitmentsPage',
);
const MeetingPage = lazyRouteComponent(() => import('./pages/sessions/MeetingPage'), 'MeetingPage');
const ProjectorPage = lazyRouteComponent(() => import('./pages/sessions/ProjectorPage'), 'ProjectorPage');

/**
 * A field-feedback link (`/f/<token>`) and an Evaluation Wheel link (`/w/<token>`) open without signing
 * in, in a frame made for a phone.
 */
const isFeedbackLink = (pathname: string) => pathname.startsWith('/f/') || pathname.startsWith('/w/');

const FeedbackLinkLayout = lazy(() =>
  import('./pages/feedback/FeedbackLinkLayout').then((module) => ({ default: module.FeedbackLinkLayout })),
);

function Root() {
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  // The Matrix's first rows from the server's HTML belong to the Matrix page alone (web/src/firstRows.ts).
  useLayoutEffect(() => {
    if (!/^\/mesas\/[^/]+\/matrix$/.test(pathname)) dropFirstRows();
  }, [pathname]);
  return isFeedbackLink(pathname) ? (
    <Suspense fallback={null}>
      <FeedbackLinkLayout />
    </Suspense>
  ) : (
    <Layout />
  );
}

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: Root,
  notFoundComponent: NotFound,
  // Every page but sign-in waits for the strings of the pages (a second chunk, loaded once).
  beforeLoad: ({ location }) => (needsOnlyFirstStrings(location.pathname) ? undefined : loadPageStrings()),
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } =>
    typeof search.redirect === 'string' && search.redirect.startsWith('/')
      ? { redirect: search.redirect }
      : {},
  component: LoginPage,
});
/** The words of a search, kept in the address as `?q=`. */
const searchWordsParam = (search: Record<string, unknown>): { q?: string } =>
  typeof search.q === 'string' && search.q.trim() ? { q: search.q } : {};

/** `?view=mesas` shows the home (with every Mesa) to those who otherwise land on their inbox. */
const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: (search: Record<string, unknown>): { view?: 'mesas' } =>
    search.view === 'mesas' ? { view: 'mesas' } : {},
  component: HomePage,
});
const passwordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/account/password',
  component: PasswordPage,
});
const confirmEmailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/confirm-email',
  validateSearch: (search: Record<string, unknown>): { token?: string } =>
    typeof search.token === 'string' ? { token: search.token } : {},
  component: ConfirmEmailPage,
});
const newMesaRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mesas/new',
  component: NewMesaPage,
});
const mesaRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mesas/$mesaId',
  component: MesaPage,
});
const matrixRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mesas/$mesaId/matrix',
  validateSearch: (search: Record<string, unknown>) => viewSearch(parseView(search)),
  // The rows are asked for while the page's code downloads (not awaited: the page shows its loader).
  loader: ({ context, params }) => {
    void import('./pages/matrix/matrixApi').then(({ matrixApi, matrixQueryKey }) =>
      context.queryClient.prefetchQuery({
        queryKey: matrixQueryKey(params.mesaId),
        queryFn: () => matrixApi.matrix(params.mesaId),
      }),
    );
  },
  component: MatrixPage,
});
const mesaDashboardsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mesas/$mesaId/dashboards',
  component: MesaDashboardsPage,
});
const mesaCommitmentsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mesas/$mesaId/commitments',
  validateSearch: validateBoardSearch,
  component: CommitmentsBoardPage,
});
const portfolioRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/portfolio',
  component: PortfolioPage,
});
const searchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/search',
  validateSearch: searchWordsParam,
  component: SearchPage,
});
const problemRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/problems/$problemId',
  component: ProblemPage,
});
const meetingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/meetings/$meetingId',
  component: MeetingPage,
});
const projectorRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/meetings/$meetingId/projector',
  component: ProjectorPage,
});
const myCommitmentsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/commitments',
  component: MyCommitmentsPage,
});
const organizationCommitmentsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organizations/$organizationId/commitments',
  component: OrganizationCommitmentsPage,
});
const adminRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin',
  component: AdminPage,
});
const organizationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin/organizations',
  component: OrganizationsPage,
});
const peopleRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin/people',
  component: PeoplePage,
});
const accountsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin/accounts',
  component: AccountsPage,
});
const outboxRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin/outbox',
  component: OutboxPage,
});
const assessmentQuestionsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin/assessment-questions',
  component: AssessmentQuestionsPage,
});

const wheelQuestionsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin/wheel-questions',
  component: WheelQuestionsPage,
});
const archiveImportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/archives/import',
  component: ArchiveImportPage,
});

const mesaWheelRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mesas/$mesaId/wheel',
  component: MesaWheelPage,
});

const mesaLessonsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mesas/$mesaId/lessons',
  component: MesaLessonsPage,
});

const wheelLinkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/w/$token',
  component: WheelLinkPage,
});

const feedbackLinkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/f/$token',
  component: FeedbackLinkPage,
});

const escalationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/escalations',
  component: InboxPage,
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  homeRoute,
  passwordRoute,
  confirmEmailRoute,
  newMesaRoute,
  mesaRoute,
  matrixRoute,
  mesaDashboardsRoute,
  mesaCommitmentsRoute,
  portfolioRoute,
  problemRoute,
  escalationsRoute,
  feedbackLinkRoute,
  mesaWheelRoute,
  mesaLessonsRoute,
  wheelLinkRoute,
  searchRoute,
  meetingRoute,
  projectorRoute,
  myCommitmentsRoute,
  organizationCommitmentsRoute,
  adminRoute,
  organizationsRoute,
  peopleRoute,
  accountsRoute,
  wheelQuestionsRoute,
  outboxRoute,
  assessmentQuestionsRoute,
  archiveImportRoute,
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: false,
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}

export function App() {
  const { t } = useTranslation();
  const me = useMeQuery();
  if (me.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (me.isError) {
    return (
      <Center h="100vh" component="main">
        <Stack align="center">
          <Text role="alert">{t('app.unavailable')}</Text>
          <Button onClick={() => void me.refetch()}>{t('common.retry')}</Button>
        </Stack>
      </Center>
    );
  }
  return (
    <SessionProvider me={me.data}>
      <RouterProvider router={router} />
    </SessionProvider>
  );
}

import { Button, Center, Loader, Stack, Text } from '@mantine/core';
import {
  createRootRoute,
  createRoute,
  createRouter,
  RouterProvider,
  useRouterState,
} from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AccountsPage } from './admin/AccountsPage';
import { AssessmentQuestionsPage } from './admin/AssessmentQuestionsPage';
import { OrganizationsPage } from './admin/OrganizationsPage';
import { OutboxPage } from './admin/OutboxPage';
import { PeoplePage } from './admin/PeoplePage';
import { Layout, NotFound } from './components/Layout';
import { ConfirmEmailPage } from './pages/account/ConfirmEmailPage';
import { PasswordPage } from './pages/account/PasswordPage';
import { ArchiveImportPage } from './pages/archive/ArchiveImportPage';
import { MesaDashboardsPage } from './pages/dashboards/MesaDashboardsPage';
import { PortfolioPage } from './pages/dashboards/PortfolioPage';
import { InboxPage } from './pages/escalations/InboxPage';
import { FeedbackLinkLayout, FeedbackLinkPage } from './pages/feedback/FeedbackLinkPage';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { MesaPage } from './pages/MesaPage';
import { MatrixPage } from './pages/matrix/MatrixPage';
import { NewMesaPage } from './pages/NewMesaPage';
import { ProblemPage } from './pages/problem/ProblemPage';
import { SearchPage } from './pages/search/SearchPage';
import { validateBoardSearch } from './pages/sessions/boardApi';
import { CommitmentsBoardPage } from './pages/sessions/CommitmentsBoardPage';
import { MyCommitmentsPage, OrganizationCommitmentsPage } from './pages/sessions/CommitmentsPage';
import { MeetingPage } from './pages/sessions/MeetingPage';
import { ProjectorPage } from './pages/sessions/ProjectorPage';
import { SessionProvider, useMeQuery } from './session';

/** A field-feedback link (`/f/<token>`) opens without signing in, in a frame made for a phone. */
const isFeedbackLink = (pathname: string) => pathname.startsWith('/f/');

function Root() {
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  return isFeedbackLink(pathname) ? <FeedbackLinkLayout /> : <Layout />;
}

const rootRoute = createRootRoute({ component: Root, notFoundComponent: NotFound });

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
  validateSearch: searchWordsParam,
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

const archiveImportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/archives/import',
  component: ArchiveImportPage,
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
  searchRoute,
  meetingRoute,
  projectorRoute,
  myCommitmentsRoute,
  organizationCommitmentsRoute,
  organizationsRoute,
  peopleRoute,
  accountsRoute,
  outboxRoute,
  assessmentQuestionsRoute,
  archiveImportRoute,
]);

export const router = createRouter({ routeTree, defaultPreload: false, scrollRestoration: true });

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

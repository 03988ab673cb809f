import serverAssessmentsEs from '../../../src/i18n/locales/assessments.es.json';
import serverAuditEs from '../../../src/i18n/locales/audit.es.json';
import serverChaseEs from '../../../src/i18n/locales/chase.es.json';
import serverContentEs from '../../../src/i18n/locales/content.es.json';
import serverDashboardsEs from '../../../src/i18n/locales/dashboards.es.json';
import serverEscalationsEs from '../../../src/i18n/locales/escalations.es.json';
import serverFeedbackEs from '../../../src/i18n/locales/feedback.es.json';
import serverPeopleEs from '../../../src/i18n/locales/people.es.json';
import serverSessionsEs from '../../../src/i18n/locales/sessions.es.json';
import serverWheelEs from '../../../src/i18n/locales/wheel.es.json';
import adminEs from './admin.es.json';
import archiveEs from './archive.es.json';
import assessmentsEs from './assessments.es.json';
import auditEs from './audit.es.json';
import boardEs from './board.es.json';
import captureEs from './capture.es.json';
import dashboardsEs from './dashboards.es.json';
import escalationsEs from './escalations.es.json';
import feedbackEs from './feedback.es.json';
import followsEs from './follows.es.json';
import gridEs from './grid.es.json';
import homeEs from './home.es.json';
import launchEs from './launch.es.json';
import lessonsEs from './lessons.es.json';
import matrixEs from './matrix.es.json';
import outboxEs from './outbox.es.json';
import publicPageEs from './public-page.es.json';
import recordsEs from './records.es.json';
import searchEs from './search.es.json';
import sessionsEs from './sessions.es.json';
import wheelEs from './wheel.es.json';
import wheelAdminEs from './wheel-admin.es.json';

/** The strings of every page but sign-in, in Spanish, by area (./first.es.ts has the rest). */
export default {
  ...serverContentEs,
  ...adminEs,
  ...serverAssessmentsEs,
  ...serverAuditEs,
  ...serverChaseEs,
  ...serverDashboardsEs,
  ...serverEscalationsEs,
  ...serverFeedbackEs,
  ...serverPeopleEs,
  ...serverSessionsEs,
  ...serverWheelEs,
  ...recordsEs,
  ...archiveEs,
  ...assessmentsEs,
  ...auditEs,
  ...boardEs,
  ...captureEs,
  ...dashboardsEs,
  ...escalationsEs,
  ...feedbackEs,
  ...followsEs,
  ...gridEs,
  ...homeEs,
  ...launchEs,
  ...lessonsEs,
  ...matrixEs,
  ...outboxEs,
  ...publicPageEs,
  ...searchEs,
  ...sessionsEs,
  ...wheelEs,
  ...wheelAdminEs,
};

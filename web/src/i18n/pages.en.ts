import serverAssessmentsEn from '../../../src/i18n/locales/assessments.en.json';
import serverAuditEn from '../../../src/i18n/locales/audit.en.json';
import serverChaseEn from '../../../src/i18n/locales/chase.en.json';
import serverContentEn from '../../../src/i18n/locales/content.en.json';
import serverDashboardsEn from '../../../src/i18n/locales/dashboards.en.json';
import serverEscalationsEn from '../../../src/i18n/locales/escalations.en.json';
import serverFeedbackEn from '../../../src/i18n/locales/feedback.en.json';
import serverPeopleEn from '../../../src/i18n/locales/people.en.json';
import serverSessionsEn from '../../../src/i18n/locales/sessions.en.json';
import serverWheelEn from '../../../src/i18n/locales/wheel.en.json';
import adminEn from './admin.en.json';
import archiveEn from './archive.en.json';
import assessmentsEn from './assessments.en.json';
import auditEn from './audit.en.json';
import boardEn from './board.en.json';
import captureEn from './capture.en.json';
import dashboardsEn from './dashboards.en.json';
import escalationsEn from './escalations.en.json';
import feedbackEn from './feedback.en.json';
import followsEn from './follows.en.json';
import gridEn from './grid.en.json';
import homeEn from './home.en.json';
import launchEn from './launch.en.json';
import lessonsEn from './lessons.en.json';
import matrixEn from './matrix.en.json';
import outboxEn from './outbox.en.json';
import publicPageEn from './public-page.en.json';
import recordsEn from './records.en.json';
import searchEn from './search.en.json';
import sessionsEn from './sessions.en.json';
import wheelEn from './wheel.en.json';
import wheelAdminEn from './wheel-admin.en.json';

/** The strings of every page but sign-in, in English, by area (./first.en.ts has the rest). */
export default {
  ...serverContentEn,
  ...adminEn,
  ...serverAssessmentsEn,
  ...serverAuditEn,
  ...serverChaseEn,
  ...serverDashboardsEn,
  ...serverEscalationsEn,
  ...serverFeedbackEn,
  ...serverPeopleEn,
  ...serverSessionsEn,
  ...serverWheelEn,
  ...recordsEn,
  ...archiveEn,
  ...assessmentsEn,
  ...auditEn,
  ...boardEn,
  ...captureEn,
  ...dashboardsEn,
  ...escalationsEn,
  ...feedbackEn,
  ...followsEn,
  ...gridEn,
  ...homeEn,
  ...launchEn,
  ...lessonsEn,
  ...matrixEn,
  ...outboxEn,
  ...publicPageEn,
  ...searchEn,
  ...sessionsEn,
  ...wheelEn,
  ...wheelAdminEn,
};

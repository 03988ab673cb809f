import shared from '../../../src/i18n/strings.en';
import archiveEn from './archive.en.json';
import assessmentsEn from './assessments.en.json';
import auditEn from './audit.en.json';
import boardEn from './board.en.json';
import captureEn from './capture.en.json';
import dashboardsEn from './dashboards.en.json';
import en from './en.json';
import escalationsEn from './escalations.en.json';
import feedbackEn from './feedback.en.json';
import gridEn from './grid.en.json';
import homeEn from './home.en.json';
import launchEn from './launch.en.json';
import matrixEn from './matrix.en.json';
import outboxEn from './outbox.en.json';
import publicPageEn from './public-page.en.json';
import searchEn from './search.en.json';
import sessionsEn from './sessions.en.json';

/**
 * The web app in English: the strings it shares with the server, then its own, in one namespace. A
 * chunk of its own, loaded only when this language is in use.
 */
export default {
  ...shared,
  ...en,
  ...matrixEn,
  ...gridEn,
  ...searchEn,
  ...outboxEn,
  ...sessionsEn,
  ...assessmentsEn,
  ...launchEn,
  ...escalationsEn,
  ...homeEn,
  ...dashboardsEn,
  ...auditEn,
  ...boardEn,
  ...captureEn,
  ...feedbackEn,
  ...publicPageEn,
  ...archiveEn,
};

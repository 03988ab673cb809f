import shared from '../../../src/i18n/strings.es';
import archiveEs from './archive.es.json';
import assessmentsEs from './assessments.es.json';
import auditEs from './audit.es.json';
import boardEs from './board.es.json';
import captureEs from './capture.es.json';
import dashboardsEs from './dashboards.es.json';
import es from './es.json';
import escalationsEs from './escalations.es.json';
import feedbackEs from './feedback.es.json';
import gridEs from './grid.es.json';
import homeEs from './home.es.json';
import launchEs from './launch.es.json';
import matrixEs from './matrix.es.json';
import outboxEs from './outbox.es.json';
import publicPageEs from './public-page.es.json';
import searchEs from './search.es.json';
import sessionsEs from './sessions.es.json';

/**
 * The web app in Spanish: the strings it shares with the server, then its own, in one namespace. A
 * chunk of its own, loaded only when this language is in use.
 */
export default {
  ...shared,
  ...es,
  ...matrixEs,
  ...gridEs,
  ...searchEs,
  ...outboxEs,
  ...sessionsEs,
  ...assessmentsEs,
  ...launchEs,
  ...escalationsEs,
  ...homeEs,
  ...dashboardsEs,
  ...auditEs,
  ...boardEs,
  ...captureEs,
  ...feedbackEs,
  ...publicPageEs,
  ...archiveEs,
};

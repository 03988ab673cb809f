import assessmentsEs from './locales/assessments.es.json';
import auditEs from './locales/audit.es.json';
import chaseEs from './locales/chase.es.json';
import dashboardsEs from './locales/dashboards.es.json';
import es from './locales/es.json';
import escalationsEs from './locales/escalations.es.json';
import feedbackEs from './locales/feedback.es.json';
import peopleEs from './locales/people.es.json';
import sessionsEs from './locales/sessions.es.json';

/** The strings the server and the web app share, in Spanish: one namespace merged from the files by area. */
export default {
  ...es,
  ...sessionsEs,
  ...assessmentsEs,
  ...escalationsEs,
  ...dashboardsEs,
  ...auditEs,
  ...peopleEs,
  ...feedbackEs,
  ...chaseEs,
};

import assessmentsEs from './locales/assessments.es.json';
import auditEs from './locales/audit.es.json';
import chaseEs from './locales/chase.es.json';
import contentEs from './locales/content.es.json';
import dashboardsEs from './locales/dashboards.es.json';
import es from './locales/es.json';
import escalationsEs from './locales/escalations.es.json';
import feedbackEs from './locales/feedback.es.json';
import followsEs from './locales/follows.es.json';
import peopleEs from './locales/people.es.json';
import reformsEs from './locales/reforms.es.json';
import sessionsEs from './locales/sessions.es.json';
import wheelEs from './locales/wheel.es.json';

/** The strings the server and the web app share, in Spanish: one namespace merged from the files by area. */
export default {
  ...es,
  ...contentEs,
  ...sessionsEs,
  ...assessmentsEs,
  ...escalationsEs,
  ...dashboardsEs,
  ...auditEs,
  ...peopleEs,
  ...reformsEs,
  ...feedbackEs,
  ...chaseEs,
  ...wheelEs,
  ...followsEs,
};

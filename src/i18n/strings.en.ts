import assessmentsEn from './locales/assessments.en.json';
import auditEn from './locales/audit.en.json';
import chaseEn from './locales/chase.en.json';
import dashboardsEn from './locales/dashboards.en.json';
import en from './locales/en.json';
import escalationsEn from './locales/escalations.en.json';
import feedbackEn from './locales/feedback.en.json';
import peopleEn from './locales/people.en.json';
import sessionsEn from './locales/sessions.en.json';

/** The strings the server and the web app share, in English: one namespace merged from the files by area. */
export default {
  ...en,
  ...sessionsEn,
  ...assessmentsEn,
  ...escalationsEn,
  ...dashboardsEn,
  ...auditEn,
  ...peopleEn,
  ...feedbackEn,
  ...chaseEn,
};

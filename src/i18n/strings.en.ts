import assessmentsEn from './locales/assessments.en.json';
import auditEn from './locales/audit.en.json';
import chaseEn from './locales/chase.en.json';
import contentEn from './locales/content.en.json';
import dashboardsEn from './locales/dashboards.en.json';
import en from './locales/en.json';
import escalationsEn from './locales/escalations.en.json';
import feedbackEn from './locales/feedback.en.json';
import followsEn from './locales/follows.en.json';
import peopleEn from './locales/people.en.json';
import reformsEn from './locales/reforms.en.json';
import sessionsEn from './locales/sessions.en.json';
import wheelEn from './locales/wheel.en.json';

/** The strings the server and the web app share, in English: one namespace merged from the files by area. */
export default {
  ...en,
  ...contentEn,
  ...sessionsEn,
  ...assessmentsEn,
  ...escalationsEn,
  ...dashboardsEn,
  ...auditEn,
  ...peopleEn,
  ...reformsEn,
  ...feedbackEn,
  ...chaseEn,
  ...wheelEn,
  ...followsEn,
};

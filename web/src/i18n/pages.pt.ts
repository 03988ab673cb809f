import serverContentPt from '../../../src/i18n/locales/content.pt.json';
import serverFeedbackPt from '../../../src/i18n/locales/feedback.pt.json';
import serverPeoplePt from '../../../src/i18n/locales/people.pt.json';
import recordWordsPt from '../../../src/i18n/locales/record-words.pt.json';
import serverWheelPt from '../../../src/i18n/locales/wheel.pt.json';
import adminPt from './admin.pt.json';
import wheelPt from './wheel.pt.json';

/**
 * The strings of every page but sign-in, in Portuguese, by area (./first.pt.ts has the rest). The
 * areas not yet translated read in English (web/src/i18n/index.ts loads English beside Portuguese).
 */
export default {
  ...serverContentPt,
  ...serverFeedbackPt,
  ...serverPeoplePt,
  ...serverWheelPt,
  ...adminPt,
  ...wheelPt,
  // Keyed by English sentences: read whole by ./recordWords.ts, never through t().
  recordWords: recordWordsPt,
};

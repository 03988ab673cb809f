import shared from '../../../src/i18n/locales/en.json';
import web from './en.json';

/**
 * The strings the first page needs, in English: the frame (header, navigation, footer), the sign-in
 * page, errors, statuses and roles. A chunk of its own; the strings of the other pages follow
 * (./pages.en.ts) once a page other than sign-in opens.
 */
export default { ...shared, ...web };

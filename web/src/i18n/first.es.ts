import shared from '../../../src/i18n/locales/es.json';
import web from './es.json';

/**
 * The strings the first page needs, in Spanish: the frame (header, navigation, footer), the sign-in
 * page, errors, statuses and roles. A chunk of its own; the strings of the other pages follow
 * (./pages.es.ts) once a page other than sign-in opens.
 */
export default { ...shared, ...web };

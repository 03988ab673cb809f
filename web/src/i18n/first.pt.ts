import shared from '../../../src/i18n/locales/pt.json';
import web from './pt.json';

/**
 * The strings the first page needs, in Portuguese: the frame (header, navigation, footer), the sign-in
 * page, errors, statuses and roles. A chunk of its own; the strings of the other pages follow
 * (./pages.pt.ts) once a page other than sign-in opens.
 */
export default { ...shared, ...web };

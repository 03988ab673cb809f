import first from './first.es';
import pages from './pages.es';

/** Every string of the web app in Spanish: what the first page needs, then the other pages'. */
export default { ...first, ...pages };

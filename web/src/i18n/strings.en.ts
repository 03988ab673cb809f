import first from './first.en';
import pages from './pages.en';

/** Every string of the web app in English: what the first page needs, then the other pages'. */
export default { ...first, ...pages };

import type { PortalMesa, PortalMesaSummary, PortalProblem } from '../domain/portal';
import { type PageContext, renderDocument } from './Layout';
import { MesaPage } from './MesaPage';
import { NotFoundPage } from './NotFoundPage';
import { PortfolioPage } from './PortfolioPage';
import { ProblemPage } from './ProblemPage';

/**
 * The portal's pages as whole HTML documents. Rendered on the server with React's static markup over
 * plain components: no client script, nothing to hydrate, readable with JavaScript off.
 */
export const renderPortfolio = (page: PageContext, mesas: readonly PortalMesaSummary[]) =>
  renderDocument(<PortfolioPage page={page} mesas={mesas} />);

/** `today`: the calendar day overdue commitments are counted against. */
export const renderMesa = (page: PageContext, mesa: PortalMesa, today: string) =>
  renderDocument(<MesaPage page={page} mesa={mesa} today={today} />);

export const renderProblem = (page: PageContext, problem: PortalProblem) =>
  renderDocument(<ProblemPage page={page} problem={problem} />);

export const renderNotFound = (page: PageContext) => renderDocument(<NotFoundPage page={page} />);

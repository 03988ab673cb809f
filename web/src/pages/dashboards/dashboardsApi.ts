/** The dashboards part of the API client: a Mesa's figures, the portfolio, and their CSV downloads. */
import type { paths, ResponseBody } from '../../../../src/sdk/client';
import { client, type Locale, unwrap } from '../../api';

export type MesaMetrics = ResponseBody<'/api/mesas/{id}/metrics', 'get'>;
export type Portfolio = ResponseBody<'/api/portfolio', 'get'>;
export type PortfolioMesa = Portfolio['mesas'][number];
export type Advice = Portfolio['advice'][number];
/** The names of the CSV files under `prefix` the API serves (`…/momentum.csv` → `momentum`). */
type CsvNames<Prefix extends string> = keyof paths extends infer P
  ? P extends `${Prefix}${infer Name}.csv`
    ? Name
    : never
  : never;
export type MesaMetricName = CsvNames<'/api/mesas/{id}/metrics/'>;
export type PortfolioChartName = CsvNames<'/api/portfolio/'>;

const id = encodeURIComponent;

export const dashboardsApi = {
  portfolio: () => unwrap(client.GET('/api/portfolio')),
  mesa: (mesaId: string) =>
    unwrap(client.GET('/api/mesas/{id}/metrics', { params: { path: { id: mesaId } } })),
  /** The CSV of one chart of a Mesa's dashboards. */
  mesaCsv: (mesaId: string, metric: MesaMetricName, lang: Locale) =>
    `/api/mesas/${id(mesaId)}/metrics/${metric}.csv?lang=${lang}`,
  /** The CSV of the portfolio table (no chart) or of one of its charts. */
  portfolioCsv: (chart: PortfolioChartName | null, lang: Locale) =>
    chart ? `/api/portfolio/${chart}.csv?lang=${lang}` : `/api/portfolio.csv?lang=${lang}`,
};

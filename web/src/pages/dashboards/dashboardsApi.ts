/** The dashboards part of the API client: a Mesa's figures, the portfolio, and their CSV downloads. */
import type { z } from 'zod';
import type {
  MesaMetricName,
  mesaMetricsResponse,
  PortfolioChartName,
  portfolioResponse,
} from '../../../../src/server/schemas/dashboards';
import { http, type Locale } from '../../api';

export type MesaMetrics = z.input<typeof mesaMetricsResponse>;
export type Portfolio = z.input<typeof portfolioResponse>;
export type PortfolioMesa = Portfolio['mesas'][number];
export type Advice = Portfolio['advice'][number];
export type { MesaMetricName, PortfolioChartName };

const id = encodeURIComponent;

export const dashboardsApi = {
  portfolio: () => http.get<Portfolio>('/api/portfolio'),
  mesa: (mesaId: string) => http.get<MesaMetrics>(`/api/mesas/${id(mesaId)}/metrics`),
  /** The CSV of one chart of a Mesa's dashboards. */
  mesaCsv: (mesaId: string, metric: MesaMetricName, lang: Locale) =>
    `/api/mesas/${id(mesaId)}/metrics/${metric}.csv?lang=${lang}`,
  /** The CSV of the portfolio table (no chart) or of one of its charts. */
  portfolioCsv: (chart: PortfolioChartName | null, lang: Locale) =>
    chart ? `/api/portfolio/${chart}.csv?lang=${lang}` : `/api/portfolio.csv?lang=${lang}`,
};

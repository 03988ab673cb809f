import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { wheelDimensions } from '../../src/domain/wheel';
import { WheelQuestionsPage } from '../../web/src/admin/WheelQuestionsPage';
import type { Me } from '../../web/src/api';
import { i18n, i18nReady } from '../../web/src/i18n';
import type { WheelQuestion } from '../../web/src/pages/wheel/wheelApi';
import { wheelKeys } from '../../web/src/pages/wheel/wheelApi';
import { SessionProvider } from '../../web/src/session';

/**
 * The administrators' page of the Evaluation Wheel's questions, rendered to markup with the question
 * set already fetched: a section per dimension, in the Wheel's order, each with its questions in
 * Spanish and English and whether they are asked; other people are told they may not.
 */

const question = (over: Partial<WheelQuestion>): WheelQuestion => ({
  id: crypto.randomUUID(),
  key: 'mandate.clear',
  dimension: 'mandate',
  position: 1,
  textEs: 'La Mesa tiene un mandato claro.',
  textEn: 'The Mesa has a clear mandate.',
  retiredAt: null,
  version: 1,
  ...over,
});

const questions = [
  question({
    key: 'mandate.aligned',
    position: 2,
    textEs: 'Alineada con el plan.',
    textEn: 'Aligned with the plan.',
  }),
  question({}),
  question({
    key: 'outputs.exports',
    dimension: 'outputs',
    position: 14,
    textEs: 'Crecieron las exportaciones.',
    textEn: 'Exports grew.',
    retiredAt: '2025-01-10T12:00:00.000Z',
  }),
];

function render(globalRole: 'admin' | 'coordinator') {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY } } });
  client.setQueryData([...wheelKeys.questions, 'all'], { questions });
  const me = { user: { globalRole, mesas: [], locale: 'es' }, csrfToken: 'x', timeZone: 'America/Lima' };
  return renderToStaticMarkup(
    createElement(
      MantineProvider,
      null,
      createElement(
        QueryClientProvider,
        { client },
        createElement(
          I18nextProvider,
          { i18n },
          createElement(
            SessionProvider,
            { me: me as unknown as Me } as Parameters<typeof SessionProvider>[0],
            createElement(WheelQuestionsPage),
          ),
        ),
      ),
    ),
  );
}

beforeAll(async () => {
  await i18nReady;
  await i18n.changeLanguage('es');
});

describe('the Wheel questions page', () => {
  it('groups the questions by the twelve dimensions, in order, in Spanish and English', () => {
    const html = render('admin');
    const headings = [...html.matchAll(/<h2[^>]*id="wheel-dimension-([a-z]+)"[^>]*>([^<]+)<\/h2>/g)];
    expect(headings.map((h) => h[1])).toEqual([...wheelDimensions]);
    expect(headings[0]![2]).toBe(i18n.t('wheel.dimensions.mandate'));
    expect(html).not.toMatch(/wheelAdmin\.|wheel\.dimensions\./);

    const mandate = html.slice(
      html.indexOf('wheel-dimension-mandate'),
      html.indexOf('wheel-dimension-structure'),
    );
    // By position: the first question before the second, each in both languages.
    expect(mandate.indexOf('La Mesa tiene un mandato claro.')).toBeLessThan(
      mandate.indexOf('Alineada con el plan.'),
    );
    expect(mandate).toContain('The Mesa has a clear mandate.');
    expect(mandate).toContain('En uso: 2');
    expect(mandate).toContain('aria-label="Retirar: mandate.clear"');

    const outputs = html.slice(
      html.indexOf('wheel-dimension-outputs'),
      html.indexOf('wheel-dimension-outreach'),
    );
    expect(outputs).toContain('Exports grew.');
    expect(outputs).toContain('Retirada');
    expect(outputs).toContain('En uso: 0');
    expect(outputs).toContain('aria-label="Restaurar: outputs.exports"');

    const crisis = html.slice(
      html.indexOf('wheel-dimension-crisis'),
      html.indexOf('wheel-dimension-partners'),
    );
    expect(crisis).toContain('Aún no hay preguntas en esta dimensión.');
    expect(crisis).toContain(`aria-label="Añadir una pregunta: ${i18n.t('wheel.dimensions.crisis')}"`);
  });

  it('tells anyone but an administrator that they may not', () => {
    const html = render('coordinator');
    expect(html).toContain(i18n.t('errors.FORBIDDEN'));
    expect(html).not.toContain('La Mesa tiene un mandato claro.');
  });
});

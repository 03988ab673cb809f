import { Stack, Table, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ProblemLink } from './labels';
import type { MatrixProblem, Quadrant } from './matrixApi';

const W = 560;
const H = 440;
const M = { left: 56, right: 16, top: 16, bottom: 48 };
const plotW = W - M.left - M.right;
const plotH = H - M.top - M.bottom;
/** Scores run 1-5; each takes a band, centred on its value. */
const x = (ease: number) => M.left + ((ease - 0.5) / 5) * plotW;
const y = (impact: number) => M.top + ((5.5 - impact) / 5) * plotH;

const quadrants: { key: Quadrant; ease: [number, number]; impact: [number, number]; fill: string }[] = [
  { key: 'quick_win', ease: [3.5, 5.5], impact: [3.5, 5.5], fill: '#ebfbee' },
  { key: 'major', ease: [0.5, 3.5], impact: [3.5, 5.5], fill: '#e7f5ff' },
  { key: 'easy', ease: [3.5, 5.5], impact: [0.5, 3.5], fill: '#fff9db' },
  { key: 'later', ease: [0.5, 3.5], impact: [0.5, 3.5], fill: '#f8f9fa' },
];

/** Spreads the problems sharing one cell around its centre. */
function offsets(count: number): [number, number][] {
  if (count === 1) return [[0, 0]];
  const radius = Math.min(30, 9 + count * 2.5);
  return Array.from({ length: count }, (_, i) => {
    const angle = (2 * Math.PI * i) / count - Math.PI / 2;
    return [Math.cos(angle) * radius, Math.sin(angle) * radius];
  });
}

/**
 * The impact × ease chart: quick wins top right. Each point is a link to its problem, reachable by
 * keyboard; the table after the chart says the same for those who cannot see it.
 */
export function PriorityChart({
  problems,
  quickWins,
}: {
  problems: MatrixProblem[];
  quickWins: Set<string>;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const cells = new Map<string, MatrixProblem[]>();
  for (const p of problems) {
    const key = `${p.ease}:${p.impact}`;
    cells.set(key, [...(cells.get(key) ?? []), p]);
  }
  return (
    <Stack gap="sm">
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG chart holding links is a group, not a fieldset */}
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        style={{ maxWidth: W }}
        role="group"
        aria-labelledby="priority-chart-title"
        aria-describedby="priority-chart-help"
        className="matrix-chart"
      >
        {quadrants.map((q) => (
          <g key={q.key}>
            <rect
              x={x(q.ease[0])}
              y={y(q.impact[1])}
              width={x(q.ease[1]) - x(q.ease[0])}
              height={y(q.impact[0]) - y(q.impact[1])}
              fill={q.fill}
              stroke="#ced4da"
            />
            <text
              x={q.ease[0] > 3 ? x(q.ease[1]) - 6 : x(q.ease[0]) + 6}
              y={q.impact[0] > 3 ? y(q.impact[1]) + 14 : y(q.impact[0]) - 6}
              textAnchor={q.ease[0] > 3 ? 'end' : 'start'}
              fontSize="11"
              fill="#495057"
              fontWeight={600}
            >
              {t(`matrix.quadrant.${q.key}`)}
            </text>
          </g>
        ))}
        <g fontSize="12" fill="#343a40">
          {[1, 2, 3, 4, 5].map((v) => (
            <g key={v}>
              <text x={x(v)} y={H - M.bottom + 18} textAnchor="middle">
                {v}
              </text>
              <text x={M.left - 10} y={y(v) + 4} textAnchor="end">
                {v}
              </text>
            </g>
          ))}
          <text x={M.left + plotW / 2} y={H - 8} textAnchor="middle" fontWeight={600}>
            {t('matrix.chart.easeAxis')}
          </text>
          <text
            x={14}
            y={M.top + plotH / 2}
            textAnchor="middle"
            fontWeight={600}
            transform={`rotate(-90 14 ${M.top + plotH / 2})`}
          >
            {t('matrix.chart.impactAxis')}
          </text>
        </g>
        {[...cells.entries()].flatMap(([, list]) =>
          list.map((p, i) => {
            const [dx, dy] = offsets(list.length)[i] ?? [0, 0];
            const cx = x(p.ease) + dx;
            const cy = y(p.impact) + dy;
            const label = t('matrix.chart.point', {
              code: p.code,
              title: p.title,
              impact: p.impact,
              ease: p.ease,
            });
            return (
              <a
                key={p.id}
                href={`/problems/${p.id}`}
                aria-label={label}
                className="matrix-point"
                onClick={(e) => {
                  e.preventDefault();
                  void navigate({ to: '/problems/$problemId', params: { problemId: p.id } });
                }}
              >
                <title>{label}</title>
                <circle
                  cx={cx}
                  cy={cy}
                  r={11}
                  fill={p.inFocus ? '#1864ab' : quickWins.has(p.id) ? '#2b8a3e' : '#ffffff'}
                  stroke={p.inFocus ? '#1864ab' : '#495057'}
                  strokeWidth={1.5}
                />
                <text
                  x={cx}
                  y={cy + 4}
                  textAnchor="middle"
                  fontSize="10"
                  fontWeight={700}
                  fill={p.inFocus || quickWins.has(p.id) ? '#ffffff' : '#212529'}
                >
                  {p.number}
                </text>
              </a>
            );
          }),
        )}
      </svg>
      <Text size="xs" c="gray.7" id="priority-chart-help">
        {t('matrix.chart.legend')}
      </Text>
      <details>
        <summary>{t('matrix.chart.tableToggle')}</summary>
        <Table fz="sm" verticalSpacing={4} withTableBorder mt="xs">
          <caption className="visually-hidden">{t('matrix.chart.tableCaption')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('matrix.chart.quadrantCol')}</Table.Th>
              <Table.Th scope="col">{t('matrix.col.number')}</Table.Th>
              <Table.Th scope="col">{t('matrix.col.title')}</Table.Th>
              <Table.Th scope="col">{t('matrix.col.impact')}</Table.Th>
              <Table.Th scope="col">{t('matrix.col.ease')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {quadrants.flatMap((q) =>
              problems
                .filter((p) => p.quadrant === q.key)
                .map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>{t(`matrix.quadrant.${q.key}`)}</Table.Td>
                    <Table.Td>{p.code}</Table.Td>
                    <Table.Td>
                      <ProblemLink problemId={p.id}>{p.title}</ProblemLink>
                    </Table.Td>
                    <Table.Td>{p.impact}</Table.Td>
                    <Table.Td>{p.ease}</Table.Td>
                  </Table.Tr>
                )),
            )}
          </Table.Tbody>
        </Table>
      </details>
    </Stack>
  );
}

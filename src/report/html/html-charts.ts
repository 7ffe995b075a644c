/**
 * The page's charts as inline SVG (see html-report.ts for why no chart library):
 * latency percentiles, throughput beside active VUs, and failed requests, per second.
 */
import type { TimeSeriesPoint } from '../../metrics/measurements.js';
import { formatMs, formatNumber } from '../format.js';
import type { ReportContext } from '../report-context.js';
import { niceAxis } from './chart-axis.js';
import { escapeHtml } from './escape-html.js';

interface ChartSeries {
  name: string;
  color: string;
  points: Array<[number, number]>;
  dashed?: boolean;
  /** Plot against a second y axis on the right (its own scale), e.g. VUs beside req/s. */
  rightAxis?: { unit: string };
}

export interface ChartSpec {
  title: string;
  /** Unit shown on the y axis, e.g. `ms`. */
  unit: string;
  kind: 'lines' | 'bars';
  series: ChartSeries[];
  /** Horizontal lines, e.g. a latency threshold. */
  guides?: Array<{ value: number; label: string; color: string }>;
  /** Shaded horizontal bands, e.g. a threshold's marginal band between its limit and marginal limit. */
  bands?: Array<{ from: number; to: number; label: string; color: string }>;
  /** Values are counts: ticks on whole numbers only. */
  integer?: boolean;
}

const CHART = { width: 760, height: 260, left: 60, right: 56, top: 34, bottom: 40 };

const f1 = (n: number): string => (Math.round(n * 10) / 10).toString();

export function renderChart(spec: ChartSpec): string {
  const { width, height, left, right, top, bottom } = CHART;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const leftSeries = spec.series.filter((s) => !s.rightAxis);
  const rightSeries = spec.series.filter((s) => s.rightAxis);
  const maxX = Math.max(1, ...spec.series.flatMap((s) => s.points.map(([x]) => x)));
  const y = niceAxis(
    Math.max(
      0,
      ...leftSeries.flatMap((s) => s.points.map(([, v]) => v)),
      ...(spec.guides ?? []).map((g) => g.value),
      ...(spec.bands ?? []).flatMap((b) => [b.from, b.to]),
    ),
    { integer: spec.integer },
  );
  const y2 = niceAxis(Math.max(0, ...rightSeries.flatMap((s) => s.points.map(([, v]) => v))), {
    integer: true,
    minIntervals: 1,
  });
  const sx = (x: number): number => left + (x / maxX) * plotW;
  const syFor =
    (axis: { max: number }) =>
    (v: number): number =>
      top + plotH - (v / axis.max) * plotH;
  const sy = syFor(y);
  const sy2 = syFor(y2);

  const parts: string[] = [];
  parts.push(
    `<svg class="chart" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${escapeHtml(spec.title)}" xmlns="http://www.w3.org/2000/svg">`,
  );
  // Grid and y axis.
  for (const v of y.ticks) {
    const py = f1(sy(v));
    parts.push(`<line class="grid" x1="${left}" x2="${width - right}" y1="${py}" y2="${py}"/>`);
    parts.push(
      `<text class="tick" x="${left - 6}" y="${py}" text-anchor="end" dy="0.32em">${formatNumber(v, 2)}</text>`,
    );
  }
  parts.push(
    `<text class="axis-label" x="14" y="${top + plotH / 2}" transform="rotate(-90 14 ${top + plotH / 2})" text-anchor="middle">${escapeHtml(spec.unit)}</text>`,
  );
  const rightUnit = rightSeries[0]?.rightAxis?.unit;
  if (rightUnit !== undefined) {
    for (const v of y2.ticks) {
      parts.push(
        `<text class="tick" x="${width - right + 6}" y="${f1(sy2(v))}" dy="0.32em" fill="${rightSeries[0]!.color}">${formatNumber(v, 2)}</text>`,
      );
    }
    const rx = width - 10;
    parts.push(
      `<text class="axis-label" x="${rx}" y="${top + plotH / 2}" transform="rotate(90 ${rx} ${top + plotH / 2})" text-anchor="middle">${escapeHtml(rightUnit)}</text>`,
    );
  }
  // X axis.
  const xAxis = niceAxis(maxX, { maxIntervals: 8, integer: true, minIntervals: 1 });
  for (const v of xAxis.ticks.filter((t) => t <= maxX + 1e-9)) {
    const x = f1(sx(v));
    parts.push(`<line class="axis" x1="${x}" x2="${x}" y1="${top + plotH}" y2="${top + plotH + 4}"/>`);
    parts.push(
      `<text class="tick" x="${x}" y="${top + plotH + 16}" text-anchor="middle">${formatNumber(v, 1)}</text>`,
    );
  }
  parts.push(
    `<line class="axis" x1="${left}" x2="${width - right}" y1="${top + plotH}" y2="${top + plotH}"/>`,
  );
  parts.push(
    `<text class="axis-label" x="${left + plotW / 2}" y="${height - 4}" text-anchor="middle">seconds since start</text>`,
  );

  // Bands under the data, so the lines stay readable across them.
  for (const b of spec.bands ?? []) {
    const low = Math.min(b.from, b.to);
    const high = Math.max(b.from, b.to);
    parts.push(
      `<rect class="band" x="${left}" y="${f1(sy(high))}" width="${plotW}" height="${f1(sy(low) - sy(high))}" fill="${b.color}" fill-opacity="0.14"><title>${escapeHtml(b.label)}</title></rect>`,
      // Inside a band tall enough for the label, else just above it.
      `<text class="guide" x="${left + 4}" y="${f1(sy(low) - sy(high) >= 16 ? sy(high) + 12 : sy(high) - 4)}" fill="${b.color}">${escapeHtml(b.label)}</text>`,
    );
  }

  if (spec.kind === 'bars') {
    const n = Math.max(1, ...spec.series.map((s) => s.points.length));
    const barW = Math.max(1, (plotW / n) * 0.7);
    for (const s of spec.series) {
      for (const [x, v] of s.points) {
        if (v <= 0) continue;
        // A bar covers its one-second bucket, which ends at x.
        const bx = sx(x - 0.5) - barW / 2;
        parts.push(
          `<rect x="${f1(bx)}" y="${f1(sy(v))}" width="${f1(barW)}" height="${f1(sy(0) - sy(v))}" fill="${s.color}"><title>${escapeHtml(`${formatNumber(x)} s: ${formatNumber(v)} ${s.name}`)}</title></rect>`,
        );
      }
    }
  } else {
    for (const s of spec.series) {
      if (s.points.length === 0) continue;
      const ys = s.rightAxis ? sy2 : sy;
      const d = s.points.map(([x, v], i) => `${i === 0 ? 'M' : 'L'}${f1(sx(x))} ${f1(ys(v))}`).join(' ');
      parts.push(
        `<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5 4"' : ''} stroke-linejoin="round"/>`,
      );
      if (s.points.length === 1) {
        const [x, v] = s.points[0]!;
        parts.push(`<circle cx="${f1(sx(x))}" cy="${f1(ys(v))}" r="3" fill="${s.color}"/>`);
      }
    }
  }

  // Threshold guides, labels kept apart when the lines are close.
  let lastLabelY = -Infinity;
  for (const g of [...(spec.guides ?? [])].sort((a, b) => b.value - a.value)) {
    const py = sy(g.value);
    parts.push(
      `<line x1="${left}" x2="${width - right}" y1="${f1(py)}" y2="${f1(py)}" stroke="${g.color}" stroke-width="1.5" stroke-dasharray="6 4"/>`,
    );
    const labelY = Math.max(py - 4, lastLabelY + 13);
    lastLabelY = labelY;
    parts.push(
      `<text class="guide" x="${width - right - 4}" y="${f1(labelY)}" text-anchor="end" fill="${g.color}">${escapeHtml(g.label)}</text>`,
    );
  }

  // Legend along the top.
  let lx = left;
  for (const s of spec.series) {
    parts.push(`<rect x="${lx}" y="10" width="12" height="12" rx="2" fill="${s.color}"/>`);
    parts.push(`<text class="legend" x="${lx + 17}" y="20">${escapeHtml(s.name)}</text>`);
    lx += 30 + s.name.length * 7;
  }
  parts.push('</svg>');
  return parts.join('');
}

export function chartsSection(ctx: ReportContext): string {
  const series: TimeSeriesPoint[] = ctx.measurements.timeSeries;
  if (series.length === 0) {
    return '<section><h2>Over time</h2><p class="muted">No time series was recorded for this run.</p></section>';
  }
  const pt = (pick: (p: TimeSeriesPoint) => number): Array<[number, number]> =>
    series.map((p) => [p.t, pick(p)]);
  const drawn = ctx.evaluation.results
    .map((r) => r.threshold)
    .filter(
      (t) =>
        t.metric === 'http_req_duration' &&
        t.aggregation === 'p' &&
        t.relative === undefined &&
        Object.keys(t.tags).length === 0 &&
        [50, 95, 99].includes(t.percentile ?? -1),
    );
  const latencyGuides = drawn.map((t) => ({
    value: t.limit,
    label: `p${t.percentile} limit ${formatMs(t.limit)}`,
    color: '#b42318',
  }));
  // Between the limit and the marginal limit a value is marginal, not failed: shade that band.
  const latencyBands = drawn.flatMap((t) =>
    t.marginalLimit === undefined
      ? []
      : [
          {
            from: t.limit,
            to: t.marginalLimit,
            label: `p${t.percentile} marginal ${formatMs(Math.min(t.limit, t.marginalLimit)).replace(' ms', '')}–${formatMs(Math.max(t.limit, t.marginalLimit))}`,
            color: '#b54708',
          },
        ],
  );

  const latency = renderChart({
    title: 'Latency percentiles per second',
    unit: 'ms',
    kind: 'lines',
    series: [
      { name: 'p50', color: '#2e90fa', points: pt((p) => p.p50) },
      { name: 'p95', color: '#f79009', points: pt((p) => p.p95) },
      { name: 'p99', color: '#d92d20', points: pt((p) => p.p99) },
    ],
    guides: latencyGuides,
    bands: latencyBands,
  });
  const throughput = renderChart({
    title: 'Requests per second',
    unit: 'req/s',
    kind: 'lines',
    series: [
      { name: 'requests/s', color: '#12b76a', points: pt((p) => p.requests) },
      {
        name: 'active VUs',
        color: '#7a5af8',
        points: pt((p) => p.vus),
        dashed: true,
        rightAxis: { unit: 'VUs' },
      },
    ],
  });
  // A clean run gets a line, not an empty panel.
  const errors = series.some((p) => p.errors > 0)
    ? `<figure><figcaption>Failed requests per second</figcaption>${renderChart({
        title: 'Failed requests per second',
        unit: 'errors/s',
        kind: 'bars',
        integer: true,
        series: [{ name: 'failed requests', color: '#d92d20', points: pt((p) => p.errors) }],
      })}</figure>`
    : '<p class="muted no-errors">Failed requests per second: none in any second of the run.</p>';
  return [
    '<section><h2>Over time</h2>',
    `<figure><figcaption>Latency p50 / p95 / p99 (ms)</figcaption>${latency}</figure>`,
    `<figure><figcaption>Throughput (requests completed per second) and active VUs</figcaption>${throughput}</figure>`,
    errors,
    '</section>',
  ].join('\n');
}

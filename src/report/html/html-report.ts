/**
 * report.html: one self-contained page (inline CSS, inline SVG charts, no script and
 * no network), so it opens the same from a downloaded artifact as from a file share.
 *
 * The charts are drawn here as plain SVG rather than with a chart library: a run has
 * at most a few thousand one-second points and three simple chart shapes, which a
 * hundred lines of SVG cover, while an inlined library would add hundreds of KB of
 * script to every artifact and need JavaScript enabled to show anything.
 */
import type { LatencySummary, RequestStats, TimeSeriesPoint } from '../../metrics/measurements.js';
import type { ThresholdStatus } from '../../slo/types.js';
import {
  describeStages,
  stageUnit,
  displayUrl,
  errorPercent,
  formatCondition,
  formatMs,
  formatNumber,
  formatPercent,
  formatRps,
  formatThresholdValue,
  VERDICT_LABELS,
} from '../format.js';
import {
  arrivalFacts,
  breakpointStepCells,
  generatorFigures,
  latencyCells,
  loadModelNotes,
} from '../load-model-section.js';
import type { ReportContext } from '../report-context.js';

/** Escape text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const STATUS_LABELS: Record<ThresholdStatus, string> = { pass: 'PASS', marginal: 'MARGINAL', fail: 'FAIL' };

// ---------------------------------------------------------------------------
// Charts (inline SVG)

interface ChartSeries {
  name: string;
  color: string;
  points: Array<[number, number]>;
  dashed?: boolean;
  /** Plot against a second y axis on the right (its own scale), e.g. VUs beside req/s. */
  rightAxis?: { unit: string };
}

interface ChartSpec {
  title: string;
  /** Unit shown on the y axis, e.g. `ms`. */
  unit: string;
  kind: 'lines' | 'bars';
  series: ChartSeries[];
  /** Horizontal lines, e.g. a latency threshold. */
  guides?: Array<{ value: number; label: string; color: string }>;
  /** Values are counts: ticks on whole numbers only. */
  integer?: boolean;
}

const CHART = { width: 760, height: 260, left: 60, right: 56, top: 34, bottom: 40 };

/** Round numbers for axis ticks: 1, 2, 2.5 or 5 times a power of ten. */
function niceStep(span: number, count: number, integer = false): number {
  const raw = span / Math.max(1, count);
  if (raw <= 0 || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice =
    fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 && !integer ? 2.5 : fraction <= 5 ? 5 : 10;
  return integer ? Math.max(1, Math.round(nice * power)) : nice * power;
}

/** Axis scale from 0: a round step and a top that is a whole number of steps. */
function scale(values: number[], count: number, integer = false): { step: number; max: number } {
  const top = Math.max(0, ...values) || 1;
  const step = niceStep(top, count, integer);
  return { step, max: Math.max(step, Math.ceil(top / step - 1e-9) * step) };
}

function ticks(max: number, step: number): number[] {
  const out: number[] = [];
  for (let v = 0; v <= max + step * 1e-9; v += step) out.push(Math.round(v * 1e6) / 1e6);
  return out;
}

const f1 = (n: number): string => (Math.round(n * 10) / 10).toString();

function renderChart(spec: ChartSpec): string {
  const { width, height, left, right, top, bottom } = CHART;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const leftSeries = spec.series.filter((s) => !s.rightAxis);
  const rightSeries = spec.series.filter((s) => s.rightAxis);
  const maxX = Math.max(1, ...spec.series.flatMap((s) => s.points.map(([x]) => x)));
  const y = scale(
    [...leftSeries.flatMap((s) => s.points.map(([, v]) => v)), ...(spec.guides ?? []).map((g) => g.value)],
    5,
    spec.integer,
  );
  const y2 = scale(
    rightSeries.flatMap((s) => s.points.map(([, v]) => v)),
    5,
    true,
  );
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
  for (const v of ticks(y.max, y.step)) {
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
    for (const v of ticks(y2.max, y2.step)) {
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
  const xScale = scale([maxX], 8, true);
  for (const v of ticks(maxX, xScale.step)) {
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

function chartsSection(ctx: ReportContext): string {
  const series: TimeSeriesPoint[] = ctx.measurements.timeSeries;
  if (series.length === 0) {
    return '<section><h2>Over time</h2><p class="muted">No time series was recorded for this run.</p></section>';
  }
  const pt = (pick: (p: TimeSeriesPoint) => number): Array<[number, number]> =>
    series.map((p) => [p.t, pick(p)]);
  const latencyGuides = ctx.evaluation.results
    .map((r) => r.threshold)
    .filter(
      (t) =>
        t.metric === 'http_req_duration' &&
        t.aggregation === 'p' &&
        Object.keys(t.tags).length === 0 &&
        [50, 95, 99].includes(t.percentile ?? -1),
    )
    .map((t) => ({ value: t.limit, label: `p${t.percentile} limit ${formatMs(t.limit)}`, color: '#b42318' }));

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
  const errors = renderChart({
    title: 'Failed requests per second',
    unit: 'errors/s',
    kind: 'bars',
    integer: true,
    series: [{ name: 'failed requests', color: '#d92d20', points: pt((p) => p.errors) }],
  });
  return [
    '<section><h2>Over time</h2>',
    `<figure><figcaption>Latency p50 / p95 / p99 (ms)</figcaption>${latency}</figure>`,
    `<figure><figcaption>Throughput (requests completed per second) and active VUs</figcaption>${throughput}</figure>`,
    `<figure><figcaption>Failed requests per second</figcaption>${errors}</figure>`,
    '</section>',
  ].join('\n');
}

// ---------------------------------------------------------------------------
// Page sections

function banner(ctx: ReportContext): string {
  const { verdict, results } = ctx.evaluation;
  const count = (s: ThresholdStatus): number => results.filter((r) => r.status === s).length;
  const parts = [`${count('pass')} of ${results.length} SLOs met`];
  if (count('marginal')) parts.push(`${count('marginal')} marginal`);
  if (count('fail')) parts.push(`${count('fail')} failed`);
  const rollback = ctx.rollback
    ? '<span class="pill pill-fail">Rollback signalled</span>'
    : '<span class="pill">No rollback</span>';
  const stopped = ctx.measurements.stoppedEarly
    ? `<p class="stopped">Load stopped early: ${escapeHtml(ctx.measurements.stoppedEarly)}</p>`
    : '';
  return `<header class="banner verdict-${escapeHtml(verdict)}">
<div class="verdict-word">${VERDICT_LABELS[verdict]}</div>
<div class="verdict-detail"><div class="verdict-line">${escapeHtml(parts.join(' · '))} ${rollback}</div>
<div class="target">${escapeHtml(displayUrl(ctx.settings.targetUrl))}${ctx.settings.environment ? ` · environment <b>${escapeHtml(ctx.settings.environment)}</b>` : ''}</div>${stopped}</div>
</header>`;
}

function keyFigures(ctx: ReportContext): string {
  const o = ctx.measurements.overall;
  const cards: Array<[string, string]> = [
    ['Requests', formatNumber(o.requests)],
    ['Throughput', formatRps(o.rps)],
    ['Errors', `${formatPercent(errorPercent(o))} (${formatNumber(o.failed)})`],
    ['p50', formatMs(o.latency.p50)],
    ['p95', formatMs(o.latency.p95)],
    ['p99', formatMs(o.latency.p99)],
    ['Duration', `${formatNumber(ctx.measurements.durationMs / 1000, 1)} s`],
    ['Max VUs', formatNumber(ctx.measurements.maxVusReached)],
  ];
  return `<section class="cards">${cards
    .map(
      ([label, value]) =>
        `<div class="card"><div class="card-label">${escapeHtml(label)}</div><div class="card-value">${escapeHtml(value)}</div></div>`,
    )
    .join('')}</section>`;
}

function sloTable(ctx: ReportContext): string {
  if (ctx.evaluation.results.length === 0)
    return '<section><h2>SLOs</h2><p class="muted">No thresholds were set.</p></section>';
  const rows = ctx.evaluation.results.map(
    (r) => `<tr class="row-${r.status}">
<td><span class="badge badge-${r.status}">${STATUS_LABELS[r.status]}</span></td>
<td><code>${escapeHtml(r.threshold.source)}</code><div class="origin">${escapeHtml(r.threshold.origin)}</div></td>
<td class="num">${escapeHtml(formatThresholdValue(r.threshold, r.actual))}</td>
<td class="num">${escapeHtml(formatCondition(r.threshold))}</td>
<td>${r.note ? escapeHtml(r.note) : ''}</td>
</tr>`,
  );
  return `<section><h2>SLOs</h2>
<table><thead><tr><th>Status</th><th>Threshold</th><th class="num">Actual</th><th class="num">Limit</th><th>Note</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>`;
}

function endpointTable(ctx: ReportContext): string {
  const rows = [
    ...ctx.measurements.endpoints.map((e) => ({
      label: e.name,
      detail: `${e.method} ${e.path}`,
      stats: e as RequestStats,
    })),
    { label: 'All endpoints', detail: '', stats: ctx.measurements.overall },
  ];
  const cells = rows.map(({ label, detail, stats }) => {
    const errorClass = stats.failed > 0 ? ' class="num has-errors"' : ' class="num"';
    return `<tr><td><b>${escapeHtml(label)}</b>${detail && detail !== label ? `<div class="origin">${escapeHtml(detail)}</div>` : ''}</td>
<td class="num">${formatNumber(stats.requests)}</td><td class="num">${escapeHtml(formatRps(stats.rps))}</td>
<td${errorClass}>${escapeHtml(formatPercent(errorPercent(stats)))}</td>
<td class="num">${escapeHtml(formatMs(stats.latency.p50))}</td><td class="num">${escapeHtml(formatMs(stats.latency.p95))}</td>
<td class="num">${escapeHtml(formatMs(stats.latency.p99))}</td><td class="num">${escapeHtml(formatMs(stats.latency.max))}</td>
<td>${escapeHtml(statusSummary(stats))}</td></tr>`;
  });
  return `<section><h2>Endpoints</h2>
<table><thead><tr><th>Endpoint</th><th class="num">Requests</th><th class="num">Throughput</th><th class="num">Errors</th><th class="num">p50</th><th class="num">p95</th><th class="num">p99</th><th class="num">Max</th><th>Status codes / errors</th></tr></thead>
<tbody>${cells.join('\n')}</tbody></table></section>`;
}

function latencyRow(label: string, latency: LatencySummary): string {
  return `<tr><td>${escapeHtml(label)}</td>${latencyCells(latency)
    .map((cell) => `<td class="num">${escapeHtml(cell)}</td>`)
    .join('')}</tr>`;
}

/**
 * How the load was generated and whether its figures can be trusted, as in report.md's
 * "How the run went": notes, the open model's rates and both latencies, the breakpoint
 * steps, the soak drift and the generator's self-check.
 */
function runSection(ctx: ReportContext): string {
  const m = ctx.measurements;
  const parts: string[] = [];
  const notes = loadModelNotes(ctx);
  if (notes.length > 0)
    parts.push(`<ul>${notes.map((note) => `<li>${escapeHtml(note)}</li>`).join('')}</ul>`);

  const a = m.arrival;
  if (a) {
    const rows = arrivalFacts(a).map(
      ([label, value]) =>
        `<tr><th>${escapeHtml(label)}</th><td${label === 'Dropped requests' && a.dropped > 0 ? ' class="has-errors"' : ''}>${escapeHtml(value)}</td></tr>`,
    );
    parts.push(`<h3>Arrival rate (open model)</h3>
<table class="settings"><tbody>
${rows.join('\n')}
</tbody></table>
<table><thead><tr><th>Latency</th><th class="num">p50</th><th class="num">p95</th><th class="num">p99</th><th class="num">Max</th></tr></thead><tbody>
${latencyRow('from the intended send (corrected; thresholds use it)', m.overall.latency)}
${latencyRow('from the actual send (uncorrected)', a.uncorrectedLatency)}
</tbody></table>`);
  }

  const breakpoint = m.breakpoint;
  if (breakpoint && breakpoint.steps.length > 0) {
    const rows = breakpoint.steps.map(
      (step) =>
        `<tr class="row-${step.held ? 'pass' : 'fail'}">${breakpointStepCells(step)
          .map((cell) => `<td class="num">${escapeHtml(cell)}</td>`)
          .join('')}` +
        `<td>${step.held ? 'held' : `${step.failed.length} SLO${step.failed.length === 1 ? '' : 's'} failed`}</td></tr>`,
    );
    parts.push(`<h3>Breakpoint steps</h3>
<p>Capacity (highest rate at which every SLO held): <b>${escapeHtml(breakpoint.capacityRps > 0 ? formatRps(breakpoint.capacityRps) : 'none')}</b></p>
<table><thead><tr><th class="num">Rate</th><th class="num">Achieved</th><th class="num">Requests</th><th class="num">p95</th><th class="num">Errors</th><th class="num">Dropped</th><th>Held</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`);
  }

  const drift = m.drift;
  if (drift) {
    parts.push(`<h3>Soak drift (first tenth against last tenth)</h3>
<table class="settings"><tbody>
<tr><th>p95 latency</th><td>${escapeHtml(formatMs(drift.firstTenthP95))} → ${escapeHtml(formatMs(drift.lastTenthP95))}</td></tr>
<tr><th>Generator memory (RSS)</th><td>${escapeHtml(formatNumber(drift.rssFirstTenthMb, 1))} MB → ${escapeHtml(formatNumber(drift.rssLastTenthMb, 1))} MB</td></tr>
</tbody></table>`);
  }

  const g = m.generator;
  if (g) {
    const verdict =
      g.bottleneck.length > 0
        ? `<b class="has-errors">the generator was the bottleneck</b> (verdict inconclusive): ${escapeHtml(g.bottleneck.join('; '))}`
        : 'the generator kept up.';
    parts.push(`<h3>Load generator self-check</h3>
<p>${escapeHtml(generatorFigures(g))} · ${verdict}</p>`);
  }
  return parts.length === 0 ? '' : `<section><h2>How the run went</h2>\n${parts.join('\n')}</section>`;
}

function statusSummary(stats: RequestStats): string {
  const codes = Object.entries(stats.statusCounts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, n]) => `${code}: ${formatNumber(n)}`);
  const errors = Object.entries(stats.errors)
    .filter(([cls, n]) => n > 0 && cls !== 'http_4xx' && cls !== 'http_5xx')
    .map(([cls, n]) => `${cls}: ${formatNumber(n)}`);
  return [...codes, ...errors].join(', ');
}

function settingsSection(ctx: ReportContext): string {
  const s = ctx.settings;
  // Header values may be credentials: only their names are shown, anywhere in the page.
  const headerNames = [
    ...new Set([...Object.keys(s.headers), ...s.endpoints.flatMap((e) => Object.keys(e.headers))]),
  ];
  const rows: Array<[string, string]> = [
    ['Target', displayUrl(s.targetUrl)],
    ['Environment', s.environment ?? '—'],
    ['Config file', s.configPath ?? '—'],
    ['Load shape', describeStages(s.stages, stageUnit(s))],
    ['Request timeout', formatMs(s.timeoutMs)],
    ['Request mix', s.endpoints.map((e) => `${e.name} ×${formatNumber(e.weight, 2)}`).join(', ')],
    ['Headers sent', headerNames.length ? `${headerNames.join(', ')} (values not shown)` : '—'],
    ['Fail on breach', String(s.failOnBreach)],
    ['Auto rollback', String(s.autoRollback)],
  ];
  return `<section><h2>Run settings</h2><table class="settings"><tbody>${rows
    .map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`)
    .join('')}</tbody></table></section>`;
}

const STYLE = `
:root{--fg:#101828;--muted:#667085;--line:#eaecf0;--bg:#f9fafb;--pass:#067647;--pass-bg:#ecfdf3;--marginal:#b54708;--marginal-bg:#fffaeb;--fail:#b42318;--fail-bg:#fef3f2}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:14px/1.45 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:1080px;margin:0 auto;padding:24px}
h1{font-size:18px;margin:0 0 16px;color:var(--muted);font-weight:600}
h2{font-size:16px;margin:28px 0 10px}
.banner{display:flex;gap:20px;align-items:center;padding:18px 22px;border-radius:10px;border:1px solid}
.verdict-pass{background:var(--pass-bg);border-color:#abefc6;color:var(--pass)}
.verdict-marginal{background:var(--marginal-bg);border-color:#fedf89;color:var(--marginal)}
.verdict-fail,.verdict-error{background:var(--fail-bg);border-color:#fecdca;color:var(--fail)}
.verdict-word{font-size:34px;font-weight:800;letter-spacing:.04em}
.verdict-line{font-size:16px;font-weight:600}
.target{color:var(--fg);margin-top:4px;word-break:break-all}
.stopped{margin:6px 0 0;color:var(--marginal)}
.pill{display:inline-block;margin-left:8px;padding:1px 10px;border-radius:999px;font-size:12px;font-weight:600;background:#f2f4f7;color:#344054;vertical-align:middle}
.pill-fail{background:var(--fail);color:#fff}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(120px,1fr));gap:10px;margin-top:16px}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 12px}
.card-label{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.05em}
.card-value{font-size:18px;font-weight:700;margin-top:2px;white-space:nowrap}
table{width:100%;border-collapse:collapse;background:#fff;border:1px solid var(--line);border-radius:8px}
th,td{padding:8px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
thead th{background:#f2f4f7;font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:#475467}
.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.has-errors{color:var(--fail);font-weight:600}
.origin{color:var(--muted);font-size:12px}
code{font:12.5px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;word-break:break-all}
.badge{display:inline-block;min-width:76px;text-align:center;padding:2px 8px;border-radius:6px;font-size:12px;font-weight:700}
.badge-pass{background:var(--pass-bg);color:var(--pass)}
.badge-marginal{background:var(--marginal-bg);color:var(--marginal)}
.badge-fail{background:var(--fail-bg);color:var(--fail)}
figure{margin:0 0 14px;background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 12px}
figcaption{font-weight:600;margin-bottom:4px}
.chart{display:block;max-width:100%;height:auto}
.chart .grid{stroke:#eaecf0}
.chart .axis{stroke:#98a2b3}
.chart .tick{fill:#667085;font-size:11px}
.chart .axis-label{fill:#475467;font-size:11px}
.chart .legend{fill:#344054;font-size:12px}
.chart .guide{font-size:11px;font-weight:600}
.settings th{width:180px;color:#475467;font-weight:600;background:#fcfcfd}
.muted{color:var(--muted)}
footer{margin-top:28px;color:var(--muted);font-size:12px}
footer a{color:inherit}
`;

/** The whole page. Every piece of run data is escaped; header values never appear. */
export function renderHtmlReport(ctx: ReportContext): string {
  const title = `loadgate ${VERDICT_LABELS[ctx.evaluation.verdict]}: ${displayUrl(ctx.settings.targetUrl)}`;
  const runLink = ctx.runUrl ? ` · <a href="${escapeHtml(ctx.runUrl)}">workflow run</a>` : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="loadgate ${escapeHtml(ctx.toolVersion)}">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>loadgate performance gate</h1>
${banner(ctx)}
${keyFigures(ctx)}
${sloTable(ctx)}
${chartsSection(ctx)}
${endpointTable(ctx)}
${runSection(ctx)}
${settingsSection(ctx)}
<footer>Generated ${escapeHtml(ctx.generatedAt)} by loadgate ${escapeHtml(ctx.toolVersion)} · load ran ${escapeHtml(ctx.measurements.startedAt)} – ${escapeHtml(ctx.measurements.finishedAt)}${runLink}</footer>
</main>
</body>
</html>
`;
}

/**
 * report.md's "Compared with the baseline" section: where the baseline came from, the
 * regressions first, canary beside baseline per endpoint, and each relative threshold's
 * estimate, interval and significance. Nothing when no threshold is relative and no
 * baseline was had. A pure function of the report context.
 */
import type { ThresholdResult } from '../slo/types.js';
import {
  baselineMeasurements,
  changeText,
  missingBaseline,
  originText,
  regressionLines,
  sideBySideRows,
  type SideBySide,
} from './baseline-text.js';
import { formatMs, formatNumber, formatPercent, formatThresholdValue, STATUS_ICONS } from './format.js';
import { codeSpan, markdownText } from './markdown-text.js';
import type { ReportContext } from './report-context.js';

const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;

function figure(s: SideBySide, show: (v: number) => string): string {
  const side = (v: number | null): string => (v === null ? '–' : show(v));
  const change = s.change === null ? '' : ` (${changeText(s.change)})`;
  return `${side(s.canary)} / ${side(s.baseline)}${change}`;
}

function intervalText(r: ThresholdResult): string {
  const j = r.comparison?.judge;
  if (!j || j.lower === null || j.upper === null) return '–';
  const show = (v: number): string =>
    j.form === 'ratio' ? changeText(v) : formatThresholdValue(r.threshold, v).replace(/^(?=\d)/, '+');
  return `${show(j.lower)} to ${show(j.upper)} (${formatNumber(j.confidence * 100)} %)`;
}

function estimateText(r: ThresholdResult): string {
  const j = r.comparison?.judge;
  if (j && j.estimate !== null) {
    return j.form === 'ratio' ? changeText(j.estimate) : formatThresholdValue(r.threshold, j.estimate);
  }
  return changeText(r.comparison?.change ?? null);
}

function comparisonTable(results: readonly ThresholdResult[]): string[] {
  const relative = results.filter((r) => r.threshold.relative);
  if (relative.length === 0) return [];
  const rows = relative.map((r) => {
    const c = r.comparison;
    const j = c?.judge;
    return row([
      codeSpan(r.threshold.source),
      formatThresholdValue(r.threshold, r.actual),
      formatThresholdValue(r.threshold, c?.baseline ?? null),
      estimateText(r),
      intervalText(r),
      j ? (j.significant ? 'yes' : 'no') : '–',
      `${STATUS_ICONS[r.status]} ${r.status}`,
    ]);
  });
  return [
    '',
    '### Relative thresholds',
    '',
    row(['Threshold', 'Canary', 'Baseline', 'Change', 'Interval', 'Significant', 'Status']),
    row(['---', '---:', '---:', '---:', '---:', '---', '---']),
    ...rows,
  ];
}

/** The section, or nothing when the run had no baseline and no relative threshold. */
export function baselineSection(ctx: ReportContext): string[] {
  const { baseline, evaluation, measurements } = ctx;
  if (!baseline && !evaluation.baseline) return [];
  const lines = ['', '## Compared with the baseline', ''];
  const missing = missingBaseline(evaluation, baseline);
  const base = baselineMeasurements(baseline);
  if (!base) {
    const from = missing?.origin ? ` (${markdownText(missing.origin)})` : '';
    const why = missing ? `: ${markdownText(missing.why)}; ${missing.effect}.` : ' could be had.';
    lines.push(`> [!WARNING]`, `> No baseline${from}${why}`);
    return lines;
  }
  const origin = baseline!.origin;
  const link = origin.runUrl ? ` ([run ${origin.runId ?? ''}](${encodeURI(origin.runUrl)}))` : '';
  lines.push(`Baseline ${markdownText(originText(baseline!))}${link}.`);
  const regressions = regressionLines(evaluation);
  if (regressions.length > 0) {
    lines.push('', '**Regressions:**', '', ...regressions.map((r) => `- ${markdownText(r)}`));
  } else if (evaluation.results.some((r) => r.threshold.relative)) {
    lines.push('', 'No relative threshold failed.');
  }
  const sides = sideBySideRows(measurements, base).map((s) =>
    row([
      s.name === 'Total' ? '**Total**' : markdownText(s.name),
      figure(s.p50, formatMs),
      figure(s.p95, formatMs),
      figure(s.p99, formatMs),
      figure(s.errorPercent, formatPercent),
      figure(s.rps, (v) => formatNumber(v, 1)),
    ]),
  );
  lines.push(
    '',
    'Canary / baseline (change):',
    '',
    row(['Endpoint', 'p50', 'p95', 'p99', 'Errors', 'req/s']),
    row(['---', '---:', '---:', '---:', '---:', '---:']),
    ...sides,
    ...comparisonTable(evaluation.results),
  );
  return lines;
}

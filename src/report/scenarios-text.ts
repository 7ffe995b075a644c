/** The text summary's lines per scenario (with `scenarios:`): what each ran and measured, k6-style. */
import { describeStages, errorPercent, formatMs, formatNumber, formatPercent, stageUnit } from './format.js';
import type { ReportContext } from './report-context.js';
import { scenarioColumns } from './scenario-figures.js';

const WIDTH = 24;

function dotted(label: string, value: string): string {
  return `      ${label}${'.'.repeat(Math.max(2, WIDTH - label.length))}: ${value}`;
}

export function scenarioTextLines(ctx: ReportContext): string[] {
  const columns = scenarioColumns(ctx);
  if (columns.length === 0) return [];
  const lines = ['', '  SCENARIOS'];
  for (const column of columns) {
    const { overall } = column.measured.measurements;
    const l = overall.latency;
    lines.push(
      '',
      `    ${column.name} (${[column.executor, column.planned, column.start].filter(Boolean).join(', ')})`,
      dotted(
        'http_req_duration',
        l.count === 0
          ? 'no data'
          : `med=${formatMs(l.p50)} p(95)=${formatMs(l.p95)} p(99)=${formatMs(l.p99)}`.replaceAll(
              ' ms',
              'ms',
            ),
      ),
      dotted(
        'http_req_failed',
        `${formatPercent(errorPercent(overall))}  ${formatNumber(overall.failed)} of ${formatNumber(overall.requests)}`,
      ),
      dotted('http_reqs', `${formatNumber(overall.requests)}  ${formatNumber(overall.rps, 1)}/s`),
    );
    for (const result of column.thresholds)
      lines.push(`      ${result.status === 'fail' ? '✗' : '✓'} ${result.threshold.source}`);
  }
  return lines;
}

/** The header's load line: the scenarios by name and executor, or the one load's stages. */
export function loadLine(ctx: ReportContext): string {
  const scenarios = ctx.settings.scenarios;
  if (!scenarios?.length) return describeStages(ctx.settings.stages, stageUnit(ctx.settings));
  return `${scenarios.length} scenario${scenarios.length === 1 ? '' : 's'}: ${scenarios.map((s) => `${s.name} (${s.executor})`).join(', ')}`;
}

/** Endpoints of the run: with scenarios, the distinct names over all of them. */
export function endpointCount(settings: ReportContext['settings']): number {
  if (!settings.scenarios) return settings.endpoints.length;
  return new Set(settings.scenarios.flatMap((s) => s.endpoints.map((e) => e.name))).size;
}

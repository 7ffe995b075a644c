/**
 * The report's account of how the load was generated and whether it can be trusted:
 * the open model's target and achieved rates, dropped requests and both latencies
 * (from the intended and from the actual send time), why the load stopped early, the
 * generator's self-check, the breakpoint steps and the soak drift. Lines of markdown,
 * also used for the job summary.
 */
import { DRIFT_RATIO_LIMIT } from '../metrics/drift.js';
import type {
  ArrivalMeasurements,
  BreakpointStep,
  GeneratorHealth,
  LatencySummary,
} from '../metrics/measurements.js';
import { formatElapsed, formatMs, formatNumber, formatPercent, formatRps } from './format.js';
import { countOf, partOf } from './plural.js';
import type { ReportContext } from './report-context.js';
import { capacityText, judgedWindow, STEADY_PART_NOTE } from './verdict-notes.js';

/** p50, p95, p99 and max, or dashes when nothing was measured. Shared with report.html. */
export function latencyCells(latency: LatencySummary): string[] {
  const ms = (value: number): string => (latency.count > 0 ? formatMs(value) : '–');
  return [ms(latency.p50), ms(latency.p95), ms(latency.p99), ms(latency.max)];
}

/** The open model's rates, drops and concurrency as label/value pairs. Shared with report.html. */
export function arrivalFacts(arrival: ArrivalMeasurements): Array<[string, string]> {
  const share = arrival.targetRps > 0 ? (arrival.achievedRps / arrival.targetRps) * 100 : 0;
  return [
    ['Target rate', `${formatRps(arrival.targetRps)} (${countOf(arrival.scheduled, 'request')} scheduled)`],
    [
      'Achieved rate',
      `${formatRps(arrival.achievedRps)} (${formatPercent(share)} of the target, ${formatNumber(arrival.sent)} sent)`,
    ],
    ['Dropped requests', formatNumber(arrival.dropped)],
    [
      'In flight',
      `peak ${formatNumber(arrival.peakInFlight)} of max-vus ${formatNumber(arrival.maxVus)}, over ${formatNumber(arrival.connections)} connections`,
    ],
  ];
}

/** A breakpoint step's figures: rate, achieved, requests, p95, errors, dropped, the seconds judged. Shared with report.html. */
export function breakpointStepCells(step: BreakpointStep): string[] {
  return [
    formatRps(step.rate),
    formatRps(step.achievedRps),
    formatNumber(step.requests),
    formatMs(step.p95),
    formatPercent(step.errorRate * 100),
    formatNumber(step.dropped),
    judgedWindow(step),
  ];
}

/** The generator's own figures in one line, without the judgement. Shared with report.html. */
export function generatorFigures(health: GeneratorHealth): string {
  return (
    `Event-loop lag p99 ${formatMs(health.eventLoopLagP99Ms)} (max ${formatMs(health.eventLoopLagMaxMs)}) · ` +
    `CPU ${formatPercent(health.cpuPercent)} of one core · peak RSS ${formatNumber(health.peakRssMb, 1)} MB`
  );
}

/** Plain-text lines (no user text) saying what the run says about itself, for the findings. */
export function loadModelNotes(ctx: ReportContext): string[] {
  const m = ctx.measurements;
  const notes: string[] = [];
  if (m.abortedBy) {
    notes.push(
      `The load was stopped at ${formatElapsed(m.abortedBy.atMs)} because "${m.abortedBy.threshold}" failed at two evaluations in a row (abortOnFail).`,
    );
  }
  if (m.arrival && m.arrival.dropped > 0) {
    notes.push(
      `${partOf(m.arrival.dropped, m.arrival.scheduled, 'scheduled request')} ${m.arrival.dropped === 1 ? 'was' : 'were'} dropped: ` +
        `all ${formatNumber(m.arrival.maxVus)} slots (max-vus) were busy until they had waited the request timeout.`,
    );
  }
  if (m.breakpoint) {
    const bp = m.breakpoint;
    notes.push(
      bp.capacityBound === 'at-least' && bp.steps.length > 0
        ? `Capacity: at least ${formatRps(bp.capacityRps)}; every step held, so the knee lies above the staircase.`
        : bp.capacityRps > 0
          ? `Capacity: every SLO held up to ${formatRps(bp.capacityRps)}.`
          : `Capacity: ${capacityText(bp)}.`,
    );
  }
  if (m.drift && m.drift.latencyRatio > DRIFT_RATIO_LIMIT) {
    notes.push(
      `Latency drifted over the soak: p95 ${formatMs(m.drift.firstTenthP95)} in the first tenth, ${formatMs(m.drift.lastTenthP95)} in the last (×${m.drift.latencyRatio}).`,
    );
  }
  return notes;
}

export function loadModelSection(ctx: ReportContext): string[] {
  const m = ctx.measurements;
  const lines: string[] = [];
  const notes = loadModelNotes(ctx);
  if (notes.length > 0) lines.push('', '## How the run went', '', ...notes.map((note) => `- ${note}`));

  const arrival = m.arrival;
  if (arrival) {
    lines.push(
      '',
      '### Arrival rate (open model)',
      '',
      '| | |',
      '| --- | --- |',
      ...arrivalFacts(arrival).map(([label, value]) => `| ${label} | ${value} |`),
      '',
      'Latency is measured from the **intended** send time (corrected for coordinated omission); ' +
        'thresholds use it. The uncorrected figure, from the actual send, is shown for comparison: ' +
        'a large gap means requests queued behind a slow or stalled target.',
      '',
      '| Latency | p50 | p95 | p99 | max |',
      '| --- | ---: | ---: | ---: | ---: |',
      `| from the intended send (corrected) | ${latencyCells(m.overall.latency).join(' | ')} |`,
      `| from the actual send (uncorrected) | ${latencyCells(arrival.uncorrectedLatency).join(' | ')} |`,
    );
  }

  const breakpoint = m.breakpoint;
  if (breakpoint && breakpoint.steps.length > 0) {
    lines.push(
      '',
      '### Breakpoint steps',
      '',
      `Capacity (highest rate at which every SLO held): **${capacityText(breakpoint)}**. ` +
        'The verdict and the SLO table read the data of that step. ' +
        STEADY_PART_NOTE,
      '',
      '| Rate | Achieved | Requests | p95 | Errors | Dropped | Judged | Held |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
      ...breakpoint.steps.map(
        (step) =>
          `| ${breakpointStepCells(step).join(' | ')} | ` +
          `${step.held ? '✅' : `❌ ${countOf(step.failed.length, 'SLO')} failed`} |`,
      ),
    );
  }

  const drift = m.drift;
  if (drift) {
    lines.push(
      '',
      '### Soak drift (first tenth against last tenth)',
      '',
      '| | first tenth | last tenth |',
      '| --- | ---: | ---: |',
      `| p95 latency (median of the seconds) | ${formatMs(drift.firstTenthP95)} | ${formatMs(drift.lastTenthP95)} |`,
      `| load generator memory (RSS) | ${formatNumber(drift.rssFirstTenthMb, 1)} MB | ${formatNumber(drift.rssLastTenthMb, 1)} MB |`,
    );
  }

  const health = m.generator;
  if (health) {
    lines.push(
      '',
      '### Load generator self-check',
      '',
      `${generatorFigures(health)} · ` +
        (health.bottleneck.length > 0
          ? '**the generator was the bottleneck** (verdict inconclusive).'
          : 'the generator kept up.'),
    );
  }
  return lines;
}

/**
 * Value formatting for the markdown, JSON and terminal renderers, so each speaks of
 * a value and a threshold the same way: `12.3 ms`, `1,234`, `0.52 %`, `411.5 req/s`.
 */
import type { Settings } from '../config/settings.js';
import type { RequestStats } from '../metrics/measurements.js';
import { thresholdValueUnit, type ValueUnit } from '../slo/metric-catalog.js';
import { writeRelativeLimit } from '../slo/relative-limits.js';
import type { Threshold, ThresholdStatus, Verdict } from '../slo/types.js';
import { formatDuration } from '../syntax/durations.js';

const numberFormats = new Map<number, Intl.NumberFormat>();

/** A number with thousands separators and at most `digits` decimals: `1,234.5`. */
export function formatNumber(value: number, digits = 0): string {
  let format = numberFormats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
    numberFormats.set(digits, format);
  }
  return format.format(value);
}

/** Milliseconds with a precision that suits the size: `0.84 ms`, `12.3 ms`, `182 ms`, `1,240 ms`. */
export function formatMs(ms: number): string {
  // A statistic an end-of-test summary did not give is NaN (null once in results.json).
  if (!Number.isFinite(ms)) return '—';
  const digits = Math.abs(ms) >= 100 ? 0 : Math.abs(ms) >= 10 ? 1 : 2;
  return `${formatNumber(ms, digits)} ms`;
}

/** A percentage (given in percent) with two decimals below 10 %, one above: `0.52 %`, `12.5 %`. */
export function formatPercent(percent: number): string {
  return `${formatNumber(percent, Math.abs(percent) >= 10 ? 1 : 2)} %`;
}

export function formatRps(rps: number): string {
  return `${formatNumber(rps, 1)} req/s`;
}

/** Bytes in decimal units: `512 B`, `12.3 kB`, `4.5 MB`, `1.2 GB`. */
export function formatBytes(bytes: number): string {
  const abs = Math.abs(bytes);
  if (abs >= 1e9) return `${formatNumber(bytes / 1e9, 1)} GB`;
  if (abs >= 1e6) return `${formatNumber(bytes / 1e6, 1)} MB`;
  if (abs >= 1e3) return `${formatNumber(bytes / 1e3, 1)} kB`;
  return `${formatNumber(bytes)} B`;
}

/** Failed requests in percent of all requests (0 when nothing ran). */
export function errorPercent(stats: Pick<RequestStats, 'requests' | 'failed'>): number {
  return stats.requests > 0 ? (stats.failed / stats.requests) * 100 : 0;
}

/** A value in a threshold's unit, ready to show (ratios as percentages); `no data` for null. */
export function formatValue(unit: ValueUnit, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return 'no data';
  switch (unit) {
    case 'ms':
      return formatMs(value);
    case 'ratio':
      return formatPercent(value * 100);
    case 'per_second':
      return formatRps(value);
    case 'count':
      return formatNumber(value, 2);
    case 'bytes':
      return formatBytes(value);
    case 'bytes_per_second':
      return `${formatBytes(value)}/s`;
  }
}

export function formatThresholdValue(threshold: Threshold, value: number | null): string {
  return formatValue(thresholdValueUnit(threshold), value);
}

/** The condition a threshold sets, e.g. `< 250 ms` or `> 100 req/s (marginal down to 80 req/s)`. */
export function formatCondition(threshold: Threshold): string {
  if (threshold.relative) {
    return `${threshold.operator} ${writeRelativeLimit(threshold.relative, thresholdValueUnit(threshold))}`;
  }
  const condition = `${threshold.operator} ${formatThresholdValue(threshold, threshold.limit)}`;
  if (threshold.marginalLimit === undefined) return condition;
  const direction = threshold.operator === '>' || threshold.operator === '>=' ? 'down' : 'up';
  return `${condition} (marginal ${direction} to ${formatThresholdValue(threshold, threshold.marginalLimit)})`;
}

export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  pass: 'PASS',
  marginal: 'MARGINAL',
  fail: 'FAIL',
  inconclusive: 'INCONCLUSIVE',
  error: 'ERROR',
};
export const VERDICT_ICONS: Readonly<Record<Verdict, string>> = {
  pass: '✅',
  marginal: '⚠️',
  fail: '❌',
  inconclusive: '❔',
  error: '❌',
};
export const STATUS_ICONS: Readonly<Record<ThresholdStatus, string>> = {
  pass: '✅',
  marginal: '⚠️',
  fail: '❌',
  inconclusive: '❔',
};

/** The target URL without any user:password part. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.username === '' && parsed.password === '') return url;
    parsed.username = '';
    parsed.password = '';
    return parsed.href;
  } catch {
    return url;
  }
}

/** What stage targets count: VUs, or requests per second in the open model. */
export function stageUnit(settings: Pick<Settings, 'model'>): string {
  return settings.model === 'open' ? 'req/s' : 'VUs';
}

/** The load shape in words: `0→10 VUs over 10s, 10 VUs for 20s` (or `req/s` for the open model). */
export function describeStages(stages: Settings['stages'], unit = 'VUs'): string {
  let from = 0;
  return stages
    .map((stage) => {
      const duration = formatDuration(stage.durationMs);
      const part =
        stage.target === from
          ? `${formatNumber(stage.target)} ${unit} for ${duration}`
          : stage.durationMs === 0
            ? `start at ${formatNumber(stage.target)} ${unit}`
            : `${formatNumber(from)}→${formatNumber(stage.target)} ${unit} over ${duration}`;
      from = stage.target;
      return part;
    })
    .join(', ');
}

/** A measured duration, to a tenth of a second from 1 s on: `30s`, `1m2.5s`, `850ms`. */
export function formatElapsed(ms: number): string {
  return formatDuration(ms >= 1000 ? Math.round(ms / 100) * 100 : ms);
}

export function plannedDurationMs(stages: Settings['stages']): number {
  return stages.reduce((sum, stage) => sum + stage.durationMs, 0);
}

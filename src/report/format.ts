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

/**
 * A span of time in words for prose: `850 ms`, `6 s`, `1.5 s`, `2 min`, `1 min 30 s`,
 * `1 h 5 min`. (`formatDuration` writes the config file's form, `1m30s`, for messages
 * that quote a setting.)
 */
export function formatSpan(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return `${ms} ms`;
  if (ms < 1000) return `${formatNumber(ms)} ms`;
  const tenths = Math.round(ms / 100);
  const hours = Math.floor(tenths / 36_000);
  const minutes = Math.floor((tenths % 36_000) / 600);
  const seconds = (tenths % 600) / 10;
  const parts: string[] = [];
  if (hours > 0) parts.push(`${hours} h`);
  if (minutes > 0) parts.push(`${minutes} min`);
  if (seconds > 0) parts.push(`${formatNumber(seconds, 1)} s`);
  return parts.join(' ');
}

/**
 * The load shape in words: `0→10 VUs over 10 s, 10 VUs for 20 s` (or `req/s` for the
 * open model). A jump (a stage of no length) followed by a hold at its level is said
 * once, `20 VUs for 6 s`, rather than `start at 20 VUs, 20 VUs for 6 s`.
 */
export function describeStages(stages: Settings['stages'], unit = 'VUs'): string {
  let from = 0;
  const parts: string[] = [];
  stages.forEach((stage, i) => {
    const level = `${formatNumber(stage.target)} ${unit}`;
    const next = stages[i + 1];
    if (stage.durationMs === 0 && stage.target !== from) {
      // Said by the hold that follows it, which reads `20 VUs for 6 s`.
      if (next === undefined || next.target !== stage.target || next.durationMs === 0)
        parts.push(i === 0 ? `start at ${level}` : `jump to ${level}`);
    } else if (stage.durationMs === 0) {
      // A jump to where the load already is changes nothing.
    } else if (stage.target === from) {
      parts.push(`${level} for ${formatSpan(stage.durationMs)}`);
    } else {
      parts.push(`${formatNumber(from)}→${level} over ${formatSpan(stage.durationMs)}`);
    }
    from = stage.target;
  });
  return parts.length > 0 ? parts.join(', ') : `0 ${unit}`;
}

/** A measured duration, to a tenth of a second from 1 s on: `30s`, `1m2.5s`, `850ms`. */
export function formatElapsed(ms: number): string {
  return formatDuration(ms >= 1000 ? Math.round(ms / 100) * 100 : ms);
}

export function plannedDurationMs(stages: Settings['stages']): number {
  return stages.reduce((sum, stage) => sum + stage.durationMs, 0);
}

/**
 * Thresholds as written (input lines, or the config file's list or mapping), parsed
 * with the SLO grammar (slo/threshold-parser.ts); each keeps its origin, so a mistake
 * is reported at its input line or file location.
 */
import { findMetric } from '../slo/metric-catalog.js';
import { parseThreshold, ThresholdSyntaxError } from '../slo/threshold-parser.js';
import type { Threshold, ThresholdSource } from '../slo/types.js';
import { quote } from './describe.js';
import { actionInputLabel, type InputLabel } from './input-label.js';
import { meaningfulLines } from './inputs.js';
import { INVALID, type Invalid, type Issues } from './layers/layer.js';
import type { BaselineSettings } from './baseline-settings.js';
import type { ThresholdsValue } from './schema/threshold-schema.js';

/** The `thresholds` input: one threshold per line. */
export function thresholdLines(text: string, label: InputLabel = actionInputLabel): ThresholdSource[] {
  return meaningfulLines(text).map(({ line, text }) => ({
    text,
    origin: `${label('thresholds')} line ${line}`,
  }));
}

/**
 * Threshold texts of the `thresholds:` value: a list of texts, or a mapping in k6
 * style (`metric: condition` or `metric: [conditions]`) or the short style
 * (`latency: {p95: 250}` in ms, `error_rate: 0.5` in percent, `throughput: 1000` req/s).
 */
export function thresholdSources(
  value: ThresholdsValue,
  locate: (...path: PropertyKey[]) => string,
): ThresholdSource[] {
  if (Array.isArray(value)) return value.map((text, i) => ({ text, origin: locate(i) }));
  const sources: ThresholdSource[] = [];
  for (const [key, entry] of Object.entries(value)) {
    if (entry === undefined) continue;
    if (key === 'latency' && typeof entry === 'object' && !Array.isArray(entry)) {
      for (const [stat, limit] of Object.entries(entry as Record<string, number | string>)) {
        sources.push({ text: `${stat}: ${withUnit(limit, 'ms')}`, origin: locate(key, stat) });
      }
    } else if (Array.isArray(entry)) {
      // `metric: []` adds nothing, as in k6.
      entry.forEach((condition, i) => sources.push(conditionSource(key, condition, locate(key, i))));
    } else if (typeof entry === 'object') {
      sources.push(conditionSource(key, entry as ThresholdObject, locate(key)));
    } else if (typeof entry === 'number') {
      const unit = key === 'error_rate' ? '%' : /^(?:p\d+(?:\.\d+)?|avg|med|min|max)$/.test(key) ? 'ms' : '';
      sources.push({ text: `${key}: ${withUnit(entry, unit)}`, origin: locate(key) });
    } else {
      sources.push({ text: `${key}: ${String(entry)}`, origin: locate(key) });
    }
  }
  return sources;
}

type ThresholdObject = { threshold: string; abortOnFail?: boolean; delayAbortEval?: number | string | null };

/** A condition, or k6's object form with its options beside the text (read as k6 reads them). */
function conditionSource(key: string, condition: string | ThresholdObject, origin: string): ThresholdSource {
  if (typeof condition === 'string') return { text: `${key}: ${condition}`, origin };
  const { threshold, abortOnFail, delayAbortEval } = condition;
  return {
    text: `${key}: ${threshold}`,
    origin,
    k6Options: {
      ...(abortOnFail !== undefined ? { abortOnFail } : {}),
      ...(delayAbortEval !== undefined ? { delayAbortEval } : {}),
    },
  };
}

function withUnit(limit: number | string, unit: string): string {
  return typeof limit === 'number' ? `${limit}${unit}` : limit;
}

/** Parses every source; one issue per threshold that does not parse. */
export function parseThresholds(sources: ThresholdSource[], issues: Issues): Threshold[] | Invalid {
  const thresholds: Threshold[] = [];
  let ok = true;
  for (const source of sources) {
    try {
      thresholds.push(parseThreshold(source));
    } catch (error) {
      if (!(error instanceof ThresholdSyntaxError)) throw error;
      issues.add(source.origin, `got ${quote(source.text)}; ${error.message}`);
      ok = false;
    }
  }
  return ok ? thresholds : INVALID;
}

// `{endpoint:…}`, `{name:…}` and the other tags are checked in threshold-tag-settings.ts.

/** A threshold relative to the baseline (`p(95) < baseline * 1.10`) needs a baseline source. */
export function checkBaselineNeeded(
  thresholds: Threshold[],
  baseline: BaselineSettings | undefined,
  issues: Issues,
): void {
  if (baseline !== undefined) return;
  for (const threshold of thresholds) {
    if (!threshold.relative) continue;
    issues.add(
      threshold.origin,
      `got ${quote(threshold.source)}, which compares with the baseline, but no baseline is configured; ` +
        'it needs a baseline: set baseline-url, baseline-results or baseline-artifact',
    );
  }
}

/** A metric that only one scenario measures (`capacity_rps`: breakpoint) is refused in any other run. */
export function checkScenarioMetrics(
  thresholds: Threshold[],
  scenario: string | undefined,
  issues: Issues,
): void {
  for (const threshold of thresholds) {
    const only = findMetric(threshold.metric)?.scenario;
    if (only === undefined || only === scenario) continue;
    issues.add(
      threshold.origin,
      `got ${quote(threshold.source)}, but ${threshold.metric} is measured by the ${only} scenario only` +
        `${scenario ? ` and this run is the ${scenario} scenario` : ''}; expected scenario: ${only} with it, or a threshold on another metric`,
    );
  }
}

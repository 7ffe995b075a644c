/**
 * The server-metrics keys picked from the layers (an input > the environment block >
 * the top level, key by key) and combined by config/server-metrics-settings.ts.
 */
import { combineServerMetrics, type ServerMetricsSettings } from '../server-metrics-settings.js';
import type { Settings } from '../settings.js';
import { INVALID, pick, sourced, type Issues, type Layer } from './layer.js';

export function serverMetricsOfLayers(
  layers: Layer[],
  settings: Pick<Settings, 'thresholds' | 'baseline'>,
  issues: Issues,
): ServerMetricsSettings | undefined {
  const keys = [
    'prometheusUrl',
    'prometheusHeaders',
    'prometheusTimeoutMs',
    'prometheusRetries',
    'prometheusStepMs',
    'targetLabels',
    'serverMetrics',
  ] as const;
  // A refused value is reported already; checking around it would only add noise.
  if (keys.some((key) => pick(layers, key) === INVALID)) return undefined;
  const url = sourced(pick(layers, 'prometheusUrl'));
  const metrics = sourced(pick(layers, 'serverMetrics'));
  const headers = sourced(pick(layers, 'prometheusHeaders'))?.value;
  const timeoutMs = sourced(pick(layers, 'prometheusTimeoutMs'))?.value;
  const retries = sourced(pick(layers, 'prometheusRetries'))?.value;
  const stepMs = sourced(pick(layers, 'prometheusStepMs'))?.value;
  const labels = sourced(pick(layers, 'targetLabels'))?.value;
  return combineServerMetrics(
    {
      ...(url ? { url } : {}),
      ...(metrics ? { metrics } : {}),
      ...(headers ? { headers } : {}),
      ...(timeoutMs !== undefined ? { timeoutMs } : {}),
      ...(retries !== undefined ? { retries } : {}),
      ...(stepMs !== undefined ? { stepMs } : {}),
      ...(labels ? { labels } : {}),
    },
    settings.thresholds,
    settings.baseline?.source.kind === 'live',
    (where, message) => issues.add(where, message),
  );
}

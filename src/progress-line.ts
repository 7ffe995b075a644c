/** One-line descriptions of a run for the log: what will run, and how it is going. */
import type { Settings } from './config/settings.js';
import { liveBaselineLabel, liveBaselineUrl, type ProgressSample } from './engine/index.js';
import { formatDuration } from './syntax/durations.js';

/** e.g. `http://canary:8080, 3 endpoints, up to 20 VUs for 30s`, then `, the same traffic to the live baseline http://old:8080` */
export function describeRun(settings: Settings): string {
  const totalMs = settings.stages.reduce((sum, stage) => sum + stage.durationMs, 0);
  const count = settings.scenarios
    ? new Set(settings.scenarios.flatMap((s) => s.endpoints.map((e) => e.name))).size
    : settings.endpoints.length;
  const endpoints = count === 1 ? '1 endpoint' : `${count} endpoints`;
  const load =
    settings.model === 'open'
      ? `up to ${Math.max(...settings.stages.map((stage) => stage.target))} req/s (max-vus ${settings.maxVus})`
      : `up to ${settings.maxVus} VUs`;
  const scenario = settings.scenarios
    ? `, ${settings.scenarios.length} scenario${settings.scenarios.length === 1 ? '' : 's'} (${settings.scenarios.map((s) => `${s.name}: ${s.executor}`).join(', ')})`
    : settings.scenario
      ? `, ${settings.scenario} scenario`
      : '';
  const baselineUrl = liveBaselineUrl(settings);
  const baseline =
    baselineUrl === undefined
      ? ''
      : `, the same traffic to the live baseline ${liveBaselineLabel(baselineUrl)}`;
  const shard = settings.shard
    ? `; this leg runs shard ${settings.shard.index + 1}/${settings.shard.count} of it`
    : '';
  return `${settings.targetUrl}, ${endpoints}, ${load} for ${formatDuration(totalMs)}${scenario}${baseline}${shard}`;
}

/**
 * e.g. `[ 10s/30s] vus=20 req/s=812.4 p95=23.1ms errors=0.00% (8,124 requests)`; with a
 * live baseline both targets, e.g.
 * `[ 10s/30s] vus=20 canary req/s=812.4 p95=12.0ms errors=0.00% | baseline req/s=809.0 p95=11.0ms errors=0.00% (8,124 + 8,090 requests)`
 */
export function formatProgressLine(sample: ProgressSample): string {
  const seconds = (ms: number): string => `${Math.round(ms / 1000)}s`;
  const elapsed =
    sample.plannedMs > 0
      ? `${seconds(sample.elapsedMs)}/${seconds(sample.plannedMs)}`
      : seconds(sample.elapsedMs);
  const figures = (of: ProgressSample): string => {
    const p95 = of.p95Ms === null ? 'n/a' : `${of.p95Ms.toFixed(1)}ms`;
    return `req/s=${of.rps.toFixed(1)} p95=${p95} errors=${of.errorPercent.toFixed(2)}%`;
  };
  const count = (of: ProgressSample): string => of.requests.toLocaleString('en-US');
  const head = `[${elapsed.padStart(8)}] vus=${sample.vus}`;
  const baseline = sample.baseline;
  if (baseline === undefined) return `${head} ${figures(sample)} (${count(sample)} requests)`;
  return (
    `${head} canary ${figures(sample)} | baseline ${figures(baseline)} ` +
    `(${count(sample)} + ${count(baseline)} requests)`
  );
}

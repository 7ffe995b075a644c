/** One-line descriptions of a run for the log: what will run, and how it is going. */
import type { Settings } from './config/settings.js';
import type { ProgressSample } from './engine/index.js';
import { formatDuration } from './syntax/durations.js';

/** e.g. `http://canary:8080, 3 endpoints, up to 20 VUs for 30s` */
export function describeRun(settings: Settings): string {
  const totalMs = settings.stages.reduce((sum, stage) => sum + stage.durationMs, 0);
  const endpoints = settings.endpoints.length === 1 ? '1 endpoint' : `${settings.endpoints.length} endpoints`;
  const load =
    settings.model === 'open'
      ? `up to ${Math.max(...settings.stages.map((stage) => stage.target))} req/s (max-vus ${settings.maxVus})`
      : `up to ${settings.maxVus} VUs`;
  const scenario = settings.scenario ? `, ${settings.scenario} scenario` : '';
  return `${settings.targetUrl}, ${endpoints}, ${load} for ${formatDuration(totalMs)}${scenario}`;
}

/** e.g. `[ 10s/30s] vus=20 req/s=812.4 p95=23.1ms errors=0.00% (8,124 requests)` */
export function formatProgressLine(sample: ProgressSample): string {
  const seconds = (ms: number): string => `${Math.round(ms / 1000)}s`;
  const elapsed =
    sample.plannedMs > 0
      ? `${seconds(sample.elapsedMs)}/${seconds(sample.plannedMs)}`
      : seconds(sample.elapsedMs);
  const p95 = sample.p95Ms === null ? 'n/a' : `${sample.p95Ms.toFixed(1)}ms`;
  return (
    `[${elapsed.padStart(8)}] vus=${sample.vus} req/s=${sample.rps.toFixed(1)} p95=${p95} ` +
    `errors=${sample.errorPercent.toFixed(2)}% (${sample.requests.toLocaleString('en-US')} requests)`
  );
}

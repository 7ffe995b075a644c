/**
 * A server metric's query as sent: `{{target}}` replaced by the side's label value
 * (the query's own `labels:` over `target-labels:`), `{{window}}` by the run's length
 * as a PromQL duration (whole seconds, at least 1s).
 */
import type { ServerMetricQuery, TargetLabels } from '../../config/server-metrics-settings.js';

export type Side = keyof TargetLabels;

/** The value `{{target}}` stands for on one side; the side's name when none is given (then unused: see settings). */
export function targetLabel(metric: ServerMetricQuery, labels: TargetLabels, side: Side): string {
  return metric.labels?.[side] ?? labels[side] ?? side;
}

export function promDuration(ms: number): string {
  return `${Math.max(1, Math.round(ms / 1000))}s`;
}

export function fillQuery(
  metric: ServerMetricQuery,
  labels: TargetLabels,
  side: Side,
  windowMs: number,
): string {
  return metric.query.replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (whole, name: string) => {
    if (name === 'target') return targetLabel(metric, labels, side);
    if (name === 'window') return promDuration(windowMs);
    return whole;
  });
}

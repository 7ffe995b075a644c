/**
 * The tags of each threshold against the config, before any load: `endpoint`/`name`
 * must name an endpoint of the mix, and a key that is not one of the metric's system
 * tags must be a custom tag some endpoint (or scenario) declares, else it is a typo
 * and gets "did you mean" with the keys the metric takes. The values' forms (a status
 * of three digits …) were checked by the grammar (slo/request-tags.ts).
 */
import { findMetric } from '../slo/metric-catalog.js';
import { takesCustomTags } from '../slo/request-tags.js';
import type { Threshold } from '../slo/types.js';
import { closestMatch, listOf, quote } from './describe.js';
import type { Issues } from './layers/layer.js';
import type { EndpointSettings } from './settings.js';

export interface ThresholdTagContext {
  endpoints: readonly Pick<EndpointSettings, 'name' | 'tags'>[];
  /** Custom tag keys declared elsewhere (a scenario's `tags:`). */
  declaredTags?: readonly string[];
  /** The run's scenarios; `default` alone (as k6's) when there is no `scenarios:` mapping. */
  scenarios?: readonly string[];
  /**
   * The measurements come from k6's files, whose samples carry the script's own tags:
   * any custom key may select, and names are k6's, not the config's endpoints.
   */
  fromK6?: boolean;
  /** With scenarios: the endpoint of a threshold that names its scenario is checked against that scenario instead (scenarios-settings.ts). */
  scenarioChecked?: boolean;
}

export function checkThresholdTags(
  thresholds: readonly Threshold[],
  context: ThresholdTagContext,
  issues: Issues,
): void {
  const names = context.endpoints.map((endpoint) => endpoint.name);
  const declared = [
    ...new Set([
      ...context.endpoints.flatMap((endpoint) => Object.keys(endpoint.tags ?? {})),
      ...(context.declaredTags ?? []),
    ]),
  ];
  for (const threshold of thresholds) {
    const metric = findMetric(threshold.metric);
    for (const [key, value] of Object.entries(threshold.tags)) {
      if (key === 'endpoint' || (key === 'name' && metric?.tags.includes('name'))) {
        const elsewhere = context.scenarioChecked === true && threshold.tags.scenario !== undefined;
        if (!context.fromK6 && !elsewhere && !names.includes(value)) {
          issues.add(threshold.origin, unknownEndpoint(threshold, key, value, names));
        }
        continue;
      }
      if (key === 'scenario' && metric?.tags.includes('scenario')) {
        const scenarios = context.scenarios ?? ['default'];
        if (!context.fromK6 && !scenarios.includes(value)) {
          issues.add(threshold.origin, unknownScenario(threshold, value, scenarios));
        }
        continue;
      }
      if (metric === undefined || metric.tags.includes(key) || !takesCustomTags(metric)) continue;
      if (context.fromK6 || declared.includes(key)) continue;
      issues.add(threshold.origin, unknownKey(threshold, key, metric.tags, declared));
    }
  }
}

function unknownEndpoint(threshold: Threshold, key: string, value: string, names: readonly string[]): string {
  const close = closestMatch(value, names);
  return (
    `got the tag {${key}:${value}} in ${quote(threshold.source)}, but no endpoint is named ${quote(value)}; ` +
    (close !== undefined
      ? `did you mean "${close}"?`
      : `expected one of ${listOf(names.map((name) => `"${name}"`))}`)
  );
}

function unknownScenario(threshold: Threshold, value: string, scenarios: readonly string[]): string {
  const close = closestMatch(value, scenarios);
  return (
    `got the tag {scenario:${value}} in ${quote(threshold.source)}, but the run has no scenario named ${quote(value)}; ` +
    (close !== undefined
      ? `did you mean "${close}"?`
      : `its scenarios are ${listOf(scenarios.map((name) => `"${name}"`))}` +
        (scenarios.length === 1 && scenarios[0] === 'default'
          ? ' (without a scenarios: mapping every request is in scenario "default", as in k6)'
          : ''))
  );
}

function unknownKey(
  threshold: Threshold,
  key: string,
  systemTags: readonly string[],
  declared: readonly string[],
): string {
  const close = closestMatch(key, [...systemTags, ...declared]);
  const custom =
    declared.length === 0
      ? "or a custom tag declared in an endpoint's tags: (none is declared)"
      : `or a custom tag declared in tags: (${listOf(declared)})`;
  return (
    `got the tag ${quote(key)} in ${quote(threshold.source)}, which is neither a tag of ${threshold.metric} nor a declared custom tag` +
    `${close !== undefined ? `; did you mean "${close}"?` : ''}; ${threshold.metric} takes ${listOf(systemTags)}, ${custom}`
  );
}

/**
 * The layer the action's inputs (or the CLI's flags) give. Inputs are text: each is
 * converted and checked here, and a problem names the input (and line, for the
 * multi-line ones).
 */
import { DurationSyntaxError, parseDuration } from '../../syntax/durations.js';
import {
  BASELINE_SOURCE_KEYS,
  baselineArtifactNameFrom,
  baselineMissingFrom,
  baselineSourceFrom,
  confidenceFrom,
} from '../baseline-settings.js';
import { didYouMean, listOf, quote } from '../describe.js';
import { endpointsFromInput } from '../endpoints-settings.js';
import { headerLines } from '../headers-settings.js';
import type { RawInputs } from '../inputs.js';
import { k6ResultsFrom } from '../k6-settings.js';
import { SCENARIO_NAMES, type ScenarioName } from '../settings.js';
import { modeFrom, shardFrom, startAtFrom } from '../shard-settings.js';
import { reportDirFrom, reportDirOptions } from '../report-dir-settings.js';
import { positiveDuration } from '../stages-settings.js';
import { checkTargetUrl } from '../target-url.js';
import { parseThresholds, thresholdLines } from '../threshold-settings.js';
import { pemReadOptions, readPathOptions, type ResolveOptions } from './file-layer.js';
import { workersFrom } from '../workers-settings.js';
import { INVALID, type Invalid, type Issues, type Layer, type Slot } from './layer.js';
import { transportLayer } from './transport-layer.js';

export function layerFromInputs(
  inputs: RawInputs,
  given: (name: keyof RawInputs) => string | undefined,
  issues: Issues,
  options: ResolveOptions,
): Layer {
  const add = (where: string, message: string): void => issues.add(where, message);
  const slot = <T>(name: keyof RawInputs, convert: (text: string, where: string) => T | Invalid): Slot<T> => {
    const text = given(name);
    if (text === undefined) return undefined;
    const where = issues.input(name);
    return issues.slot(where, () => convert(text, where));
  };
  const duration = (name: 'duration' | 'ramp-up' | 'timeout') =>
    slot(name, (text, where) => {
      try {
        const ms = parseDuration(text);
        return name === 'ramp-up' ? ms : positiveDuration(text, where, name, issues);
      } catch (error) {
        if (!(error instanceof DurationSyntaxError)) throw error;
        issues.add(where, error.message);
        return INVALID;
      }
    });
  const baselineSources = BASELINE_SOURCE_KEYS.flatMap((name) => {
    const text = given(name);
    return text === undefined ? [] : [{ key: name, value: text, where: issues.input(name) }];
  });
  const boolean = (name: 'fail-on-breach' | 'auto-rollback') =>
    slot(name, (text, where) => {
      if (/^(?:true|True|TRUE)$/.test(text)) return true;
      if (/^(?:false|False|FALSE)$/.test(text)) return false;
      issues.add(where, `got ${quote(text)}; expected true or false`);
      return INVALID;
    });

  return {
    targetUrl: slot('target-url', (text, where) => (checkTargetUrl(text, where, add) ? text : INVALID)),
    durationMs: duration('duration'),
    vus: slot('vus', (text, where) => {
      if (/^\d+$/.test(text) && Number(text) >= 1 && Number.isSafeInteger(Number(text))) return Number(text);
      issues.add(where, `got ${quote(text)}; expected a whole number of virtual users, 1 or more`);
      return INVALID;
    }),
    rampUpMs: duration('ramp-up'),
    endpoints: slot('endpoints', () => endpointsFromInput(inputs.endpoints, issues)),
    thresholds: slot('thresholds', () =>
      parseThresholds(thresholdLines(inputs.thresholds, issues.input), issues),
    ),
    headers: slot('headers', (_text, where) => headerLines(inputs.headers, where, issues)),
    timeoutMs: duration('timeout'),
    failOnBreach: boolean('fail-on-breach'),
    autoRollback: boolean('auto-rollback'),
    reportDir: slot(
      'report-dir',
      (text, where) => reportDirFrom(text, where, reportDirOptions(options), add) ?? INVALID,
    ),
    rate: slot('rate', (text, where) => {
      if (/^\d+(?:\.\d+)?$/.test(text) && Number(text) > 0) return Number(text);
      issues.add(where, `got ${quote(text)}; expected requests per second, a number above 0 such as 200`);
      return INVALID;
    }),
    maxVus: slot('max-vus', (text, where) => {
      if (/^\d+$/.test(text) && Number(text) >= 1 && Number.isSafeInteger(Number(text))) return Number(text);
      issues.add(where, `got ${quote(text)}; expected a whole number of requests in flight, 1 or more`);
      return INVALID;
    }),
    workers: slot('workers', (text, where) => workersFrom(text, where, add) ?? INVALID),
    scenario: slot('scenario', (text, where) => {
      if ((SCENARIO_NAMES as readonly string[]).includes(text)) return text as ScenarioName;
      issues.add(
        where,
        `got ${quote(text)}; expected one of ${listOf(SCENARIO_NAMES)}${didYouMean(text, SCENARIO_NAMES)}`,
      );
      return INVALID;
    }),
    baselineSource: baselineSources[0]
      ? issues.slot(baselineSources[0].where, () => {
          const named = baselineSourceFrom(baselineSources, options.workspace, add);
          return named ? named.source : INVALID;
        })
      : undefined,
    baselineArtifactName: slot(
      'baseline-artifact-name',
      (text, where) => baselineArtifactNameFrom(text, where, add) ?? INVALID,
    ),
    baselineMissing: slot(
      'baseline-missing',
      (text, where) => baselineMissingFrom(text, where, add) ?? INVALID,
    ),
    confidence: slot('confidence', (text, where) => confidenceFrom(text, where, add) ?? INVALID),
    ...transportLayer(
      (name) => {
        const text =
          name === 'client-key' || name === 'client-cert' ? inputs[name].trim() || undefined : given(name);
        return text === undefined ? undefined : { value: text, where: `input '${name}'` };
      },
      'inputs',
      pemReadOptions(options),
      issues,
    ),
    mode: slot('mode', (text, where) => modeFrom(text, where, add) ?? INVALID),
    shard: slot('shard', (text, where) => shardFrom(text, where, add) ?? INVALID),
    startAt: slot('start-at', (text, where) => startAtFrom(text, where, add) ?? INVALID),
    k6Results: slot(
      'k6-results',
      (text, where) => k6ResultsFrom(text, where, readPathOptions(options, ''), add) ?? INVALID,
    ),
    prometheusUrl: slot('prometheus-url', (text, where) =>
      checkTargetUrl(text, where, add) ? text : INVALID,
    ),
    prometheusHeaders: slot('prometheus-headers', (_text, where) =>
      headerLines(inputs['prometheus-headers'], where, issues),
    ),
  };
}

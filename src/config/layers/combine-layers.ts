/**
 * Combining the layers, key by key: an input that was given > the selected
 * environment block > the file's top level > the built-in default. What depends on
 * several keys (the load model, endpoint tags, the traffic keys) is checked once the
 * layers are picked, by the module of that concern.
 */
import { parseThreshold } from '../../slo/threshold-parser.js';
import { combineBaseline, type BaselineSettings } from '../baseline-settings.js';
import { liveBaselineProblem } from '../live-baseline.js';
import { DEFAULTS } from '../defaults.js';
import { defaultEndpoints, withContentType } from '../endpoints-settings.js';
import type { RawInputs } from '../inputs.js';
import { applyLoadModel, type Choice, type LoadModelLayers } from '../load-model.js';
import type { Settings, Stage } from '../settings.js';
import { checkK6Mode } from '../k6-settings.js';
import { checkShardChoices } from '../shard-settings.js';
import { shapeStages } from '../stages-settings.js';
import { checkScenarioMetrics } from '../threshold-settings.js';
import { checkThresholdTags } from '../threshold-tag-settings.js';
import { combineTraffic } from '../traffic/traffic-settings.js';
import { resolveWorkers } from '../workers-settings.js';
import { checkScenarioThresholds, DEFAULT_SCENARIO, scenarioSpan } from '../scenarios-settings.js';
import { scenariosOfLayers } from './combine-scenarios.js';
import { INVALID, pick, sourced, type Invalid, type Issues, type Layer, type Slot } from './layer.js';

/** The settings, or undefined when a value needed is invalid (its issue is already reported). */
export function combineLayers(
  layers: [input: Layer, env: Layer, top: Layer],
  given: (name: keyof RawInputs) => string | undefined,
  issues: Issues,
): Omit<Settings, 'environment' | 'configPath' | 'publish'> | undefined {
  const [, envLayer, topLayer] = layers;
  const value = <T>(slot: Slot<T>, fallback: T): T | Invalid =>
    slot === INVALID ? INVALID : slot === undefined ? fallback : slot.value;

  // Target URL.
  const targetSlot = pick(layers, 'targetUrl');
  if (targetSlot === undefined) {
    issues.add(
      issues.input('target-url'),
      `got nothing; expected the URL of the deployment under test, such as https://canary.example.com, as ${issues.input('target-url')} or target-url in the config file`,
    );
  }

  // Load shape. An environment that sets duration/vus/ramp-up replaces the top level's stages.
  const envShapes = [envLayer.durationMs, envLayer.vus, envLayer.rampUpMs].some((slot) => slot !== undefined);
  const stagesSlot = envLayer.stages ?? (envShapes ? undefined : topLayer.stages);
  const shapeInputs = (['duration', 'vus', 'ramp-up', 'rate', 'scenario'] as const).some(
    (name) => given(name) !== undefined,
  );
  // A duration input replaces the file's whole shape, its ramp-up with its stages: a quick
  // `--duration 3s` must not be refused for the file's 5s ramp-up. The ramp then comes
  // from the ramp-up input, or there is none.
  const rampSlot = given('duration') !== undefined ? layers[0].rampUpMs : pick(layers, 'rampUpMs');
  let stages: Stage[] | Invalid;
  if (stagesSlot !== undefined && !shapeInputs) {
    stages = value(stagesSlot, []);
  } else {
    stages = shapeStages(
      pick(layers, 'durationMs') ?? { value: DEFAULTS.durationMs, where: 'the default duration' },
      value(pick(layers, 'vus'), DEFAULTS.vus),
      rampSlot,
      issues,
    );
  }

  // Endpoints, headers, thresholds.
  const pending = value(pick(layers, 'endpoints'), defaultEndpoints());
  const headers = value(pick(layers, 'headers'), {});
  const choice = <T>(slot: Slot<T>): Choice<T> => (slot === INVALID ? 'invalid' : slot);
  const model: LoadModelLayers = {
    rate: choice(pick(layers, 'rate')),
    maxVus: choice(pick(layers, 'maxVus')),
    scenario: choice(pick(layers, 'scenario')),
    durationMs: choice(pick(layers, 'durationMs')),
    vus: choice(pick(layers, 'vus')),
    rampUpMs: choice(rampSlot),
    fileStages: stagesSlot !== undefined && !shapeInputs,
  };
  const loadModel = applyLoadModel(model, stages === INVALID ? undefined : stages, (where, message) =>
    issues.add(where, message),
  );
  const thresholds = value(pick(layers, 'thresholds'), [
    parseThreshold({
      text: loadModel?.defaultThreshold ?? DEFAULTS.threshold,
      origin: 'the default thresholds',
    }),
  ]);
  const knownHeaders = headers === INVALID ? {} : headers;
  const endpoints =
    pending === INVALID ? INVALID : pending.map((item) => withContentType(item, knownHeaders));
  const hasScenarios = pick(layers, 'scenarios') !== undefined;
  if (thresholds !== INVALID && loadModel) checkScenarioMetrics(thresholds, loadModel.scenario, issues);

  // Test data, setup, think time, isolation; checked against the endpoints, headers and thresholds.
  const dataSlot = pick(layers, 'data');
  const setupSlot = pick(layers, 'setup');
  const thinkTimeSlot = pick(layers, 'thinkTime');
  const isolationSlot = pick(layers, 'isolation');
  const headersSlot = pick(layers, 'headers');
  const traffic =
    [dataSlot, setupSlot, thinkTimeSlot, isolationSlot].includes(INVALID) ||
    pending === INVALID ||
    endpoints === INVALID ||
    headers === INVALID ||
    thresholds === INVALID
      ? INVALID
      : combineTraffic(
          {
            data: sourced(dataSlot),
            setup: sourced(setupSlot, (list) =>
              list.map((item) => ({ endpoint: withContentType(item, knownHeaders), where: item.where })),
            ),
            thinkTime: sourced(thinkTimeSlot),
            isolation: sourced(isolationSlot),
            endpoints: endpoints.map((endpoint, i) => ({ endpoint, where: pending[i]!.where })),
            headers: sourced(headersSlot),
            // With scenarios, thresholds are checked against the scenario they name (combine-scenarios.ts).
            thresholds: hasScenarios ? [] : thresholds,
          },
          (where, message) => issues.add(where, message),
        );

  // Open-model journeys are per slot; a live baseline's twin slots would not share their draws.
  const rateSlot = pick(layers, 'rate');
  const liveSource = pick(layers, 'baselineSource');
  if (
    loadModel?.model === 'open' &&
    traffic !== INVALID &&
    traffic !== null &&
    traffic !== undefined &&
    liveSource !== undefined &&
    liveSource !== INVALID &&
    liveSource.value?.kind === 'live'
  ) {
    issues.add(
      rateSlot !== undefined && rateSlot !== INVALID ? rateSlot.where : issues.input('rate'),
      'the open model (rate) with a live baseline does not run per-user sessions yet, and this config uses data, setup, captures, checks, think-time or isolation; ' +
        'expected vus (the closed model) for such traffic with a live baseline, or no baseline-url',
    );
  }

  const workersSlot = pick(layers, 'workers');
  const workers =
    workersSlot === INVALID
      ? INVALID
      : (resolveWorkers(sourced(workersSlot), loadModel?.scenario, (where, message) =>
          issues.add(where, message),
        ) ?? INVALID);

  const targetUrl = targetSlot === undefined ? INVALID : value(targetSlot, '');
  const timeoutMs = value(pick(layers, 'timeoutMs'), DEFAULTS.timeoutMs);
  const failOnBreach = value(pick(layers, 'failOnBreach'), DEFAULTS.failOnBreach);
  const autoRollback = value(pick(layers, 'autoRollback'), DEFAULTS.autoRollback);
  const reportDir = value(pick(layers, 'reportDir'), DEFAULTS.reportDir);
  const baseline = combineBaselineLayers(layers, targetUrl === INVALID ? undefined : targetUrl, issues);
  const liveProblem = baseline === INVALID ? undefined : liveBaselineProblem(baseline, loadModel?.scenario);
  if (liveProblem) {
    const sourceSlot = pick(layers, 'baselineSource');
    issues.add(
      sourceSlot && sourceSlot !== INVALID ? sourceSlot.where : issues.input('baseline-url'),
      liveProblem,
    );
  }
  const scenarios =
    pending === INVALID || headers === INVALID || thresholds === INVALID || baseline === INVALID
      ? INVALID
      : scenariosOfLayers(
          layers,
          {
            endpoints: pending,
            headers,
            headersSlot: sourced(headersSlot),
            data: dataSlot,
            setup: setupSlot,
            thinkTime: thinkTimeSlot,
            isolation: isolationSlot,
            thresholds,
          },
          baseline,
          issues,
        );
  if (scenarios !== INVALID && scenarios !== undefined && thresholds !== INVALID) {
    checkScenarioThresholds(thresholds, scenarios, (where, message) => issues.add(where, message));
  }
  const shardSlots = [pick(layers, 'mode'), pick(layers, 'shard'), pick(layers, 'startAt')] as const;
  const shardChoices = {
    mode: sourced(shardSlots[0]),
    shard: sourced(shardSlots[1]),
    startAt: sourced(shardSlots[2]),
  };
  const shardsOk =
    !shardSlots.includes(INVALID) &&
    checkShardChoices(
      shardChoices,
      { scenario: loadModel?.scenario, baseline: baseline === INVALID ? undefined : baseline },
      (where, message) => issues.add(where, message),
    );
  const k6Slot = pick(layers, 'k6Results');
  const k6Results = sourced(k6Slot)?.value;
  if (endpoints !== INVALID && thresholds !== INVALID && scenarios !== INVALID) {
    // With scenarios, a tag names an endpoint or a custom tag of any scenario; a threshold
    // that names its scenario has its endpoint checked against that one (scenarios-settings.ts).
    const scenarioList = scenarios ?? [];
    checkThresholdTags(
      thresholds,
      {
        endpoints: scenarioList.length > 0 ? scenarioList.flatMap((one) => one.endpoints) : endpoints,
        declaredTags: scenarioList.flatMap((one) => Object.keys(one.tags)),
        scenarios: scenarioList.length > 0 ? scenarioList.map((one) => one.name) : [DEFAULT_SCENARIO],
        scenarioChecked: scenarioList.length > 0,
        fromK6: k6Results !== undefined,
      },
      issues,
    );
  }
  const k6Ok =
    k6Slot !== INVALID &&
    checkK6Mode(k6Results, shardChoices.mode, (where, message) => issues.add(where, message));
  if (
    !shardsOk ||
    !k6Ok ||
    targetUrl === INVALID ||
    loadModel === undefined ||
    stages === INVALID ||
    endpoints === INVALID ||
    thresholds === INVALID ||
    headers === INVALID ||
    timeoutMs === INVALID ||
    failOnBreach === INVALID ||
    autoRollback === INVALID ||
    reportDir === INVALID ||
    workers === INVALID ||
    traffic === INVALID ||
    traffic === null ||
    scenarios === INVALID ||
    baseline === INVALID ||
    liveProblem !== undefined
  ) {
    return undefined;
  }
  return {
    targetUrl,
    // With scenarios, the run's own shape is their span: what the start-at wait and the plan's length read.
    ...(scenarios ? scenarioSpan(scenarios) : { stages: loadModel.stages, maxVus: loadModel.maxVus }),
    ...(loadModel.model ? { model: loadModel.model } : {}),
    ...(loadModel.scenario ? { scenario: loadModel.scenario } : {}),
    endpoints,
    thresholds,
    headers,
    timeoutMs,
    failOnBreach,
    autoRollback,
    reportDir,
    workers,
    ...(traffic ? { traffic } : {}),
    ...(scenarios ? { scenarios } : {}),
    ...(baseline ? { baseline } : {}),
    ...(shardChoices.mode?.value === 'merge' ? { mode: 'merge' as const } : {}),
    ...(shardChoices.shard ? { shard: shardChoices.shard.value } : {}),
    ...(shardChoices.startAt
      ? { startAt: { ...shardChoices.startAt.value, where: shardChoices.startAt.where } }
      : {}),
    ...(k6Results ? { k6Results } : {}),
  };
}

/** The baseline keys, each from the highest layer that gives it (the source as one key: see baseline-settings.ts). */
function combineBaselineLayers(
  layers: Layer[],
  targetUrl: string | undefined,
  issues: Issues,
): BaselineSettings | undefined | Invalid {
  const source = pick(layers, 'baselineSource');
  const artifactName = pick(layers, 'baselineArtifactName');
  const missing = pick(layers, 'baselineMissing');
  const confidence = pick(layers, 'confidence');
  if ([source, artifactName, missing, confidence].includes(INVALID)) return INVALID;
  const chosen = combineBaseline(
    {
      source: sourced(source),
      artifactName: sourced(artifactName),
      missing: sourced(missing),
      confidence: sourced(confidence),
    },
    targetUrl,
    (where, message) => issues.add(where, message),
  );
  return chosen === null ? INVALID : chosen;
}

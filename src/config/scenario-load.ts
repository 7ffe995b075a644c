/**
 * One scenario's executor and load options → the load the engine runs: stages (VUs for
 * the closed model, requests per second for the open one), the cap on VUs, the
 * iteration budget, the planned length. Options follow k6 (lib/executor/*.go): their
 * names (kebab-case or k6's camelCase), defaults and cross-checks; an option another
 * executor takes is refused naming the executor and what it takes.
 */
import { formatDuration, parseDuration } from '../syntax/durations.js';
import { listOf, quote } from './describe.js';
import { EXECUTOR_OPTIONS, SCENARIO_DEFAULTS, type LoadOption } from './scenario-executors.js';
import { SCENARIO_ALIASES, type ScenarioValue } from './schema/scenarios-schema.js';
import type { AddIssue } from './settings-error.js';
import type { ScenarioLoad, Stage } from './settings.js';

type Located<T> = { value: T; where: string } | undefined;

/** The option given under either spelling; both at once is a mistake. */
function option<K extends keyof ScenarioValue>(
  value: ScenarioValue,
  key: K,
  locate: (key: string) => string,
  add: AddIssue,
): Located<NonNullable<ScenarioValue[K]>> | 'invalid' {
  const camel = (SCENARIO_ALIASES as Record<string, string>)[key as string];
  const kebabValue = value[key];
  const camelValue = camel === undefined ? undefined : (value as Record<string, unknown>)[camel];
  if (kebabValue !== undefined && camelValue !== undefined) {
    add(
      locate(camel!),
      `got both ${key as string} and ${camel}, which are the same option; expected one of them`,
    );
    return 'invalid';
  }
  if (kebabValue !== undefined)
    return { value: kebabValue as NonNullable<ScenarioValue[K]>, where: locate(key as string) };
  if (camelValue !== undefined)
    return { value: camelValue as NonNullable<ScenarioValue[K]>, where: locate(camel!) };
  return undefined;
}

const ALL_OPTIONS: readonly LoadOption[] = [
  'vus',
  'duration',
  'stages',
  'rate',
  'time-unit',
  'pre-allocated-vus',
  'max-vus',
  'iterations',
  'start-vus',
  'start-rate',
  'max-duration',
];

/** The scenario's load, or undefined when an option is wrong (its issue reported). */
export function scenarioLoad(
  value: ScenarioValue,
  where: string,
  locate: (key: string) => string,
  add: AddIssue,
): ScenarioLoad | undefined {
  const executor = value.executor;
  const { takes, required } = EXECUTOR_OPTIONS[executor];
  let ok = true;
  const given = new Map<LoadOption, { value: unknown; where: string }>();
  for (const name of ALL_OPTIONS) {
    const found = option(value, name as keyof ScenarioValue, locate, add);
    if (found === 'invalid') ok = false;
    else if (found !== undefined) given.set(name, found);
  }
  for (const [name, found] of given) {
    if (takes.includes(name)) continue;
    add(
      found.where,
      `${name} is not an option of ${executor}; it takes ${listOf([...takes], 'and')} (and start-time, graceful-stop, endpoints, tags, env)`,
    );
    ok = false;
  }
  for (const name of required) {
    if (given.has(name)) continue;
    add(where, `got no ${name}; expected ${name} for the ${executor} executor (k6 requires it too)`);
    ok = false;
  }
  const common = {
    startTime: option(value, 'start-time', locate, add),
    gracefulStop: option(value, 'graceful-stop', locate, add),
  };
  if (!ok || common.startTime === 'invalid' || common.gracefulStop === 'invalid') return undefined;

  const number = (name: LoadOption, fallback: number): number =>
    (given.get(name)?.value as number | undefined) ?? fallback;
  const ms = (name: LoadOption, fallback: number): number => {
    const text = given.get(name)?.value as string | undefined;
    return text === undefined ? fallback : parseDuration(text);
  };
  const startTimeMs = common.startTime ? parseDuration(common.startTime.value) : 0;
  const gracefulStopMs = common.gracefulStop
    ? parseDuration(common.gracefulStop.value)
    : SCENARIO_DEFAULTS.gracefulStopMs;
  const base = { executor, startTimeMs, gracefulStopMs };
  const positive = (name: LoadOption, durationMs: number): boolean => {
    if (durationMs > 0) return true;
    const found = given.get(name);
    add(
      found?.where ?? where,
      `got ${quote(found?.value ?? '0s')}; expected a ${name} longer than 0, such as 30s`,
    );
    return false;
  };
  const stagesOf = (perSecond: number): Stage[] =>
    ((given.get('stages')?.value ?? []) as { duration: string; target: number }[]).map((stage) => ({
      durationMs: parseDuration(stage.duration),
      target: stage.target * perSecond,
    }));
  const total = (stages: readonly Stage[]): number =>
    stages.reduce((sum, stage) => sum + stage.durationMs, 0);

  switch (executor) {
    case 'constant-vus': {
      const vus = number('vus', SCENARIO_DEFAULTS.vus);
      const durationMs = ms('duration', 0);
      if (!positive('duration', durationMs)) return undefined;
      return { ...base, stages: hold(vus, durationMs), maxVus: vus, plannedMs: durationMs };
    }
    case 'ramping-vus': {
      const start = number('start-vus', SCENARIO_DEFAULTS.startVus);
      const stages = [{ durationMs: 0, target: start }, ...stagesOf(1)];
      const plannedMs = total(stages);
      if (!positive('stages', plannedMs)) return undefined;
      const peak = Math.max(...stages.map((stage) => stage.target));
      if (peak === 0) {
        add(
          given.get('stages')!.where,
          'got stages that all target 0 VUs and start-vus 0; expected some stage with a target of 1 or more',
        );
        return undefined;
      }
      return { ...base, stages, maxVus: peak, plannedMs };
    }
    case 'constant-arrival-rate':
    case 'ramping-arrival-rate': {
      const timeUnitMs = ms('time-unit', SCENARIO_DEFAULTS.timeUnitMs);
      if (!positive('time-unit', timeUnitMs)) return undefined;
      const perSecond = 1000 / timeUnitMs;
      let stages: Stage[];
      if (executor === 'constant-arrival-rate') {
        const durationMs = ms('duration', 0);
        if (!positive('duration', durationMs)) return undefined;
        stages = hold(number('rate', 0) * perSecond, durationMs);
      } else {
        stages = [
          { durationMs: 0, target: number('start-rate', SCENARIO_DEFAULTS.startRate) * perSecond },
          ...stagesOf(perSecond),
        ];
        if (!positive('stages', total(stages))) return undefined;
      }
      const preAllocatedVus = number('pre-allocated-vus', 0);
      const maxVus = number('max-vus', preAllocatedVus);
      if (maxVus < preAllocatedVus) {
        add(
          given.get('max-vus')!.where,
          `got ${maxVus}, below pre-allocated-vus (${preAllocatedVus}); expected max-vus of ${preAllocatedVus} or more (as k6)`,
        );
        return undefined;
      }
      if (maxVus === 0) {
        add(
          where,
          'got pre-allocated-vus 0 and no max-vus; expected max-vus of 1 or more, so an iteration can start',
        );
        return undefined;
      }
      return { ...base, stages, maxVus, model: 'open', preAllocatedVus, plannedMs: total(stages) };
    }
    case 'per-vu-iterations':
    case 'shared-iterations': {
      const vus = number('vus', SCENARIO_DEFAULTS.vus);
      const iterations = number('iterations', SCENARIO_DEFAULTS.iterations);
      const maxDurationMs = ms('max-duration', SCENARIO_DEFAULTS.maxDurationMs);
      if (!positive('max-duration', maxDurationMs)) return undefined;
      if (executor === 'shared-iterations' && iterations < vus) {
        add(
          given.get('iterations')?.where ?? where,
          `got ${iterations} iterations for ${vus} VUs; expected at least as many iterations as VUs (as k6)`,
        );
        return undefined;
      }
      const kind = executor === 'per-vu-iterations' ? 'per-vu' : 'shared';
      return {
        ...base,
        stages: hold(vus, maxDurationMs),
        maxVus: vus,
        iterations: { kind, iterations },
        plannedMs: maxDurationMs,
      };
    }
  }
}

/** A level from the start (a 0-length jump to it), held for `durationMs`. */
function hold(level: number, durationMs: number): Stage[] {
  return [
    { durationMs: 0, target: level },
    { durationMs, target: level },
  ];
}

/** "2m30s after the start" style, for reports. */
export function describeStart(startTimeMs: number): string {
  return startTimeMs === 0 ? 'at the start' : `${formatDuration(startTimeMs)} after the start`;
}

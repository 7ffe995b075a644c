/**
 * The k6 executors a scenario may name, and which load options each takes
 * (lib/executor/*.go in grafana/k6): the table both the schema and the settings read.
 */
export const EXECUTORS = [
  'constant-vus',
  'ramping-vus',
  'constant-arrival-rate',
  'ramping-arrival-rate',
  'per-vu-iterations',
  'shared-iterations',
] as const;
export type Executor = (typeof EXECUTORS)[number];

/** A load option by its file name (kebab-case). */
export type LoadOption =
  | 'vus'
  | 'duration'
  | 'stages'
  | 'rate'
  | 'time-unit'
  | 'pre-allocated-vus'
  | 'max-vus'
  | 'iterations'
  | 'start-vus'
  | 'start-rate'
  | 'max-duration';

/** The options each executor takes; `required` ones have no default (as in k6). */
export const EXECUTOR_OPTIONS: Record<
  Executor,
  { takes: readonly LoadOption[]; required: readonly LoadOption[] }
> = {
  'constant-vus': { takes: ['vus', 'duration'], required: ['duration'] },
  'ramping-vus': { takes: ['start-vus', 'stages'], required: ['stages'] },
  'constant-arrival-rate': {
    takes: ['rate', 'time-unit', 'duration', 'pre-allocated-vus', 'max-vus'],
    required: ['rate', 'duration', 'pre-allocated-vus'],
  },
  'ramping-arrival-rate': {
    takes: ['start-rate', 'time-unit', 'stages', 'pre-allocated-vus', 'max-vus'],
    required: ['stages', 'pre-allocated-vus'],
  },
  'per-vu-iterations': { takes: ['vus', 'iterations', 'max-duration'], required: [] },
  'shared-iterations': { takes: ['vus', 'iterations', 'max-duration'], required: [] },
};

/** The arrival-rate executors: the open model. */
export function isArrivalRate(executor: Executor): boolean {
  return executor === 'constant-arrival-rate' || executor === 'ramping-arrival-rate';
}

/** k6's defaults (lib/executor/*.go). */
export const SCENARIO_DEFAULTS = {
  vus: 1,
  startVus: 1,
  iterations: 1,
  timeUnitMs: 1000,
  maxDurationMs: 10 * 60_000,
  gracefulStopMs: 30_000,
  startRate: 0,
} as const;

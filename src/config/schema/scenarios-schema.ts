/**
 * The `scenarios:` key's schema fragment (read by config/scenarios-settings.ts): a
 * mapping of scenario names to k6-style scenarios. Every option has the file's usual
 * kebab-case name and k6's own camelCase spelling (`time-unit` or `timeUnit`), since
 * users copy k6 options as they are; which options an executor takes is checked in
 * scenarios-settings.ts, which can name the executor in its message.
 */
import { z } from 'zod';

import { didYouMean, listOf, quote } from '../describe.js';
import { EXECUTORS } from '../scenario-executors.js';
import { endpointListSchema, setupListSchema } from './endpoint-schema.js';
import { duration, whenWrongType, wholeNumber } from './schema-parts.js';
import { dataSchema, isolationSchema, thinkTimeSchema } from './traffic-schema.js';

/** k6's rule for scenario names (lib/executor/base_config.go). */
export const SCENARIO_NAME_PATTERN = '^[0-9A-Za-z_-]+$';

const executorSchema = z
  .enum(EXECUTORS, {
    error: (iss) =>
      `got ${quote(iss.input)}; expected one of ${listOf(EXECUTORS)}` +
      (typeof iss.input === 'string' ? didYouMean(iss.input, EXECUTORS) : ''),
  })
  .meta({ description: 'How the scenario drives its load (k6 executors).' });

const stageSchema = z.strictObject(
  {
    duration: duration('How long this stage lasts.'),
    target: wholeNumber(
      0,
      'a whole number, 0 or more (VUs, or iterations per time-unit for ramping-arrival-rate)',
      'VUs reached at the end of the stage (ramping-vus), or iterations per time-unit (ramping-arrival-rate).',
    ),
  },
  {
    error: whenWrongType(
      (input) =>
        `got ${quote(input)}; expected a stage {duration, target} such as {duration: 30s, target: 20}`,
    ),
  },
);

const stagesSchema = z
  .array(stageSchema, {
    error: whenWrongType(
      (input) => `got ${quote(input)}; expected a list of stages such as [{duration: 30s, target: 20}]`,
    ),
  })
  .min(1, { error: () => 'got an empty list; expected at least one stage such as {duration: 30s, target: 20}' })
  .meta({ description: 'ramping-vus / ramping-arrival-rate: linear ramps, stage after stage.' });

const count = (min: number, description: string) =>
  wholeNumber(min, `a whole number, ${min} or more`, description).optional();

const rateSchema = z
  .number({ error: (iss) => `got ${quote(iss.input)}; expected iterations per time-unit, above 0` })
  .positive({ error: (iss) => `got ${quote(iss.input)}; expected iterations per time-unit, above 0` })
  .meta({ description: 'constant-arrival-rate: iterations started per time-unit.' })
  .optional();

const startRateSchema = z
  .number({ error: (iss) => `got ${quote(iss.input)}; expected iterations per time-unit, 0 or more` })
  .nonnegative({ error: (iss) => `got ${quote(iss.input)}; expected iterations per time-unit, 0 or more` })
  .meta({ description: 'ramping-arrival-rate: the rate before the first stage (default 0).' })
  .optional();

const textMap = (description: string) =>
  z
    .record(
      z.string(),
      z.union([z.string(), z.number(), z.boolean()], {
        error: (iss) => `got ${quote(iss.input)}; expected a text value`,
      }),
      { error: whenWrongType((input) => `got ${quote(input)}; expected a mapping of names to values`) },
    )
    .meta({ description })
    .optional();

/** The options with two spellings: the file's kebab-case name → k6's camelCase one. */
export const SCENARIO_ALIASES = {
  'time-unit': 'timeUnit',
  'pre-allocated-vus': 'preAllocatedVUs',
  'max-vus': 'maxVUs',
  'start-vus': 'startVUs',
  'start-rate': 'startRate',
  'max-duration': 'maxDuration',
  'start-time': 'startTime',
  'graceful-stop': 'gracefulStop',
} as const;

const LOAD_OPTIONS = {
  vus: count(1, 'constant-vus, per-vu-iterations, shared-iterations: VUs (default 1).'),
  duration: duration('constant-vus, constant-arrival-rate: how long the scenario runs.').optional(),
  stages: stagesSchema.optional(),
  rate: rateSchema,
  'time-unit': duration('Arrival-rate executors: the period `rate` counts in (default 1s).').optional(),
  'pre-allocated-vus': count(
    0,
    'Arrival-rate executors: VUs (connections, sessions) ready before the start; required, as in k6.',
  ),
  'max-vus': count(1, 'Arrival-rate executors: the most VUs (default pre-allocated-vus).'),
  iterations: count(
    1,
    'per-vu-iterations: iterations per VU; shared-iterations: iterations shared by the VUs (default 1).',
  ),
  'start-vus': count(0, 'ramping-vus: VUs before the first stage (default 1).'),
  'start-rate': startRateSchema,
  'max-duration': duration('per-vu-iterations, shared-iterations: the longest the scenario runs (default 10m).').optional(),
  'start-time': duration('When the scenario starts, after the run starts (default 0s).').optional(),
  'graceful-stop': duration(
    'How long requests in flight at the scenario end may take before they are cut (default 30s).',
  ).optional(),
};

const camelCaseOptions = Object.fromEntries(
  Object.entries(SCENARIO_ALIASES).map(([kebab, camel]) => [
    camel,
    LOAD_OPTIONS[kebab as keyof typeof LOAD_OPTIONS],
  ]),
) as { [K in keyof typeof SCENARIO_ALIASES as (typeof SCENARIO_ALIASES)[K]]: (typeof LOAD_OPTIONS)[K] };

export const scenarioSchema = z.strictObject(
  {
    executor: executorSchema,
    ...LOAD_OPTIONS,
    ...camelCaseOptions,
    endpoints: endpointListSchema.meta({ description: 'This scenario’s request mix (default: the top level’s).' }).optional(),
    setup: setupListSchema.optional(),
    data: dataSchema.optional(),
    'think-time': thinkTimeSchema.optional(),
    isolation: isolationSchema.optional(),
    tags: textMap('Tags of every request of the scenario (k6 `tags`).'),
    env: textMap('Values the scenario’s templates read as {{NAME}} (k6 `env`).'),
  },
  {
    error: whenWrongType(
      (input) =>
        `got ${quote(input)}; expected a scenario such as {executor: constant-vus, vus: 10, duration: 30s}`,
    ),
  },
);

export type ScenarioValue = z.infer<typeof scenarioSchema>;

export const SCENARIOS_SHAPE = {
  scenarios: z
    .record(
      z.string().regex(new RegExp(SCENARIO_NAME_PATTERN), {
        error: (iss) =>
          `got ${quote(iss.input)}; expected a scenario name of letters, digits, _ and - (as k6 allows)`,
      }),
      scenarioSchema,
      {
        error: whenWrongType(
          (input) =>
            `got ${quote(input)}; expected a mapping of scenario names to scenarios, such as {browse: {executor: constant-vus, vus: 10, duration: 30s}}`,
        ),
      },
    )
    .meta({
      description:
        'Several scenarios in one run, as k6 has them: each with its executor, load, start time, journey and tags.',
    })
    .optional(),
};

/**
 * The shape of the YAML config file (`.github/loadgate.yml`), as a zod schema.
 * It checks types and forms and gives each failure a message that quotes the value
 * and names the form expected; config/resolve-settings.ts turns the parsed blocks into
 * `Settings`. The same schema is emitted as JSON Schema (schema/loadgate.schema.json)
 * for editor completion, so it holds no transforms: values come out as written.
 *
 * Each concern brings its fragment (endpoint-schema.ts, threshold-schema.ts,
 * traffic-schema.ts); this module assembles the blocks. To add a key: add it to
 * `SETTINGS_SHAPE` (then it is valid at the top level and in every `environments:`
 * block), read it in a settings module of its own, run `npm run schema`.
 */
import { z } from 'zod';

import { listOf, quote } from '../describe.js';
import { SCENARIO_NAMES } from '../settings.js';
import { targetUrlProblem } from '../target-url.js';
import { BASELINE_SHAPE } from './baseline-schema.js';
import { K6_SHAPE } from './k6-schema.js';
import { SHARD_SHAPE } from './shard-schema.js';
import { endpointListSchema, headersSchema, setupListSchema } from './endpoint-schema.js';
import { PUBLISH_SHAPE, SECRET_SHAPE } from './publish-schema.js';
import { duration, flag, text, wholeNumber, whenWrongType } from './schema-parts.js';
import { SCENARIOS_SHAPE } from './scenarios-schema.js';
import { SERVER_METRICS_SHAPE } from './server-metrics-schema.js';
import { thresholdsSchema } from './threshold-schema.js';
import { TRANSPORT_SHAPE } from './transport-schema.js';
import { dataSchema, isolationSchema, thinkTimeSchema } from './traffic-schema.js';
import { workersSchema } from './workers-schema.js';

const stageSchema = z.strictObject(
  {
    duration: duration('How long this stage lasts.'),
    target: wholeNumber(
      0,
      'a whole number of virtual users (or requests per second when rate is set), 0 or more',
      'VUs reached at the end of the stage; requests per second when `rate` is set (open model).',
    ),
  },
  {
    error: whenWrongType(
      (input) =>
        `got ${quote(input)}; expected a stage {duration, target} such as {duration: 30s, target: 20}`,
    ),
  },
);

/** Keys valid at the top level and in each `environments:` block. All optional. */
export const SETTINGS_SHAPE = {
  'target-url': z
    .string({ error: (iss) => `got ${quote(iss.input)}; expected an http or https URL` })
    .superRefine((value, ctx) => {
      const problem = targetUrlProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
    })
    .meta({ description: 'Base URL of the deployment under test (http or https).', format: 'uri' })
    .optional(),
  duration: duration('How long the load runs, e.g. 30s, 2m, 1m30s (default 30s).').optional(),
  vus: wholeNumber(
    1,
    'a whole number of virtual users, 1 or more',
    'Concurrent virtual users (default 10).',
  ).optional(),
  'ramp-up': duration('Time to ramp from 0 to vus, part of duration (default 0s).').optional(),
  rate: z
    .number({ error: (iss) => `got ${quote(iss.input)}; expected requests per second, above 0` })
    .positive({ error: (iss) => `got ${quote(iss.input)}; expected requests per second, above 0` })
    .meta({
      description:
        'Requests per second. When set, the open model is used: requests arrive at this rate (or at the req/s of `stages`) whether or not the target keeps up.',
    })
    .optional(),
  'max-vus': wholeNumber(
    1,
    'a whole number of requests in flight, 1 or more',
    'Open model: cap on requests in flight (default: the peak rate, at least 100, at most 5000). Requests that find it reached wait; those that wait as long as the timeout are dropped.',
  ).optional(),
  workers: workersSchema.optional(),
  scenario: z
    .enum(SCENARIO_NAMES, {
      error: (iss) => `got ${quote(iss.input)}; expected one of ${listOf(SCENARIO_NAMES)}`,
    })
    .meta({ description: 'A preset load shape scaled by rate or vus and duration.' })
    .optional(),
  stages: z
    .array(stageSchema, {
      error: whenWrongType(
        (input) => `got ${quote(input)}; expected a list of stages such as [{duration: 30s, target: 20}]`,
      ),
    })
    .min(1, {
      error: () => 'got an empty list; expected at least one stage such as {duration: 30s, target: 20}',
    })
    .meta({ description: 'Load shape: move linearly to `target` VUs over `duration`, stage after stage.' })
    .optional(),
  endpoints: endpointListSchema
    .meta({ description: 'The weighted request mix (default `GET /`).' })
    .optional(),
  thresholds: thresholdsSchema.optional(),
  headers: headersSchema.optional(),
  timeout: duration('Per-request timeout (default 10s).').optional(),
  'fail-on-breach': flag('Fail the step when the verdict is fail (default true).').optional(),
  'auto-rollback': flag(
    'Set the rollback output to true when the verdict is fail (default true).',
  ).optional(),
  'report-dir': text(
    'a directory path',
    'Where report.md and results.json are written (default loadgate-report).',
  ).optional(),
  data: dataSchema.optional(),
  setup: setupListSchema.optional(),
  'think-time': thinkTimeSchema.optional(),
  isolation: isolationSchema.optional(),
  ...BASELINE_SHAPE,
  ...SHARD_SHAPE,
  ...PUBLISH_SHAPE,
  ...SECRET_SHAPE,
  ...TRANSPORT_SHAPE,
  ...K6_SHAPE,
  ...SERVER_METRICS_SHAPE,
  ...SCENARIOS_SHAPE,
};

const blockError = whenWrongType(
  (input) => `got ${quote(input)}; expected a mapping of settings such as {duration: 30s, vus: 10}`,
);

/** One `environments:` block: any top-level key except `environments`. */
export const settingsBlockSchema = z
  .strictObject(SETTINGS_SHAPE, { error: blockError })
  .meta({ id: 'settings', description: 'Settings that override the top level for one environment.' });

/** The whole config file. */
export const configFileSchema = z
  .strictObject(
    {
      ...SETTINGS_SHAPE,
      environments: z
        .record(z.string(), settingsBlockSchema, {
          error: whenWrongType(
            (input) => `got ${quote(input)}; expected a mapping of environment names to settings`,
          ),
        })
        .meta({
          description: 'Named overrides selected with the `environment` input, e.g. staging, production.',
        })
        .optional(),
    },
    { error: blockError },
  )
  .meta({
    title: 'loadgate config',
    description: 'Config file of the loadgate action (.github/loadgate.yml).',
  });

export type ConfigFile = z.infer<typeof configFileSchema>;
export type SettingsBlock = z.infer<typeof settingsBlockSchema>;
export type SettingsKey = keyof typeof SETTINGS_SHAPE;

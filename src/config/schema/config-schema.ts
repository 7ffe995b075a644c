/**
 * The shape of the YAML config file (`.github/loadgate.yml`), as a zod schema.
 * It checks types and forms and gives each failure a message that quotes the value
 * and names the form expected; resolve-settings.ts turns the parsed blocks into
 * `Settings`. The same schema is emitted as JSON Schema (schema/loadgate.schema.json)
 * for editor completion, so it holds no transforms: values come out as written.
 *
 * To add a key: add it to `SETTINGS_SHAPE` (then it is valid at the top level and in
 * every `environments:` block), handle it in resolve-settings.ts, run `npm run schema`.
 */
import { z } from 'zod';

import { DURATION_PATTERN, durationSyntaxMessage } from '../../syntax/durations.js';
import { listOf, quote } from '../describe.js';
import { SCENARIO_NAMES } from '../scenario-presets.js';
import { HTTP_METHODS } from '../settings.js';
import {
  capturesSchema,
  checksSchema,
  dataSchema,
  isolationSchema,
  thinkTimeSchema,
} from './traffic-schema.js';

// ---------------------------------------------------------------------------
// Forms shared with the inputs

/** `METHOD /path` or `/path` (method defaults to GET). */
export const ENDPOINT_TEXT_PATTERN = `^(?:(${HTTP_METHODS.join('|')})\\s+)?(/\\S*)$`;
export const ENDPOINT_TEXT_EXPECTED = `expected "METHOD /path" such as "GET /api/portfolio" or "/health" (METHOD one of ${listOf(HTTP_METHODS)}, in capitals; the path starts with /)`;

/** An HTTP header name (RFC 9110 token). */
export const HEADER_NAME_PATTERN = "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$";

/** Why a target URL is refused, or undefined when it is fine. The message never repeats a password. */
export function targetUrlProblem(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `got ${quote(text)}; expected an absolute http or https URL such as https://canary.example.com`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `got ${quote(text)}; expected an http or https URL such as https://canary.example.com (the scheme is ${url.protocol.slice(0, -1)})`;
  }
  if (url.username || url.password) {
    const shown = new URL(url.href);
    shown.username = shown.username ? '***' : '';
    shown.password = shown.password ? '***' : '';
    return `got ${quote(shown.href)}; credentials must not be part of the URL (it appears in logs and reports): remove them and send them with headers, e.g. "Authorization: Bearer …"`;
  }
  return undefined;
}

/** Why a path is refused, or undefined. */
function pathProblem(value: unknown): string {
  if (typeof value === 'string' && /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    return `got ${quote(value)}; expected a path starting with / such as /api/portfolio, not a full URL (paths are resolved against target-url)`;
  }
  return `got ${quote(value)}; expected a path starting with / and without spaces, such as /api/portfolio?limit=10`;
}

// ---------------------------------------------------------------------------
// Leaf schemas

/**
 * An error function for containers (objects, records, arrays) that only rewords the
 * wrong-type issue: their other issues (unknown keys, bad keys) keep zod's own and are
 * reworded in load-config-file.ts, which knows the keys.
 */
const whenWrongType =
  (message: (input: unknown) => string) =>
  (iss: { code?: string; input?: unknown }): string | undefined =>
    iss.code === 'invalid_type' ? message(iss.input) : undefined;

const duration = (description: string) =>
  z
    .string({ error: (iss) => durationSyntaxMessage(iss.input) })
    .regex(new RegExp(DURATION_PATTERN), { error: (iss) => durationSyntaxMessage(iss.input) })
    .meta({ description });

const wholeNumber = (min: number, what: string, description: string) => {
  const error = (iss: { input?: unknown }) => `got ${quote(iss.input)}; expected ${what}`;
  return z.int({ error }).min(min, { error }).meta({ description });
};

const flag = (description: string) =>
  z.boolean({ error: (iss) => `got ${quote(iss.input)}; expected true or false` }).meta({ description });

const text = (what: string, description: string) =>
  z
    .string({ error: (iss) => `got ${quote(iss.input)}; expected ${what}` })
    .min(1, { error: () => `got an empty string; expected ${what}` })
    .meta({ description });

const headerValue = z.union([z.string(), z.number(), z.boolean()], {
  error: (iss) => `got ${quote(iss.input)}; expected a header value (text)`,
});

export const headersSchema = z
  .record(
    z.string().regex(new RegExp(HEADER_NAME_PATTERN), {
      error: (iss) =>
        `got ${quote(iss.input)}; expected a header name such as X-Api-Key (no spaces or colons)`,
    }),
    headerValue,
    { error: whenWrongType((input) => `got ${quote(input)}; expected a mapping of header names to values`) },
  )
  .meta({ description: 'Headers as `Name: value` pairs.' });

const statusError = (iss: { input?: unknown }) =>
  `got ${quote(iss.input)}; expected an HTTP status from 100 to 599`;
const statusCode = z
  .int({ error: statusError })
  .min(100, { error: statusError })
  .max(599, { error: statusError });
const expectStatus = z
  .union(
    [
      statusCode,
      z.array(statusCode).min(1, { error: () => 'got an empty list; expected at least one status' }),
    ],
    {
      error: (iss) => `got ${quote(iss.input)}; expected an HTTP status from 100 to 599, or a list of them`,
    },
  )
  .meta({
    description: 'Status codes that count as success (default: any 200–399).',
    examples: [201, [200, 204]],
  });

const endpointText = z
  .string()
  .regex(new RegExp(ENDPOINT_TEXT_PATTERN), {
    error: (iss) => `got ${quote(iss.input)}; ${ENDPOINT_TEXT_EXPECTED}`,
  })
  .meta({ description: '`METHOD /path` or `/path` (GET).', examples: ['GET /api/portfolio', '/health'] });

const endpointObject = z.strictObject(
  {
    name: text(
      'a name such as "portfolio"',
      'Label in reports and threshold tags (default `METHOD path`).',
    ).optional(),
    method: z
      .enum(HTTP_METHODS, {
        error: (iss) => `got ${quote(iss.input)}; expected one of ${listOf(HTTP_METHODS)} (in capitals)`,
      })
      .meta({ description: 'HTTP method (default GET).' })
      .optional(),
    path: z
      .string({ error: (iss) => pathProblem(iss.input) })
      .regex(/^\/(?:\{\{[^{}]*\}\}|\S)*$/, { error: (iss) => pathProblem(iss.input) })
      .meta({ description: 'Path plus optional query, starting with `/`; may use `{{templates}}`.' }),
    weight: z
      .number({ error: (iss) => `got ${quote(iss.input)}; expected a number greater than 0` })
      .positive({ error: (iss) => `got ${quote(iss.input)}; expected a number greater than 0` })
      .meta({ description: 'Relative share of requests (default 1).' })
      .optional(),
    headers: headersSchema.optional(),
    body: z
      .union([z.string(), z.record(z.string(), z.unknown()), z.array(z.unknown())], {
        error: (iss) => `got ${quote(iss.input)}; expected text, or a mapping or list that is sent as JSON`,
      })
      .meta({ description: 'Request body: text as is, or a mapping/list sent as JSON.' })
      .optional(),
    'expect-status': expectStatus.optional(),
    captures: capturesSchema.optional(),
    checks: checksSchema.optional(),
  },
  {
    error: whenWrongType(
      (input) => `got ${quote(input)}; expected a mapping with path (and name, method, weight, …)`,
    ),
  },
);

export const endpointItemSchema = z
  .union([endpointText, endpointObject], {
    error: (iss) =>
      `got ${quote(iss.input)}; expected "METHOD /path" or a mapping {name, method, path, weight, headers, body, expect-status}`,
  })
  .meta({ description: 'One endpoint of the request mix.' });

/** A setup request (e.g. a login), sent by each VU before its first request: an endpoint without weight and checks. */
const setupItemSchema = endpointObject.omit({ weight: true, checks: true }).meta({
  description:
    'A request each VU sends before its first one (and again after a 401), e.g. a login with captures.',
});

export const setupListSchema = z
  .array(setupItemSchema, {
    error: whenWrongType(
      (input) =>
        `got ${quote(input)}; expected a list of requests such as [{method: POST, path: /api/auth/login, captures: {token: {json: $.access_token}}}]`,
    ),
  })
  .min(1, { error: () => 'got an empty list; expected at least one setup request' });

export const endpointListSchema = z
  .array(endpointItemSchema, {
    error: whenWrongType(
      (input) => `got ${quote(input)}; expected a list of endpoints such as ["GET /api/portfolio"]`,
    ),
  })
  .min(1, { error: () => 'got an empty list; expected at least one endpoint' });

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

const thresholdText = z
  .string({
    error: (iss) => `got ${quote(iss.input)}; expected a threshold such as "http_req_duration: p(95)<250"`,
  })
  .min(1, {
    error: () => 'got an empty string; expected a threshold such as "http_req_duration: p(95)<250"',
  });

/** k6's object form: `{threshold: 'p(95)<250', abortOnFail: true, delayAbortEval: 10s}`. */
const thresholdObject = z
  .strictObject(
    {
      threshold: thresholdText.meta({ description: 'The condition, e.g. p(95)<250.' }),
      abortOnFail: flag('Stop the load when this threshold fails during the run (default false).').optional(),
      delayAbortEval: duration('No abort before this much of the run has passed, e.g. 10s.').optional(),
    },
    {
      error: whenWrongType(
        (input) =>
          `got ${quote(input)}; expected {threshold: "p(95)<250", abortOnFail: true, delayAbortEval: 10s}`,
      ),
    },
  )
  .meta({ description: "k6's object form of a condition, with its abort options." });

const nonNegative = (what: string) =>
  z.number().nonnegative({ error: (iss) => `got ${quote(iss.input)}; expected ${what}, 0 or more` });

/** `latency: {p50: 100, p95: 250}` (ms). */
const latencyMapping = z
  .record(
    z.string().regex(/^(?:p\d+(?:\.\d+)?|avg|med|min|max)$/, {
      error: (iss) =>
        `got ${quote(iss.input)}; expected a latency statistic such as p50, p95, p99, avg, med or max`,
    }),
    z.union([nonNegative('milliseconds such as 250'), z.string()], {
      error: (iss) => `got ${quote(iss.input)}; expected milliseconds such as 250, or "250ms"`,
    }),
    {
      error: whenWrongType(
        (input) => `got ${quote(input)}; expected a mapping such as {p95: 250, p99: 400} (milliseconds)`,
      ),
    },
  )
  .meta({ description: 'Latency limits in ms, e.g. `{p50: 100, p95: 250, p99: 400}`.' });

const thresholdMapping = z
  .object({
    latency: latencyMapping.optional(),
    error_rate: z
      .union([nonNegative('a percentage such as 0.5 (meaning 0.5%)'), z.string()], {
        error: (iss) => `got ${quote(iss.input)}; expected a percentage such as 0.5 (meaning 0.5%)`,
      })
      .optional()
      .meta({ description: 'Largest share of failed requests, in percent.' }),
    throughput: z
      .union([nonNegative('requests per second such as 1000'), z.string()], {
        error: (iss) => `got ${quote(iss.input)}; expected requests per second such as 1000`,
      })
      .optional()
      .meta({ description: 'Smallest completed requests per second.' }),
  })
  .catchall(
    z.union(
      [
        thresholdText,
        z.number(),
        thresholdObject,
        z
          .array(z.union([thresholdText, thresholdObject]))
          .min(1, { error: () => 'got an empty list; expected at least one condition such as "p(95)<250"' }),
      ],
      {
        error: (iss) =>
          `got ${quote(iss.input)}; expected a condition such as "p(95)<250" or a list of them ["p(95)<250", "p(99)<500"]`,
      },
    ),
  );

export const thresholdsSchema = z
  .union([z.array(thresholdText), thresholdMapping], {
    error: (iss) =>
      `got ${quote(iss.input)}; expected a list of thresholds such as ["http_req_duration: p(95)<250"] or a mapping such as {http_req_duration: ["p(95)<250"]}`,
  })
  .meta({
    description:
      'SLO thresholds: a list of k6-style or short-form texts, or a mapping (k6 style `metric: [conditions]`, or `latency: {p95: 250}`, `error_rate: 0.5`, `throughput: 1000`).',
  });

// ---------------------------------------------------------------------------
// Blocks

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
export type EndpointItem = z.infer<typeof endpointItemSchema>;
export type SetupItem = z.infer<typeof setupItemSchema>;
export type ThresholdsValue = z.infer<typeof thresholdsSchema>;

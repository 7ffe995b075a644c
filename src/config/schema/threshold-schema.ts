/** The `thresholds:` key: a list of texts, or a mapping in k6 style or the short style. */
import { z } from 'zod';

import { K6_DURATION_EXPECTED, readK6Duration } from '../../syntax/k6-duration.js';
import { quote } from '../describe.js';
import { flag, whenWrongType } from './schema-parts.js';

const thresholdText = z
  .string({
    error: (iss) => `got ${quote(iss.input)}; expected a threshold such as "http_req_duration: p(95)<250"`,
  })
  .min(1, {
    error: () => 'got an empty string; expected a threshold such as "http_req_duration: p(95)<250"',
  });

/** k6's delayAbortEval, read as k6 reads it: a number of ms, a duration string, or null (no delay). */
const delayAbortEval = z
  .union([z.number(), z.string(), z.null()], {
    error: (iss) => `got ${quote(iss.input)}; expected ${K6_DURATION_EXPECTED}`,
  })
  .superRefine((value, ctx) => {
    const reading = readK6Duration(value);
    if (!reading.ok) {
      ctx.addIssue({
        code: 'custom',
        message: `got ${quote(value)}: ${reading.problem}; expected ${K6_DURATION_EXPECTED}`,
      });
    }
  })
  .meta({
    description:
      'No abort before this much of the run has passed: a duration such as 10s or 1m30s, a number of milliseconds, or null (as in k6).',
  });

/** k6's object form: `{threshold: 'p(95)<250', abortOnFail: true, delayAbortEval: 10s}`. */
const thresholdObject = z
  .strictObject(
    {
      threshold: thresholdText.meta({ description: 'The condition, e.g. p(95)<250.' }),
      abortOnFail: flag('Stop the load when this threshold fails during the run (default false).').optional(),
      delayAbortEval: delayAbortEval.optional(),
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
        // An empty list is no threshold on the metric, as in k6.
        z.array(z.union([thresholdText, thresholdObject])),
      ],
      {
        error: (iss) =>
          `got ${quote(iss.input)}; expected a condition such as "p(95)<250" or a list of them ["p(95)<250", "p(99)<500"]` +
          (iss.input === null ? ', or [] for none' : ''),
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

export type ThresholdsValue = z.infer<typeof thresholdsSchema>;

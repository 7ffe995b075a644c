/**
 * The config file's keys for the target's own metrics (docs/server-metrics.md): where
 * Prometheus is, how long a query may take, the step of the range query, the label
 * values `{{target}}` stands for, and the queries. `prometheus-headers` is refused in
 * the file: it holds credentials, and the file is committed.
 */
import { z } from 'zod';

import { SERVER_METRIC_UNITS } from '../../metrics/server-metrics.js';
import { SERVER_METRIC_KEY } from '../../slo/server-metric-measure.js';
import { listOf, quote } from '../describe.js';
import { targetUrlProblem } from '../target-url.js';
import { duration, text, wholeNumber, whenWrongType } from './schema-parts.js';

export const PROMETHEUS_HEADERS_IN_FILE =
  'prometheus-headers holds credentials (e.g. a bearer token) and is refused in the config file, which is committed and shown in logs; ' +
  'expected the prometheus-headers input, set from a secret, e.g. prometheus-headers: "Authorization: Bearer ${{ secrets.PROMETHEUS_TOKEN }}"';

const targetLabelsSchema = z
  .strictObject(
    {
      canary: text('the label value the canary has in its metrics, e.g. api-canary', 'What {{target}} stands for in the canary’s queries.').optional(),
      baseline: text('the label value the baseline has in its metrics, e.g. api-stable', 'What {{target}} stands for in the live baseline’s queries.').optional(),
    },
    {
      error: whenWrongType(
        (input) => `got ${quote(input)}; expected a mapping {canary, baseline} such as {canary: api-canary, baseline: api-stable}`,
      ),
    },
  )
  .meta({ description: 'The values {{target}} stands for in server-metrics queries: one for the canary, one for a live baseline.' });

const serverMetricSchema = z.strictObject(
  {
    query: text('a PromQL expression such as avg(rate(process_cpu_seconds_total{job="{{target}}"}[30s]))', 'The PromQL expression; {{target}} and {{window}} are filled in.'),
    unit: z
      .enum(SERVER_METRIC_UNITS, {
        error: (iss) => `got ${quote(iss.input)}; expected one of ${listOf(SERVER_METRIC_UNITS)}`,
      })
      .meta({ description: 'The unit of the values, in which limits are written: ratio (0..1), percent, bytes, seconds, count or per_second.' }),
    labels: targetLabelsSchema.optional(),
  },
  {
    error: whenWrongType(
      (input) =>
        `got ${quote(input)}; expected {query, unit} such as {query: 'process_resident_memory_bytes{job="{{target}}"}', unit: bytes}`,
    ),
  },
);

export const SERVER_METRICS_SHAPE = {
  'prometheus-url': z
    .string({ error: (iss) => `got ${quote(iss.input)}; expected an http or https URL` })
    .superRefine((value, ctx) => {
      const problem = targetUrlProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
    })
    .meta({ description: 'Base URL of the Prometheus server (or compatible API) server-metrics are read from.', format: 'uri' })
    .optional(),
  'prometheus-headers': z
    .never({ error: () => PROMETHEUS_HEADERS_IN_FILE })
    .meta({ description: 'Refused here: give the prometheus-headers input, from a secret.' })
    .optional(),
  'prometheus-timeout': duration('Time limit of each Prometheus query attempt (default 10s).').optional(),
  'prometheus-retries': wholeNumber(0, 'a whole number of retries, 0 or more', 'Retries of a Prometheus query after a network error or a 5xx (default 2).').optional(),
  'prometheus-step': duration('Seconds between two samples of the range query over the load window (default 5s).').optional(),
  'target-labels': targetLabelsSchema.optional(),
  'server-metrics': z
    .record(
      z.string().regex(SERVER_METRIC_KEY, {
        error: (iss) => `got the key ${quote(iss.input)}; expected a name of lower-case letters, digits and _ such as cpu or db_connections`,
      }),
      serverMetricSchema,
      {
        error: whenWrongType(
          (input) => `got ${quote(input)}; expected a mapping of names to {query, unit}, such as {cpu: {query: '…', unit: ratio}}`,
        ),
      },
    )
    .meta({ description: 'The target’s own metrics, read from Prometheus over the load window; thresholds name them server_<name>.' })
    .optional(),
};

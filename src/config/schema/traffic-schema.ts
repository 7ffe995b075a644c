/**
 * The config file's realistic-traffic keys, as zod schemas: `data`, `think-time`,
 * `isolation` (in SETTINGS_SHAPE), and per endpoint `captures` and `checks` (setup
 * items are endpoint items without weight and checks; endpoint-schema.ts builds them).
 * Syntax is checked here (JSON paths, regular expressions), so each problem gets its
 * line and column; what depends on several keys (template names, data columns) is
 * checked in config/traffic/traffic-settings.ts.
 */
import { z } from 'zod';

import { JsonPathSyntaxError, parseJsonPath } from '../../syntax/json-path.js';
import { quote } from '../describe.js';
import { duration, whenWrongType } from './schema-parts.js';

/** A JSON path that parses (see syntax/json-path.ts). */
export const jsonPathSchema = z
  .string({ error: (iss) => `got ${quote(iss.input)}; expected a JSON path such as $.access_token` })
  .superRefine((value, ctx) => {
    try {
      parseJsonPath(value);
    } catch (error) {
      if (!(error instanceof JsonPathSyntaxError)) throw error;
      ctx.addIssue({ code: 'custom', message: error.message, input: value });
    }
  })
  .meta({
    description: 'JSON path: `$.a.b`, `$.items[0].id`, `$["x-y"]`, `$.items[*].tenant` (no filters).',
  });

const headerName = z
  .string({ error: (iss) => `got ${quote(iss.input)}; expected a header name such as x-tenant` })
  .regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, {
    error: (iss) => `got ${quote(iss.input)}; expected a header name such as x-tenant (no spaces or colons)`,
  });

/** Names a template can look up: the form of `{{name}}`. */
export const TEMPLATE_NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_.-]*$';

const captureSource = z
  .union(
    [
      z.strictObject({ json: jsonPathSchema }),
      z.strictObject({ header: headerName.meta({ description: 'Response header to capture.' }) }),
    ],
    {
      error: (iss) => `got ${quote(iss.input)}; expected {json: '$.access_token'} or {header: 'x-token'}`,
    },
  )
  .meta({ description: 'Where the value is read from: a JSON path of the body, or a response header.' });

export const capturesSchema = z
  .record(
    z.string().regex(new RegExp(TEMPLATE_NAME_PATTERN), {
      error: (iss) =>
        `got ${quote(iss.input)}; expected a capture name such as token (letters, digits, _ - .; it is used as {{token}})`,
    }),
    captureSource,
    {
      error: whenWrongType(
        (input) => `got ${quote(input)}; expected a mapping such as {token: {json: '$.access_token'}}`,
      ),
    },
  )
  .meta({
    description:
      'Values read from the response and kept per VU, used later as `{{name}}`: `{token: {json: $.access_token}}`.',
  });

const statusCode = z
  .int({ error: (iss) => `got ${quote(iss.input)}; expected an HTTP status from 100 to 599` })
  .min(100, { error: (iss) => `got ${quote(iss.input)}; expected an HTTP status from 100 to 599` })
  .max(599, { error: (iss) => `got ${quote(iss.input)}; expected an HTTP status from 100 to 599` });

const jsonCheck = z
  .strictObject(
    {
      path: jsonPathSchema,
      exists: z
        .boolean({ error: (iss) => `got ${quote(iss.input)}; expected true or false` })
        .optional()
        .meta({ description: 'The path selects something (true) or nothing (false).' }),
      equals: z
        .union([z.string(), z.number(), z.boolean(), z.null()], {
          error: (iss) => `got ${quote(iss.input)}; expected a text, number, true, false or null`,
        })
        .optional()
        .meta({ description: 'The value at the path equals this.' }),
      matches: z
        .string({ error: (iss) => `got ${quote(iss.input)}; expected a regular expression such as ^[A-Z]+$` })
        .superRefine((value, ctx) => {
          try {
            new RegExp(value);
          } catch (error) {
            ctx.addIssue({
              code: 'custom',
              message: `got ${quote(value)}, which is not a valid regular expression (${(error as Error).message}); expected e.g. ^[A-Z]+$`,
              input: value,
            });
          }
        })
        .optional()
        .meta({ description: 'The value at the path, as text, matches this regular expression.' }),
    },
    {
      error: whenWrongType(
        (input) => `got ${quote(input)}; expected {path: '$.x', exists: true} (or equals / matches)`,
      ),
    },
  )
  .meta({ description: 'A condition on a JSON path of the body.' });

export const checkSchema = z.strictObject(
  {
    name: z
      .string({
        error: (iss) => `got ${quote(iss.input)}; expected a check name such as "portfolio has positions"`,
      })
      .min(1, { error: () => 'got an empty string; expected a check name such as "portfolio has positions"' })
      .optional()
      .meta({
        description:
          'Name in reports and in the `check` tag of `checks` thresholds (default: the condition).',
      }),
    status: z
      .union(
        [
          statusCode,
          z.array(statusCode).min(1, { error: () => 'got an empty list; expected at least one status' }),
        ],
        {
          error: (iss) => `got ${quote(iss.input)}; expected an HTTP status or a list of them`,
        },
      )
      .optional()
      .meta({ description: 'The status is one of these.' }),
    json: jsonCheck.optional(),
    'body-contains': z
      .string({ error: (iss) => `got ${quote(iss.input)}; expected a text the body must contain` })
      .min(1, { error: () => 'got an empty string; expected a text the body must contain' })
      .optional()
      .meta({ description: 'The body contains this text.' }),
    header: z
      .strictObject(
        {
          name: headerName,
          equals: z.union([z.string(), z.number(), z.boolean()], {
            error: (iss) => `got ${quote(iss.input)}; expected a header value`,
          }),
        },
        {
          error: whenWrongType((input) => `got ${quote(input)}; expected {name: x-tenant, equals: acme}`),
        },
      )
      .optional()
      .meta({ description: 'A response header equals a value.' }),
    'max-duration': duration('The response took at most this long.').optional(),
  },
  {
    error: whenWrongType(
      (input) =>
        `got ${quote(input)}; expected a check such as {name: ok, status: 200} (with status, json, body-contains, header or max-duration)`,
    ),
  },
);

export const checksSchema = z
  .array(checkSchema, {
    error: whenWrongType(
      (input) => `got ${quote(input)}; expected a list of checks such as [{name: ok, status: 200}]`,
    ),
  })
  .meta({
    description:
      'Conditions on every response of this endpoint; each is counted in the `checks` metric (tag `check` = its name).',
  });

export const dataSchema = z
  .union(
    [
      z.string().min(1),
      z.strictObject({
        file: z
          .string({ error: (iss) => `got ${quote(iss.input)}; expected the path of a CSV or JSON file` })
          .min(1, { error: () => 'got an empty string; expected the path of a CSV or JSON file' })
          .meta({
            description: 'CSV (with a header line) or JSON (a list of objects), relative to the workspace.',
          }),
        order: z
          .enum(['sequential', 'random'], {
            error: (iss) => `got ${quote(iss.input)}; expected sequential or random`,
          })
          .optional()
          .meta({ description: 'How VUs take records: sequential (round-robin, default) or random.' }),
      }),
    ],
    {
      error: (iss) =>
        `got ${quote(iss.input)}; expected the path of a CSV or JSON file, or {file: users.csv, order: random}`,
    },
  )
  .meta({
    description: 'Test data: one record per VU (round-robin or random), fields used as `{{column}}`.',
  });

export const thinkTimeSchema = z
  .union(
    [
      duration('Pause after each request.'),
      z.strictObject({
        min: duration('Shortest pause.'),
        max: duration('Longest pause.'),
      }),
    ],
    {
      error: (iss) => `got ${quote(iss.input)}; expected a duration such as 1s, or {min: 500ms, max: 2s}`,
    },
  )
  .meta({
    description:
      "Pause between a VU's requests: fixed (`1s`) or uniform in a range (`{min: 500ms, max: 2s}`).",
  });

export const isolationSchema = z
  .strictObject(
    {
      json: jsonPathSchema.optional(),
      header: headerName.optional().meta({ description: 'Response header that carries the tenant.' }),
      field: z
        .string({
          error: (iss) => `got ${quote(iss.input)}; expected the data column holding the VU's tenant`,
        })
        .min(1, { error: () => "got an empty string; expected the data column holding the VU's tenant" })
        .meta({ description: "The data column that holds the VU's own tenant." }),
    },
    {
      error: whenWrongType(
        (input) =>
          `got ${quote(input)}; expected {json: '$.tenant', field: tenant} or {header: x-tenant, field: tenant}`,
      ),
    },
  )
  .meta({
    description:
      "Tenant isolation: where a response shows its tenant (a JSON path or a header) and the data column with the VU's own tenant.",
  });

export type CheckItem = z.infer<typeof checkSchema>;
export type CapturesValue = z.infer<typeof capturesSchema>;
export type DataValue = z.infer<typeof dataSchema>;
export type ThinkTimeValue = z.infer<typeof thinkTimeSchema>;
export type IsolationValue = z.infer<typeof isolationSchema>;

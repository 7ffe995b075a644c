/**
 * The request mix in the config file (and the `endpoints` input, which is YAML too):
 * endpoint items, setup items (endpoints without weight and checks), headers.
 */
import { z } from 'zod';

import { listOf, quote } from '../describe.js';
import { HTTP_METHODS } from '../settings.js';
import { text, whenWrongType } from './schema-parts.js';
import { tagsSchema } from './tags-schema.js';
import { capturesSchema, checksSchema } from './traffic-schema.js';

/** `METHOD /path` or `/path` (method defaults to GET). */
export const ENDPOINT_TEXT_PATTERN = `^(?:(${HTTP_METHODS.join('|')})\\s+)?(/\\S*)$`;
export const ENDPOINT_TEXT_EXPECTED = `expected "METHOD /path" such as "GET /api/portfolio" or "/health" (METHOD one of ${listOf(HTTP_METHODS)}, in capitals; the path starts with /)`;

/** An HTTP header name (RFC 9110 token). */
export const HEADER_NAME_PATTERN = "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$";

/** Why a path is refused, or undefined. */
function pathProblem(value: unknown): string {
  if (typeof value === 'string' && /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    return `got ${quote(value)}; expected a path starting with / such as /api/portfolio, not a full URL (paths are resolved against target-url)`;
  }
  return `got ${quote(value)}; expected a path starting with / and without spaces, such as /api/portfolio?limit=10`;
}

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
    tags: tagsSchema.optional(),
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
export const setupItemSchema = endpointObject.omit({ weight: true, checks: true, tags: true }).meta({
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

export type EndpointItem = z.infer<typeof endpointItemSchema>;
export type SetupItem = z.infer<typeof setupItemSchema>;

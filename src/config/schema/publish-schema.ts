/**
 * The publishing keys of the config file: the non-secret ones (where the verdict goes
 * and when), checked with the same rules as their inputs (publish-settings.ts). The
 * secrets are refused with a message of their own: a config file lives in the
 * repository, so a webhook URL or a token in it is already leaked.
 */
import { z } from 'zod';

import { quote } from '../describe.js';
import {
  ARTIFACT_NAME_EXPECTED,
  ARTIFACT_NAME_FORBIDDEN,
  httpUrlProblem,
  SECRET_INPUTS,
  secretEnvName,
  SLACK_NOTIFY_ON,
} from '../publish-settings.js';
import { flag, text } from './schema-parts.js';

const retentionError = (iss: { input?: unknown }) =>
  `got ${quote(iss.input)}; expected a whole number of days from 1 to 90`;

export const PUBLISH_SHAPE = {
  'upload-artifact': flag(
    'Upload the report bundle as a workflow artifact (default true).',
  ).optional(),
  'artifact-name': text(ARTIFACT_NAME_EXPECTED, 'Base name of the report artifact (default loadgate-report).')
    .refine((value) => !ARTIFACT_NAME_FORBIDDEN.test(value), {
      error: (iss) => `got ${quote(iss.input)}; expected ${ARTIFACT_NAME_EXPECTED}`,
    })
    .optional(),
  'artifact-retention-days': z
    .int({ error: retentionError })
    .min(1, { error: retentionError })
    .max(90, { error: retentionError })
    .meta({ description: 'Days to keep the artifact, 1 to 90 (default: the repository setting).' })
    .optional(),
  'slack-notify-on': z
    .enum(SLACK_NOTIFY_ON, {
      error: (iss) => `got ${quote(iss.input)}; expected one of ${SLACK_NOTIFY_ON.join(', ')}`,
    })
    .meta({
      description:
        'When to post to Slack: failure (fail, error, inconclusive), marginal (and failure), always, never (default failure). The webhook URL is a secret: an input only.',
    })
    .optional(),
  'pushgateway-url': z
    .string({ error: (iss) => `got ${quote(iss.input)}; expected an http or https URL` })
    .superRefine((value, ctx) => {
      const problem = httpUrlProblem(value);
      if (problem)
        ctx.addIssue({ code: 'custom', message: `got ${quote(value)}; ${problem}, such as http://pushgateway:9091`, input: value });
    })
    .meta({ description: 'Prometheus Pushgateway base URL, e.g. http://pushgateway:9091.', format: 'uri' })
    .optional(),
  'comment-on-pr': flag(
    'On pull_request events, create or update one sticky comment with the verdict (default true).',
  ).optional(),
  'check-run': flag(
    'Create or update a check run of its own on the commit (default true, when there is a token).',
  ).optional(),
};

/** A secret key in the file: refused without quoting its value. */
const secretKey = (name: (typeof SECRET_INPUTS)[number]) =>
  z
    .never({
      error: () =>
        `${name} is a secret and is not read from the config file (it is in the repository; the value is not shown); ` +
        `expected it as the ${name} input from a secret (in the CLI: --${name} or the ${secretEnvName(name)} environment variable), and no ${name} key in the file`,
    })
    .meta({ description: `A secret: give it as the ${name} input, never in the file.` })
    .optional();

export const SECRET_SHAPE = Object.fromEntries(SECRET_INPUTS.map((name) => [name, secretKey(name)])) as Record<
  (typeof SECRET_INPUTS)[number],
  ReturnType<typeof secretKey>
>;

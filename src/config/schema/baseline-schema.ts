/**
 * The baseline keys of the config file. The schema checks their types; the forms
 * (`WORKFLOW_FILE[@BRANCH]`, a path inside the workspace, the confidence range) are
 * checked by config/baseline-settings.ts, which gives inputs and file the same messages.
 */
import { z } from 'zod';

import { BASELINE_MISSING } from '../baseline-settings.js';
import { quote } from '../describe.js';
import { targetUrlProblem } from '../target-url.js';
import { text } from './schema-parts.js';

export const BASELINE_SHAPE = {
  'baseline-url': z
    .string({ error: (iss) => `got ${quote(iss.input)}; expected an http or https URL` })
    .superRefine((value, ctx) => {
      const problem = targetUrlProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
    })
    .meta({
      description:
        'A live baseline: the deployment the canary replaces (ideally the old build, started beside the canary). It gets the same traffic at the same time, and relative thresholds compare the two.',
      format: 'uri',
    })
    .optional(),
  'baseline-results': text(
    'the path of a results.json inside the workspace',
    'An earlier run’s results.json (a path inside the workspace) to compare with, e.g. from the production gate of the last release.',
  ).optional(),
  'baseline-artifact': z
    .union([z.boolean(), z.string()], {
      error: (iss) =>
        `got ${quote(iss.input)}; expected true (this workflow on the default branch) or WORKFLOW_FILE[@BRANCH] such as deploy.yml@main`,
    })
    .meta({
      description:
        'Compare with the report artifact of the last successful run: true (this workflow on the default branch), or WORKFLOW_FILE[@BRANCH] such as deploy.yml@main; false for none.',
    })
    .optional(),
  'baseline-artifact-name': text(
    'the name of the report artifact',
    'With baseline-artifact: the name of the report artifact to take (default: the one this job uploads, found by its name).',
  ).optional(),
  'baseline-missing': z
    .enum(BASELINE_MISSING, {
      error: (iss) => `got ${quote(iss.input)}; expected pass or fail`,
    })
    .meta({
      description:
        'When the baseline cannot be had: fail (relative thresholds have no data, so they fail; the default) or pass (they pass, and the report says so).',
    })
    .optional(),
  confidence: z
    .union([z.number(), z.string()], {
      error: (iss) => `got ${quote(iss.input)}; expected a confidence level such as 0.95`,
    })
    .meta({
      description:
        'Confidence level of the baseline comparison’s intervals, above 0.5 and at most 0.999, e.g. 0.95 (the default) or 99%.',
    })
    .optional(),
};

/**
 * `k6-results` in the config file: a path or glob, or a list of them. The paths are
 * checked against the workspace by config/k6-settings.ts, which gives inputs and file
 * the same messages.
 */
import { z } from 'zod';

import { text } from './schema-parts.js';

const K6_RESULTS_DESCRIPTION =
  "With mode: merge, k6's outputs to judge instead of sending load: the NDJSON of k6 run --out json=FILE (one file per k6 instance; execution segments merge exactly), or one end-of-test summary (handleSummary data or --summary-export). Paths or globs inside the workspace.";

export const K6_SHAPE = {
  'k6-results': z
    .union([
      text('a path or glob', K6_RESULTS_DESCRIPTION),
      z.array(text('a path or glob', 'A path or glob of k6 outputs inside the workspace.')),
    ])
    .meta({ description: K6_RESULTS_DESCRIPTION })
    .optional(),
};

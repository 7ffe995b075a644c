/**
 * The shard keys of the config file. The schema checks their types; the forms (`k/n`,
 * an instant with an offset) are checked by config/shard-settings.ts, which gives inputs
 * and file the same messages. `shard` and `start-at` usually come from the workflow
 * (a matrix value, an earlier job's output), but a file may set them per environment.
 */
import { z } from 'zod';

import { quote } from '../describe.js';
import { RUN_MODES } from '../shard-settings.js';
import { text } from './schema-parts.js';

export const SHARD_SHAPE = {
  mode: z
    .enum(RUN_MODES, { error: (iss) => `got ${quote(iss.input)}; expected run or merge` })
    .meta({
      description:
        'run (send the load; the default) or merge (send none: merge the shard bundles of this workflow run into one verdict, in a job that needs: the matrix).',
    })
    .optional(),
  shard: text(
    'k/n such as 2/4',
    'This leg is part k of n of the load (1-based, e.g. 2/4): it runs every n-th VU or arrival and uploads a shard bundle for the merge job.',
  ).optional(),
  'start-at': text(
    'an ISO-8601 instant with an offset',
    'An ISO-8601 instant with an offset (e.g. 2026-05-04T10:30:00Z): the load starts then, so all legs start together.',
  ).optional(),
};

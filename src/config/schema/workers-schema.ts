/** The `workers` key's schema fragment (read by config/workers-settings.ts). */
import { z } from 'zod';

import { quote } from '../describe.js';
import { MAX_WORKERS } from '../workers-settings.js';

const expected = (iss: { input: unknown }): string =>
  `got ${quote(iss.input)}; expected auto (one per core) or a whole number of worker threads from 1 to ${MAX_WORKERS}`;

export const workersSchema = z
  .union(
    [
      z.literal('auto', { error: expected }),
      z.number({ error: expected }).int({ error: expected }).min(1, { error: expected }).max(MAX_WORKERS, { error: expected }),
    ],
    { error: expected },
  )
  .meta({
    description: `Threads that drive the load: auto (default, one per available core) or 1 to ${MAX_WORKERS}. Each runs its share of the VUs or of the arrival rate; 1 runs the load in the main thread.`,
  });

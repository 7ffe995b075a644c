/**
 * `workers`: how many threads drive the load. `auto` (the default) is one per core the
 * process may use (`os.availableParallelism()`), a number is taken as given. Each
 * worker thread runs its share of the VUs or of the arrivals (engine/load-share.ts) on
 * its own event loop; with 1 the load runs in the main thread, as it always did.
 *
 * The breakpoint scenario runs in one thread: its steps are judged live, each on the
 * whole load of that step, so `auto` means 1 for it and a number above 1 is refused.
 */
import { availableParallelism } from 'node:os';

import { quote } from './describe.js';
import type { ScenarioName } from './settings.js';

/** More threads than this would only contend for the cores and the target's accept queue. */
export const MAX_WORKERS = 64;

export type WorkersChoice = number | 'auto';

const EXPECTED = `expected auto (one per core) or a whole number of worker threads from 1 to ${MAX_WORKERS}`;

/** `workers` as written (input text or a YAML value), or the problem with it. */
export function workersFrom(
  value: unknown,
  where: string,
  add: (where: string, message: string) => void,
): WorkersChoice | undefined {
  if (value === 'auto') return 'auto';
  const number = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value.trim()) : value;
  if (typeof number === 'number' && Number.isInteger(number) && number >= 1 && number <= MAX_WORKERS)
    return number;
  add(where, `got ${quote(value)}; ${EXPECTED}`);
  return undefined;
}

/** The number of worker threads a run uses, or undefined when the choice is refused (reported through `add`). */
export function resolveWorkers(
  choice: { value: WorkersChoice; where: string } | undefined,
  scenario: ScenarioName | undefined,
  add: (where: string, message: string) => void,
  cores: number = availableParallelism(),
): number | undefined {
  const value = choice?.value ?? 'auto';
  if (scenario === 'breakpoint') {
    if (value !== 'auto' && value > 1) {
      add(
        choice!.where,
        `got ${value}; the breakpoint scenario runs in one thread (each step is judged live on its whole load), so expected auto or 1`,
      );
      return undefined;
    }
    return 1;
  }
  return value === 'auto' ? Math.max(1, Math.min(MAX_WORKERS, cores)) : value;
}

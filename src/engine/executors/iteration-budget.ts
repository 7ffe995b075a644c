/**
 * The iterations of per-vu-iterations (each VU runs N) and shared-iterations (the VUs
 * share N, each taking the next until none is left), as k6 counts them: one iteration
 * is one gated request of a VU (its setup and a re-login's retry are not new ones).
 * Split across parts of the load like the VUs (load-share.ts): a part's VUs run N
 * each, and a part's share of the shared N is its residue class of them.
 */
import type { IterationBudgetSettings } from '../../config/settings.js';
import { positionsOwned, type LoadShare } from '../load-share.js';

export class IterationBudget {
  /** Iterations this part is to run. */
  readonly planned: number;
  private taken = 0;
  /** Iterations whose request completed (counted, not cut). */
  completed = 0;

  constructor(
    private readonly settings: IterationBudgetSettings,
    share: LoadShare,
    vus: number,
  ) {
    const ownVus = positionsOwned(share, vus);
    this.planned =
      settings.kind === 'per-vu' ? settings.iterations * ownVus : positionsOwned(share, settings.iterations);
  }

  /** Takes the next iteration for a VU that has taken `done` so far; false when it has none left. */
  take(done: number): boolean {
    if (this.taken >= this.planned) return false;
    if (this.settings.kind === 'per-vu' && done >= this.settings.iterations) return false;
    this.taken++;
    return true;
  }

  /** Why the plan is not complete, or undefined when every iteration ran. */
  shortfall(maxDurationMs: number): string | undefined {
    if (this.completed >= this.planned) return undefined;
    return `max-duration (${Math.round(maxDurationMs / 1000)}s) ended with ${this.completed} of ${this.planned} iterations done`;
  }
}

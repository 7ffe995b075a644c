/**
 * Failures by cause, for the whole run. Bounded: the first MAX_ERROR_CAUSES distinct
 * causes are counted by name, later ones are summed per error class under
 * OTHER_CAUSES, so a target that fails in endless new ways cannot grow the results.
 * Only failures reach it: a successful request costs nothing here.
 */
import { describeCause } from './error-causes.js';
import type { ErrorCauseCount, ErrorClass } from './measurements.js';

/** Distinct causes counted by name in a run. */
export const MAX_ERROR_CAUSES = 16;
/** The cause under which failures beyond MAX_ERROR_CAUSES are summed (one row per class). */
export const OTHER_CAUSES = 'other causes';

interface Entry {
  cause: string;
  errorClass: ErrorClass;
  count: number;
}

export class ErrorCauseCounter {
  private readonly named = new Map<string, Entry>();
  private readonly overflow = new Map<ErrorClass, Entry>();

  add(cause: string, errorClass: ErrorClass, count = 1): void {
    let entry = this.named.get(cause);
    if (entry === undefined) {
      // An `other causes` row of an earlier count (a part being merged) stays an overflow row.
      if (cause !== OTHER_CAUSES && this.named.size < MAX_ERROR_CAUSES) {
        entry = { cause, errorClass, count: 0 };
        this.named.set(cause, entry);
      } else {
        entry = this.overflow.get(errorClass);
        if (entry === undefined) {
          entry = { cause: OTHER_CAUSES, errorClass, count: 0 };
          this.overflow.set(errorClass, entry);
        }
      }
    }
    entry.count += count;
  }

  /** Most first; named causes before the overflow rows at equal counts. */
  counts(): ErrorCauseCount[] {
    const row = (entry: Entry): ErrorCauseCount => ({
      cause: entry.cause,
      description:
        entry.cause === OTHER_CAUSES
          ? `causes beyond the first ${MAX_ERROR_CAUSES}`
          : describeCause(entry.cause).description,
      errorClass: entry.errorClass,
      count: entry.count,
    });
    // A stable sort: at equal counts, named causes in the order seen, then the overflow rows.
    return [...this.named.values(), ...this.overflow.values()].map(row).sort((a, b) => b.count - a.count);
  }
}

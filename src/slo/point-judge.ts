/**
 * A figure held to a limit: the comparison of k6's operators (equality up to float
 * noise) and the marginal band on the failing side of the limit.
 */
import { thresholdValueUnit } from './metric-catalog.js';
import type { Operator, PointStatus, Threshold, ThresholdStatus } from './types.js';
import { formatQuantity } from './units.js';

/** Relative tolerance for equality: values this close count as equal (float noise, not measurement). */
const RELATIVE_TOLERANCE = 1e-9;

/** Whether two measured values are equal up to float noise. */
export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Whether `actual operator limit` holds; the equal part of <=, >=, == and != uses `nearlyEqual`. */
export function compare(actual: number, operator: Operator, limit: number): boolean {
  const equal = nearlyEqual(actual, limit);
  switch (operator) {
    case '<':
      return actual < limit && !equal;
    case '<=':
      return actual < limit || equal;
    case '>':
      return actual > limit && !equal;
    case '>=':
      return actual > limit || equal;
    case '==':
      return equal;
    case '!=':
      return !equal;
  }
}

/**
 * Pass when the condition holds; otherwise marginal when the value lies within the
 * band (up to and including the marginal limit), else fail.
 */
export function judge(
  actual: number,
  threshold: Pick<Threshold, 'operator' | 'limit' | 'marginalLimit'>,
): PointStatus {
  const { operator, limit, marginalLimit } = threshold;
  if (compare(actual, operator, limit)) return 'pass';
  if (marginalLimit === undefined) return 'fail';
  if (operator === '<' || operator === '<=')
    return compare(actual, '<=', marginalLimit) ? 'marginal' : 'fail';
  if (operator === '>' || operator === '>=')
    return compare(actual, '>=', marginalLimit) ? 'marginal' : 'fail';
  return 'fail';
}

/** Where a value stood against the band, for marginal and failed results: `within the marginal band (250 ms to 300 ms)`. */
export function bandNote(
  threshold: Threshold,
  status: ThresholdStatus,
  limit = threshold.limit,
  marginalLimit = threshold.marginalLimit,
): string | undefined {
  if (marginalLimit === undefined || (status !== 'marginal' && status !== 'fail')) return undefined;
  const unit = thresholdValueUnit(threshold);
  const low = formatQuantity(unit, limit);
  const high = formatQuantity(unit, marginalLimit);
  const below = threshold.operator === '<' || threshold.operator === '<=';
  const band = below ? `${low} to ${high}` : `${high} to ${low}`;
  return status === 'marginal' ? `within the marginal band (${band})` : `beyond the marginal band (${band})`;
}

/**
 * The value of a lower bound (`at least value`) against a threshold: the status when it
 * is the same for every value from the bound up, else inconclusive. Used for a
 * breakpoint capacity that never broke: `value>=500` passes at "at least 640", while
 * `value<1000` cannot be decided.
 */
export function judgeLowerBound(
  bound: number,
  threshold: Pick<Threshold, 'operator' | 'limit' | 'marginalLimit'>,
): ThresholdStatus {
  const { operator, limit } = threshold;
  // == and != switch as the value crosses the limit: decidable only when the limit lies below the bound.
  if ((operator === '==' || operator === '!=') && !(limit < bound)) return 'inconclusive';
  const atBound = judge(bound, threshold);
  // <, <=, >, >= are monotone: the far end of [bound, ∞) is judged like any value above every limit.
  const farEnd = judge(Number.MAX_VALUE, threshold);
  return atBound === farEnd ? atBound : 'inconclusive';
}

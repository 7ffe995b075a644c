/**
 * The baseline on the right-hand side of a condition: `baseline * 1.10` (at most
 * 10 % above the baseline's value), `baseline + 20ms` (at most 20 ms above it),
 * with a marginal band of the same form (`baseline * 1.05 marginal baseline * 1.15`).
 *
 * Refused, each with the form expected: `baseline` left of the operator, `baseline -
 * d` and `baseline / k` (a factor says it: `baseline * 0.9`), `==` and `!=` (two
 * measured values are never exactly equal), a marginal band of another form than the
 * limit (`baseline * 1.05 marginal baseline + 20ms`: the two cannot be ordered
 * without the baseline's value), and an absolute band on a relative limit or the
 * reverse.
 */
import type { ValueUnit } from './metric-catalog.js';
import { parseLimit } from './threshold-limits.js';
import { fail, q } from './threshold-syntax.js';
import type { Operator, RelativeBound, RelativeLimit } from './types.js';
import { formatQuantity, NUMBER_SOURCE } from './units.js';

export const RELATIVE_EXAMPLE = '"http_req_duration: p(95) < baseline * 1.10"';
const BAND_EXAMPLE = '"http_req_duration: p(95) < baseline * 1.05 marginal baseline * 1.15"';

/** Whether a limit is written against the baseline. */
export function isRelative(text: string): boolean {
  return /^baseline\b/i.test(text.trim());
}

/** `baseline` written before the operator, e.g. `baseline * 1.1 > p(95)`. */
export function checkBaselineOnLeft(aggregationText: string): void {
  if (/\bbaseline\b/i.test(aggregationText)) {
    fail(
      `"baseline" goes right of the operator: the canary's statistic comes first; expected e.g. ${RELATIVE_EXAMPLE}`,
    );
  }
}

export interface LimitOptions {
  bareFactor?: number;
  bareIsPercent?: boolean;
}

/** Reads `baseline * k` or `baseline + d` (d in the value's unit, as an absolute limit is written). */
export function parseRelativeBound(
  text: string,
  unit: ValueUnit,
  what: string,
  options: LimitOptions = {},
): RelativeBound {
  const match = /^baseline\b\s*(.*)$/is.exec(text.trim());
  const rest = (match?.[1] ?? '').trim();
  if (rest === '') {
    fail(
      `${what} "baseline" needs a factor or an allowance; expected e.g. "baseline * 1.10" (10 % above the baseline) or "baseline + 20ms"`,
    );
  }
  const sign = rest[0];
  const operand = rest.slice(1).trim();
  if (sign === '*' || sign === '×') return { form: 'ratio', factor: readFactor(operand, what) };
  if (sign === '+') {
    const delta = parseLimit(
      operand,
      unit,
      `the allowance of ${what}`,
      `"baseline + ${sampleDelta(unit)}"`,
      options,
    );
    return { form: 'difference', delta };
  }
  if (sign === '-') {
    fail(
      `${what} ${q(text.trim())} subtracts from the baseline, which is not supported; to ask for a canary below the baseline write a factor, e.g. "baseline * 0.9"`,
    );
  }
  if (sign === '/') {
    const divisor = new RegExp(`^${NUMBER_SOURCE}$`).test(operand) ? Number(operand) : Number.NaN;
    const suggestion =
      divisor > 0 ? `"baseline * ${Number((1 / divisor).toPrecision(6))}"` : '"baseline * 0.9"';
    fail(
      `${what} ${q(text.trim())} divides the baseline, which is not supported; write a factor, e.g. ${suggestion}`,
    );
  }
  return fail(
    `${what} ${q(text.trim())} is not a baseline bound; expected "baseline * k" or "baseline + d", e.g. "baseline * 1.10" or "baseline + ${sampleDelta(unit)}"`,
  );
}

function readFactor(operand: string, what: string): number {
  if (!new RegExp(`^${NUMBER_SOURCE}$`).test(operand)) {
    const unit = /^(?:\d+(?:\.\d*)?|\.\d+)\s*(\S+)$/.exec(operand)?.[1];
    const hint = unit ? `; a factor takes no unit (write "baseline + ${operand}" to allow an amount)` : '';
    fail(`the factor of ${what} ${q(operand)} is not a number${hint}; expected e.g. "baseline * 1.10"`);
  }
  const factor = Number(operand);
  if (!(factor > 0) || !Number.isFinite(factor)) {
    fail(`the factor of ${what} must be above 0, got ${q(operand)}; expected e.g. "baseline * 1.10"`);
  }
  return factor;
}

function sampleDelta(unit: ValueUnit): string {
  return {
    ms: '20ms',
    ratio: '1%',
    count: '10',
    per_second: '10/s',
    bytes: '1MB',
    bytes_per_second: '100kB/s',
  }[unit];
}

/** The number of a bound: k or d (stored as the threshold's `limit`). */
export function boundNumber(bound: RelativeBound): number {
  return bound.form === 'ratio' ? bound.factor : bound.delta;
}

/**
 * A relative limit with its optional band. Either both the limit and the band are
 * relative, or neither is (the caller parses the absolute case).
 */
export function parseRelativeLimit(
  operator: Operator,
  limitText: string,
  marginalText: string | undefined,
  unit: ValueUnit,
  options: LimitOptions = {},
): RelativeLimit {
  if (operator === '==' || operator === '!=') {
    fail(
      `${operator} cannot compare with the baseline: two measured values are never exactly equal; expected <, <=, > or >=, e.g. ${RELATIVE_EXAMPLE}`,
    );
  }
  if (!isRelative(limitText)) {
    fail(
      `the limit ${q(limitText)} is absolute and its marginal band relative; write both against the baseline, e.g. ${BAND_EXAMPLE}`,
    );
  }
  const tolerance = parseRelativeBound(limitText, unit, 'the limit', options);
  if (marginalText === undefined) return { tolerance };
  if (!isRelative(marginalText)) {
    fail(
      `the marginal band ${q(marginalText)} is absolute and the limit relative; write both against the baseline, e.g. ${BAND_EXAMPLE}`,
    );
  }
  const marginal = parseRelativeBound(marginalText, unit, 'the marginal band', options);
  if (marginal.form !== tolerance.form) {
    fail(
      `the marginal band ${q(marginalText)} has another form than the limit ${q(limitText)}; ` +
        `write both with "*" or both with "+", e.g. ${BAND_EXAMPLE}`,
    );
  }
  const upper = operator === '<' || operator === '<=';
  const [k, m] = [boundNumber(tolerance), boundNumber(marginal)];
  if (upper ? m <= k : m >= k) {
    const write = (v: number): string =>
      tolerance.form === 'ratio'
        ? `baseline * ${v}`
        : `baseline + ${formatQuantity(unit, v).replace(' ', '')}`;
    fail(
      `the marginal band ${write(m)} must lie ${upper ? 'above' : 'below'} the limit ${write(k)}, on the failing side of ${operator}; ` +
        `expected e.g. ${upper ? BAND_EXAMPLE : '"http_reqs: rate > baseline * 0.9 marginal baseline * 0.8"'}`,
    );
  }
  return { tolerance, marginal };
}

/** A relative limit as written in the full form, e.g. `baseline * 1.1 marginal baseline * 1.2`. */
export function writeRelativeLimit(limit: RelativeLimit, unit: ValueUnit): string {
  const write = (bound: RelativeBound): string =>
    bound.form === 'ratio'
      ? `baseline * ${bound.factor}`
      : `baseline + ${unit === 'ratio' ? `${Number((bound.delta * 100).toPrecision(12))}%` : bound.delta}`;
  return limit.marginal
    ? `${write(limit.tolerance)} marginal ${write(limit.marginal)}`
    : write(limit.tolerance);
}

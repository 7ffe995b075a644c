/**
 * Limits of a condition: a number with an optional unit (`250ms`, `0.5%`, `1000/s`,
 * `2MB`), and the marginal band (`<500 marginal 700`) on the failing side of the limit.
 */
import type { ValueUnit } from './metric-catalog.js';
import { BAND_EXAMPLE, fail, q } from './threshold-syntax.js';
import type { Operator } from './types.js';
import { readGoFloat } from '../syntax/go-float.js';
import { formatQuantity, readLimit, unitHint } from './units.js';

interface BandText {
  limit: string;
  marginal?: string;
}

/** Splits `250ms marginal 300ms`; `marginal` is a word of its own. */
export function splitBand(text: string, example: string): BandText {
  const match = /^(.*?)(?:\s+|^)marginal\b(.*)$/is.exec(text);
  if (!match) return { limit: text.trim() };
  const limit = (match[1] ?? '').trim();
  const marginal = (match[2] ?? '').trim();
  if (limit === '') fail(`no limit before "marginal"; expected the limit first, e.g. ${example}`);
  if (marginal === '') fail(`"marginal" needs a limit after it; expected e.g. ${example}`);
  return { limit, marginal };
}

interface LimitText {
  number: string;
  /** The unit as written, or ''. */
  written: string;
  /** Whatever follows the limit. */
  rest: string;
}

/**
 * `250`, `1e3`, `0x1p4` (k6's numbers, Go's ParseFloat), or loadgate's number with a
 * unit, glued or after a blank (`250ms`, `250 ms`). A text k6 reads as a number is
 * always read as that number, so units never change what a k6 limit means.
 */
function splitLimit(text: string): LimitText | undefined {
  const [first = '', ...others] = text.trim().split(/\s+/);
  const goFloat = readGoFloat(first);
  // A number k6 takes, or one Go reads but finds too large (said so later, not read as a unit).
  if ('value' in goFloat || goFloat.problem === 'range') {
    const [next, ...more] = others;
    if (next !== undefined && /^[^\d.+\-_]/.test(next))
      return { number: first, written: next, rest: more.join(' ') };
    return { number: first, written: '', rest: others.join(' ') };
  }
  // A unit has no digits: `0x10` and `1__0` are numbers Go refuses, not 0 and 1 with a unit.
  const glued = /^(\S*[\d.])([A-Za-z\u00B5\u03BC%/][^\s\d]*)$/.exec(first);
  if (glued && 'value' in readGoFloat(glued[1] ?? '')) {
    return { number: glued[1] ?? '', written: glued[2] ?? '', rest: others.join(' ') };
  }
  return undefined;
}

export function parseLimit(
  text: string,
  unit: ValueUnit,
  what: string,
  example: string,
  options: { bareFactor?: number; bareIsPercent?: boolean; negativeOk?: boolean } = {},
): number {
  const split = splitLimit(text);
  if (!split) {
    const hex = /^[+-]?0[xX]/.test(text.trim())
      ? ' (Go, as k6, reads hex only with a p exponent: 0x10p0)'
      : '';
    fail(`${what} ${q(text)} is not a number${hex}; expected ${unitHint(unit)}, e.g. ${example}`);
  }
  const { number, written, rest } = split as LimitText;
  if (rest !== '') {
    fail(
      `unexpected ${q(rest)} after ${what} ${number}${written}; expected nothing more or a marginal band, e.g. ${BAND_EXAMPLE}`,
    );
  }
  const reading = readLimit(number, written, unit, options.bareFactor);
  if (!reading.ok) {
    fail(`in ${what} ${q(text)}, ${reading.problem}; expected ${unitHint(unit)}, e.g. ${example}`);
  }
  const value = (reading as { value: number }).value;
  if (value < 0 && !options.negativeOk) {
    fail(
      `${what} ${number}${written} is below 0, which this value never is (k6 would take it, and the ` +
        `threshold could never fail or never pass); expected ${unitHint(unit)}, e.g. ${example}`,
    );
  }
  if (unit === 'ratio' && value > 1) {
    if (options.bareIsPercent || written === '%') {
      fail(
        `${what} ${number}${written || '%'} is above 100 %; expected a percentage from 0 to 100, e.g. ${example}`,
      );
    }
    fail(
      `${what} ${number} is above 1, and a rate is a fraction from 0 to 1; ` +
        `write ${number}% for a percentage or a fraction such as ${Number((value / 100).toPrecision(6))}`,
    );
  }
  return value;
}

export function checkBand(operator: Operator, limit: number, marginal: number, unit: ValueUnit): void {
  if (operator === '==' || operator === '!=') {
    fail(
      `a marginal band needs <, <=, > or >=, not ${operator}: ${operator} has no side to fail on; e.g. ${BAND_EXAMPLE}`,
    );
  }
  const upper = operator === '<' || operator === '<=';
  if (upper ? marginal > limit : marginal < limit) return;
  const side = upper ? 'above' : 'below';
  const example = upper ? BAND_EXAMPLE : '"http_reqs: rate>100 marginal 80"';
  fail(
    `the marginal limit ${formatQuantity(unit, marginal)} must lie ${side} the limit ${formatQuantity(unit, limit)}, ` +
      `on the failing side of ${operator}; ` +
      `expected e.g. ${example}`,
  );
}

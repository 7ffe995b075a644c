/**
 * Limits of a condition: a number with an optional unit (`250ms`, `0.5%`, `1000/s`,
 * `2MB`), and the marginal band (`<500 marginal 700`) on the failing side of the limit.
 */
import type { ValueUnit } from './metric-catalog.js';
import { BAND_EXAMPLE, fail, q } from './threshold-syntax.js';
import type { Operator } from './types.js';
import { formatQuantity, NUMBER_SOURCE, readLimit, unitHint } from './units.js';

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

export function parseLimit(
  text: string,
  unit: ValueUnit,
  what: string,
  example: string,
  options: { bareFactor?: number; bareIsPercent?: boolean } = {},
): number {
  const split = new RegExp(String.raw`^(${NUMBER_SOURCE})\s*([^\s\d.]\S*)?\s*(.*)$`, 's').exec(text);
  if (!split) fail(`${what} ${q(text)} is not a number; expected ${unitHint(unit)}, e.g. ${example}`);
  const [, number = '', written = '', rest = ''] = split as RegExpExecArray;
  if (rest !== '') {
    fail(
      `unexpected ${q(rest)} after ${what} ${number}${written}; expected nothing more or a marginal band, e.g. ${BAND_EXAMPLE}`,
    );
  }
  const reading = readLimit(`${number}${written}`, unit, options.bareFactor);
  if (!reading.ok) {
    fail(`in ${what} ${q(text)}, ${reading.problem}; expected ${unitHint(unit)}, e.g. ${example}`);
  }
  const value = (reading as { value: number }).value;
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

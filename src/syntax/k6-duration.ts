/**
 * k6's `delayAbortEval` as k6 reads it (lib/types NullDuration, ParseExtendedDuration):
 *
 *   null            ; no delay
 *   a number        ; milliseconds, e.g. 10000
 *   a string        ; a number (milliseconds, "10000"), Go's time.ParseDuration
 *                   ; ("10s", "1m30s", "1.5h", "500ms", "250us", "1µs", "2ns"; units in any
 *                   ; order, no blanks), or whole days before it ("1d", "1d12h")
 *
 * Differences, because they make no sense for a delay: a negative one (k6 takes "-5s"
 * and aborts at once), and infinity or NaN, are refused.
 */
import { parseGoFloat } from './go-float.js';

/** What one Go unit is worth, in nanoseconds. */
const GO_UNITS_NS: Readonly<Record<string, number>> = {
  ns: 1,
  us: 1e3,
  µs: 1e3, // U+00B5 MICRO SIGN
  μs: 1e3, // U+03BC GREEK SMALL LETTER MU
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
};

/** Go's time.Duration ends at 2^63 - 1 ns (about 292 years). */
const MAX_NS = 2 ** 63;

/** Go's time.ParseDuration, in nanoseconds; a message on failure. */
function parseGoDuration(text: string): number | string {
  let rest = text;
  let sign = 1;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    sign = rest.startsWith('-') ? -1 : 1;
    rest = rest.slice(1);
  }
  if (rest === '0') return 0;
  if (rest === '') return `${JSON.stringify(text)} is not a duration`;
  let total = 0;
  while (rest !== '') {
    const part = /^(\d*)(?:\.(\d*))?/.exec(rest);
    const whole = part?.[1] ?? '';
    const fraction = part?.[2];
    if (whole === '' && (fraction === undefined || fraction === '')) {
      return `${JSON.stringify(text)} is not a duration`;
    }
    rest = rest.slice(part?.[0].length ?? 0);
    const unit = /^[^\d.]+/.exec(rest)?.[0];
    if (unit === undefined) return `${JSON.stringify(text)} has a number without a unit`;
    const factor = GO_UNITS_NS[unit];
    if (factor === undefined) return `${JSON.stringify(unit)} in ${JSON.stringify(text)} is not a unit`;
    rest = rest.slice(unit.length);
    total += Number(`${whole || '0'}.${fraction ?? ''}0`) * factor;
    if (total > MAX_NS) return `${JSON.stringify(text)} is too long`;
  }
  return sign * total;
}

/** k6's ParseExtendedDuration, in milliseconds; a message on failure. */
function parseExtendedDuration(text: string): number | string {
  const number = parseGoFloat(text);
  if (number !== undefined) return number;
  const d = text.indexOf('d');
  if (d < 0) {
    const ns = parseGoDuration(text);
    return typeof ns === 'number' ? ns / 1e6 : ns;
  }
  let hoursNs = 0;
  if (d + 1 < text.length) {
    const after = parseGoDuration(text.slice(d + 1));
    if (typeof after === 'string') return after;
    if (after < 0) return `${JSON.stringify(text)} has a negative time after its days`;
    hoursNs = after;
  }
  // Go's ParseInt(…, 10, 64): an optional sign and decimal digits, nothing else.
  if (!/^[+-]?\d+$/.test(text.slice(0, d))) return `${JSON.stringify(text)} needs whole days before "d"`;
  const days = Number(text.slice(0, d));
  return (days * 86_400e9 + (days < 0 ? -hoursNs : hoursNs)) / 1e6;
}

export type K6DurationReading = { ok: true; ms: number | null } | { ok: false; problem: string };

export const K6_DURATION_EXPECTED =
  'a duration such as "10s" or "1m30s", a number of milliseconds such as 10000, or null';

/** Reads `delayAbortEval` as k6 does; `ms: null` is no delay (k6's null). */
export function readK6Duration(value: unknown): K6DurationReading {
  if (value === null) return { ok: true, ms: null };
  let ms: number | string;
  if (typeof value === 'number') ms = value;
  else if (typeof value === 'string') ms = parseExtendedDuration(value);
  else return { ok: false, problem: `${JSON.stringify(value) ?? String(value)} is not a duration` };
  if (typeof ms === 'string') return { ok: false, problem: ms };
  if (!Number.isFinite(ms)) return { ok: false, problem: `${String(value)} is not a finite duration` };
  if (ms < 0) return { ok: false, problem: `${String(value)} is negative, and a delay cannot be` };
  return { ok: true, ms };
}

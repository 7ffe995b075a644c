/**
 * k6's timestamps: Go's `time.Time` in JSON, RFC 3339 with up to nine fractional digits
 * and the offset of the machine that ran k6 (`2017-05-09T14:34:45.625742514+02:00`, or
 * `…Z`). `Date.parse` is not required to take more than three fractional digits, so the
 * text is read here, to epoch milliseconds with the sub-millisecond part kept.
 */

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?([Zz]|([+-])(\d{2}):(\d{2}))$/;

/** Epoch milliseconds (fractional), or undefined when `text` is not an RFC 3339 instant. */
export function parseK6Time(text: string): number | undefined {
  const match = RFC3339.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction, zone, sign, offsetHours, offsetMinutes] = match;
  const mo = Number(month);
  const d = Number(day);
  const h = Number(hour);
  const mi = Number(minute);
  const s = Number(second);
  // A leap second (…:60) is not a time JavaScript can hold; k6 (Go) never writes one.
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return undefined;
  const base = Date.UTC(Number(year), mo - 1, d, h, mi, s);
  if (new Date(base).getUTCDate() !== d) return undefined; // e.g. 31 April
  const sub = fraction === undefined ? 0 : Number(`0.${fraction}`) * 1000;
  let offsetMs = 0;
  if (zone !== 'Z' && zone !== 'z') {
    const oh = Number(offsetHours);
    const om = Number(offsetMinutes);
    if (oh > 23 || om > 59) return undefined;
    offsetMs = (sign === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
  }
  return base + sub - offsetMs;
}

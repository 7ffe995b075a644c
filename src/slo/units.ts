/**
 * Units of threshold limits: which units a value may carry for each kind of value,
 * converting to the metric's own unit (ms, a 0..1 ratio, requests or bytes, per
 * second for rates of counters), and a plain way to write values back in messages.
 */
import { readGoFloat } from '../syntax/go-float.js';
import type { ValueUnit } from './metric-catalog.js';

/** A unit as written, with what one of it is worth in the value's base unit. */
interface UnitFactor {
  names: readonly string[];
  factor: number;
}

const DURATION_UNITS: readonly UnitFactor[] = [
  { names: ['us', 'µs', 'μs'], factor: 0.001 },
  { names: ['ms'], factor: 1 },
  { names: ['s'], factor: 1000 },
  { names: ['m'], factor: 60_000 },
];

const BYTE_UNITS: readonly UnitFactor[] = [
  { names: ['b'], factor: 1 },
  { names: ['kb'], factor: 1e3 },
  { names: ['mb'], factor: 1e6 },
  { names: ['gb'], factor: 1e9 },
  { names: ['kib'], factor: 1024 },
  { names: ['mib'], factor: 1024 ** 2 },
  { names: ['gib'], factor: 1024 ** 3 },
];

const PER_SECOND_UNITS: readonly UnitFactor[] = [{ names: ['/s', 'rps', 'req/s'], factor: 1 }];

const withPerSecond = (units: readonly UnitFactor[]): UnitFactor[] =>
  units.map((unit) => ({ ...unit, names: unit.names.map((name) => `${name}/s`) }));

/** Units each kind of value accepts besides a bare number. */
const UNITS: Readonly<Record<ValueUnit, readonly UnitFactor[]>> = {
  ms: DURATION_UNITS,
  ratio: [{ names: ['%'], factor: 0.01 }],
  count: [],
  per_second: PER_SECOND_UNITS,
  bytes: BYTE_UNITS,
  bytes_per_second: [...BYTE_UNITS, ...withPerSecond(BYTE_UNITS)],
};

/** How the accepted values are described in messages. */
const UNIT_HINTS: Readonly<Record<ValueUnit, string>> = {
  ms: 'milliseconds, bare or with a unit us, ms, s or m (250, 250ms, 1.5s)',
  ratio: 'a fraction from 0 to 1 or a percentage (0.01, 1%)',
  count: 'a count without a unit (1000)',
  per_second: 'a number per second, bare or with /s (100, 100/s)',
  bytes: 'bytes, bare or with a unit B, kB, MB, GB, KiB, MiB or GiB (1MB)',
  bytes_per_second: 'bytes per second, bare or with a unit such as kB or MB (500kB, 500kB/s)',
};

/** What kind of value each unit is, for messages. */
const UNIT_NAMES: Readonly<Record<ValueUnit, string>> = {
  ms: 'a duration',
  ratio: 'a rate',
  count: 'a count',
  per_second: 'a rate per second',
  bytes: 'an amount of data',
  bytes_per_second: 'an amount of data per second',
};

export function unitHint(unit: ValueUnit): string {
  return UNIT_HINTS[unit];
}

/** A limit as it would be written in a threshold, for examples in messages: `250`, `1%`, `500kB/s`. */
export const SAMPLE_LIMITS: Readonly<Record<ValueUnit, string>> = {
  ms: '250',
  ratio: '0.01',
  count: '1000',
  per_second: '100',
  bytes: '1MB',
  bytes_per_second: '500kB/s',
};

/** A number as written: digits with an optional fraction, no sign. */
export const NUMBER_SOURCE = String.raw`(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;

/** `value * factor` without binary noise (0.7 % is 0.007, not 0.006999…). */
function scale(value: number, factor: number): number {
  return factor === 1 ? value : Number((value * factor).toPrecision(15));
}

export type LimitReading = { ok: true; value: number } | { ok: false; problem: string };

/**
 * Reads a number (as k6 reads it, Go's ParseFloat: see syntax/go-float.ts) and the
 * unit written after it into the value's base unit. `bareFactor` is what a number
 * without a unit is worth (1, except for the seeds' percent `error_rate`).
 * A failure says what is wrong in words; the caller adds the form expected.
 */
export function readLimit(number: string, written: string, unit: ValueUnit, bareFactor = 1): LimitReading {
  const shown = JSON.stringify(`${number}${written}`);
  const reading = readGoFloat(number);
  if ('problem' in reading) {
    return {
      ok: false,
      problem: reading.problem === 'range' ? `${shown} is too large` : `${shown} is not a number`,
    };
  }
  if (!Number.isFinite(reading.value)) {
    return { ok: false, problem: `${shown} is not a finite number, and a limit must be one` };
  }
  const amount = reading.value === 0 ? 0 : reading.value;
  if (written === '') return { ok: true, value: scale(amount, bareFactor) };
  const lower = written.toLowerCase();
  const found = UNITS[unit].find((candidate) => candidate.names.includes(lower));
  if (!found) return { ok: false, problem: `the unit "${written}" does not fit ${UNIT_NAMES[unit]}` };
  return { ok: true, value: scale(amount, found.factor) };
}

function plain(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

/** A value in its unit, written plainly for messages and notes: `250 ms`, `1.5 %`, `100 req/s`. */
export function formatQuantity(unit: ValueUnit, value: number): string {
  switch (unit) {
    case 'ms':
      return `${plain(value, 3)} ms`;
    case 'ratio':
      return `${plain(value * 100, 4)} %`;
    case 'count':
      return plain(value, 3);
    case 'per_second':
      return `${plain(value, 3)} req/s`;
    case 'bytes':
      return `${plain(value, 0)} B`;
    case 'bytes_per_second':
      return `${plain(value, 1)} B/s`;
  }
}

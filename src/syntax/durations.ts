/**
 * Durations as written in inputs and the config file: one or more `<number><unit>`
 * parts from largest to smallest unit, e.g. `500ms`, `30s`, `1.5s`, `2m`, `1m30s`, `1h`.
 * A bare number is refused: `30` could mean seconds or milliseconds.
 */

const NUMBER = String.raw`\d+(?:\.\d+)?`;

/**
 * The accepted form. Each unit at most once, largest first (`m(?!s)` keeps `500ms`
 * from being read as minutes). Shared with the config file's JSON Schema.
 */
export const DURATION_PATTERN = `^(?=\\d)(?:(${NUMBER})h)?(?:(${NUMBER})m(?!s))?(?:(${NUMBER})s)?(?:(${NUMBER})ms)?$`;

const DURATION_RE = new RegExp(DURATION_PATTERN);
const UNIT_MS = [3_600_000, 60_000, 1000, 1] as const;

/** The expected form, for messages. */
export const DURATION_EXPECTED = 'expected a duration such as 30s, 2m or 1m30s';

export class DurationSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DurationSyntaxError';
  }
}

/**
 * Parses a duration into milliseconds (rounded to whole ms).
 * Throws `DurationSyntaxError` whose message quotes the text and states the form expected.
 */
export function parseDuration(text: string): number {
  const match = DURATION_RE.exec(text.trim());
  if (!match) throw new DurationSyntaxError(durationSyntaxMessage(text));
  let ms = 0;
  UNIT_MS.forEach((unit, i) => {
    const part = match[i + 1];
    if (part !== undefined) ms += Number(part) * unit;
  });
  return Math.round(ms);
}

/** The message for a value that is not a duration (a string, or a YAML number or other value). */
export function durationSyntaxMessage(value: unknown): string {
  if (typeof value === 'number' || (typeof value === 'string' && /^\s*\d+(?:\.\d+)?\s*$/.test(value))) {
    const number = String(value).trim();
    return `got ${JSON.stringify(value)}, a number without a unit; ${DURATION_EXPECTED} (write ${number}s for seconds)`;
  }
  return `got ${JSON.stringify(value) ?? String(value)}; ${DURATION_EXPECTED}`;
}

/** Formats milliseconds the way they are written: `2m30s`, `1h5m`, `500ms`, `1.5s`, `0s`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return `${ms}ms`;
  const rounded = Math.round(ms);
  if (rounded === 0) return '0s';
  if (rounded < 1000) return `${rounded}ms`;
  const hours = Math.floor(rounded / 3_600_000);
  const minutes = Math.floor((rounded % 3_600_000) / 60_000);
  const seconds = (rounded % 60_000) / 1000;
  return `${hours ? `${hours}h` : ''}${minutes ? `${minutes}m` : ''}${seconds ? `${seconds}s` : ''}`;
}

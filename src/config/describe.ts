/** Small helpers that make issue messages: quoting received values and "did you mean". */
import { distance } from 'fastest-levenshtein';

/** Longest part of a value a message quotes: enough to recognise it, never a whole file or a 100 kB URL. */
export const EXCERPT_LENGTH = 60;

/**
 * A text as a message shows it: in double quotes (control characters escaped), cut to
 * `EXCERPT_LENGTH` characters with `… (N characters)` when longer.
 */
export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  if (text.length <= max) return JSON.stringify(text);
  // Do not cut a surrogate pair in half.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return `${JSON.stringify(text.slice(0, end))}… (${text.length} characters)`;
}

/** A text cut to `max` characters (with `…`), unquoted: for a library's own message. */
export function shorten(text: string, max = EXCERPT_LENGTH): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

/** How a received value is quoted in a message: strings as an excerpt, other YAML values by kind. */
export function quote(value: unknown): string {
  if (typeof value === 'string') return excerpt(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return kindOf(value);
}

/** A value named by its kind only (`a mapping`, `a list`), for values that must not be shown. */
export function kindOf(value: unknown): string {
  if (typeof value === 'string') return 'a text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'true or false';
  if (value === null || value === undefined) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return typeof value;
}

/**
 * The candidate closest to `word` when it is close enough to be a likely typo (case
 * is ignored; at most two edits, or a third of the letters for long words), or the
 * only candidate that starts with it (`prod` → `production`); else undefined.
 */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  const extended = candidates.filter((candidate) => candidate.toLowerCase().startsWith(lower));
  if (lower.length >= 3 && extended.length === 1) return extended[0];
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const allowed = Math.min(Math.max(2, Math.floor(word.length / 3)), word.length - 1);
  return bestDistance <= allowed ? best : undefined;
}

/** ` (did you mean "x"?)`-style suffix, or '' when nothing is close. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const match = closestMatch(word, candidates);
  return match === undefined ? '' : `; did you mean "${match}"?`;
}

/** `a, b or c` */
export function listOf(items: readonly string[], conjunction = 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

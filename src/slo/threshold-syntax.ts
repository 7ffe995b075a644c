/** What every part of the threshold grammar shares: its error, its examples and the wording of its hints. */
import { closest, distance } from 'fastest-levenshtein';

export class ThresholdSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ThresholdSyntaxError';
  }
}

export const GENERAL_EXAMPLE = '"http_req_duration: p(95)<250" or "p95: 250ms"';
export const BAND_EXAMPLE = '"http_req_duration: p(99)<500 marginal 700"';

export const fail = (message: string): never => {
  throw new ThresholdSyntaxError(message);
};

export const q = (text: string): string => JSON.stringify(text);

/** `a, b or c` */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** The candidate closest to `word` when close enough to be a likely typo. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0 || word === '') return undefined;
  const best = closest(word.toLowerCase(), [...candidates]);
  const allowed = Math.min(Math.max(2, Math.floor(word.length / 3)), word.length - 1);
  return distance(word.toLowerCase(), best.toLowerCase()) <= allowed ? best : undefined;
}

export const didYouMean = (suggestion: string | undefined): string =>
  suggestion === undefined ? '' : ` (did you mean ${q(suggestion)}?)`;

/**
 * A threshold as HTML that a narrow column wraps only between its parts: after `{`, `,`,
 * `:` and `/`, and before a comparison, never inside a metric name, a number or a unit
 * (`p(95)<20 ms` stays whole, the browser is given no place to cut `ms`).
 */
import { escapeHtml } from './escape-html.js';

/** Where a line may end: after these characters … */
const BREAK_AFTER = new Set(['{', ',', ':', '/']);
/** … and before a run of these (the comparison), unless the run already began. */
const COMPARISON = new Set(['<', '>', '=', '!']);

export function breakableThreshold(source: string): string {
  const chars = [...source];
  let out = '';
  chars.forEach((char, i) => {
    const previous = chars[i - 1];
    if (COMPARISON.has(char) && previous !== undefined && !COMPARISON.has(previous) && previous !== ' ')
      out += '<wbr>';
    out += escapeHtml(char);
    const next = chars[i + 1];
    if (BREAK_AFTER.has(char) && next !== undefined && next !== ' ') out += '<wbr>';
  });
  return out;
}

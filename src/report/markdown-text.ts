/**
 * User text in markdown (endpoint names, paths, thresholds): escaped so it cannot break
 * a table or inject markup, and cut to a cell's length. Shared by every markdown section.
 */

/** Characters of user text a cell shows at most. */
export const MAX_CELL_CHARS = 160;

function truncate(text: string, max = MAX_CELL_CHARS): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** User text for a table cell or a line: no HTML, no markdown emphasis or links, no row breaks. */
export function markdownText(text: string): string {
  return truncate(text.replace(/\r?\n|\r/g, ' '))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~#!])/g, '\\$1');
}

/** A code span for any text: a fence longer than any backtick run inside, pipes escaped for tables. */
export function codeSpan(text: string): string {
  const flat = truncate(text.replace(/\r?\n|\r/g, ' '));
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat.replace(/\|/g, '\\|')}${pad}${fence}`;
}

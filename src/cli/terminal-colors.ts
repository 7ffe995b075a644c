/**
 * Whether to colour what goes to a stream, and the few ANSI styles the CLI uses.
 * NO_COLOR (no-color.org: set and not empty) turns colour off; FORCE_COLOR turns it on
 * (off for `0` or `false`), e.g. for a CI log that shows ANSI; otherwise a terminal
 * gets colour unless TERM is `dumb`.
 */

export interface ColorStream {
  isTTY?: boolean;
}

export function colorEnabled(stream: ColorStream, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return stream.isTTY === true && env.TERM !== 'dumb';
}

export type Style = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'cyan';

const CODES: Readonly<Record<Style, [open: number, close: number]>> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
};

/** A styler: the text wrapped in the style's codes, or as it is when colour is off. */
export type Paint = (style: Style, text: string) => string;

export function painter(enabled: boolean): Paint {
  if (!enabled) return (_style, text) => text;
  return (style, text) => (text === '' ? '' : `\x1b[${CODES[style][0]}m${text}\x1b[${CODES[style][1]}m`);
}

/** The text without ANSI codes (for its width on screen). */
export function plainText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;]*m/g, '');
}

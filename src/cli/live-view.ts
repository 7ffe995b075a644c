/**
 * What the live display shows for one progress sample: a progress bar with the elapsed
 * and planned time, VUs, req/s, p95 and errors (and the live baseline's figures), on
 * one line that never wraps, so it can be redrawn in place. Pure: the terminal side is
 * progress-display.ts.
 */
import type { ProgressSample } from '../engine/index.js';
import type { Paint } from './terminal-colors.js';

export interface ViewOptions {
  /** Width of the terminal; the line stays shorter than it. */
  columns: number;
  paint: Paint;
}

const MAX_BAR = 30;
const MIN_BAR = 8;

const seconds = (ms: number): string => `${Math.round(ms / 1000)}s`;

/** A part of the line: its text as painted and its width on screen. */
interface Part {
  text: string;
  width: number;
}

function part(paint: Paint, pieces: [style: Parameters<Paint>[0] | undefined, text: string][]): Part {
  return {
    text: pieces.map(([style, text]) => (style ? paint(style, text) : text)).join(''),
    width: pieces.reduce((sum, [, text]) => sum + [...text].length, 0),
  };
}

function figures(of: ProgressSample, paint: Paint, prefix = ''): Part {
  const p95 = of.p95Ms === null ? 'n/a' : `${of.p95Ms.toFixed(1)} ms`;
  return part(paint, [
    [undefined, `${prefix}${of.rps.toFixed(1)} req/s  p95 `],
    ['cyan', p95],
    [undefined, '  errors '],
    [of.errorPercent > 0 ? 'red' : 'green', `${of.errorPercent.toFixed(2)}%`],
  ]);
}

/** The bar, `width` cells: █ for the elapsed share of the plan, ░ for the rest. */
export function progressBar(fraction: number, width: number, paint: Paint): Part {
  const filled = Math.round(Math.min(1, Math.max(0, fraction)) * width);
  return part(paint, [
    ['green', '█'.repeat(filled)],
    ['dim', '░'.repeat(width - filled)],
  ]);
}

/** Cuts a painted text to `width` visible characters (codes kept whole, style reset). */
function cut(text: string, width: number): string {
  let shown = 0;
  let out = '';
  // eslint-disable-next-line no-control-regex
  for (const token of text.match(/\x1b\[[0-9;]*m|[^\x1b]/gu) ?? []) {
    if (token.startsWith('\x1b')) out += token;
    else if (shown < width) {
      out += token;
      shown++;
    }
  }
  return out.includes('\x1b') ? `${out}\x1b[0m` : out;
}

/**
 * The line for `sample`, at most `columns - 1` characters wide: the bar narrows first,
 * then goes, then the baseline's figures go, then the line is cut.
 */
export function liveLine(sample: ProgressSample, options: ViewOptions): string {
  const { paint } = options;
  const room = Math.max(10, options.columns - 1);
  const time = part(paint, [
    ['bold', seconds(sample.elapsedMs)],
    [undefined, sample.plannedMs > 0 ? `/${seconds(sample.plannedMs)}` : ''],
  ]);
  const vus = part(paint, [[undefined, `vus ${sample.vus}`]]);
  const canary = figures(sample, paint, sample.baseline ? 'canary ' : '');
  const baseline = sample.baseline ? figures(sample.baseline, paint, 'baseline ') : undefined;
  const join = (parts: Part[]): Part => ({
    text: parts.map((p) => p.text).join('  '),
    width: parts.reduce((sum, p) => sum + p.width, 0) + 2 * (parts.length - 1),
  });

  const withBaseline = [time, vus, canary, ...(baseline ? [part(paint, [['dim', '|']]), baseline] : [])];
  for (const parts of baseline ? [withBaseline, [time, vus, canary]] : [withBaseline]) {
    const text = join(parts);
    if (sample.plannedMs > 0) {
      const bar = Math.min(MAX_BAR, room - text.width - 1);
      if (bar >= MIN_BAR) {
        return `${progressBar(sample.elapsedMs / sample.plannedMs, bar, paint).text} ${text.text}`;
      }
    }
    if (text.width <= room) return text.text;
  }
  return cut(join([time, vus, canary]).text, room);
}

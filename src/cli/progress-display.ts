/**
 * Writing the run's progress to the terminal. On a TTY: the live line (live-view.ts),
 * redrawn in place at most every MIN_REDRAW_MS from samples taken every
 * LIVE_INTERVAL_MS, and ended with a line break when the run stops, is interrupted, or
 * the process exits. Elsewhere (a pipe, a CI log): the plain progress line
 * (progress-line.ts) every 5 s, one per line, so a log reads without control codes.
 */
import type { ProgressSample } from '../engine/index.js';
import { formatProgressLine } from '../progress-line.js';
import { liveLine } from './live-view.js';
import { colorEnabled, painter } from './terminal-colors.js';

/** How often the engine samples for the live line. */
export const LIVE_INTERVAL_MS = 500;
/** A few redraws a second at most, whatever the sampling. */
export const MIN_REDRAW_MS = 200;
/** Plain lines: as often as the action logs them. */
export const PLAIN_INTERVAL_MS = 5000;

export interface DisplayStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): boolean;
}

export interface ProgressDisplay {
  /** How often the engine should sample (GateOptions.progressIntervalMs). */
  readonly intervalMs: number;
  readonly live: boolean;
  update(sample: ProgressSample): void;
  /** Ends the live line (idempotent). */
  stop(): void;
}

export interface DisplayOptions {
  env?: NodeJS.ProcessEnv;
  now?: () => number;
  /** Where to hook the clean-up on exit; default `process`. */
  exitHook?: Pick<NodeJS.Process, 'on' | 'off'>;
}

export function createProgressDisplay(stream: DisplayStream, options: DisplayOptions = {}): ProgressDisplay {
  if (stream.isTTY !== true) {
    return {
      intervalMs: PLAIN_INTERVAL_MS,
      live: false,
      update: (sample) => void stream.write(`${formatProgressLine(sample)}\n`),
      stop: () => {},
    };
  }
  const env = options.env ?? process.env;
  const now = options.now ?? (() => performance.now());
  const exitHook = options.exitHook ?? process;
  const paint = painter(colorEnabled(stream, env));
  let drawn = false;
  let stopped = false;
  let lastDraw = -Infinity;
  // A crash or process.exit() must not leave the prompt on the end of the live line.
  const onExit = (): void => {
    if (drawn) stream.write('\n');
    drawn = false;
  };
  exitHook.on('exit', onExit);
  return {
    intervalMs: LIVE_INTERVAL_MS,
    live: true,
    update(sample) {
      if (stopped) return;
      const at = now();
      if (at - lastDraw < MIN_REDRAW_MS) return;
      lastDraw = at;
      // \r: back to the line's start; \x1b[K: clear what a longer previous frame left.
      stream.write(`\r${liveLine(sample, { columns: stream.columns || 80, paint })}\x1b[K`);
      drawn = true;
    },
    stop() {
      if (stopped) return;
      stopped = true;
      exitHook.off('exit', onExit);
      onExit();
    },
  };
}

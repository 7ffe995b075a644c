/** The live display: what one sample shows (pure), and how it is written to a TTY or a pipe. */
import { describe, expect, it } from 'vitest';

import { liveLine } from '../src/cli/live-view.js';
import { createProgressDisplay, MIN_REDRAW_MS } from '../src/cli/progress-display.js';
import { colorEnabled, painter, plainText } from '../src/cli/terminal-colors.js';
import { paintVerdict } from '../src/cli/verdict-colors.js';
import type { ProgressSample } from '../src/engine/index.js';
import { formatProgressLine } from '../src/progress-line.js';

const sample = (over: Partial<ProgressSample> = {}): ProgressSample => ({
  elapsedMs: 12_000,
  plannedMs: 30_000,
  vus: 20,
  requests: 9_744,
  errors: 3,
  intervalMs: 500,
  rps: 812.4,
  p95Ms: 23.14,
  errorPercent: 0.5,
  ...over,
});
const plain = painter(false);
const colour = painter(true);

describe('liveLine', () => {
  it('shows the bar, elapsed/planned time, VUs, req/s, p95 and errors', () => {
    const line = liveLine(sample(), { columns: 120, paint: plain });
    const bar = /^([█░]+) /.exec(line)?.[1] ?? '';
    expect(bar).toHaveLength(30);
    // 12 s of 30 s: 40 % of the cells filled.
    expect(bar.split('█').length - 1).toBe(Math.round(0.4 * 30));
    expect(line.slice(bar.length + 1)).toBe('12s/30s  vus 20  812.4 req/s  p95 23.1 ms  errors 0.50%');
  });

  it('never reaches the last column: the bar narrows, then goes, then the line is cut', () => {
    for (const columns of [200, 100, 80, 60, 40, 20]) {
      const line = liveLine(sample({ baseline: sample({ rps: 790.1 }) }), { columns, paint: colour });
      expect([...plainText(line)].length, `columns ${columns}`).toBeLessThan(columns);
    }
    expect(liveLine(sample(), { columns: 60, paint: plain })).not.toMatch(/[█░]/);
    expect(liveLine(sample(), { columns: 85, paint: plain })).toMatch(/^[█░]{8,} 12s\/30s/);
  });

  it('shows the live baseline beside the canary when there is room', () => {
    const line = liveLine(sample({ baseline: sample({ rps: 790.1, p95Ms: 11 }) }), {
      columns: 200,
      paint: plain,
    });
    expect(line).toContain(
      'canary 812.4 req/s  p95 23.1 ms  errors 0.50%  |  baseline 790.1 req/s  p95 11.0 ms',
    );
    const narrow = liveLine(sample({ baseline: sample() }), { columns: 90, paint: plain });
    expect(narrow).toContain('canary 812.4 req/s');
    expect(narrow).not.toContain('baseline');
  });

  it('has no bar when the plan length is unknown, and says n/a without latency', () => {
    expect(liveLine(sample({ plannedMs: 0, p95Ms: null }), { columns: 120, paint: plain })).toBe(
      '12s  vus 20  812.4 req/s  p95 n/a  errors 0.50%',
    );
  });

  it('colours errors red when there are some, green when none; the text is the same without colour', () => {
    const failing = liveLine(sample(), { columns: 120, paint: colour });
    expect(failing).toContain('\x1b[31m0.50%\x1b[39m');
    expect(plainText(failing)).toBe(liveLine(sample(), { columns: 120, paint: plain }));
    expect(liveLine(sample({ errorPercent: 0 }), { columns: 120, paint: colour })).toContain(
      '\x1b[32m0.00%\x1b[39m',
    );
  });
});

describe('colorEnabled', () => {
  it('follows NO_COLOR, FORCE_COLOR, then whether the stream is a terminal', () => {
    expect(colorEnabled({ isTTY: true }, {})).toBe(true);
    expect(colorEnabled({ isTTY: false }, {})).toBe(false);
    expect(colorEnabled({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(colorEnabled({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
    expect(colorEnabled({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
    expect(colorEnabled({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorEnabled({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(false);
    expect(colorEnabled({ isTTY: false }, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(false);
  });

  it('paints the verdict by its kind, and leaves it alone without colour', () => {
    expect(paintVerdict('  verdict: ✗ FAIL (1 of 2 thresholds failed)', true)).toContain(
      '\x1b[31m✗ FAIL\x1b[39m',
    );
    expect(paintVerdict('  verdict: ✓ PASS (…)', true)).toContain('\x1b[32m✓ PASS');
    expect(paintVerdict('  verdict: ✓ PASS (…)', false)).toBe('  verdict: ✓ PASS (…)');
  });
});

/** A stream that records what is written, claiming to be a terminal or not. */
function recorder(isTTY: boolean, columns = 100) {
  const writes: string[] = [];
  return { isTTY, columns, writes, write: (text: string) => writes.push(text) > 0 };
}

/** A stand-in for `process` as the exit hook: records the listeners. */
function exitHook() {
  const listeners = new Set<() => void>();
  return {
    listeners,
    on: (_event: string, listener: () => void) => (listeners.add(listener), process),
    off: (_event: string, listener: () => void) => (listeners.delete(listener), process),
  } as unknown as Pick<NodeJS.Process, 'on' | 'off'> & { listeners: Set<() => void> };
}

describe('createProgressDisplay', () => {
  it('writes the plain progress line, one per sample, when the stream is not a terminal', () => {
    const stream = recorder(false);
    const display = createProgressDisplay(stream, { env: {} });
    expect(display.live).toBe(false);
    display.update(sample());
    display.update(sample({ elapsedMs: 17_000 }));
    display.stop();
    expect(stream.writes).toEqual([
      `${formatProgressLine(sample())}\n`,
      `${formatProgressLine(sample({ elapsedMs: 17_000 }))}\n`,
    ]);
  });

  it('on a terminal redraws one line in place, a few times a second at most, and ends it on stop', () => {
    const stream = recorder(true);
    let clock = 0;
    const hook = exitHook();
    const display = createProgressDisplay(stream, {
      env: { NO_COLOR: '1' },
      now: () => clock,
      exitHook: hook,
    });
    expect(display.live).toBe(true);
    expect(display.intervalMs).toBeLessThan(1000);
    display.update(sample({ elapsedMs: 1000 }));
    clock += MIN_REDRAW_MS / 2;
    display.update(sample({ elapsedMs: 1100 })); // too soon: skipped
    clock += MIN_REDRAW_MS;
    display.update(sample({ elapsedMs: 1500 }));
    expect(stream.writes).toHaveLength(2);
    for (const write of stream.writes) {
      expect(write.startsWith('\r')).toBe(true);
      expect(write.endsWith('\x1b[K')).toBe(true);
      expect(write).not.toContain('\n');
      expect(write).not.toContain('\x1b[3'); // NO_COLOR
    }
    expect(hook.listeners.size).toBe(1);
    display.stop();
    display.stop();
    expect(stream.writes.at(-1)).toBe('\n');
    expect(stream.writes).toHaveLength(3);
    expect(hook.listeners.size).toBe(0);
    display.update(sample());
    expect(stream.writes).toHaveLength(3);
  });

  it('ends the live line if the process exits while it is drawn', () => {
    const stream = recorder(true);
    const hook = exitHook();
    const display = createProgressDisplay(stream, { env: {}, now: () => 0, exitHook: hook });
    display.update(sample());
    for (const listener of hook.listeners) listener();
    expect(stream.writes.at(-1)).toBe('\n');
    expect(stream.writes[0]).toContain('\x1b[32m'); // colour on a terminal
  });
});

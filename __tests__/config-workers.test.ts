/** The `workers` setting: auto or a number, from an input or the config file; everything else is one error naming it. */
import os from 'node:os';
import { describe, expect, it } from 'vitest';

import { MAX_WORKERS, resolveWorkers } from '../src/config/workers-settings.js';
import { issuesOf, settingsFrom } from './helpers/traffic-config.js';

const TARGET = 'target-url: http://127.0.0.1:1\n';

describe('workers', () => {
  it('is one thread per available core by default and for auto', () => {
    const cores = Math.min(MAX_WORKERS, os.availableParallelism());
    expect(settingsFrom(TARGET).workers).toBe(cores);
    expect(settingsFrom(`${TARGET}workers: auto\n`).workers).toBe(cores);
    expect(resolveWorkers(undefined, undefined, () => {}, 1)).toBe(1);
    expect(resolveWorkers({ value: 'auto', where: 'w' }, undefined, () => {}, 200)).toBe(MAX_WORKERS);
  });

  it('takes a number from the file, and the input over the file', () => {
    expect(settingsFrom(`${TARGET}workers: 3\n`).workers).toBe(3);
    expect(settingsFrom(`${TARGET}workers: 3\n`, {}, { workers: '1' }).workers).toBe(1);
    expect(settingsFrom(TARGET, {}, { workers: 'auto' }).workers).toBe(
      Math.min(MAX_WORKERS, os.availableParallelism()),
    );
  });

  it('refuses anything else with one message naming workers, the value and the form expected', () => {
    for (const bad of ['0', '-2', '1.5', 'many', '65']) {
      expect(issuesOf(TARGET, {}, { workers: bad })).toEqual([
        `input 'workers': got "${bad}"; expected auto (one per core) or a whole number of worker threads from 1 to 64`,
      ]);
    }
    const fromFile = issuesOf(`${TARGET}workers: 0\n`);
    expect(fromFile).toHaveLength(1);
    expect(fromFile[0]).toMatch(
      /workers.*got 0; expected auto \(one per core\) or a whole number of worker threads from 1 to 64/,
    );
  });

  it('runs the breakpoint scenario in one thread: auto is 1, a number above 1 is refused', () => {
    const breakpoint = `${TARGET}scenario: breakpoint\nrate: 100\nduration: 10s\n`;
    expect(settingsFrom(breakpoint).workers).toBe(1);
    expect(issuesOf(`${breakpoint}workers: 2\n`)).toEqual([
      expect.stringMatching(/workers.*got 2; the breakpoint scenario runs in one thread/),
    ]);
  });
});

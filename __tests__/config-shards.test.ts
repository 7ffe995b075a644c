/**
 * The shard settings (mode, shard, start-at) from inputs and from the file, what they
 * do not go with, and the start-at decision of a leg (wait, start, or refuse when later
 * than its whole plan).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { readSettings, rawInputs, SettingsError, type RawInputs } from '../src/config/index.js';
import { runGate } from '../src/gate.js';
import { decideStart } from '../src/sources/shards/start-at.js';
import { targetPerTest } from './helpers/target-server.js';

const target = targetPerTest();

const workspaces: string[] = [];
afterAll(() => {
  for (const dir of workspaces) fs.rmSync(dir, { recursive: true, force: true });
});

function workspace(files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loadgate-shard-config-'));
  workspaces.push(dir);
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

const TARGET = { 'target-url': 'https://canary.example.com' };

function settings(given: Partial<RawInputs>, dir = workspace()) {
  return readSettings(rawInputs({ ...TARGET, ...given }), { workspace: dir });
}

function issues(given: Partial<RawInputs>, dir = workspace()) {
  try {
    settings(given, dir);
  } catch (error) {
    expect(error).toBeInstanceOf(SettingsError);
    return (error as SettingsError).issues;
  }
  throw new Error('expected the settings to be refused');
}

describe('shard', () => {
  it('reads k/n as part k-1 of n, and leaves a whole run without one', () => {
    expect(settings({ shard: '2/4' }).shard).toEqual({ index: 1, count: 4 });
    expect(settings({ shard: ' 4 / 4 ' }).shard).toEqual({ index: 3, count: 4 });
    const whole = settings({});
    expect(whole.shard).toBeUndefined();
    expect(whole.mode).toBeUndefined();
  });

  it.each(['0/4', '5/4', '2', 'a/b', '2/0', '1/999', '-1/4', '2/4/8'])(
    'refuses %j with one error naming the input and the form',
    (value) => {
      const found = issues({ shard: value });
      expect(found).toHaveLength(1);
      expect(found[0]!.where).toBe("input 'shard'");
      expect(found[0]!.message).toContain(JSON.stringify(value));
      expect(found[0]!.message).toMatch(/expected .*(k\/n|legs)/);
    },
  );

  it('does not go with mode merge, the breakpoint scenario or a live baseline', () => {
    expect(issues({ shard: '1/2', mode: 'merge' }).map((i) => i.where)).toEqual(["input 'shard'"]);
    const breakpoint = issues({ shard: '1/2', scenario: 'breakpoint', rate: '100' });
    expect(breakpoint.map((i) => i.where)).toContain("input 'shard'");
    expect(issues({ shard: '1/2', 'baseline-url': 'https://old.example.com' })[0]!.message).toContain(
      'live baseline',
    );
  });

  it('is read from the file, with its line in the message', () => {
    const dir = workspace({ '.github/loadgate.yml': 'mode: run\nshard: 9/3\n' });
    const found = issues({}, dir);
    expect(found).toHaveLength(1);
    expect(found[0]!.where).toMatch(/^\.github\/loadgate\.yml:2:\d+/);
  });
});

describe('mode', () => {
  it('takes run or merge and refuses anything else', () => {
    expect(settings({ mode: 'merge' }).mode).toBe('merge');
    expect(settings({ mode: 'run' }).mode).toBeUndefined();
    const found = issues({ mode: 'merged' });
    expect(found).toHaveLength(1);
    expect(found[0]!.where).toBe("input 'mode'");
    expect(found[0]!.message).toContain('"merged"');
  });
});

describe('start-at', () => {
  it('reads an instant with any offset and sub-second precision', () => {
    const at = (text: string) => settings({ 'start-at': text }).startAt?.epochMs;
    const utc = Date.UTC(2026, 4, 4, 10, 30, 0);
    expect(at('2026-05-04T10:30:00Z')).toBe(utc);
    expect(at('2026-05-04T12:30:00+02:00')).toBe(utc);
    expect(at('2026-05-04T05:00:00-0530')).toBe(utc);
    expect(at('2026-05-04T10:30:00.250Z')).toBe(utc + 250);
    expect(at('2026-05-04T10:30Z')).toBe(utc);
  });

  it.each([
    '2026-05-04T10:30:00',
    'tomorrow',
    '2026-02-30T10:00:00Z',
    '2026-05-04T25:00:00Z',
    '2026-05-04T10:30:00+25:00',
  ])('refuses %j with one error naming the input', (value) => {
    const found = issues({ 'start-at': value });
    expect(found).toHaveLength(1);
    expect(found[0]!.where).toBe("input 'start-at'");
    expect(found[0]!.message).toContain('expected an ISO-8601 instant with an offset');
  });

  it('waits when early, starts when a little late, refuses when later than the whole plan', () => {
    const startAt = { epochMs: 1_000_000, text: '…' };
    expect(decideStart(startAt, 30_000, 990_000)).toEqual({ waitMs: 10_000 });
    expect(decideStart(startAt, 30_000, 1_020_000)).toEqual({ waitMs: 0 });
    const late = decideStart(startAt, 30_000, 1_031_000);
    expect('problem' in late && late.problem).toContain("more than this leg's planned 30 s");
  });

  it('a leg later than its plan is one error naming start-at, and sends no request', async () => {
    const t = await target({});
    const dir = workspace();
    const leg = settings(
      {
        'target-url': t.url,
        duration: '2s',
        vus: '1',
        shard: '1/2',
        'start-at': new Date(Date.now() - 60_000).toISOString(),
        'report-dir': path.join(dir, 'report'),
      },
      dir,
    );
    const error = await runGate(leg).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingsError);
    const found = (error as SettingsError).issues;
    expect(found).toHaveLength(1);
    expect(found[0]!.where).toBe("input 'start-at'");
    expect(t.stats.received).toBe(0);
  });
});

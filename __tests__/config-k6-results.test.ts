/**
 * The `k6-results` setting: paths or globs inside the workspace, as an input (one a
 * line) or in the config file (a text or a list), with mode: merge; every mistake one
 * issue at the input or file location, before any file is read.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { readSettings, rawInputs, SettingsError, type RawInputs } from '../src/config/index.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

const K6_LINE =
  '{"type":"Point","data":{"time":"2024-03-01T10:00:00Z","value":1,"tags":{}},"metric":"http_reqs"}\n';

function workspace(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loadgate-k6-config-'));
  dirs.push(dir);
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

const FILES = { 'k6/run-2.json': K6_LINE, 'k6/run-1.json': K6_LINE, 'k6/notes.txt': 'x' };
const BASE = { 'target-url': 'https://canary.example.com', mode: 'merge' };

function settingsOf(given: Partial<RawInputs>, files: Record<string, string> = FILES) {
  const dir = workspace(files);
  return { dir, settings: readSettings(rawInputs({ ...BASE, ...given }), { workspace: dir }) };
}

function issuesOf(given: Partial<RawInputs>, files: Record<string, string> = FILES) {
  try {
    settingsOf(given, files);
  } catch (error) {
    if (error instanceof SettingsError) return error.issues;
    throw error;
  }
  throw new Error('expected a SettingsError');
}

describe('k6-results', () => {
  it('expands globs in the order given, then by name, each file once', () => {
    const { settings } = settingsOf({ 'k6-results': 'k6/run-*.json\nk6/run-1.json' });
    expect(settings.k6Results?.files.map((f) => f.displayPath)).toEqual(['k6/run-1.json', 'k6/run-2.json']);
    expect(settings.k6Results?.where).toBe("input 'k6-results'");
  });

  it('reads a list in the config file, with its location', () => {
    const { settings } = settingsOf(
      { config: '.github/loadgate.yml' },
      {
        ...FILES,
        '.github/loadgate.yml': 'k6-results:\n  - k6/run-2.json\n  - k6/run-1.json\n',
      },
    );
    expect(settings.k6Results?.files.map((f) => f.displayPath)).toEqual(['k6/run-2.json', 'k6/run-1.json']);
    expect(settings.k6Results?.where).toMatch(/^\.github\/loadgate\.yml:\d+:\d+/);
  });

  it('a pattern that matches no file is an issue naming it', () => {
    const [issue, ...rest] = issuesOf({ 'k6-results': 'k6/none-*.json' });
    expect(rest).toEqual([]);
    expect(issue).toEqual({
      where: "input 'k6-results'",
      message: expect.stringMatching(
        /^got "k6\/none-\*\.json", which names no file; expected paths or globs/,
      ),
    });
  });

  it('a path outside the workspace is refused, and nothing outside is read', () => {
    const [issue] = issuesOf({ 'k6-results': '../elsewhere/results.json' });
    expect(issue!.message).toMatch(/leads outside the workspace/);
  });

  it('k6 results need mode: merge', () => {
    const [issue] = issuesOf({ mode: 'run', 'k6-results': 'k6/run-1.json' });
    expect(issue!.where).toBe("input 'k6-results'");
    expect(issue!.message).toMatch(/expected mode: merge beside k6-results/);
  });
});

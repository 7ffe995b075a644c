/**
 * `npx @github/local-action run . src/main.ts .env` imports src/main.ts, calls its
 * `run`, and replaces @actions/core with a stand-in that has only the functions below
 * (no `ExitCode`, no `toCommandValue`…). The action must work against exactly that.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({
  error: [] as Array<[string, unknown]>,
  outputs: {} as Record<string, string>,
  failed: [] as string[],
}));

// The names @github/local-action's core stand-in exports (src/stubs/core/core.ts, CORE_STUBS).
vi.mock('@actions/core', () => ({
  addPath: () => undefined,
  debug: () => undefined,
  endGroup: () => undefined,
  error: (message: string, properties?: unknown) => void calls.error.push([message, properties]),
  exportVariable: () => undefined,
  getBooleanInput: () => false,
  getIDToken: () => Promise.resolve(''),
  getInput: (name: string) => process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '',
  getMultilineInput: () => [],
  getState: () => '',
  group: <T>(_name: string, fn: () => Promise<T>) => fn(),
  info: () => undefined,
  isDebug: () => false,
  notice: () => undefined,
  platform: {},
  saveState: () => undefined,
  setCommandEcho: () => undefined,
  setFailed: (message: string) => void calls.failed.push(message),
  setOutput: (name: string, value: string) => void (calls.outputs[name] = value),
  setSecret: () => undefined,
  startGroup: () => undefined,
  summary: {},
  toPlatformPath: (p: string) => p,
  toPosixPath: (p: string) => p,
  toWin32Path: (p: string) => p,
  warning: () => undefined,
}));

const INPUTS = { 'INPUT_TARGET-URL': 'http://127.0.0.1:9', INPUT_DURATION: 'soon' };

describe('src/main.ts under @github/local-action', () => {
  let exitCode: typeof process.exitCode;
  beforeEach(() => {
    exitCode = process.exitCode;
    Object.assign(process.env, INPUTS);
  });
  afterEach(() => {
    process.exitCode = exitCode;
    for (const name of Object.keys(INPUTS)) delete process.env[name];
  });

  it('exports run, and a config error ends as annotations and exit code 1, not a TypeError', async () => {
    const { run } = await import('../src/main.js');
    expect(typeof run).toBe('function');
    await run();
    expect(process.exitCode).toBe(1);
    expect(calls.failed).toEqual([]);
    expect(calls.outputs.verdict).toBe('error');
    expect(calls.error).toEqual([
      [
        expect.stringMatching(/^input 'duration': got "soon"; expected a duration/),
        { title: 'loadgate: invalid settings' },
      ],
    ]);
  });
});

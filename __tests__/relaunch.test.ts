/**
 * The entry points' relaunch under NODE_FLAGS: which processes start a child, and
 * what reaches the caller of the child's exit. The child is a real node process.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { hasSemiSpaceLimit, NODE_FLAGS, runInChild } from '../src/relaunch.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'loadgate-relaunch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function script(name: string, body: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, body);
  return file;
}

describe('hasSemiSpaceLimit', () => {
  it('finds the flag in the process flags or in NODE_OPTIONS, in either spelling', () => {
    expect(hasSemiSpaceLimit(['--max-semi-space-size=8'], undefined)).toBe(true);
    expect(hasSemiSpaceLimit(['--inspect', '--max_semi_space_size=16'], '')).toBe(true);
    expect(hasSemiSpaceLimit([], '--enable-source-maps --max-semi-space-size=4')).toBe(true);
  });

  it('is false without it, also for flags that only start the same way', () => {
    expect(hasSemiSpaceLimit([], undefined)).toBe(false);
    expect(hasSemiSpaceLimit(['--max-old-space-size=4096'], '--max-semi-space-size-x=1')).toBe(false);
  });
});

describe('runInChild', () => {
  it("runs the script with NODE_FLAGS and the arguments, and resolves with the child's exit code", async () => {
    const out = path.join(dir, 'argv.json');
    const file = script(
      'exit-7.mjs',
      `import { writeFileSync } from 'node:fs';
writeFileSync(process.argv[2], JSON.stringify({ execArgv: process.execArgv, args: process.argv.slice(3) }));
process.exitCode = 7;
`,
    );
    const problems: string[] = [];
    const code = await runInChild(file, [out, 'run', '--rate', '10'], (message) => problems.push(message));
    expect(code).toBe(7);
    const seen = JSON.parse(readFileSync(out, 'utf8')) as { execArgv: string[]; args: string[] };
    expect(seen.execArgv.slice(0, NODE_FLAGS.length)).toEqual(NODE_FLAGS);
    expect(hasSemiSpaceLimit(seen.execArgv, undefined)).toBe(true);
    expect(seen.args).toEqual(['run', '--rate', '10']);
    expect(problems).toEqual([]);
  });

  it('resolves with 1 and reports a fatal problem when a signal ends the child', async () => {
    const file = script('killed.mjs', `process.kill(process.pid, 'SIGKILL');\n`);
    const problems: Array<[string, boolean]> = [];
    const code = await runInChild(file, [], (message, fatal) => problems.push([message, fatal]));
    expect(code).toBe(1);
    expect(problems).toEqual([['the load process was ended by SIGKILL', true]]);
  });

  it('stops passing signals on once the child has ended', async () => {
    const before = process.listenerCount('SIGTERM');
    await runInChild(script('quick.mjs', ''), [], () => undefined);
    expect(process.listenerCount('SIGTERM')).toBe(before);
  });
});

/**
 * End to end: bad input given to the bundled dist/index.js (run as the runner runs it)
 * is refused before any load, with one clear error. Each case asserts exit code 1,
 * verdict=error, exactly one `::error` naming the input or config key, zero requests at
 * a counting target, no stack trace, and neither a secret nor a line of a file outside
 * the workspace in the output or in any file the step wrote. Needs `npm run build`.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runAction, type RunActionOptions } from './helpers/run-action.js';
import { startTargetServer, type TargetServer } from './helpers/target-server.js';

const SECRET = 'e2e-secret-KEY-4242';
const PASSWORD = 'hunter2-PW-777';
const MARKER = 'FOREIGN-MARKER-LINE-5150';
const FOREIGN = path.join(os.tmpdir(), `loadgate-foreign-${process.pid}.yml`);
const CONFIG = '.github/loadgate.yml';

interface Case {
  name: string;
  /** Inputs besides the defaults (target-url of the counting target, a secret header). */
  inputs?: (target: string) => Record<string, string>;
  files?: Record<string, string>;
  links?: RunActionOptions['links'];
  env?: Record<string, string>;
  /** What the single error must start with: the input or the config location. */
  where: string | RegExp;
  /** A piece of the message. */
  says: string | RegExp;
}

function billionLaughs(): string {
  const lines = ['x-anchors:', `  l0: &l0 [${Array(10).fill('"lol"').join(', ')}]`];
  for (let level = 1; level < 9; level++) {
    lines.push(
      `  l${level}: &l${level} [${Array(10)
        .fill(`*l${level - 1}`)
        .join(', ')}]`,
    );
  }
  return `${lines.join('\n')}\nheaders: *l8\n`;
}

const CASES: Case[] = [
  {
    name: 'config outside the workspace (..)',
    inputs: () => ({ config: `../${path.basename(FOREIGN)}` }),
    where: "input 'config'",
    says: 'which leads outside the workspace',
  },
  {
    name: 'config as an absolute path outside',
    inputs: () => ({ config: FOREIGN }),
    where: "input 'config'",
    says: 'an absolute path outside the workspace',
  },
  {
    name: 'config=/etc/passwd',
    inputs: () => ({ config: '/etc/passwd' }),
    where: "input 'config'",
    says: 'outside the workspace',
  },
  {
    name: 'config through a symlink that leads out',
    inputs: () => ({ config: 'perf.yml' }),
    links: { 'perf.yml': FOREIGN },
    where: "input 'config'",
    says: 'through a symlink',
  },
  {
    name: 'data file outside the workspace',
    files: { [CONFIG]: `vus: 1\ndata: ../${path.basename(FOREIGN)}\n` },
    where: `${CONFIG}:2:7 (data)`,
    says: 'which leads outside the workspace',
  },
  {
    name: 'data file through a symlink',
    files: { [CONFIG]: 'vus: 1\ndata: users.csv\n' },
    links: { 'users.csv': FOREIGN },
    where: `${CONFIG}:2:7 (data)`,
    says: 'through a symlink',
  },
  {
    name: 'JSON data file with a bad password value',
    files: {
      [CONFIG]: 'data: users.json\n',
      'users.json': `[\n  {"email": "a@x.test", "password": ${PASSWORD}}\n]\n`,
    },
    where: `${CONFIG}:1:7 (data)`,
    says: 'users.json:2:37: not valid JSON',
  },
  {
    name: 'CSV data file with a stray quote in a password',
    files: { [CONFIG]: 'data: users.csv\n', 'users.csv': `email,password\na@x.test,"${PASSWORD}"x"\n` },
    where: `${CONFIG}:1:7 (data)`,
    says: 'users.csv:2 (field 2, "password"): not valid CSV',
  },
  {
    name: 'a billion laughs',
    files: { [CONFIG]: billionLaughs() },
    where: new RegExp(`^${CONFIG}:\\d+:3 \\(x-anchors\\.l\\d\\)`),
    says: 'aliases here expand',
  },
  {
    name: '__proto__ nested under headers',
    files: { [CONFIG]: 'headers:\n  X-Team: perf\n  __proto__: { polluted: yes }\n' },
    where: `${CONFIG}:3:3 (headers.__proto__)`,
    says: 'a name JavaScript reserves',
  },
  {
    name: 'constructor in an environment',
    files: { [CONFIG]: 'environments:\n  staging:\n    constructor: 1\n' },
    where: `${CONFIG}:3:5 (environments.staging.constructor)`,
    says: 'a name JavaScript reserves',
  },
  {
    name: 'a header input with a CR/LF inside',
    inputs: () => ({ headers: `X-Api-Key: ${SECRET}\rInjected: 1` }),
    where: "input 'headers' line 1",
    says: 'a line break',
  },
  {
    name: 'a sensitive header with a character outside Latin-1',
    inputs: () => ({ headers: `Authorization: Bearer ${SECRET}€` }),
    where: "input 'headers' line 1",
    says: 'use percent-encoding',
  },
  {
    name: 'an endpoint header with a control character',
    files: { [CONFIG]: 'endpoints:\n  - path: /\n    headers: { X-Note: "a\\u0000b" }\n' },
    where: `${CONFIG}:3:24 (endpoints[0].headers.X-Note)`,
    says: 'a control character',
  },
  {
    name: 'target-url with CR/LF inside',
    inputs: (target) => ({ 'target-url': `${target}/\r\nHost: evil` }),
    where: "input 'target-url'",
    says: 'a line break',
  },
  {
    name: 'target-url with port 0',
    inputs: () => ({ 'target-url': 'http://127.0.0.1:0/' }),
    where: "input 'target-url'",
    says: 'whose port "0" is out of range',
  },
  {
    name: 'target-url with a host longer than DNS allows',
    inputs: () => ({ 'target-url': `http://${Array(5).fill('a'.repeat(60)).join('.')}.test/` }),
    where: "input 'target-url'",
    says: 'expected at most 253',
  },
  {
    name: 'target-url of 100,000 characters',
    inputs: (target) => ({ 'target-url': `${target}/${'p'.repeat(100_000)} x` }),
    where: "input 'target-url'",
    says: /… \(\d{6} characters\)/,
  },
  {
    name: 'environment without a config file',
    inputs: () => ({ environment: 'staging' }),
    where: "input 'environment'",
    says: 'there is no config file',
  },
  {
    name: 'environment=__proto__',
    inputs: () => ({ environment: '__proto__' }),
    files: { [CONFIG]: 'environments:\n  staging: { vus: 1 }\n  production: { vus: 2 }\n' },
    where: "input 'environment'",
    says: '"staging" or "production"',
  },
  {
    name: 'report-dir that is an existing file',
    inputs: () => ({ 'report-dir': 'report.md' }),
    files: { 'report.md': 'x' },
    where: "input 'report-dir'",
    says: 'which is an existing file',
  },
  {
    name: 'report-dir that cannot be created',
    inputs: () => ({ 'report-dir': 'afile/report' }),
    files: { afile: 'x' },
    where: "input 'report-dir'",
    says: 'which cannot be created',
  },
  {
    name: 'report-dir outside the workspace and RUNNER_TEMP',
    inputs: () => ({ 'report-dir': '../loadgate-elsewhere' }),
    where: "input 'report-dir'",
    says: 'which leads outside the workspace',
  },
];

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const stat = statSync(full, { throwIfNoEntry: false });
    if (!stat) return [];
    return stat.isDirectory() ? filesUnder(full, path.join(prefix, name)) : [path.join(prefix, name)];
  });
}

describe('dist/index.js refuses bad input before any load', () => {
  let target: TargetServer;
  beforeAll(async () => {
    writeFileSync(FOREIGN, `${MARKER}: not for a target\nemail,password\nforeign@x,${PASSWORD}\n`);
    target = await startTargetServer({ '*': { status: 200, body: 'ok' } });
  });
  afterAll(async () => {
    await target.close();
    rmSync(FOREIGN, { force: true });
  });

  it.each(CASES)('$name', async (bad) => {
    const before = target.stats.received;
    const run = await runAction({
      inputs: {
        'target-url': target.url,
        headers: `X-Api-Key: ${SECRET}`,
        vus: '1',
        duration: '2s',
        'upload-artifact': 'false',
        ...bad.inputs?.(target.url),
      },
      files: bad.files ?? {},
      links: bad.links ?? {},
      env: bad.env ?? {},
      timeoutMs: 30_000,
    });
    try {
      const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
      expect(run.exitCode, run.stdout).toBe(1);
      expect(run.outputs.verdict).toBe('error');
      expect(errors, run.stdout).toHaveLength(1);
      const error = errors[0]!.replace(/^::error[^:]*::/, '');
      if (typeof bad.where === 'string') expect(error.startsWith(`${bad.where}: `), error).toBe(true);
      else expect(error).toMatch(bad.where);
      if (typeof bad.says === 'string') expect(error).toContain(bad.says);
      else expect(error).toMatch(bad.says);
      expect(error.length).toBeLessThan(600);
      expect(target.stats.received - before).toBe(0);

      const written = filesUnder(run.workspace).filter(
        (file) => !(file in (bad.files ?? {})) && !(file in (bad.links ?? {})),
      );
      const texts = [
        run.stdout,
        run.stderr,
        ...written.map((file) => readFileSync(path.join(run.workspace, file), 'utf8')),
      ];
      for (const text of texts) {
        expect(text).not.toMatch(/^\s+at /m);
        expect(text).not.toContain(SECRET);
        expect(text).not.toContain(PASSWORD);
        expect(text).not.toContain(MARKER);
        expect(text).not.toMatch(/^root:/m);
      }
    } finally {
      rmSync(run.workspace, { recursive: true, force: true });
    }
  });

  it('a report-dir under RUNNER_TEMP is accepted (and the run goes ahead)', async () => {
    const runnerTemp = path.join(os.tmpdir(), `loadgate-runner-temp-${process.pid}`);
    const before = target.stats.received;
    const run = await runAction({
      inputs: {
        'target-url': target.url,
        endpoints: 'GET /ok',
        vus: '1',
        duration: '1s',
        'upload-artifact': 'false',
        'report-dir': path.join(runnerTemp, 'report'),
      },
      env: { RUNNER_TEMP: runnerTemp },
      timeoutMs: 30_000,
    });
    try {
      expect(run.outputs.verdict, run.stdout).toBe('pass');
      expect(statSync(path.join(runnerTemp, 'report', 'results.json')).isFile()).toBe(true);
      expect(target.stats.received - before).toBeGreaterThan(0);
    } finally {
      rmSync(run.workspace, { recursive: true, force: true });
      rmSync(runnerTemp, { recursive: true, force: true });
    }
  });
});

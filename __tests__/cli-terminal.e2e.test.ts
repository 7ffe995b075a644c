/**
 * The bundled CLI (dist/cli/index.js, `npm run build` first) as a terminal user and a
 * script run it, against a local target: what goes to stdout and stderr in each mode,
 * the live display on a pseudo-terminal, errors that name the flag.
 */
/* eslint-disable no-control-regex -- the tests look for the terminal control codes themselves */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTargetServer, type TargetServer } from './helpers/target-server.js';

const CLI = path.resolve(import.meta.dirname, '../dist/cli/index.js');
const EXAMPLE = path.resolve(import.meta.dirname, '../examples/loadgate.yml');
const dir = mkdtempSync(path.join(os.tmpdir(), 'loadgate-cli-'));
let target: TargetServer;
beforeAll(async () => {
  target = await startTargetServer({ '*': { status: 200, body: '{"ok":true}' } });
});
afterAll(async () => {
  await target.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment without the runner's variables (so no artifact service, no GitHub API) or colour switches, plus `env`. */
function cleanEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = { ...process.env };
  for (const name of [
    'GITHUB_ACTIONS',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RESULTS_URL',
    'NO_COLOR',
    'FORCE_COLOR',
  ])
    delete clean[name];
  return { ...clean, ...env };
}

/** A run without the runner's variables (so no artifact service, no GitHub API), bounded to 60 s. */
function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: dir,
      env: cleanEnv(env),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const quick = (reportDir: string) => [
  '--target-url',
  target.url,
  '--duration',
  '1s',
  '--vus',
  '2',
  '--thresholds',
  'http_req_failed: rate<0.01',
  '--report-dir',
  reportDir,
];

describe('loadgate run (bundled CLI)', () => {
  it(
    'by default: summary and report paths (report.html too) on stdout, progress on stderr, no artifact line',
    { timeout: 70_000 },
    async () => {
      const run = await cli(quick('plain'));
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^ {2}verdict: ✓ PASS/m);
      const html = /^html: +(.+)$/m.exec(run.stdout)?.[1];
      expect(html).toBe(path.join(dir, 'plain', 'report.html'));
      expect(existsSync(html!)).toBe(true);
      expect(run.stdout).toMatch(/^report: +.+report\.md$/m);
      expect(run.stdout).toMatch(/^results: +.+results\.json$/m);
      expect(run.stderr).toContain('loadgate: http://127.0.0.1:');
      expect(`${run.stdout}${run.stderr}`).not.toContain('Artifact upload');
      // Not a terminal: no control codes anywhere.
      expect(`${run.stdout}${run.stderr}`).not.toMatch(/\x1b|\r/);
    },
  );

  it('--json: the results document on stdout and nothing else', { timeout: 70_000 }, async () => {
    const run = await cli(['--json', ...quick('json')]);
    expect(run.code, run.stderr).toBe(0);
    const document = JSON.parse(run.stdout) as { verdict?: string };
    expect(document).toEqual(JSON.parse(readFileSync(path.join(dir, 'json', 'results.json'), 'utf8')));
    expect(document.verdict).toBe('pass');
    // What a person reads went to stderr.
    expect(run.stderr).toMatch(/verdict: ✓ PASS/);
    expect(run.stderr).toMatch(/^html: +.+report\.html$/m);
  });

  it('--quiet: only the verdict line', { timeout: 70_000 }, async () => {
    const run = await cli(['--quiet', ...quick('quiet')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^verdict: ✓ PASS \([^\n]*\)\n$/);
    expect(run.stderr).toBe('');
  });

  it('--quiet on a fail: the verdict line, exit 1', { timeout: 70_000 }, async () => {
    const run = await cli(['--quiet', ...quick('quiet-fail'), '--thresholds', 'http_reqs: rate>1000000']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^verdict: ✗ FAIL [^\n]*\n$/);
  });

  it('takes an --endpoints list whose value starts with "-"', { timeout: 70_000 }, async () => {
    const before = target.stats.received;
    const run = await cli([...quick('list'), '--endpoints', '- GET /a\n- GET /b', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const document = JSON.parse(run.stdout) as { measurements: { endpoints: { name: string }[] } };
    const endpoints = document.measurements.endpoints;
    expect(endpoints.map((e) => e.name).sort()).toEqual(['GET /a', 'GET /b']);
    expect(target.stats.byPath.get('/a')?.received).toBeGreaterThan(0);
    expect(target.stats.byPath.get('/b')?.received).toBeGreaterThan(0);
    expect(target.stats.received).toBeGreaterThan(before);
  });

  it("--duration replaces the example config's shape, ramp-up included", { timeout: 70_000 }, async () => {
    copyFileSync(EXAMPLE, path.join(dir, 'loadgate.yml'));
    const run = await cli([
      '--config',
      'loadgate.yml',
      '--target-url',
      target.url,
      '--duration',
      '2s',
      '--json',
    ]);
    expect(run.stderr).not.toContain('ramp-up');
    expect(run.stderr).not.toMatch(/^error:/m);
    const document = JSON.parse(run.stdout) as { settings: { stages: unknown } };
    // The file's 20 VUs, its 5s ramp-up gone: a jump to 20, then 2 s.
    expect(document.settings.stages).toEqual([
      { durationMs: 0, target: 20 },
      { durationMs: 2000, target: 20 },
    ]);
  });

  it('a mistake names the flag, and no request is sent', { timeout: 70_000 }, async () => {
    const before = target.stats.received;
    const run = await cli(['--target-url', target.url, '--duration', 'soon', '--vus', 'many']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      'error: --duration: got "soon"; expected a duration such as 30s, 2m or 1m30s',
      'error: --vus: got "many"; expected a whole number of virtual users, 1 or more',
    ]);
    expect(target.stats.received).toBe(before);
  });

  it('refuses a secret in the config file without showing it', { timeout: 70_000 }, async () => {
    const secret = 'https://hooks.slack.com/services/T0/B0/abcdefsecret';
    writeFileSync(path.join(dir, 'secret.yml'), `slack-notify-on: always\nslack-webhook-url: ${secret}\n`);
    const run = await cli(['--config', 'secret.yml', '--target-url', target.url]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^error: secret\.yml:2:\d+ \(slack-webhook-url\): slack-webhook-url is a secret/m,
    );
    expect(run.stderr).toContain('LOADGATE_SLACK_WEBHOOK_URL');
    expect(run.stderr).not.toContain(secret);
  });
});

const hasScript = spawnSync('script', ['--version']).status === 0;

describe.skipIf(!hasScript)('the live display on a pseudo-terminal (util-linux script)', () => {
  const shell = (words: string[]): string =>
    words.map((word) => `'${word.replace(/'/g, `'\\''`)}'`).join(' ');

  /** Runs the CLI inside `script`, which gives it a pty for stdout and stderr (both read here), 100 columns wide. */
  function inTerminal(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
    return new Promise((resolve) => {
      const command = `stty cols 100 2>/dev/null; ${shell([process.execPath, CLI, ...args])}`;
      const child = spawn('script', ['-q', '-e', '-c', command, '/dev/null'], {
        cwd: dir,
        env: cleanEnv({ TERM: 'xterm', ...env }),
      });
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code, stdout, stderr: '' });
      });
    });
  }

  const args = ['--target-url', '', '--duration', '2s', '--vus', '2', '--report-dir', 'tty'];
  const withTarget = () => args.map((arg, i) => (i === 1 ? target.url : arg));

  it(
    'redraws one line in place with the bar and figures, in colour, ended before the summary',
    { timeout: 70_000 },
    async () => {
      const run = await inTerminal(withTarget(), {});
      expect(run.code, run.stdout).toBe(0);
      const frames = run.stdout.split('\r').filter((frame) => frame.includes('vus 2'));
      expect(frames.length).toBeGreaterThanOrEqual(2);
      expect(run.stdout).toContain('\x1b[K');
      expect(run.stdout).toMatch(/[█░]{8,}/);
      expect(run.stdout).toMatch(/\x1b\[3[12]m/);
      expect(run.stdout).toMatch(/req\/s {2}p95 /);
      // The live line ends with a line break before the summary starts.
      expect(run.stdout).toMatch(/\x1b\[K\r?\n[\s\S]*verdict: /);
    },
  );

  it('NO_COLOR: the same display without colour codes', { timeout: 70_000 }, async () => {
    const run = await inTerminal(withTarget(), { NO_COLOR: '1' });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/[█░]{8,}/);
    expect(run.stdout).not.toMatch(/\x1b\[[0-9;]*m/);
  });
});

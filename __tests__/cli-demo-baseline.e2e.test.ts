/**
 * `loadgate demo --baseline` as a newcomer runs it, on the bundled CLI
 * (dist/cli/index.js, `npm run build` first): two demo APIs on 127.0.0.1, the canary's
 * trades endpoint twice as slow, a 5-second comparison that must catch it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const CLI = path.resolve(import.meta.dirname, '../dist/cli/index.js');
const dir = mkdtempSync(path.join(os.tmpdir(), 'loadgate-demo-baseline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runDemo(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [CLI, 'demo', '--baseline', '--duration', '5s', '--report-dir', 'rep'],
      {
        cwd: dir,
        env: { ...process.env, GITHUB_ACTIONS: '' },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Bounded: the demo runs 5 s of load; anything past 60 s is a hang.
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('loadgate demo --baseline', () => {
  it('catches the slowed endpoint: fail, naming it with its change', { timeout: 70_000 }, async () => {
    const { code, stdout, stderr } = await runDemo();
    expect(code, stderr).toBe(1);
    const summary = stdout.slice(0, stdout.indexOf('\nreport:')).trimEnd().split('\n');
    expect(summary.at(-2)).toMatch(/^ {2}verdict: ✗ FAIL/);
    expect(summary.at(-1)).toMatch(
      /^ {2}regression: p95 of "trades" \+\d+ % \(\+\d+ to \+\d+ %\), significant$/,
    );
    expect(stdout).toContain(
      'baseline: compared with the baseline measured live beside the canary at http://127.0.0.1:',
    );
    expect(stderr).toContain('GET /api/trades answers 2× slower');
  });
});

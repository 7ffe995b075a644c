/**
 * Runs the bundled action (dist/index.js) the way the GitHub runner does: inputs as
 * `INPUT_<NAME>` environment variables (upper-cased, hyphens kept), and GITHUB_OUTPUT
 * and GITHUB_STEP_SUMMARY files that exist before the step starts.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ACTION_ENTRY = path.join(REPO_ROOT, 'dist/index.js');

export interface ActionRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
}

/** Parse the `name<<delimiter … delimiter` records @actions/core writes to GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
      outputs[name] = value.join('\n');
      continue;
    }
    const simple = /^([^=]+)=(.*)$/.exec(lines[i] ?? '');
    if (simple) outputs[simple[1] as string] = simple[2] as string;
  }
  return outputs;
}

export interface RunActionOptions {
  inputs: Record<string, string>;
  /** Files to create in the workspace before the step, path → content. */
  files?: Record<string, string>;
  /** Symlinks to create in the workspace before the step, path → what the link points at. */
  links?: Record<string, string>;
  env?: Record<string, string>;
  /** Send this signal `afterMs` after the start, or after `from` resolves when given (the load's first request, say). */
  signal?: { name: NodeJS.Signals; afterMs: number; from?: Promise<void> };
  timeoutMs?: number;
}

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'loadgate-e2e-'));
  for (const [file, content] of Object.entries(options.files ?? {})) {
    const full = path.join(workspace, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  for (const [file, target] of Object.entries(options.links ?? {})) {
    const full = path.join(workspace, file);
    mkdirSync(path.dirname(full), { recursive: true });
    symlinkSync(target, full);
  }
  const outputFile = path.join(workspace, '.github-output');
  const summaryFile = path.join(workspace, '.github-step-summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? os.tmpdir(),
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_RUN_ID: '4242',
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }

  const child = spawn(process.execPath, [ACTION_ENTRY], { cwd: workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  if (options.signal) {
    const { name, afterMs, from } = options.signal;
    void (from ?? Promise.resolve()).then(() => setTimeout(() => child.kill(name), afterMs).unref());
  }
  const killer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  clearTimeout(killer);

  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    workspace,
  };
}

/** The `::error::` / `::warning::` annotations a run printed. */
export function annotations(stdout: string, kind: 'error' | 'warning' | 'notice'): string[] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith(`::${kind}`))
    .map((line) => line.replace(/^::[a-z]+[^:]*::/, ''));
}

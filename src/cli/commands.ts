/**
 * `loadgate`: the same gate as the action, for a terminal. Flags are the action's
 * inputs (`--target-url`, `--thresholds`, …) and the exit codes are the step's:
 * 0 for pass and marginal, 1 for fail and inconclusive (unless --fail-on-breach false) and for errors.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { INPUT_NAMES, type RawInputs } from '../config/inputs.js';
import { SECRET_INPUTS, secretEnvName } from '../config/publish-settings.js';
import { parseSlowRoutes, startDemoServer } from '../demo/demo-server.js';
import { startDemoPrometheus } from './demo-prometheus.js';
import { parseDuration } from '../syntax/durations.js';
import { flagLines } from './flag-help.js';
import { parseCommandLine } from './parse-command-line.js';
import { runCommand, type OutputMode } from './run-command.js';
import { TOOL_VERSION } from '../version.js';
import { mergeCommand } from './merge-command.js';

/** The help: every input of the action is a flag (INPUT_NAMES), so none can be missing. */
export function usage(): string {
  return `loadgate ${TOOL_VERSION}: load-test a deployment and gate it on SLOs.

Usage:
  loadgate [run] --target-url URL [options]   run the gate
  loadgate demo [options]                     start the demo API and gate it with the example config
  loadgate demo-server [--port N]             only serve the demo API (until Ctrl-C)

  loadgate demo --baseline                    a baseline beside a canary with one slower endpoint: a regression caught
  loadgate demo --config examples/loadgate.tenants.yml   logins, five tenants, checks, isolation
  LOADGATE_DEMO_LEAK=0.01 (a fraction of responses leak another tenant's data) and
  LOADGATE_DEMO_TOKEN_TTL=10s (token lifetime) and LOADGATE_DEMO_SLOW="GET /api/trades=2"
  (latency factor per route) switch the demo API's behaviour.

Options (the action's inputs, then the CLI's own):
${flagLines(INPUT_NAMES).join('\n')}

A flag's value is the next word, even when it starts with "-" (--endpoints "- GET /a").
Secrets may come from the environment instead: ${SECRET_INPUTS.map((name) => secretEnvName(name)).join(', ')}.
HTTPS_PROXY, HTTP_PROXY and NO_PROXY are honoured for the load and the integrations.
Progress and logs go to stderr; the summary, or with --json the results document, to stdout.
Exit codes: 0 pass or marginal; 1 fail or inconclusive (unless --fail-on-breach false), error, bad input.

The workspace is the working directory: the config and data files must lie inside it,
and --report-dir inside it or the OS temp directory.
`;
}

const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples');
const EXAMPLE_CONFIG = path.join(EXAMPLES, 'loadgate.yml');
const SERVER_METRICS_CONFIG = path.join(EXAMPLES, 'loadgate.server-metrics.yml');
const BASELINE_CONFIG = path.join(EXAMPLES, 'loadgate.baseline.yml');
/** The route `loadgate demo --baseline` slows on the canary, and by how much. */
const DEMO_SLOW_ROUTE = 'GET /api/trades=2';

/** The demo target runs in its own process so the load generator does not slow its answers. */
async function startDemoChild(slow = ''): Promise<{ url: string; stop(): void }> {
  const script = process.argv[1] ?? fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, [...process.execArgv, script, 'demo-server'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, LOADGATE_DEMO_SLOW: slow },
  });
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`demo server exited early (code ${code})`)));
    lines.once('line', (line) => resolve(line.trim().replace(/^.*listening on /, '')));
  });
  lines.close();
  return { url, stop: () => child.kill('SIGTERM') };
}

async function demoCommand(inputs: RawInputs, mode: OutputMode, withBaseline: boolean): Promise<number> {
  if (withBaseline) return demoBaselineCommand(inputs, mode);
  const demo = await startDemoChild();
  const note = (line: string): void => {
    if (!mode.quiet) console.error(line);
  };
  note(`loadgate: demo API listening on ${demo.url}`);
  const prometheus = inputs.config ? undefined : await startDemoPrometheus(demo.url, note);
  try {
    return await runCommand(
      {
        ...inputs,
        'target-url': inputs['target-url'] || demo.url,
        config: inputs.config || (prometheus ? SERVER_METRICS_CONFIG : EXAMPLE_CONFIG),
        ...(prometheus ? { 'prometheus-url': prometheus.url } : {}),
      },
      mode,
      inputs.config ? [] : [EXAMPLES],
    );
  } finally {
    prometheus?.stop();
    demo.stop();
  }
}

/** Two demo APIs: the baseline as it is, the canary with one endpoint slower; compared live. */
async function demoBaselineCommand(inputs: RawInputs, mode: OutputMode): Promise<number> {
  const baseline = await startDemoChild();
  try {
    const canary = await startDemoChild(DEMO_SLOW_ROUTE);
    try {
      if (!mode.quiet)
        console.error(
          `loadgate: demo baseline on ${baseline.url}, demo canary on ${canary.url} (${DEMO_SLOW_ROUTE.replace('=', ' answers ')}× slower)`,
        );
      return await runCommand(
        {
          ...inputs,
          'target-url': canary.url,
          'baseline-url': baseline.url,
          config: inputs.config || BASELINE_CONFIG,
        },
        mode,
        inputs.config ? [] : [EXAMPLES],
      );
    } finally {
      canary.stop();
    }
  } finally {
    baseline.stop();
  }
}

/** The demo API's multi-tenant switches, from the environment (inherited by `loadgate demo`'s child). */
function demoTenantOptions(): { leakRate?: number; tokenTtlMs?: number } {
  const leak = Number(process.env.LOADGATE_DEMO_LEAK ?? '');
  const ttl = process.env.LOADGATE_DEMO_TOKEN_TTL;
  return {
    ...(leak > 0 && leak <= 1 ? { leakRate: leak } : {}),
    ...(ttl ? { tokenTtlMs: parseDuration(ttl) } : {}),
  };
}

async function demoServerCommand(port: number): Promise<number> {
  const slowRoutes = parseSlowRoutes(process.env.LOADGATE_DEMO_SLOW ?? '');
  const server = await startDemoServer(port, { tenants: demoTenantOptions(), slowRoutes });
  console.log(`loadgate demo API listening on ${server.url}`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return 0;
}

/** Runs the command the arguments name; resolves with the exit code. */
export async function runCli(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  try {
    const line = parseCommandLine(argv);
    if (line.help) {
      process.stdout.write(usage());
      return 0;
    }
    if (line.version) {
      process.stdout.write(`${TOOL_VERSION}\n`);
      return 0;
    }
    const mode: OutputMode = { quiet: line.quiet, json: line.json };
    switch (line.command) {
      case 'run':
        return await runCommand(line.inputs, mode);
      case 'demo':
        return await demoCommand(line.inputs, mode, line.baseline);
      case 'demo-server':
        return await demoServerCommand(line.port);
      case 'merge':
        return await mergeCommand(argv);
      default:
        console.error(
          `error: unknown command ${JSON.stringify(line.command)}; expected run, demo or demo-server (loadgate --help)`,
        );
        return 1;
    }
  } catch (error) {
    // A UsageError says what to fix; anything else is shown as its message, never a stack trace.
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

/**
 * `loadgate`: the same gate as the action, for a terminal. Flags are the action's
 * inputs (`--target-url`, `--thresholds`, …) and the exit codes are the step's:
 * 0 for pass and marginal, 1 for fail and inconclusive (unless --fail-on-breach false) and for errors.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { describeBaseline, loadBaseline } from '../baseline/load-baseline.js';
import { readSettings } from '../config/index.js';
import { INPUT_NAMES, type RawInputs } from '../config/inputs.js';
import { SettingsError } from '../config/settings-error.js';
import { parseSlowRoutes, startDemoServer } from '../demo/demo-server.js';
import { startDemoPrometheus } from './demo-prometheus.js';
import { gateOutputs } from '../gate-outputs.js';
import { runGate } from '../gate.js';
import { describeRun, formatProgressLine } from '../progress-line.js';
import { publishResults, runnerContext } from '../publish.js';
import { renderTextSummary } from '../report/text-summary.js';
import { parseDuration } from '../syntax/durations.js';
import { TOOL_VERSION } from '../version.js';

const USAGE = `loadgate ${TOOL_VERSION}: load-test a deployment and gate it on SLOs.

Usage:
  loadgate [run] --target-url URL [options]   run the gate
  loadgate demo [options]                     start the demo API and gate it with the example config
  loadgate demo-server [--port N]             only serve the demo API (until Ctrl-C)

  loadgate demo --baseline                    a baseline beside a canary with one slower endpoint: a regression caught
  loadgate demo --config examples/loadgate.tenants.yml   logins, five tenants, checks, isolation
  LOADGATE_DEMO_LEAK=0.01 (a fraction of responses leak another tenant's data) and
  LOADGATE_DEMO_TOKEN_TTL=10s (token lifetime) and LOADGATE_DEMO_SLOW="GET /api/trades=2"
  (latency factor per route) switch the demo API's behaviour.

Options (the action's inputs):
  --target-url URL        base URL of the deployment under test
  --config FILE           YAML config file (default .github/loadgate.yml when present)
  --environment NAME      environments: block of the config to apply
  --duration D            e.g. 30s, 2m (default 30s)
  --vus N                 concurrent virtual users (default 10)
  --ramp-up D             ramp from 0 to --vus within --duration (default 0s)
  --rate N                requests per second: the open model (arrival rate)
  --max-vus N             open model: cap on requests in flight
  --scenario NAME         smoke, load, stress, spike, soak or breakpoint
  --endpoints YAML        e.g. "GET /api/portfolio" or a YAML list
  --thresholds LINES      one per line, e.g. "http_req_duration: p(95)<250"
  --headers LINES         "Name: value", one per line
  --timeout D             per-request timeout (default 10s)
  --fail-on-breach BOOL   exit 1 on a fail verdict (default true)
  --auto-rollback BOOL    report rollback=true on a fail verdict (default true)
  --report-dir DIR        where report.md and results.json go (default loadgate-report)
  --baseline-url URL      a live baseline: the old build, given the same traffic at the same time
  --baseline-results FILE compare with an earlier run's results.json (inside the current directory)
  --baseline-missing M    no baseline to be had: fail (default) or pass the relative thresholds
  --confidence C          confidence level of the baseline comparison (default 0.95)
  --help, --version

The workspace is the working directory: the config and data files must lie inside it,
and --report-dir inside it or the OS temp directory.
`;

const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples');
const EXAMPLE_CONFIG = path.join(EXAMPLES, 'loadgate.yml');
const SERVER_METRICS_CONFIG = path.join(EXAMPLES, 'loadgate.server-metrics.yml');
const BASELINE_CONFIG = path.join(EXAMPLES, 'loadgate.baseline.yml');
/** The route `loadgate demo --baseline` slows on the canary, and by how much. */
const DEMO_SLOW_ROUTE = 'GET /api/trades=2';

interface CommandLine {
  command: string;
  inputs: RawInputs;
  port: number;
  /** `demo --baseline`: a live baseline beside a slowed canary. */
  baseline: boolean;
}

function parseCommandLine(argv: string[]): CommandLine {
  const options = Object.fromEntries(INPUT_NAMES.map((name) => [name, { type: 'string' as const }]));
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...options,
      help: { type: 'boolean' },
      version: { type: 'boolean' },
      port: { type: 'string' },
      baseline: { type: 'boolean' },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  if (values.version) {
    process.stdout.write(`${TOOL_VERSION}\n`);
    process.exit(0);
  }
  const given = values as Record<string, unknown>;
  const inputs = Object.fromEntries(
    INPUT_NAMES.map((name) => [name, typeof given[name] === 'string' ? given[name] : '']),
  ) as RawInputs;
  return {
    command: positionals[0] ?? 'run',
    inputs,
    port: Number(values.port ?? 0),
    baseline: values.baseline === true,
  };
}

/**
 * The workspace is the working directory: the files read (config, data) must lie inside
 * it, and the report dir inside it or the OS temp directory. `readRoots` adds the
 * bundled examples for the demo.
 */
async function runCommand(inputs: RawInputs, readRoots: readonly string[] = []): Promise<number> {
  const cancel = new AbortController();
  const onSignal = (signal: NodeJS.Signals): void => cancel.abort(`cancelled (${signal})`);
  // `on`, not `once`: a signal can come twice, sent to the process group and passed on by the launcher (relaunch.ts).
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const settings = readSettings(inputs, { workspace: process.cwd(), readRoots });
    const baseline = await loadBaseline(settings);
    if (baseline && 'missing' in baseline) {
      console.error(`warning: ${describeBaseline(baseline, settings.baseline?.missing ?? 'fail')}`);
    } else if (baseline) console.error(`loadgate: ${describeBaseline(baseline, 'fail')}`);
    console.error(`loadgate: ${describeRun(settings)}`);
    const outcome = await runGate(settings, {
      ...(baseline ? { baseline } : {}),
      signal: cancel.signal,
      onProgress: (sample) => console.error(formatProgressLine(sample)),
    });
    console.log(renderTextSummary(outcome.report));
    // Slack and the Pushgateway work from a laptop too; artifact and PR comment need a workflow.
    await publishResults(outcome, runnerContext(), {
      info: (message) => console.error(message),
      warn: (message) => console.error(`warning: ${message}`),
    });
    const outputs = gateOutputs(outcome);
    console.log(`\nreport:  ${outputs['report-path']}\nresults: ${outputs['results-path']}`);
    if (outcome.rollback) console.log('rollback: true');
    const verdict = outcome.evaluation.verdict;
    if (verdict === 'error') {
      // The target was not reached (reachability.ts): exit 1 as for bad input.
      for (const reason of outcome.evaluation.reasons ?? []) console.error(`error: ${reason}`);
      return 1;
    }
    return (verdict === 'fail' || verdict === 'inconclusive') && settings.failOnBreach ? 1 : 0;
  } catch (error) {
    if (error instanceof SettingsError) {
      for (const issue of error.issues) console.error(`error: ${issue.where}: ${issue.message}`);
      return 1;
    }
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

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

async function demoCommand(inputs: RawInputs, withBaseline: boolean): Promise<number> {
  if (withBaseline) return demoBaselineCommand(inputs);
  const demo = await startDemoChild();
  console.error(`loadgate: demo API listening on ${demo.url}`);
  const prometheus = inputs.config
    ? undefined
    : await startDemoPrometheus(demo.url, (line) => console.error(line));
  try {
    return await runCommand(
      {
        ...inputs,
        'target-url': inputs['target-url'] || demo.url,
        config: inputs.config || (prometheus ? SERVER_METRICS_CONFIG : EXAMPLE_CONFIG),
        ...(prometheus ? { 'prometheus-url': prometheus.url } : {}),
      },
      inputs.config ? [] : [EXAMPLES],
    );
  } finally {
    prometheus?.stop();
    demo.stop();
  }
}

/** Two demo APIs: the baseline as it is, the canary with one endpoint slower; compared live. */
async function demoBaselineCommand(inputs: RawInputs): Promise<number> {
  const baseline = await startDemoChild();
  try {
    const canary = await startDemoChild(DEMO_SLOW_ROUTE);
    try {
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
    const { command, inputs, port, baseline } = parseCommandLine([...argv]);
    switch (command) {
      case 'run':
        return await runCommand(inputs);
      case 'demo':
        return await demoCommand(inputs, baseline);
      case 'demo-server':
        return await demoServerCommand(port);
      default:
        console.error(`error: unknown command "${command}"; expected run, demo or demo-server\n\n${USAGE}`);
        return 1;
    }
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

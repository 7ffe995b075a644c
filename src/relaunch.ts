/**
 * The action and the CLI run in a Node process started with {@link NODE_FLAGS}: the
 * entry point starts it (the same script, same arguments and environment), passes
 * SIGINT/SIGTERM on to it and exits with its exit code.
 *
 * Why: a load generator allocates a few KB per request and keeps almost none of it, and
 * V8's defaults are tuned for other programs. Left to them, at tens of thousands of
 * requests per second:
 * - the young generation doubles its semi-spaces up to 64 MB each on a machine with a lot
 *   of memory (a 128 MB nursery), because the requests in flight at each scavenge count
 *   as survivors. Capped at 8 MB, the nursery also stays in the CPU's cache: the engine
 *   sends faster, not slower (docs/benchmark.md).
 * - the old generation is first collected only at a limit of a few hundred MB, so what
 *   outlived two scavenges (undici's per-connection request queues, requests in flight)
 *   piles up for the whole run. Starting at 32 MB, V8 collects it every few seconds
 *   (a few ms each) and sizes the limit from what is live, as it does later anyway.
 * A step cannot give its own `node` flags, hence the second process.
 *
 * Started with a semi-space limit already (in `execArgv` or `NODE_OPTIONS`), the entry
 * point runs in its own process: that is how the child runs, and how to run in one
 * process (a profiler, a debugger): `node --max-semi-space-size=8 dist/cli/index.js …`.
 */
import { spawn } from 'node:child_process';

/** The V8 flags the load runs under: semi-spaces of at most 8 MB, a first old-generation limit of 32 MB. */
export const NODE_FLAGS: readonly string[] = ['--max-semi-space-size=8', '--initial-old-space-size=32'];

const FORWARDED_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

/** True when this process was started with a semi-space limit of its own (ours or the user's). */
export function hasSemiSpaceLimit(execArgv: readonly string[], nodeOptions: string | undefined): boolean {
  const given = [...execArgv, ...(nodeOptions ?? '').split(/\s+/)];
  return given.some((flag) => /^--max[-_]semi[-_]space[-_]size(=|$)/.test(flag));
}

/**
 * How the entry point tells the user that the child could not be started (`fatal`
 * false: the run goes on in this process) or was ended by a signal (`fatal` true).
 */
export type LaunchProblem = (message: string, fatal: boolean) => void;

/**
 * Runs `script` with `args` in a child process started with {@link NODE_FLAGS} (and this
 * process's own flags); resolves with its exit code (1 when a signal ended it), or
 * `null` when it could not be started.
 */
export function runInChild(
  script: string,
  args: readonly string[],
  onProblem: LaunchProblem,
): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...NODE_FLAGS, ...process.execArgv, script, ...args], {
      stdio: 'inherit',
    });
    // The child handles a signal twice without harm: a Ctrl-C in a terminal reaches both processes.
    const forward = (signal: NodeJS.Signals): void => void child.kill(signal);
    for (const signal of FORWARDED_SIGNALS) process.on(signal, forward);
    const done = (code: number | null): void => {
      for (const signal of FORWARDED_SIGNALS) process.off(signal, forward);
      resolve(code);
    };
    child.once('error', (error) => {
      onProblem(`could not start the load process (${error.message}); running in this one`, false);
      done(null);
    });
    child.once('exit', (code, signal) => {
      if (signal !== null) onProblem(`the load process was ended by ${signal}`, true);
      done(code ?? 1);
    });
  });
}

/**
 * The entry points' start: in a child with {@link NODE_FLAGS} unless this process has a
 * semi-space limit already (or the child cannot be started), else `runHere()`.
 */
export async function launch(runHere: () => Promise<void>, onProblem: LaunchProblem): Promise<void> {
  const script = process.argv[1];
  if (script !== undefined && !hasSemiSpaceLimit(process.execArgv, process.env.NODE_OPTIONS)) {
    const code = await runInChild(script, process.argv.slice(2), onProblem);
    if (code !== null) {
      process.exitCode = code;
      return;
    }
  }
  await runHere();
}

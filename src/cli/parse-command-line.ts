/**
 * The command line: `loadgate [command] --flag value …`. The flags are the action's
 * inputs (INPUT_NAMES) plus the CLI's own. `node:util` parseArgs reads them, after one
 * step of our own: a value that starts with `-` (`--endpoints "- GET /a"`, a YAML list)
 * is bound to its flag first, because parseArgs refuses such a value as ambiguous and
 * the inputs' values are free text. As with getopt, the word after a flag that takes a
 * value is always its value.
 */
import { parseArgs } from 'node:util';

import { didYouMean } from '../config/describe.js';
import { INPUT_NAMES, type InputName, type RawInputs } from '../config/inputs.js';
import { SECRET_INPUTS, secretEnvName } from '../config/publish-settings.js';
import { FLAG_HELP } from './flag-help.js';

export interface CommandLine {
  command: string;
  inputs: RawInputs;
  /** demo-server's port (0: any free one). */
  port: number;
  /** `demo --baseline`: a live baseline beside a slowed canary. */
  baseline: boolean;
  /** Only the verdict line and errors. */
  quiet: boolean;
  /** The results document on stdout, nothing else there. */
  json: boolean;
  help: boolean;
  version: boolean;
}

/** A mistake on the command line: shown as `error: …` with a pointer to --help, exit 1. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const BOOLEAN_FLAGS = ['help', 'version', 'baseline', 'quiet', 'json'] as const;
const STRING_FLAGS: readonly string[] = [...INPUT_NAMES, 'port'];
const KNOWN_FLAGS: readonly string[] = [...STRING_FLAGS, ...BOOLEAN_FLAGS];

/** `--endpoints - GET /a` → `--endpoints=- GET /a`, for every flag that takes a value. */
function bindValues(argv: readonly string[]): string[] {
  const bound: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      bound.push(...argv.slice(i));
      break;
    }
    const flag = /^--([^=]+)$/.exec(arg)?.[1];
    if (flag !== undefined && !KNOWN_FLAGS.includes(flag)) throw unknownFlag(flag);
    if (flag !== undefined && STRING_FLAGS.includes(flag)) {
      const value = argv[i + 1];
      if (value === undefined) throw new UsageError(`--${flag} needs a value${valueHint(flag)}`);
      bound.push(`--${flag}=${value}`);
      i++;
    } else {
      const named = /^--([^=]+)=/.exec(arg)?.[1];
      if (named !== undefined && !KNOWN_FLAGS.includes(named)) throw unknownFlag(named);
      bound.push(arg);
    }
  }
  return bound;
}

function valueHint(flag: string): string {
  const help = FLAG_HELP[flag as InputName];
  return help ? ` (${help.value}: ${help.text})` : '';
}

function unknownFlag(flag: string): UsageError {
  const suggestion = didYouMean(flag, KNOWN_FLAGS).replace(/"([^"]+)"/, '--$1');
  return new UsageError(`unknown flag --${flag}${suggestion}; loadgate --help lists the flags`);
}

export function parseCommandLine(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): CommandLine {
  let parsed;
  try {
    parsed = parseArgs({
      args: bindValues(argv),
      allowPositionals: true,
      options: {
        ...Object.fromEntries(STRING_FLAGS.map((name) => [name, { type: 'string' as const }])),
        ...Object.fromEntries(BOOLEAN_FLAGS.map((name) => [name, { type: 'boolean' as const }])),
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // parseArgs' own (a value given to a flag that takes none, an unknown short flag).
    throw new UsageError(
      `${error instanceof Error ? error.message : String(error)}; loadgate --help lists the flags`,
    );
  }
  const { values, positionals } = parsed;
  const given = values as Record<string, unknown>;
  const inputs = Object.fromEntries(
    INPUT_NAMES.map((name) => [name, typeof given[name] === 'string' ? given[name] : '']),
  ) as RawInputs;
  // A secret on the command line ends up in the shell history and `ps`: the environment may give it instead.
  for (const name of SECRET_INPUTS) {
    if (inputs[name] === '') inputs[name] = env[secretEnvName(name)] ?? '';
  }
  const port = typeof given.port === 'string' ? given.port : '0';
  if (!/^\d+$/.test(port) || Number(port) > 65_535) {
    throw new UsageError(`--port got ${JSON.stringify(port)}; expected a port number from 0 to 65535`);
  }
  if (given.quiet && given.json) {
    throw new UsageError(
      '--quiet and --json together; expected one of them (--json already keeps stdout to the results)',
    );
  }
  return {
    command: positionals[0] ?? 'run',
    inputs,
    port: Number(port),
    baseline: given.baseline === true,
    quiet: given.quiet === true,
    json: given.json === true,
    help: given.help === true,
    version: given.version === true,
  };
}

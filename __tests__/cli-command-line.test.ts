/** The CLI's flags: every input is one, values may start with "-", mistakes name the flag. */
import { describe, expect, it } from 'vitest';

import { usage } from '../src/cli/commands.js';
import { flagLabel } from '../src/cli/flag-label.js';
import { parseCommandLine, UsageError } from '../src/cli/parse-command-line.js';
import { INPUT_NAMES, rawInputs, readSettings, SettingsError } from '../src/config/index.js';

describe('parseCommandLine', () => {
  it('reads every input as a flag', () => {
    const argv = INPUT_NAMES.flatMap((name, i) => [`--${name}`, `value-${i}`]);
    const { inputs } = parseCommandLine(argv, {});
    INPUT_NAMES.forEach((name, i) => expect(inputs[name]).toBe(`value-${i}`));
  });

  it('takes a value that starts with "-", as a separate word or after =', () => {
    const list = '- GET /api/portfolio\n- GET /api/trades';
    expect(parseCommandLine(['--endpoints', list, '--vus', '3'], {}).inputs).toMatchObject({
      endpoints: list,
      vus: '3',
    });
    expect(parseCommandLine([`--endpoints=${list}`], {}).inputs.endpoints).toBe(list);
    expect(parseCommandLine(['run', '--thresholds', '-x'], {})).toMatchObject({
      command: 'run',
      inputs: { thresholds: '-x' },
    });
  });

  it('reads the command and the CLI flags', () => {
    expect(parseCommandLine(['demo', '--baseline', '--quiet'], {})).toMatchObject({
      command: 'demo',
      baseline: true,
      quiet: true,
      json: false,
    });
    expect(parseCommandLine(['--json'], {})).toMatchObject({ command: 'run', json: true });
    expect(parseCommandLine(['demo-server', '--port', '8123'], {}).port).toBe(8123);
    expect(parseCommandLine(['-h'], {}).help).toBe(true);
  });

  it('refuses an unknown flag with a "did you mean"', () => {
    expect(() => parseCommandLine(['--vu', '3'], {})).toThrow(
      new UsageError('unknown flag --vu; did you mean --vus?; loadgate --help lists the flags'),
    );
    expect(() => parseCommandLine(['--target=http://x'], {})).toThrow(/unknown flag --target\b/);
  });

  it('refuses a flag without its value, naming the form expected', () => {
    expect(() => parseCommandLine(['--vus'], {})).toThrow(
      new UsageError('--vus needs a value (N: concurrent virtual users (default 10))'),
    );
    expect(() => parseCommandLine(['--quiet', '--json'], {})).toThrow(UsageError);
    expect(() => parseCommandLine(['--port', 'abc'], {})).toThrow(/--port got "abc"/);
  });

  it('takes secrets from LOADGATE_* variables; a flag wins', () => {
    const env = {
      LOADGATE_SLACK_WEBHOOK_URL: 'https://hooks.slack.com/services/T/B/env',
      LOADGATE_GITHUB_TOKEN: 'ghs_env',
    };
    expect(parseCommandLine([], env).inputs).toMatchObject({
      'slack-webhook-url': env.LOADGATE_SLACK_WEBHOOK_URL,
      'github-token': 'ghs_env',
    });
    expect(parseCommandLine(['--github-token', 'ghs_flag'], env).inputs['github-token']).toBe('ghs_flag');
    // Other inputs are not read from the environment.
    expect(parseCommandLine([], { LOADGATE_VUS: '9' }).inputs.vus).toBe('');
  });
});

describe('--help', () => {
  it('lists every input as a flag, with its value and words', () => {
    const text = usage();
    for (const name of INPUT_NAMES) expect(text).toMatch(new RegExp(`^  --${name} [A-Z]+ +\\S`, 'm'));
    for (const flag of ['--quiet', '--json', '--help', '--version', '--port N', '--baseline'])
      expect(text).toContain(`  ${flag} `);
  });
});

describe('settings errors in the CLI', () => {
  const issues = (given: Parameters<typeof rawInputs>[0]) => {
    try {
      readSettings(rawInputs(given), { workspace: '/ws', readFile: () => undefined, inputLabel: flagLabel });
    } catch (error) {
      if (error instanceof SettingsError) return error.issues;
      throw error;
    }
    throw new Error('expected a SettingsError');
  };

  it('name the flag, not the input', () => {
    expect(issues({ 'target-url': 'https://x.example.com', duration: 'soon' })).toEqual([
      { where: '--duration', message: 'got "soon"; expected a duration such as 30s, 2m or 1m30s' },
    ]);
    const missing = issues({});
    expect(missing[0]!.where).toBe('--target-url');
    expect(missing[0]!.message).toContain('as --target-url or target-url in the config file');
    expect(JSON.stringify(missing)).not.toContain("input '");
  });

  it('name the flag with the line for multi-line values, and for the publishing flags', () => {
    const found = issues({
      'target-url': 'https://x.example.com',
      thresholds: 'http_req_duration: p(95)<250\nlatency: soon',
      'slack-notify-on': 'sometimes',
    });
    expect(found.map((issue) => issue.where)).toEqual(['--thresholds line 2', '--slack-notify-on']);
  });
});

/** The publishing keys in the config file: the non-secret ones are read, the secrets refused. */
import { describe, expect, it } from 'vitest';

import { rawInputs, resolveSettings, SettingsError, type RawInputs } from '../src/config/index.js';
import { PUBLISH_FILE_KEYS, SECRET_INPUTS } from '../src/config/publish-settings.js';
import { configFileSchema } from '../src/config/schema/config-schema.js';

const TARGET = { 'target-url': 'https://canary.example.com' };
const CONFIG = '/ws/.github/loadgate.yml';

function resolve(config: string, given: Partial<RawInputs> = {}) {
  return resolveSettings(rawInputs({ ...TARGET, ...given }), {
    workspace: '/ws',
    readFile: (file) => (file === CONFIG ? config : undefined),
  });
}

function issuesOf(config: string, given: Partial<RawInputs> = {}) {
  try {
    resolve(config, given);
  } catch (error) {
    if (error instanceof SettingsError) return error.issues;
    throw error;
  }
  throw new Error('expected a SettingsError');
}

const FILE = [
  'upload-artifact: false',
  'artifact-name: perf-gate',
  'artifact-retention-days: 14',
  'slack-notify-on: always',
  'pushgateway-url: http://pushgateway:9091/',
  'comment-on-pr: false',
  'check-run: false',
].join('\n');

describe('publishing keys in the config file', () => {
  it('are read from the top level', () => {
    expect(resolve(FILE).publish).toEqual({
      uploadArtifact: false,
      artifactName: 'perf-gate',
      artifactRetentionDays: 14,
      slackNotifyOn: 'always',
      pushgatewayUrl: 'http://pushgateway:9091',
      commentOnPr: false,
      checkRun: false,
    });
  });

  it('an environment block overrides the top level, and an input overrides both', () => {
    const config = `${FILE}\nenvironments:\n  prod: { slack-notify-on: marginal, artifact-retention-days: 30 }\n`;
    const publish = resolve(config, { environment: 'prod', 'artifact-retention-days': '3' }).publish;
    expect(publish.slackNotifyOn).toBe('marginal');
    expect(publish.artifactRetentionDays).toBe(3);
    expect(publish.artifactName).toBe('perf-gate');
    expect(resolve(config, { 'slack-notify-on': 'never' }).publish.slackNotifyOn).toBe('never');
  });

  it.each([
    [
      'slack-notify-on: sometimes',
      '.github/loadgate.yml:1:18 (slack-notify-on)',
      'expected one of failure, marginal, always, never',
    ],
    [
      'artifact-retention-days: 120',
      '.github/loadgate.yml:1:26 (artifact-retention-days)',
      'expected a whole number of days from 1 to 90',
    ],
    ['artifact-name: "a/b"', '.github/loadgate.yml:1:16 (artifact-name)', 'expected a name without any of'],
    [
      'pushgateway-url: ftp://pg:21',
      '.github/loadgate.yml:1:18 (pushgateway-url)',
      'expected an http or https URL',
    ],
    ['comment-on-pr: yes please', '.github/loadgate.yml:1:16 (comment-on-pr)', 'expected true or false'],
  ])('a bad value (%s) is reported at its line', (line, where, expected) => {
    const issues = issuesOf(line);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.where).toBe(where);
    expect(issues[0]!.message).toContain(expected);
  });

  it.each(SECRET_INPUTS)('%s is refused, saying it is an input only, without the value', (name) => {
    const secret =
      name === 'github-token' ? 'ghp_0123456789abcdef' : 'https://hooks.slack.com/services/T0/B0/s3cr3t';
    const issues = issuesOf(`vus: 2\n${name}: ${secret}\n`);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.where).toMatch(new RegExp(`^\\.github/loadgate\\.yml:2:\\d+ \\(${name}\\)$`));
    expect(issues[0]!.message).toContain(`${name} is a secret and is not read from the config file`);
    expect(issues[0]!.message).toContain(`--${name}`);
    expect(JSON.stringify(issues)).not.toContain(secret);
    // In an environment block too.
    const nested = issuesOf(`environments:\n  prod:\n    ${name}: ${secret}\n`);
    expect(nested[0]!.where).toContain(`(environments.prod.${name})`);
    expect(JSON.stringify(nested)).not.toContain(secret);
  });

  it('the schema knows every publishing key and every secret (none is an unknown key)', () => {
    const shape = configFileSchema.shape as Record<string, unknown>;
    for (const key of [...PUBLISH_FILE_KEYS, ...SECRET_INPUTS]) expect(shape).toHaveProperty(key);
  });
});

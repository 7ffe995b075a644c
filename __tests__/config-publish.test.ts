import { describe, expect, it } from 'vitest';

import { rawInputs, resolveSettings, SettingsError, type RawInputs } from '../src/config/index.js';

const TARGET = { 'target-url': 'https://canary.example.com' };

function resolve(given: Partial<RawInputs>) {
  return resolveSettings(rawInputs({ ...TARGET, ...given }), {
    workspace: '/nonexistent',
    readFile: () => undefined,
  });
}

function issuesOf(given: Partial<RawInputs>) {
  try {
    resolve(given);
  } catch (error) {
    if (error instanceof SettingsError) return error.issues;
    throw error;
  }
  throw new Error('expected a SettingsError');
}

describe('publishing inputs', () => {
  it('default to uploading the artifact and commenting, nothing else', () => {
    expect(resolve({}).publish).toEqual({
      uploadArtifact: true,
      artifactName: 'loadgate-report',
      slackNotifyOn: 'failure',
      commentOnPr: true,
      checkRun: true,
    });
  });

  it('read every publishing input', () => {
    expect(
      resolve({
        'upload-artifact': 'false',
        'artifact-name': 'perf-gate',
        'artifact-retention-days': '14',
        'slack-webhook-url': 'https://hooks.slack.com/services/T/B/xyz',
        'slack-notify-on': 'always',
        'pushgateway-url': 'http://pushgateway:9091/',
        'comment-on-pr': 'false',
        'check-run': 'false',
        'github-token': 'ghs_abc',
      }).publish,
    ).toEqual({
      uploadArtifact: false,
      artifactName: 'perf-gate',
      artifactRetentionDays: 14,
      slackWebhookUrl: 'https://hooks.slack.com/services/T/B/xyz',
      slackNotifyOn: 'always',
      pushgatewayUrl: 'http://pushgateway:9091',
      commentOnPr: false,
      checkRun: false,
      githubToken: 'ghs_abc',
    });
  });

  it('report every bad publishing input together, never quoting the webhook URL', () => {
    const issues = issuesOf({
      'upload-artifact': 'yes',
      'check-run': 'maybe',
      'artifact-name': 'a/b',
      'artifact-retention-days': '365',
      'slack-webhook-url': 'hooks.slack.com/services/T/B/secretpart',
      'slack-notify-on': 'sometimes',
      'pushgateway-url': 'ftp://gw',
    });
    expect(issues.map((i) => i.where)).toEqual([
      "input 'upload-artifact'",
      "input 'check-run'",
      "input 'artifact-name'",
      "input 'artifact-retention-days'",
      "input 'slack-webhook-url'",
      "input 'slack-notify-on'",
      "input 'pushgateway-url'",
    ]);
    expect(issues[0]?.message).toBe('got "yes"; expected true or false');
    expect(issues[1]?.message).toBe('got "maybe"; expected true or false');
    expect(issues[3]?.message).toContain('from 1 to 90');
    expect(issues[4]?.message).not.toContain('secretpart');
    expect(issues[5]?.message).toBe('got "sometimes"; expected one of failure, marginal, always, never');
    expect(issues[6]?.message).toContain('the scheme is ftp');
  });

  it('take an unexpanded ${{ github.token }} (action.yml default outside a runner) as no token', () => {
    expect(resolve({ 'github-token': '${{ github.token }}' }).publish.githubToken).toBeUndefined();
    expect(resolve({ 'github-token': 'ghs_real' }).publish.githubToken).toBe('ghs_real');
  });
});

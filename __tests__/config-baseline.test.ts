/**
 * The baseline settings: each source from an input and from the file, the defaults,
 * one source per layer (two at once is one issue naming both), precedence between
 * layers, and bad values refused with the input or file:line named.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import {
  readSettings,
  rawInputs,
  SettingsError,
  type RawInputs,
  type SettingsIssue,
} from '../src/config/index.js';

const workspaces: string[] = [];
afterAll(() => {
  for (const dir of workspaces) fs.rmSync(dir, { recursive: true, force: true });
});

function workspace(files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loadgate-baseline-config-'));
  workspaces.push(dir);
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

const CONFIG = '.github/loadgate.yml';
const TARGET = { 'target-url': 'https://canary.example.com' };

function settingsIn(dir: string, given: Partial<RawInputs>) {
  return readSettings(rawInputs({ ...TARGET, ...given }), { workspace: dir });
}

function resolve(given: Partial<RawInputs>, config?: string) {
  return settingsIn(workspace(config === undefined ? {} : { [CONFIG]: config }), given);
}

function issuesIn(dir: string, given: Partial<RawInputs>): SettingsIssue[] {
  try {
    settingsIn(dir, given);
  } catch (error) {
    if (error instanceof SettingsError) return error.issues;
    throw error;
  }
  throw new Error('expected a SettingsError');
}

const issuesOf = (given: Partial<RawInputs>, config?: string): SettingsIssue[] =>
  issuesIn(workspace(config === undefined ? {} : { [CONFIG]: config }), given);

function onlyIssue(given: Partial<RawInputs>, config?: string): SettingsIssue {
  const issues = issuesOf(given, config);
  expect(issues).toHaveLength(1);
  return issues[0]!;
}

describe('baseline sources from inputs', () => {
  it('has no baseline unless a source is named', () => {
    expect(resolve({}).baseline).toBeUndefined();
    // The judge's options alone name no source.
    expect(resolve({ confidence: '0.99', 'baseline-missing': 'pass' }).baseline).toBeUndefined();
  });

  it('takes baseline-url as a live baseline, with the defaults', () => {
    expect(resolve({ 'baseline-url': 'https://prod.example.com' }).baseline).toEqual({
      source: { kind: 'live', url: 'https://prod.example.com' },
      missing: 'fail',
      confidence: 0.95,
    });
  });

  it('takes baseline-results as a path inside the workspace, absolute, with the text kept', () => {
    const dir = workspace({ 'baseline/results.json': '{}' });
    const baseline = settingsIn(dir, { 'baseline-results': 'baseline/results.json' }).baseline;
    expect(baseline?.source).toEqual({
      kind: 'results',
      path: path.join(fs.realpathSync(dir), 'baseline/results.json'),
      displayPath: 'baseline/results.json',
    });
  });

  it('accepts a results path that does not exist yet: its absence is a missing baseline, not a mistake', () => {
    const dir = workspace();
    const source = settingsIn(dir, { 'baseline-results': 'prod/results.json' }).baseline?.source;
    expect(source).toMatchObject({ kind: 'results', displayPath: 'prod/results.json' });
  });

  it('reads baseline-artifact: true, a workflow file, and a workflow on a branch', () => {
    expect(resolve({ 'baseline-artifact': 'true' }).baseline?.source).toEqual({ kind: 'artifact' });
    expect(resolve({ 'baseline-artifact': 'deploy.yml' }).baseline?.source).toEqual({
      kind: 'artifact',
      workflow: 'deploy.yml',
    });
    expect(
      resolve({ 'baseline-artifact': '.github/workflows/deploy.yaml@release/2.x' }).baseline?.source,
    ).toEqual({ kind: 'artifact', workflow: 'deploy.yaml', branch: 'release/2.x' });
    expect(resolve({ 'baseline-artifact': 'deploy.yml@refs/heads/main' }).baseline?.source).toEqual({
      kind: 'artifact',
      workflow: 'deploy.yml',
      branch: 'main',
    });
    expect(resolve({ 'baseline-artifact': 'false' }).baseline).toBeUndefined();
  });

  it('adds baseline-artifact-name to an artifact source', () => {
    const baseline = resolve({
      'baseline-artifact': 'deploy.yml@main',
      'baseline-artifact-name': 'loadgate-report-gate-production-1a2b3c4d',
    }).baseline;
    expect(baseline?.source).toEqual({
      kind: 'artifact',
      workflow: 'deploy.yml',
      branch: 'main',
      artifactName: 'loadgate-report-gate-production-1a2b3c4d',
    });
  });

  it('reads baseline-missing and confidence (a fraction or a percentage)', () => {
    const given = { 'baseline-url': 'https://prod.example.com', 'baseline-missing': 'pass' } as const;
    expect(resolve({ ...given, confidence: '0.99' }).baseline).toMatchObject({
      missing: 'pass',
      confidence: 0.99,
    });
    expect(resolve({ ...given, confidence: '90%' }).baseline?.confidence).toBeCloseTo(0.9, 12);
    expect(resolve({ ...given, confidence: '0.999' }).baseline?.confidence).toBe(0.999);
  });
});

describe('one baseline source per run', () => {
  it('refuses two source inputs with one issue naming both', () => {
    const issue = onlyIssue({
      'baseline-url': 'https://prod.example.com',
      'baseline-results': 'prod/results.json',
    });
    expect(issue.where).toBe("input 'baseline-url'");
    expect(issue.message).toMatch(
      /^got both baseline-url and baseline-results \(input 'baseline-results'\); expected one baseline source per run: /,
    );
  });

  it('names all three when all three are given', () => {
    const issue = onlyIssue({
      'baseline-url': 'https://prod.example.com',
      'baseline-results': 'prod/results.json',
      'baseline-artifact': 'true',
    });
    expect(issue.message).toMatch(/^got both baseline-url, baseline-results and baseline-artifact /);
  });

  it('refuses two source keys in one block of the file, at their lines', () => {
    const issue = onlyIssue(
      {},
      ['duration: 5s', 'baseline-artifact: true', 'baseline-url: https://prod.example.com'].join('\n'),
    );
    expect(issue.where).toBe(`${CONFIG}:3:15 (baseline-url)`);
    expect(issue.message).toContain(
      `got both baseline-url and baseline-artifact (${CONFIG}:2:20 (baseline-artifact))`,
    );
  });

  it('lets baseline-artifact: false stand beside another source (it names none)', () => {
    expect(
      resolve({ 'baseline-artifact': 'false', 'baseline-url': 'https://prod.example.com' }).baseline?.source,
    ).toEqual({ kind: 'live', url: 'https://prod.example.com' });
  });

  it('lets an input replace the file’s source, and an environment replace the top level’s', () => {
    const config = [
      'baseline-artifact: true',
      'confidence: 0.9',
      'environments:',
      '  production:',
      '    baseline-url: https://prod.example.com',
      '  staging:',
      '    baseline-artifact: false',
    ].join('\n');
    expect(resolve({}, config).baseline).toEqual({
      source: { kind: 'artifact' },
      missing: 'fail',
      confidence: 0.9,
    });
    expect(resolve({ environment: 'production' }, config).baseline?.source).toEqual({
      kind: 'live',
      url: 'https://prod.example.com',
    });
    expect(resolve({ environment: 'staging' }, config).baseline).toBeUndefined();
    expect(resolve({ 'baseline-results': 'r.json' }, config).baseline?.source).toMatchObject({
      kind: 'results',
    });
  });
});

describe('baseline keys in the config file', () => {
  it('reads every key with the same meaning as the inputs', () => {
    const dir = workspace({
      [CONFIG]: [
        'baseline-artifact: deploy.yml@main',
        'baseline-artifact-name: loadgate-report',
        'baseline-missing: pass',
        'confidence: 99%',
      ].join('\n'),
    });
    expect(settingsIn(dir, {}).baseline).toEqual({
      source: { kind: 'artifact', workflow: 'deploy.yml', branch: 'main', artifactName: 'loadgate-report' },
      missing: 'pass',
      confidence: 0.99,
    });
  });

  it('refuses wrong types and forms at file:line', () => {
    const issues = issuesOf(
      {},
      [
        'baseline-url: ftp://prod.example.com',
        'environments:',
        '  a:',
        '    baseline-artifact: [deploy.yml]',
        '  b:',
        '    baseline-missing: maybe',
        '  c:',
        '    confidence: 1.5',
        '  d:',
        '    baseline-artifact: "deploy.yml@bad..branch"',
      ].join('\n'),
    );
    expect(issues.map((issue) => issue.where)).toEqual([
      `${CONFIG}:1:15 (baseline-url)`,
      `${CONFIG}:4:24 (environments.a.baseline-artifact)`,
      `${CONFIG}:6:23 (environments.b.baseline-missing)`,
      `${CONFIG}:8:17 (environments.c.confidence)`,
      `${CONFIG}:10:24 (environments.d.baseline-artifact)`,
    ]);
    expect(issues[0]!.message).toContain('(the scheme is ftp)');
    expect(issues[1]!.message).toMatch(
      /^got a list; expected true \(this workflow on the default branch\) or WORKFLOW_FILE\[@BRANCH\]/,
    );
    expect(issues[2]!.message).toBe('got "maybe"; expected pass or fail');
    expect(issues[3]!.message).toMatch(
      /^got 1\.5; expected a confidence level above 0\.5 and at most 0\.999/,
    );
    expect(issues[4]!.message).toMatch(
      /^got "deploy\.yml@bad\.\.branch": "bad\.\.branch" is not a branch name; /,
    );
  });

  it('is in the JSON schema, also for environment blocks', async () => {
    const { renderConfigJsonSchema } = await import('../src/config/schema/json-schema.js');
    const schema = JSON.parse(renderConfigJsonSchema());
    for (const key of [
      'baseline-url',
      'baseline-results',
      'baseline-artifact',
      'baseline-artifact-name',
      'baseline-missing',
      'confidence',
    ]) {
      expect(Object.keys(schema.properties)).toContain(key);
      expect(Object.keys(schema.definitions.settings.properties)).toContain(key);
    }
  });
});

describe('bad baseline inputs', () => {
  it('checks baseline-url as target-url is checked, never repeating a password', () => {
    expect(onlyIssue({ 'baseline-url': 'prod.example.com' })).toEqual({
      where: "input 'baseline-url'",
      message:
        'got "prod.example.com"; expected an absolute http or https URL such as https://canary.example.com',
    });
    const withPassword = onlyIssue({ 'baseline-url': 'https://admin:hunter2secret@prod.example.com' });
    expect(withPassword.message).toContain('credentials must not be part of the URL');
    expect(withPassword.message).not.toContain('hunter2secret');
  });

  it('refuses a baseline-url that is the target itself', () => {
    const issue = onlyIssue({ 'baseline-url': 'https://canary.example.com/' });
    expect(issue.where).toBe("input 'baseline-url'");
    expect(issue.message).toMatch(/the same URL as target-url; expected the URL of the baseline deployment/);
  });

  it('refuses a results path outside the workspace', () => {
    const issue = onlyIssue({ 'baseline-results': '../other/results.json' });
    expect(issue.where).toBe("input 'baseline-results'");
    expect(issue.message).toMatch(
      /^got "\.\.\/other\/results\.json", which leads outside the workspace; expected the path of a results\.json inside the workspace/,
    );
    expect(onlyIssue({ 'baseline-results': '/etc/passwd' }).message).toMatch(/outside the workspace/);
  });

  it('refuses a path that leaves the workspace through a symbolic link, and a dangling one', () => {
    const outside = workspace({ 'results.json': '{"secret": "elsewhere"}' });
    const dir = workspace();
    fs.symlinkSync(path.join(outside, 'results.json'), path.join(dir, 'linked.json'));
    fs.symlinkSync(outside, path.join(dir, 'linked-dir'));
    fs.symlinkSync(path.join(outside, 'nothing-here'), path.join(dir, 'dangling.json'));
    const [file] = issuesIn(dir, { 'baseline-results': 'linked.json' });
    expect(file!.message).toMatch(/^got "linked\.json", which leads outside the workspace through a symlink/);
    expect(file!.message).not.toContain('elsewhere');
    const [viaDir] = issuesIn(dir, { 'baseline-results': 'linked-dir/later/results.json' });
    expect(viaDir!.message).toMatch(/outside the workspace/);
    const [dangling] = issuesIn(dir, { 'baseline-results': 'dangling.json' });
    expect(dangling!.message).toMatch(/leads outside the workspace through a symlink/);
  });

  it('accepts a symbolic link that stays inside the workspace, resolved', () => {
    const dir = workspace({ 'runs/1/results.json': '{}' });
    fs.symlinkSync(path.join(dir, 'runs/1'), path.join(dir, 'latest'));
    const source = settingsIn(dir, { 'baseline-results': 'latest/results.json' }).baseline?.source;
    expect(source).toMatchObject({ path: path.join(fs.realpathSync(dir), 'runs/1/results.json') });
  });

  it('refuses a directory as the results file', () => {
    const dir = workspace({ 'prod/results.json': '{}' });
    expect(issuesIn(dir, { 'baseline-results': 'prod' })[0]!.message).toMatch(/it is a directory/);
    expect(issuesIn(dir, { 'baseline-results': '.' })[0]!.message).toMatch(/it is a directory/);
  });

  it('refuses a baseline-artifact that is neither true nor a workflow file', () => {
    const issue = onlyIssue({ 'baseline-artifact': 'deploy' });
    expect(issue).toEqual({
      where: "input 'baseline-artifact'",
      message:
        'got "deploy"; expected true (this workflow on the default branch) or WORKFLOW_FILE[@BRANCH] such as deploy.yml or deploy.yml@main',
    });
    expect(onlyIssue({ 'baseline-artifact': 'deploy.yml@' }).message).toMatch(
      /^got "deploy\.yml@"; expected true/,
    );
    expect(onlyIssue({ 'baseline-artifact': 'deploy.yml@my branch' }).message).toMatch(
      /"my branch" is not a branch name/,
    );
  });

  it('refuses baseline-artifact-name without an artifact source, and a name GitHub would refuse', () => {
    const alone = onlyIssue({ 'baseline-artifact-name': 'loadgate-report' });
    expect(alone.where).toBe("input 'baseline-artifact-name'");
    expect(alone.message).toBe(
      'got baseline-artifact-name "loadgate-report" without baseline-artifact; expected it only together with baseline-artifact',
    );
    const withLive = onlyIssue({ 'baseline-artifact-name': 'x', 'baseline-url': 'https://prod.example.com' });
    expect(withLive.message).toContain("with the live baseline of input 'baseline-url'");
    expect(onlyIssue({ 'baseline-artifact': 'true', 'baseline-artifact-name': 'a/b' }).message).toMatch(
      /^got "a\/b"; expected the name of the report artifact, without any of/,
    );
  });

  it('refuses a bad baseline-missing and confidence, even without a source', () => {
    expect(onlyIssue({ 'baseline-missing': 'skip' })).toEqual({
      where: "input 'baseline-missing'",
      message:
        'got "skip"; expected pass (a run without its baseline passes its relative thresholds, and says so) or fail (they fail: no data)',
    });
    for (const text of ['0.5', '1', '0', 'high', '-0.9', '99.95%']) {
      const issue = onlyIssue({ confidence: text });
      expect(issue.where).toBe("input 'confidence'");
      expect(issue.message).toBe(
        `got "${text}"; expected a confidence level above 0.5 and at most 0.999, such as 0.95 or 95%`,
      );
    }
  });

  it('reports every baseline problem at once', () => {
    const issues = issuesOf({ 'baseline-url': 'nope', 'baseline-missing': 'x', confidence: '2' });
    expect(issues.map((issue) => issue.where)).toEqual([
      "input 'baseline-url'",
      "input 'baseline-missing'",
      "input 'confidence'",
    ]);
  });
});

describe('a live baseline and the scenario', () => {
  it('refuses the breakpoint scenario with a live baseline, naming the input', () => {
    const issue = onlyIssue({
      'baseline-url': 'https://old.example.com',
      scenario: 'breakpoint',
      rate: '100',
    });
    expect(issue.where).toBe("input 'baseline-url'");
    expect(issue.message).toMatch(
      /a live baseline does not run with the breakpoint scenario .*baseline-results/,
    );
  });

  it('takes the breakpoint scenario with an earlier run as the baseline', () => {
    const dir = workspace({ 'baseline/results.json': '{}' });
    expect(
      settingsIn(dir, { 'baseline-results': 'baseline/results.json', scenario: 'breakpoint', rate: '100' })
        .baseline?.source.kind,
    ).toBe('results');
  });
});

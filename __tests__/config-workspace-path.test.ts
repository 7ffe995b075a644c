import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { rawInputs, readSettings, SettingsError, type RawInputs } from '../src/config/index.js';
import type { ResolveOptions } from '../src/config/resolve-settings.js';
import { checkWorkspacePath } from '../src/config/workspace-path.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** A workspace inside a parent that also holds a foreign file with a marker line. */
function setup(files: Record<string, string> = {}) {
  const parent = tempDir('loadgate-ws-parent-');
  const workspace = path.join(parent, 'repo');
  fs.mkdirSync(workspace);
  const foreign = path.join(parent, 'secret.yml');
  fs.writeFileSync(foreign, 'FOREIGN-MARKER-LINE: do not show\n');
  fs.writeFileSync(path.join(parent, 'users.csv'), 'email,password\nFOREIGN-MARKER@x,hunter2\n');
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
    fs.writeFileSync(path.join(workspace, file), content);
  }
  return { parent, workspace, foreign };
}

function issues(given: Partial<RawInputs>, options: ResolveOptions) {
  try {
    readSettings(rawInputs({ 'target-url': 'http://127.0.0.1:1', ...given }), options);
  } catch (error) {
    if (error instanceof SettingsError) return error.issues;
    throw error;
  }
  return [];
}

const check = (given: string, workspace: string, extraRoots: string[] = []) => {
  const problems: string[] = [];
  const result = checkWorkspacePath(
    given,
    'here',
    { workspace, extraRoots, expected: 'a file inside the workspace' },
    (where, message) => problems.push(`${where}: ${message}`),
  );
  return { result, problems };
};

describe('checkWorkspacePath', () => {
  it('accepts relative and absolute paths inside the workspace, and names them relative to it', () => {
    const { workspace } = setup({ 'perf/gate.yml': 'vus: 1\n' });
    const relative = check('perf/gate.yml', workspace);
    expect(relative.problems).toEqual([]);
    expect(relative.result?.displayPath).toBe(path.join('perf', 'gate.yml'));
    expect(relative.result?.absolute).toBe(fs.realpathSync(path.join(workspace, 'perf/gate.yml')));
    expect(check(path.join(workspace, 'perf/gate.yml'), workspace).problems).toEqual([]);
    // A `..` that comes back in is inside.
    expect(check('perf/../perf/gate.yml', workspace).problems).toEqual([]);
  });

  it.each([
    ['../secret.yml', 'which leads outside the workspace'],
    ['../../../../etc/passwd', 'which leads outside the workspace'],
    ['/etc/passwd', 'an absolute path outside the workspace'],
  ])('refuses %j', (given, why) => {
    const { workspace } = setup();
    const { result, problems } = check(given, workspace);
    expect(result).toBeUndefined();
    expect(problems).toEqual([
      `here: got ${JSON.stringify(given)}, ${why}; expected a file inside the workspace`,
    ]);
  });

  it('follows symlinks: a link (or a linked folder) that leads out is refused', () => {
    const { parent, workspace, foreign } = setup();
    fs.symlinkSync(foreign, path.join(workspace, 'link.yml'));
    fs.symlinkSync(parent, path.join(workspace, 'up'));
    expect(check('link.yml', workspace).problems).toEqual([
      'here: got "link.yml", which leads outside the workspace through a symlink; expected a file inside the workspace',
    ]);
    // Even for a file that does not exist yet (a report dir to create).
    expect(check('up/new/dir', workspace).problems[0]).toMatch(/through a symlink/);
    // A link that stays inside is fine.
    fs.writeFileSync(path.join(workspace, 'real.yml'), 'vus: 1\n');
    fs.symlinkSync(path.join(workspace, 'real.yml'), path.join(workspace, 'alias.yml'));
    expect(check('alias.yml', workspace).problems).toEqual([]);
  });

  it('accepts a path under another allowed root', () => {
    const { workspace } = setup();
    const temp = tempDir('loadgate-runner-temp-');
    expect(check(path.join(temp, 'out'), workspace, [temp]).problems).toEqual([]);
    expect(check(path.join(temp, 'out'), workspace).problems).toHaveLength(1);
  });

  it('quotes only an excerpt of a long path, and refuses NUL characters', () => {
    const { workspace } = setup();
    const long = `../${'x'.repeat(10_000)}`;
    const [problem] = check(long, workspace).problems;
    expect(problem!.length).toBeLessThan(250);
    expect(problem).toContain('(10003 characters)');
    expect(check('a\0b', workspace).problems[0]).toMatch(/NUL character/);
  });
});

describe('files the action reads and writes', () => {
  it.each([
    ['config', '../secret.yml'],
    ['config', '/etc/passwd'],
  ])('input %s=%j is refused before it is read, and nothing of it is shown', (input, value) => {
    const { workspace, foreign } = setup();
    const found = issues({ [input]: value === '../secret.yml' ? value : value }, { workspace });
    expect(found).toHaveLength(1);
    expect(found[0]!.where).toBe(`input '${input}'`);
    expect(found[0]!.message).toMatch(/outside the workspace/);
    expect(JSON.stringify(found)).not.toMatch(/FOREIGN-MARKER|root:/);
    expect(fs.existsSync(foreign)).toBe(true);
  });

  it('a config that is a symlink leading out is refused', () => {
    const { workspace, foreign } = setup();
    fs.symlinkSync(foreign, path.join(workspace, 'gate.yml'));
    const found = issues({ config: 'gate.yml' }, { workspace });
    expect(found).toEqual([{ where: "input 'config'", message: expect.stringMatching(/through a symlink/) }]);
  });

  it('the default config file is refused when it is a symlink that leads out', () => {
    const { workspace, foreign } = setup();
    fs.mkdirSync(path.join(workspace, '.github'));
    fs.symlinkSync(foreign, path.join(workspace, '.github/loadgate.yml'));
    const found = issues({}, { workspace });
    expect(found).toEqual([
      { where: '.github/loadgate.yml', message: expect.stringMatching(/through a symlink/) },
    ]);
    expect(JSON.stringify(found)).not.toContain('FOREIGN-MARKER');
  });

  it.each(['../users.csv', '{ file: ../users.csv, order: random }', 'linked.csv'])(
    'data: %s is refused at its line',
    (data) => {
      const { parent, workspace } = setup({ '.github/loadgate.yml': `vus: 1\ndata: ${data}\n` });
      fs.symlinkSync(path.join(parent, 'users.csv'), path.join(workspace, 'linked.csv'));
      const found = issues({}, { workspace });
      expect(found).toHaveLength(1);
      expect(found[0]!.where).toMatch(/^\.github\/loadgate\.yml:2:7 \(data\)$/);
      expect(found[0]!.message).toMatch(/outside the workspace/);
      expect(JSON.stringify(found)).not.toMatch(/FOREIGN-MARKER|hunter2/);
    },
  );
});

describe('report-dir', () => {
  it('may lie inside the workspace or under an output root, and is created before the load', () => {
    const { workspace } = setup();
    const runnerTemp = tempDir('loadgate-runner-temp-');
    const inside = readSettings(rawInputs({ 'target-url': 'http://127.0.0.1:1', 'report-dir': 'out/perf' }), {
      workspace,
      outputRoots: [],
    });
    expect(inside.reportDir).toBe('out/perf');
    expect(fs.statSync(path.join(workspace, 'out/perf')).isDirectory()).toBe(true);
    expect(fs.readdirSync(path.join(workspace, 'out/perf'))).toEqual([]); // the probe is removed
    const underTemp = path.join(runnerTemp, 'report');
    expect(issues({ 'report-dir': underTemp }, { workspace, outputRoots: [runnerTemp] })).toEqual([]);
    expect(fs.existsSync(underTemp)).toBe(true);
  });

  it('outside them it is refused, naming the input or the key', () => {
    expect(issues({ 'report-dir': '/var/tmp/x' }, { workspace: setup().workspace, outputRoots: [] })).toEqual(
      [
        {
          where: "input 'report-dir'",
          message:
            'got "/var/tmp/x", an absolute path outside the workspace; expected a directory inside the workspace, such as loadgate-report',
        },
      ],
    );
    const { parent, workspace } = setup({ '.github/loadgate.yml': 'report-dir: ../elsewhere\n' });
    expect(issues({}, { workspace, outputRoots: [] })).toEqual([
      {
        where: '.github/loadgate.yml:1:13 (report-dir)',
        message: expect.stringMatching(/leads outside the workspace/),
      },
    ]);
    expect(fs.existsSync(path.join(parent, 'elsewhere'))).toBe(false);
  });

  it('an existing file, or a path through a file, is refused before any load', () => {
    const { workspace } = setup({ 'report.md': 'x', afile: 'x' });
    expect(issues({ 'report-dir': 'report.md' }, { workspace })).toEqual([
      {
        where: "input 'report-dir'",
        message: 'got "report.md", which is an existing file; expected a directory (or a path to create one)',
      },
    ]);
    expect(issues({ 'report-dir': 'afile/sub' }, { workspace })).toEqual([
      {
        where: "input 'report-dir'",
        message:
          'got "afile/sub", which cannot be created (a part of the path is a file); expected a writable directory',
      },
    ]);
  });

  it('is not created when another setting is wrong', () => {
    const { workspace } = setup();
    expect(issues({ 'report-dir': 'never', vus: 'many' }, { workspace })).toHaveLength(1);
    expect(fs.existsSync(path.join(workspace, 'never'))).toBe(false);
  });
});

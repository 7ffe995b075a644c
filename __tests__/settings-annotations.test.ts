import { describe, expect, it } from 'vitest';

import { rawInputs, resolveSettings, SettingsError, type SettingsIssue } from '../src/config/index.js';
import { settingsAnnotations } from '../src/settings-annotations.js';
import { formatFileLocation, parseFileLocation, repositoryPath } from '../src/syntax/file-location.js';

const CONFIG = '.github/loadgate.yml';

function issuesOf(inputs: Record<string, string>, config: string): SettingsIssue[] {
  try {
    resolveSettings(rawInputs({ 'target-url': 'https://canary.example.com', ...inputs }), {
      workspace: '/ws',
      readFile: (file) => (file === `/ws/${CONFIG}` ? config : undefined),
    });
  } catch (error) {
    if (error instanceof SettingsError) return error.issues;
    throw error;
  }
  throw new Error('expected a SettingsError');
}

describe('file locations', () => {
  it('reads back what it writes, with or without a value path', () => {
    const at = { file: CONFIG, line: 14, col: 5 };
    expect(parseFileLocation(formatFileLocation(at, 'thresholds[1]'))).toEqual(at);
    expect(parseFileLocation(formatFileLocation(at))).toEqual(at);
    expect(parseFileLocation(formatFileLocation(at, 'headers["a:1:2"]'))).toEqual(at);
    expect(parseFileLocation(String.raw`C:\work\loadgate.yml:3:1 (vus)`)).toEqual({
      file: String.raw`C:\work\loadgate.yml`,
      line: 3,
      col: 1,
    });
  });

  it('finds no file in an input or a description', () => {
    for (const where of ["input 'duration'", "input 'thresholds' line 2", 'the default endpoint', CONFIG])
      expect(parseFileLocation(where)).toBeUndefined();
  });

  it('names only files inside the repository', () => {
    expect(repositoryPath('.github/loadgate.yml')).toBe('.github/loadgate.yml');
    expect(repositoryPath(String.raw`.github\loadgate.yml`)).toBe('.github/loadgate.yml');
    expect(repositoryPath('./loadgate.yml')).toBe('loadgate.yml');
    for (const outside of ['/etc/loadgate.yml', String.raw`D:\a\loadgate.yml`, '../other/loadgate.yml'])
      expect(repositoryPath(outside)).toBeUndefined();
  });
});

describe('settingsAnnotations', () => {
  it('gives config-file problems their file, line and column, sorted by position, after the inputs', () => {
    // Found out of file order: the schema's problems first, then the thresholds' grammar.
    const config = [
      'thresholds:',
      "  - 'http_req_duration: p(95)<'",
      'vus: many',
      'duration: 10s',
      'tmeout: 5s',
      '',
    ].join('\n');
    const issues = issuesOf({ 'fail-on-breach': 'perhaps' }, config);
    const annotations = settingsAnnotations(issues);
    expect(annotations).toHaveLength(issues.length);
    expect(annotations[0]).toEqual({
      message: expect.stringMatching(/^input 'fail-on-breach': got "perhaps"/),
      properties: { title: 'loadgate: invalid settings' },
    });
    const inFile = annotations.slice(1).map((a) => a.properties);
    expect(inFile.map((p) => [p.file, p.startLine, p.startColumn])).toEqual([
      [CONFIG, 2, 5],
      [CONFIG, 3, 6],
      [CONFIG, 5, 1],
    ]);
    expect(inFile.every((p) => p.title === 'loadgate: invalid config')).toBe(true);
    // The message still names the place, for a reader of the log.
    expect(annotations[1]!.message).toMatch(/^\.github\/loadgate\.yml:2:5 \(thresholds\[0\]\): /);
  });

  it('gives a file outside the repository no file property', () => {
    const [annotation] = settingsAnnotations([{ where: '/etc/loadgate.yml:1:1 (vus)', message: 'bad' }]);
    expect(annotation!.properties).toEqual({ title: 'loadgate: invalid settings' });
  });
});

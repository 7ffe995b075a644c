import { describe, expect, it } from 'vitest';

import { excerpt, EXCERPT_LENGTH, quote } from '../src/config/describe.js';
import { rawInputs, readSettings, SettingsError, type RawInputs } from '../src/config/index.js';
import { checkTargetUrl, targetUrlProblem } from '../src/config/target-url.js';

const F = '.github/loadgate.yml';

function issuesOf(inputs: Partial<RawInputs>, config?: string) {
  try {
    readSettings(rawInputs(inputs), {
      workspace: '/ws',
      readFile: (file) => (file === `/ws/${F}` ? config : undefined),
    });
  } catch (error) {
    if (error instanceof SettingsError) return error.issues;
    throw error;
  }
  return [];
}

const TARGET = { 'target-url': 'http://127.0.0.1:1' };

describe('excerpt', () => {
  it('quotes short values whole and cuts long ones, saying how long they were', () => {
    expect(excerpt('abc')).toBe('"abc"');
    const long = 'y'.repeat(100_000);
    const shown = excerpt(long);
    expect(shown).toBe(`"${'y'.repeat(EXCERPT_LENGTH)}"… (100000 characters)`);
    expect(quote(long)).toBe(shown);
    // Never half a surrogate pair.
    expect(excerpt(`${'a'.repeat(EXCERPT_LENGTH - 1)}😀tail`)).not.toMatch(/\\ud83d"/);
  });
});

describe('target-url', () => {
  it.each([
    ['http://canary\r\n.example.com', 'a line break at character 14'],
    ['http://canary.example.com/\nHost: evil', 'a line break at character 27'],
    ['http://canary.example.com/\tx', 'a tab at character 27'],
    ['http://canary.example.com/a b', 'a space at character 28'],
    ['http://canary.example.com/\u0000', 'a control character (U+0000) at character 27'],
  ])('refuses %j: %s', (url, what) => {
    expect(targetUrlProblem(url)).toMatch(
      new RegExp(`^got ".*", which holds ${what.replace(/[()+]/g, '\\$&')};`),
    );
  });

  it.each([
    ['http://127.0.0.1:0/', 'whose port "0" is out of range; expected a port from 1 to 65535'],
    ['http://127.0.0.1:65536', 'whose port "65536" is out of range'],
    ['http://127.0.0.1:99999999/x', 'whose port "99999999" is out of range'],
    [
      `https://${'a'.repeat(64)}.example.com`,
      'a label (part between dots) of 64 characters; expected at most 63',
    ],
    [
      `https://${Array(5).fill('a'.repeat(60)).join('.')}.com`,
      'whose host name has 308 characters; expected at most 253',
    ],
    ['https://user:pw@canary.example.com', 'credentials must not be part of the URL'],
    ['ftp://files.example.com', 'expected an http or https URL'],
  ])('refuses %j', (url, what) => {
    expect(targetUrlProblem(url)).toContain(what);
    expect(targetUrlProblem(url)).not.toContain(':pw@');
  });

  it('accepts ordinary URLs, the largest port and a name at the DNS limits', () => {
    for (const url of [
      'http://127.0.0.1:65535',
      'https://canary.example.com/base?x=1',
      `https://${'a'.repeat(63)}.example.com.`,
      'http://[::1]:8080/',
    ]) {
      expect(targetUrlProblem(url), url).toBeUndefined();
    }
  });

  it('never echoes a 100,000-character URL back, from the input or the file', () => {
    const url = `https://${'a'.repeat(100_000)}.example.com`;
    const fromInput = issuesOf({ 'target-url': url });
    const fromFile = issuesOf({}, `target-url: ${url}\n`);
    for (const issues of [fromInput, fromFile]) {
      expect(issues).toHaveLength(1);
      expect(issues[0]!.message.length).toBeLessThan(400);
      expect(issues[0]!.message).toContain('(100020 characters)');
    }
    expect(fromInput[0]!.where).toBe("input 'target-url'");
    expect(fromFile[0]!.where).toBe(`${F}:1:13 (target-url)`);
  });

  it('checkTargetUrl reports at the place it is given', () => {
    const seen: string[] = [];
    expect(checkTargetUrl('http://x:0', "input 'baseline-url'", (where) => seen.push(where))).toBe(false);
    expect(checkTargetUrl('http://x:1', "input 'baseline-url'", (where) => seen.push(where))).toBe(true);
    expect(seen).toEqual(["input 'baseline-url'"]);
  });
});

describe('headers, checked with the settings', () => {
  it.each([
    ['X-Trace: a\rb', 'line 1', 'a line break'],
    ['X-Ok: 1\nX-Trace: a\u0000b', 'line 2', 'a control character (U+0000) at character 2'],
    ['X-Name: Zoë-€uro', 'line 1', 'a character outside Latin-1 (U+20AC) at character 5'],
  ])('input headers %j is refused at its line', (headers, line, what) => {
    const issues = issuesOf({ ...TARGET, headers });
    expect(issues).toEqual([{ where: `input 'headers' ${line}`, message: expect.stringContaining(what) }]);
  });

  it('says to percent-encode, and never names a character of a sensitive header', () => {
    const [issue] = issuesOf({ ...TARGET, headers: 'Authorization: Bearer s3cr€t' });
    expect(issue).toEqual({
      where: "input 'headers' line 1",
      message:
        'got a value with a character outside Latin-1 at character 12 for header "Authorization"; expected Latin-1 text: use percent-encoding for other characters',
    });
  });

  it.each([
    ['headers:\n  X-Name: "a\\u0007b"\n', `${F}:2:11 (headers.X-Name)`],
    ['endpoints:\n  - path: /a\n    headers: { X-Name: "€" }\n', `${F}:3:24 (endpoints[0].headers.X-Name)`],
    [
      'setup:\n  - path: /login\n    headers: { X-Token: "{{token}}\\r\\nEvil: 1" }\n',
      `${F}:3:25 (setup[0].headers.X-Token)`,
    ],
  ])('config headers are refused at their key: %j', (config, where) => {
    const issues = issuesOf(TARGET, config);
    expect(issues).toEqual([{ where, message: expect.stringMatching(/^got a value with a /) }]);
    expect(issues[0]!.message).not.toContain('Evil');
  });

  it('the literal part of a templated value passes when it is plain text', () => {
    const settings = readSettings(rawInputs({ ...TARGET, headers: 'X-Trace: run-{{ uuid }}' }), {
      workspace: '/ws',
      readFile: () => undefined,
    });
    expect(settings.headers).toEqual({ 'X-Trace': 'run-{{ uuid }}' });
  });
});

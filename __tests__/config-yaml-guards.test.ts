import { describe, expect, it } from 'vitest';

import { loadConfigFile } from '../src/config/file/load-config-file.js';
import { MAX_EXPANDED_VALUES } from '../src/config/file/yaml-guards.js';
import { rawInputs, readSettings, SettingsError, type RawInputs } from '../src/config/index.js';

const FILE = '.github/loadgate.yml';

/** The issues of a config text resolved with the given inputs (no file system). */
function issuesOf(config: string, inputs: Partial<RawInputs> = {}) {
  try {
    readSettings(rawInputs({ 'target-url': 'http://127.0.0.1:1', ...inputs }), {
      workspace: '/ws',
      readFile: (file) => (file === `/ws/${FILE}` ? config : undefined),
    });
  } catch (error) {
    if (error instanceof SettingsError) return error.issues;
    throw error;
  }
  return [];
}

/** Line (1-based) of the first line of `text` that starts with `prefix` (after indentation). */
const lineOf = (text: string, prefix: string): number =>
  text.split('\n').findIndex((line) => line.trimStart().startsWith(prefix)) + 1;

/** `levels` anchors, each a list of `width` aliases of the one before: width^levels values. */
function billionLaughs(levels: number, width: number): string {
  const lines = ['target-url: http://127.0.0.1:1', 'endpoints:', '  - GET /', 'x-anchors:'];
  lines.push(`  l0: &l0 [${Array(width).fill('"lol"').join(', ')}]`);
  for (let level = 1; level < levels; level++) {
    lines.push(
      `  l${level}: &l${level} [${Array(width)
        .fill(`*l${level - 1}`)
        .join(', ')}]`,
    );
  }
  lines.push(`headers: *l${levels - 1}`);
  return `${lines.join('\n')}\n`;
}

describe('YAML alias bombs', () => {
  it('a billion laughs is a config error at the key where the aliases multiply', () => {
    const text = billionLaughs(9, 10);
    const issues = issuesOf(text);
    expect(issues).toHaveLength(1);
    const [issue] = issues;
    // Level k holds 1 + 10 + … + 10^(k+1) values (each list counts as one): the first over the limit is named.
    let level = 0;
    while ((10 ** (level + 2) - 1) / 9 <= MAX_EXPANDED_VALUES) level++;
    expect(issue!.where).toBe(`${FILE}:${lineOf(text, `l${level}:`)}:3 (x-anchors.l${level})`);
    expect(issue!.message).toMatch(/aliases here expand to more than \d+ values/);
  });

  it('a smaller bomb that trips the parser’s own alias limit is reported the same way', () => {
    const text = billionLaughs(4, 9); // 6561 values: under our limit, over the parser's
    const [issue, ...rest] = issuesOf(text);
    expect(rest).toEqual([]);
    expect(issue!.where).toMatch(new RegExp(`^${FILE}:\\d+:\\d+ \\(`));
    expect(issue!.message).toMatch(/aliases here expand to more than 1000 values/);
  });

  it('merge keys that multiply are refused too', () => {
    const lines = ['a0: &a0 {k0: 1, k1: 2, k2: 3, k3: 4, k4: 5, k5: 6, k6: 7, k7: 8, k8: 9, k9: 10}'];
    for (let level = 1; level < 8; level++) {
      const merges = Array.from({ length: 10 }, (_, i) => `m${i}: *a${level - 1}`).join(', ');
      lines.push(`a${level}: &a${level} {<<: *a${level - 1}, ${merges}}`);
    }
    const text = `${lines.join('\n')}\n`;
    const issues = issuesOf(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.where).toMatch(new RegExp(`^${FILE}:\\d+:1 \\(a\\d\\)$`));
    expect(issues[0]!.message).toMatch(/aliases here expand/);
  });

  it('is found in the endpoints input too', () => {
    const lines = ['- &e0 {path: /a, headers: {X-A: "1", X-B: "2", X-C: "3", X-D: "4"}}'];
    for (let level = 1; level < 9; level++) {
      lines.push(
        `- &e${level} [${Array(10)
          .fill(`*e${level - 1}`)
          .join(', ')}]`,
      );
    }
    const issues = issuesOf('', { endpoints: lines.join('\n') });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.where).toMatch(/^input 'endpoints' line \d+ \(endpoints\[\d\]\)$/);
  });

  it('ordinary anchors, aliases and merge keys still work', () => {
    const text = [
      'target-url: http://127.0.0.1:1',
      'headers: &common { X-Team: perf }',
      'endpoints:',
      '  - { path: /a, headers: *common }',
      '  - { path: /b, headers: { <<: *common, X-Extra: "1" } }',
    ].join('\n');
    const settings = readSettings(rawInputs(), { workspace: '/ws', readFile: () => `${text}\n` });
    expect(settings.endpoints.map((e) => e.headers)).toEqual([
      { 'X-Team': 'perf' },
      { 'X-Team': 'perf', 'X-Extra': '1' },
    ]);
  });
});

describe('keys that name object internals', () => {
  it.each([
    ['__proto__', ['headers:', '  X-Ok: "1"', '  __proto__: { polluted: yes }'], '3:3 (headers.__proto__)'],
    [
      'constructor',
      ['environments:', '  staging:', '    constructor: 1'],
      '3:5 (environments.staging.constructor)',
    ],
    ['prototype', ['endpoints:', '  - path: /a', '    prototype: x'], '3:5 (endpoints[0].prototype)'],
    ['a quoted __proto__', ['"__proto__": { vus: 1 }'], '1:1 (__proto__)'],
    ['__proto__ at the top', ['vus: 1', '__proto__: 2'], '2:1 (__proto__)'],
  ])('%s is refused at the key’s line', (_, lines, at) => {
    const issues = issuesOf(`${lines.join('\n')}\n`);
    expect(issues).toEqual([
      {
        where: `${FILE}:${at}`,
        message: expect.stringMatching(
          /^got the key "(__proto__|constructor|prototype)", a name JavaScript reserves/,
        ),
      },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('every such key is reported, in file order', () => {
    const loaded = loadConfigFile(
      'headers:\n  __proto__: a\nsetup:\n  - { path: /x, constructor: 1 }\n',
      FILE,
    );
    expect(loaded.unreadable).toBe(true);
    expect(loaded.issues.map((issue) => issue.where)).toEqual([
      `${FILE}:2:3 (headers.__proto__)`,
      `${FILE}:4:17 (setup[0].constructor)`,
    ]);
  });

  it('in the endpoints input as well', () => {
    const issues = issuesOf('', { endpoints: '- path: /a\n  headers: { __proto__: x }' });
    expect(issues).toEqual([
      {
        where: "input 'endpoints' line 2 (endpoints[0].headers.__proto__)",
        message: expect.stringMatching(/reserves/),
      },
    ]);
  });

  it('and as a header name of the headers input', () => {
    expect(issuesOf('', { headers: 'X-Ok: 1\n__proto__: x' })).toEqual([
      { where: "input 'headers' line 2", message: expect.stringMatching(/^got the header name "__proto__"/) },
    ]);
  });
});

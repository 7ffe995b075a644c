/**
 * The docs hold together: every relative link of README.md and docs/*.md reaches a file and,
 * for a markdown page, a heading; every input and output of action.yml is in the reference
 * (docs/inputs-and-outputs.md) with the default action.yml gives; every key of the config
 * file's JSON Schema is in docs/configuration.md; the README's first lines are commands that
 * package.json has.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import {
  brokenLinks,
  codeNames,
  headingAnchors,
  tablesUnderHeading,
  tableUnderHeading,
} from './helpers/markdown-links.js';

const root = path.resolve(import.meta.dirname, '..');
const docsDir = path.join(root, 'docs');
const pages = [
  path.join(root, 'README.md'),
  ...readdirSync(docsDir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join(docsDir, name)),
];
const reference = path.join(docsDir, 'inputs-and-outputs.md');

interface ActionEntry {
  description?: string;
  default?: unknown;
}
interface ActionFile {
  inputs: Record<string, ActionEntry>;
  outputs: Record<string, ActionEntry>;
}
const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as ActionFile;

/** input or output name → the markdown of its row's cells, from the table under `heading`. */
function documented(markdown: string, heading: string): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const row of tableUnderHeading(markdown, heading)) {
    for (const name of codeNames(row[0] ?? '')) rows.set(name, row);
  }
  return rows;
}

/** The default action.yml states: its `default:`, else the first word after "Default" in the description. */
function statedDefault(entry: ActionEntry): string | undefined {
  if (entry.default !== undefined) return String(entry.default);
  const word = /\bDefault:? (\S+)/.exec(entry.description ?? '')?.[1]?.replace(/[.,;)]+$/, '');
  return word === undefined || ['the', 'a', 'an'].includes(word) ? undefined : word;
}

/** The names in `names` that the table under `heading` lacks, or documents with another default. */
function referenceProblems(
  markdown: string,
  heading: string,
  entries: Record<string, ActionEntry>,
): string[] {
  const rows = documented(markdown, heading);
  const problems: string[] = [];
  for (const [name, entry] of Object.entries(entries)) {
    const row = rows.get(name);
    if (row === undefined) {
      problems.push(`${name}: no row in the ${heading} table`);
      continue;
    }
    const expected = statedDefault(entry);
    if (heading === 'Inputs' && expected !== undefined && !(row[1] ?? '').includes(expected)) {
      problems.push(`${name}: action.yml says the default is ${expected}, the reference says "${row[1]}"`);
    }
  }
  return problems;
}

describe('links between the pages', () => {
  it.each(pages.map((page) => [path.relative(root, page), page]))(
    '%s: every relative link reaches its file and heading',
    (_name, page) => {
      expect(brokenLinks(page, readFileSync(page, 'utf8'))).toEqual([]);
    },
  );

  it('finds a missing file, a missing heading and a heading of another page', () => {
    const page = path.join(docsDir, 'example.md');
    const markdown = [
      '# Example',
      '## Open model (arrival rate)',
      '[ok](#open-model-arrival-rate) [gone](#closed-model) [file](no-such-page.md)',
      '[there](thresholds.md#marginal-band) [not there](thresholds.md#margin) [web](https://example.com/x.md)',
      '`[in code](nowhere.md)`',
      '| a | b |',
      '| - | - |',
      '| [cell](also-missing.md#x) | |',
    ].join('\n');
    expect(headingAnchors(markdown)).toEqual(new Set(['example', 'open-model-arrival-rate']));
    expect(brokenLinks(page, markdown)).toEqual([
      '#closed-model: no heading makes #closed-model',
      'no-such-page.md: no file docs/no-such-page.md',
      'thresholds.md#margin: no heading makes #margin',
      'also-missing.md#x: no file docs/also-missing.md',
    ]);
  });
});

describe('docs/inputs-and-outputs.md against action.yml', () => {
  const markdown = readFileSync(reference, 'utf8');

  it('has every input, with the default action.yml states', () => {
    expect(Object.keys(action.inputs).length).toBeGreaterThan(0);
    expect(referenceProblems(markdown, 'Inputs', action.inputs)).toEqual([]);
  });

  it('has every output', () => {
    expect(Object.keys(action.outputs).length).toBeGreaterThan(0);
    expect(referenceProblems(markdown, 'Outputs', action.outputs)).toEqual([]);
  });

  it('notices a removed row and a changed default', () => {
    const withoutVus = markdown
      .split('\n')
      .filter((line) => !line.startsWith('| `vus`'))
      .join('\n');
    expect(referenceProblems(withoutVus, 'Inputs', action.inputs)).toEqual([
      'vus: no row in the Inputs table',
    ]);
    const changed = { ...action.inputs, timeout: { description: 'Per-request timeout. Default 25s.' } };
    expect(referenceProblems(markdown, 'Inputs', changed)).toEqual([
      expect.stringMatching(/^timeout: action\.yml says the default is 25s/),
    ]);
    const withoutVerdict = markdown
      .split('\n')
      .filter((line) => !line.startsWith('| `verdict`'))
      .join('\n');
    expect(referenceProblems(withoutVerdict, 'Outputs', action.outputs)).toEqual([
      'verdict: no row in the Outputs table',
    ]);
  });
});

describe("the README's everyday inputs and outputs", () => {
  it('name only inputs and outputs that action.yml has', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const [inputs = [], outputs = []] = tablesUnderHeading(readme, 'Everyday inputs and outputs');
    const names = (rows: string[][]) => rows.flatMap((row) => codeNames(row[0] ?? ''));
    expect(names(inputs)).toContain('target-url');
    expect(names(outputs)).toContain('rollback');
    expect(names(inputs).filter((name) => !(name in action.inputs))).toEqual([]);
    expect(names(outputs).filter((name) => !(name in action.outputs))).toEqual([]);
  });
});

describe('docs/configuration.md against the JSON Schema', () => {
  const schema = JSON.parse(readFileSync(path.join(root, 'schema', 'loadgate.schema.json'), 'utf8')) as {
    properties: Record<string, unknown>;
  };
  const missingKeys = (markdown: string): string[] => {
    const listed = new Set(tableUnderHeading(markdown, 'Keys').flatMap((row) => codeNames(row[0] ?? '')));
    return Object.keys(schema.properties).filter((key) => !listed.has(key));
  };
  const markdown = readFileSync(path.join(docsDir, 'configuration.md'), 'utf8');

  it('lists every key the file takes', () => {
    expect(Object.keys(schema.properties)).toContain('environments');
    expect(missingKeys(markdown)).toEqual([]);
  });

  it('notices a key left out', () => {
    expect(missingKeys(markdown.replace('| `thresholds` ', '| thresholds '))).toEqual(['thresholds']);
  });
});

describe("the README's first lines", () => {
  it('are the two commands, each an npm script of package.json', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const commands = firstBlock
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => line.replace(/#.*$/, '').trim());
    expect(commands).toEqual(['npm ci && npm start', 'npm ci && npm test']);
    expect(readme.indexOf(firstBlock)).toBeLessThan(200);
    const scripts = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: object })
      .scripts;
    expect(Object.keys(scripts)).toEqual(expect.arrayContaining(['start', 'test']));
  });
});

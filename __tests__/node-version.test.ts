/**
 * The Node.js version check: the pure function, the minimum against what the bundled
 * dependencies declare, and both entry points run on a Node that reports an older
 * version (they must stop before anything loads undici).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { MINIMUM_NODE_VERSION, unsupportedNodeReason } from '../src/node-version.js';

describe('unsupportedNodeReason', () => {
  it('names the version needed and the one found, for any older Node', () => {
    expect(unsupportedNodeReason('20.20.2')).toBe('needs Node.js 22.19 or newer (this is Node 20.20.2)');
    expect(unsupportedNodeReason('v22.18.9')).toBe('needs Node.js 22.19 or newer (this is Node 22.18.9)');
    expect(unsupportedNodeReason('18.0.0')).toBe('needs Node.js 22.19 or newer (this is Node 18.0.0)');
    expect(unsupportedNodeReason('22.19.0', '22.19.1')).toBe(
      'needs Node.js 22.19.1 or newer (this is Node 22.19.0)',
    );
  });

  it('accepts the minimum and anything newer, pre-releases by their numbers', () => {
    for (const version of ['22.19.0', 'v22.19.0', '22.20.0', '23.0.0', '24.21.0', '26.0.0-pre', '100.0.0']) {
      expect(unsupportedNodeReason(version), version).toBeUndefined();
    }
  });

  it('compares each part as a number, not as text', () => {
    expect(unsupportedNodeReason('22.9.0', '22.19')).toBeDefined();
    expect(unsupportedNodeReason('22.100.0', '22.19')).toBeUndefined();
    expect(unsupportedNodeReason('9.0.0', '10')).toBeDefined();
  });

  it('claims nothing about a version it cannot read', () => {
    expect(unsupportedNodeReason('')).toBeUndefined();
    expect(unsupportedNodeReason('latest')).toBeUndefined();
  });
});

/**
 * The lowest Node.js a range admits, for the forms packages write: `>=20`, `^18.17`,
 * and alternatives of those joined by `||` (the lowest alternative); undefined otherwise.
 */
function lowestNode(range: string): string | undefined {
  const floors = range.split('||').map((part) => /^\s*(?:>=|\^)\s*(\d+(?:\.\d+){0,2})\s*$/.exec(part)?.[1]);
  if (floors.some((floor) => floor === undefined)) return undefined;
  return (floors as string[]).reduce((low, floor) => (unsupportedNodeReason(floor, low) ? floor : low));
}

describe('MINIMUM_NODE_VERSION', () => {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
    engines: { node: string };
    dependencies: Record<string, string>;
  };
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
    packages: Record<string, { engines?: { node?: string } }>;
  };

  it('is the highest Node.js that a bundled dependency asks for', () => {
    const floors = Object.keys(manifest.dependencies).flatMap((name) => {
      const range = lock.packages[`node_modules/${name}`]?.engines?.node;
      if (range === undefined) return [];
      const floor = lowestNode(range);
      expect(floor, `${name} asks for node ${range}: read this form here`).toBeDefined();
      expect(unsupportedNodeReason(MINIMUM_NODE_VERSION, floor), name).toBeUndefined();
      return [floor!];
    });
    expect(floors).toContain(MINIMUM_NODE_VERSION);
  });

  it("is package.json's engines.node", () => {
    expect(manifest.engines.node).toBe(`>=${MINIMUM_NODE_VERSION}`);
  });
});

describe('the entry points on an older Node', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'loadgate-node-version-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // Reports FAKE_NODE_VERSION as this Node's version, and says so when undici is imported.
  const preload = path.join(dir, 'older-node.mjs');
  writeFileSync(
    preload,
    `import { registerHooks } from 'node:module';
if (process.env.FAKE_NODE_VERSION) Object.defineProperty(process.versions, 'node', { value: process.env.FAKE_NODE_VERSION });
registerHooks({
  resolve(specifier, context, next) {
    if (specifier === 'undici' || specifier.startsWith('undici/')) process.stderr.write('undici imported\\n');
    return next(specifier, context);
  },
});
`,
  );

  function entry(file: string, args: string[], version?: string) {
    const result = spawnSync(process.execPath, ['--import', 'tsx', '--import', preload, file, ...args], {
      env: { ...process.env, FAKE_NODE_VERSION: version ?? '' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('the CLI says in one line which Node it needs and how to get it, and exits 1', () => {
    const { code, stdout, stderr } = entry('src/cli/index.ts', ['--help'], '20.20.2');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'loadgate: needs Node.js 22.19 or newer (this is Node 20.20.2); in the repository, after npm ci, `npx loadgate …` runs it on the pinned Node 24\n',
    );
  });

  it('the action reports it as one error annotation and exits 1', () => {
    const { code, stdout, stderr } = entry('src/index.ts', [], '22.18.0');
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toMatch(
      /^::error::loadgate: needs Node.js 22\.19 or newer \(this is Node 22\.18\.0\); [^\n]*node24\n$/,
    );
  });

  it('on a Node new enough the CLI runs, and the preload sees undici imported', () => {
    const { code, stdout, stderr } = entry('src/cli/index.ts', ['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('loadgate');
    expect(stderr).toContain('undici imported');
  });
});

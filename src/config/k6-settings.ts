/**
 * `k6-results`: k6's own outputs to judge instead of sending load (with `mode: merge`):
 * paths or globs, one a line (input) or a list (file), each inside the workspace.
 * Globs are expanded here, in the order given and then by name, so a mistake (a
 * pattern that matches nothing, a path that leads outside) is reported before anything
 * is read. Which k6 output each file is, is told by its content when it is read
 * (sources/k6/detect-k6-file.ts).
 */
import { globSync, statSync } from 'node:fs';
import path from 'node:path';

import { quote } from './describe.js';
import type { AddIssue } from './settings-error.js';
import { checkWorkspacePath, type WorkspacePathOptions } from './workspace-path.js';

export interface K6ResultsSettings {
  files: { absolute: string; displayPath: string }[];
  /** Where the setting came from (`input 'k6-results'`, a file location), for messages. */
  where: string;
}

/** More files than this is a glob gone wrong (a matrix has at most 256 jobs). */
export const MAX_K6_FILES = 256;

const EXPECTED =
  'paths or globs of k6 outputs inside the workspace, one a line, such as k6/results-*.json (k6 run --out json=FILE, handleSummary data or --summary-export)';

/** The files named by `value` (texts, or one text of lines), or undefined with the issue reported. */
export function k6ResultsFrom(
  value: unknown,
  where: string,
  options: WorkspacePathOptions,
  add: AddIssue,
): K6ResultsSettings | undefined {
  const patterns = (Array.isArray(value) ? value : typeof value === 'string' ? value.split('\n') : [value])
    .map((entry) => (typeof entry === 'string' ? entry.trim() : entry))
    .filter((entry) => entry !== '' && !(typeof entry === 'string' && entry.startsWith('#')));
  if (patterns.length === 0) return void add(where, `got no path; expected ${EXPECTED}`);
  const files: K6ResultsSettings['files'] = [];
  const seen = new Set<string>();
  let ok = true;
  for (const pattern of patterns) {
    if (typeof pattern !== 'string') {
      add(where, `got ${quote(pattern)}; expected ${EXPECTED}`);
      ok = false;
      continue;
    }
    const checked = checkWorkspacePath(pattern, where, { ...options, expected: EXPECTED }, add);
    if (!checked) {
      ok = false;
      continue;
    }
    const matches = /[*?[{]/.test(pattern) ? globSync(pattern, { cwd: options.workspace }).sort() : [pattern];
    const regular = matches.filter((match) => isFile(path.resolve(options.workspace, match)));
    if (regular.length === 0) {
      add(where, `got ${quote(pattern)}, which names no file; expected ${EXPECTED}`);
      ok = false;
      continue;
    }
    for (const match of regular) {
      const file = checkWorkspacePath(match, where, { ...options, expected: EXPECTED }, add);
      if (!file) {
        ok = false;
      } else if (!seen.has(file.absolute)) {
        seen.add(file.absolute);
        files.push(file);
      }
    }
  }
  if (files.length > MAX_K6_FILES) {
    add(
      where,
      `got ${files.length} files; expected at most ${MAX_K6_FILES} k6 outputs (one per k6 instance)`,
    );
    ok = false;
  }
  return ok ? { files, where } : undefined;
}

function isFile(absolute: string): boolean {
  try {
    return statSync(absolute).isFile();
  } catch {
    return false;
  }
}

/** k6 results are judged by a merge, which sends no load. */
export function checkK6Mode(
  k6: K6ResultsSettings | undefined,
  mode: { value: string; where: string } | undefined,
  add: AddIssue,
): boolean {
  if (k6 === undefined || mode?.value === 'merge') return true;
  add(
    k6.where,
    `got k6 results with ${mode ? `mode ${mode.value} (${mode.where})` : 'no mode'}; expected mode: merge beside k6-results: k6 sent the load, loadgate judges its results`,
  );
  return false;
}

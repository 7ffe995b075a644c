/**
 * Paths (files or directories) → the measurements of a run made elsewhere than the
 * engine: the dispatch point of `mode: merge` and `loadgate merge`. A directory gives
 * every file in it (a few levels down) that a source recognises; a file named one by
 * one must be recognised. Each kind of source has its reader (shards/, k6/; another
 * kind adds a detector to detectSourceKind and a branch in readMeasurementSource).
 *
 * Every problem is a SettingsError issue naming the file or the shard.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

import { MAX_RESULTS_FILE_BYTES } from '../baseline/read-results-file.js';
import { SettingsError, type SettingsIssue } from '../config/settings-error.js';
import type { Settings } from '../config/settings.js';
import { MeasurementsMergeError } from '../metrics/merge-measurements.js';
import { planIdentity } from '../report/plan-identity.js';
import { detectK6File } from './k6/detect-k6-file.js';
import { readK6Source } from './k6/k6-measured-run.js';
import type { MeasuredRun, SourceFile } from './measured-run.js';
import { checkShardSet } from './shards/check-shard-set.js';
import { mergeShardBundles } from './shards/merge-shard-bundles.js';
import { looksLikeShardBundle, readShardBundle, type ShardBundle } from './shards/read-shard-bundle.js';

export type SourceKind = 'shard-bundle' | 'k6';

/** A path as given, or a downloaded directory with the name messages use for it (an artifact's). */
export type SourcePath = string | { path: string; label: string };

/** How deep a directory is searched: an unzipped artifact nests its files a level or two. */
const MAX_DEPTH = 4;
/** More files than this in the directories given is a wrong path (a workspace, a home directory). */
const MAX_FILES = 2000;
/** Bytes read to tell what a file is. */
const PEEK_BYTES = 256;

export interface SourceOptions {
  /** The workspace: relative display paths are given against it. */
  workspace: string;
  /** The merge job's workflow run: every shard bundle must be of it. */
  runId?: string;
  /**
   * Paths named one by one (the CLI): every bundle must belong to the plan. False for
   * a workflow run's artifacts, where bundles of another sharded gate are set aside.
   */
  strict: boolean;
}

/** What kind of source a file is, by its content; undefined when none recognises it. */
export async function detectSourceKind(absolute: string): Promise<SourceKind | undefined> {
  // k6 names no file (--out json=…, --summary-export=…, handleSummary keys): its content tells.
  if ((await detectK6File(absolute).catch(() => undefined)) !== undefined) return 'k6';
  if (!absolute.endsWith('.json')) return undefined;
  const size = (await stat(absolute).catch(() => undefined))?.size ?? 0;
  if (size === 0 || size > MAX_RESULTS_FILE_BYTES) return undefined;
  const handle = await readFile(absolute).catch(() => undefined);
  if (!handle || handle.subarray(0, PEEK_BYTES).toString('utf8').trimStart()[0] !== '{') return undefined;
  try {
    return looksLikeShardBundle(JSON.parse(handle.toString('utf8'))) ? 'shard-bundle' : undefined;
  } catch {
    return undefined;
  }
}

/** The files of the paths given, with their kind; a named file nothing recognises is an issue. */
export async function listSourceFiles(
  paths: readonly SourcePath[],
  workspace: string,
): Promise<{ files: (SourceFile & { kind: SourceKind })[]; issues: SettingsIssue[] }> {
  const files: (SourceFile & { kind: SourceKind })[] = [];
  const issues: SettingsIssue[] = [];
  for (const entry of paths) {
    const given = typeof entry === 'string' ? entry : entry.label;
    const absolute = path.resolve(workspace, typeof entry === 'string' ? entry : entry.path);
    const display = (file: string): string =>
      typeof entry === 'string'
        ? path.relative(workspace, file) || file
        : file === absolute
          ? entry.label
          : `${entry.label} (${path.relative(absolute, file)})`;
    const info = await stat(absolute).catch(() => undefined);
    if (!info) {
      issues.push({
        where: given,
        message:
          'no such file or directory; expected shard bundles (results.json of the legs) or a directory holding them',
      });
    } else if (info.isDirectory()) {
      const found = await filesUnder(absolute, 0);
      if (found.length > MAX_FILES) {
        issues.push({
          where: given,
          message: `holds more than ${MAX_FILES} files; expected a directory of shard bundles`,
        });
        continue;
      }
      for (const file of found) {
        const kind = await detectSourceKind(file);
        if (kind) files.push({ absolute: file, displayPath: display(file), kind });
      }
    } else {
      const kind = await detectSourceKind(absolute);
      if (kind) files.push({ absolute, displayPath: display(absolute), kind });
      else
        issues.push({
          where: given,
          message:
            'is not a shard bundle (a results.json with a shard block, written by a leg run with shard: k/n) nor a k6 output (k6 run --out json=FILE, handleSummary data, --summary-export)',
        });
    }
  }
  return { files, issues };
}

async function filesUnder(dir: string, depth: number): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(dir, e.name));
  if (depth >= MAX_DEPTH) return files;
  for (const sub of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    files.push(...(await filesUnder(path.join(dir, sub.name), depth + 1)));
    if (files.length > MAX_FILES) break;
  }
  return files.sort();
}

/** The measurements the paths hold, merged into one run; throws SettingsError naming what is wrong. */
export async function readMeasurementSource(
  paths: readonly SourcePath[],
  settings: Settings,
  options: SourceOptions,
): Promise<MeasuredRun> {
  const { files, issues } = await listSourceFiles(paths, options.workspace);
  if (issues.length > 0) throw new SettingsError(issues);
  const k6 = files.filter((file) => file.kind === 'k6');
  if (k6.length === 0) return readShardSource(files, settings, options);
  if (k6.length < files.length) {
    throw new SettingsError([
      {
        where: 'mode merge',
        message: `got ${k6.length} k6 output(s) and ${files.length - k6.length} shard bundle(s); expected one kind: the shard bundles of loadgate's legs, or k6's outputs`,
      },
    ]);
  }
  return readK6Source(k6, settings);
}

async function readShardSource(
  files: readonly SourceFile[],
  settings: Settings,
  options: SourceOptions,
): Promise<MeasuredRun> {
  const bundles: ShardBundle[] = [];
  const issues: SettingsIssue[] = [];
  for (const file of files) {
    const read = await readShardBundle(file);
    if ('problem' in read) issues.push({ where: file.displayPath, message: read.problem });
    else bundles.push(read);
  }
  if (issues.length > 0) throw new SettingsError(issues);
  const checked = checkShardSet(bundles, {
    plan: planIdentity(settings),
    strict: options.strict,
    ...(options.runId !== undefined ? { runId: options.runId } : {}),
  });
  if ('issues' in checked) throw new SettingsError(checked.issues);
  try {
    return mergeShardBundles(checked.set, checked.setAside);
  } catch (error) {
    if (!(error instanceof MeasurementsMergeError)) throw error;
    throw new SettingsError([
      { where: 'mode merge', message: `the shards cannot be merged: ${error.message}` },
    ]);
  }
}

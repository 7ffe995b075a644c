/**
 * `report-dir`: inside the workspace or under the runner's temp directory (where
 * workflows often put outputs), not an existing file, and writable. It is checked
 * with the other settings, so a report that could not be written is known before
 * any load is sent, not after.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { quote } from './describe.js';
import type { AddIssue } from './settings-error.js';
import { checkWorkspacePath } from './workspace-path.js';

/** The report dir's rules from the resolve options: the OS temp directory is allowed unless the caller names its own. */
export function reportDirOptions(options: {
  workspace: string;
  readFile?: unknown;
  outputRoots?: readonly string[];
}): ReportDirOptions {
  return {
    workspace: options.workspace,
    outputRoots: options.outputRoots ?? [os.tmpdir()],
    fileSystem: options.readFile === undefined,
  };
}

export interface ReportDirOptions {
  workspace: string;
  /** Directories besides the workspace the report may be written under. */
  outputRoots: readonly string[];
  /** Whether the real file system is used (false when files are read by a stand-in). */
  fileSystem: boolean;
}

/** The report dir's path, checked by place and kind; undefined (with the issue reported) when refused. */
export function reportDirFrom(
  text: string,
  where: string,
  options: ReportDirOptions,
  add: AddIssue,
): string | undefined {
  const checked = checkWorkspacePath(
    text,
    where,
    {
      workspace: options.workspace,
      extraRoots: options.outputRoots,
      followLinks: options.fileSystem,
      expected: `a directory inside the workspace${options.outputRoots.length ? ' or the temp directory' : ''}, such as loadgate-report`,
    },
    add,
  );
  if (!checked) return undefined;
  if (options.fileSystem && existsAsNonDirectory(checked.absolute)) {
    add(
      where,
      `got ${quote(text)}, which is an existing file; expected a directory (or a path to create one)`,
    );
    return undefined;
  }
  return text;
}

/**
 * Creates the report dir and writes and removes a probe file in it: the report is
 * written after the load, and a run whose report cannot be written is refused before.
 */
export function probeReportDir(text: string, where: string, workspace: string, add: AddIssue): void {
  const dir = path.resolve(workspace, text);
  const probe = path.join(dir, `.loadgate-probe-${process.pid}-${Date.now()}`);
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (error) {
    add(
      where,
      `got ${quote(text)}, which cannot be created (${reason(error)}); expected a writable directory`,
    );
    return;
  }
  try {
    fs.writeFileSync(probe, '');
    fs.rmSync(probe, { force: true });
  } catch (error) {
    add(
      where,
      `got ${quote(text)}, which cannot be written (${reason(error)}); expected a writable directory`,
    );
  }
}

function existsAsNonDirectory(absolute: string): boolean {
  try {
    return !fs.statSync(absolute).isDirectory();
  } catch {
    return false;
  }
}

/** The error code in words, never the error's message (it repeats absolute paths). */
function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'a part of the path is a file';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on the device';
    default:
      return code ?? 'unknown error';
  }
}

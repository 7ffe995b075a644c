/**
 * Paths the action reads or writes must lie inside the workspace (or another root
 * the caller allows, such as the runner's temp directory for reports). A config file
 * comes from the repository, maybe from a pull request: without this rule it could
 * point `data:` at the runner's own files and send them to a target. Symlinks are
 * followed before the check, so a link that leads out is refused too. A refused path
 * is quoted as given (an excerpt); the file it names is never read.
 */
import fs from 'node:fs';
import path from 'node:path';

import { quote } from './describe.js';
import type { AddIssue } from './settings-error.js';

export interface WorkspacePathOptions {
  /** The directory relative paths are resolved against, and the main root. */
  workspace: string;
  /** Other directories the path may lie under (absolute). */
  extraRoots?: readonly string[];
  /** Follow symlinks on the real file system (default true); false when files are not read from disk. */
  followLinks?: boolean;
  /** The form expected, for the message: `a YAML file inside the workspace, such as .github/loadgate.yml`. */
  expected: string;
}

export interface WorkspacePath {
  /** Absolute, symlinks resolved (as far as the path exists). */
  absolute: string;
  /** Relative to the workspace when inside it, else absolute: for messages. */
  displayPath: string;
}

/** The path resolved and checked, or undefined (with the issue reported at `where`). */
export function checkWorkspacePath(
  given: string,
  where: string,
  options: WorkspacePathOptions,
  add: AddIssue,
): WorkspacePath | undefined {
  const refuse = (why: string): undefined => {
    add(where, `got ${quote(given)}, ${why}; expected ${options.expected}`);
    return undefined;
  };
  if (given.includes('\0')) return refuse('which holds a NUL character');
  const follow = options.followLinks ?? true;
  const realRoot = (dir: string): string => (follow ? realExisting(path.resolve(dir)) : path.resolve(dir));
  const roots = [options.workspace, ...(options.extraRoots ?? [])].map(realRoot);
  const lexical = path.resolve(options.workspace, given);
  const lexicalRoots = [options.workspace, ...(options.extraRoots ?? [])].map((dir) => path.resolve(dir));
  if (
    !lexicalRoots.some((root) => isInside(lexical, root)) &&
    !roots.some((root) => isInside(lexical, root))
  ) {
    return refuse(
      path.isAbsolute(given) ? 'an absolute path outside the workspace' : 'which leads outside the workspace',
    );
  }
  const absolute = follow ? realExisting(lexical) : lexical;
  if (!roots.some((root) => isInside(absolute, root))) {
    return refuse('which leads outside the workspace through a symlink');
  }
  const workspace = roots[0]!;
  const relative = path.relative(workspace, absolute);
  return { absolute, displayPath: isInside(absolute, workspace) ? relative || '.' : absolute };
}

/** Whether `target` is `root` or lies under it (both absolute, normalised). */
export function isInside(target: string, root: string): boolean {
  const relative = path.relative(root, target);
  return (
    relative === '' ||
    (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative))
  );
}

/**
 * The real path of `absolute`: symlinks resolved for the part that exists, the rest
 * (a file or directory not created yet) appended as written.
 */
function realExisting(absolute: string, depth = 0): string {
  const rest: string[] = [];
  let current = absolute;
  for (;;) {
    try {
      return path.join(fs.realpathSync.native(current), ...rest.reverse());
    } catch {
      // A link that leads nowhere yet still says where it leads: follow it, or a file
      // created there later would be read from outside the workspace.
      const link = readLink(current);
      if (link !== undefined && depth < 40) {
        return path.join(
          realExisting(path.resolve(path.dirname(current), link), depth + 1),
          ...rest.reverse(),
        );
      }
      const parent = path.dirname(current);
      if (parent === current) return absolute;
      rest.push(path.basename(current));
      current = parent;
    }
  }
}

function readLink(file: string): string | undefined {
  try {
    return fs.readlinkSync(file);
  } catch {
    return undefined;
  }
}

/**
 * The `file:LINE:COL (path)` form that config-file messages and threshold origins use,
 * written and read back in one place. Reading it back lets later steps (annotations on
 * the config file, the check run) point at a line without the location travelling as
 * a second value beside every message.
 */

export interface FileLocation {
  /** As shown in messages: relative to the workspace when the file is inside it. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  col: number;
}

/** `.github/loadgate.yml:14:5 (thresholds[1])`; the part in brackets is the value's path, when there is one. */
export function formatFileLocation(location: FileLocation, valuePath?: string): string {
  return `${location.file}:${location.line}:${location.col}${valuePath ? ` (${valuePath})` : ''}`;
}

// Anchored at the end: a path may hold colons itself (`C:\work\loadgate.yml:3:1`).
const LOCATION = /^(.+?):(\d+):(\d+)(?: \((.*)\))?$/s;

/** The location in a `where` text, or undefined when it names no file (`input 'duration'`). */
export function parseFileLocation(where: string): FileLocation | undefined {
  const match = LOCATION.exec(where);
  if (!match) return undefined;
  const line = Number(match[2]);
  const col = Number(match[3]);
  if (!(line >= 1) || !(col >= 1)) return undefined;
  return { file: match[1]!, line, col };
}

/**
 * The path as GitHub names a file in the repository (forward slashes, relative), or
 * undefined for a file outside it: annotations can only point inside the repository.
 */
export function repositoryPath(file: string): string | undefined {
  const path = file.replace(/\\/g, '/').replace(/^\.\//, '');
  if (!path || path.startsWith('/') || /^[A-Za-z]:\//.test(path) || path === '..' || path.startsWith('../'))
    return undefined;
  return path;
}

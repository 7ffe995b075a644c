/**
 * Bad settings as workflow annotations: a problem in the config file carries its file,
 * line and column as annotation properties, so GitHub shows it on that line of the file
 * in the pull request; a problem in an input has no file and carries only the title.
 */
import type { AnnotationProperties } from '@actions/core';

import type { SettingsIssue } from './config/settings-error.js';
import { parseFileLocation, repositoryPath, type FileLocation } from './syntax/file-location.js';

export interface SettingsAnnotation {
  message: string;
  properties: AnnotationProperties;
}

/** One annotation per issue: the inputs' in the order found, then the file's by position. */
export function settingsAnnotations(issues: readonly SettingsIssue[]): SettingsAnnotation[] {
  // The `where` of a file problem is written by formatFileLocation (config/file/load-config-file.ts).
  const located = issues.map((issue) => {
    const at = parseFileLocation(issue.where);
    const file = at && repositoryPath(at.file);
    return { issue, at: at && file ? { ...at, file } : undefined };
  });
  const inputs = located.filter((entry) => entry.at === undefined);
  const inFile = located
    .filter((entry): entry is { issue: SettingsIssue; at: FileLocation } => entry.at !== undefined)
    .sort((a, b) => a.at.file.localeCompare(b.at.file) || a.at.line - b.at.line || a.at.col - b.at.col);
  return [...inputs, ...inFile].map(({ issue, at }) => ({
    message: `${issue.where}: ${issue.message}`,
    properties: at
      ? { title: 'loadgate: invalid config', file: at.file, startLine: at.line, startColumn: at.col }
      : { title: 'loadgate: invalid settings' },
  }));
}

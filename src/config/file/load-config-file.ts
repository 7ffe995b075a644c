/**
 * Reads the YAML config file and checks it against the config schema. Every problem
 * is reported at `path/to/file.yml:LINE:COL (dotted.path[0])`.
 */
import { quote } from '../describe.js';
import { configFileSchema, type ConfigFile } from '../schema/config-schema.js';
import { formatFileLocation } from '../../syntax/file-location.js';
import type { SettingsIssue } from '../settings-error.js';
import { formatPath, parseYaml, type ValuePath } from './yaml-source.js';
import { validate } from './zod-issues.js';

export interface LoadedConfigFile {
  /** The path as shown in messages (relative to the workspace when inside it). */
  displayPath: string;
  /**
   * The file's content. Keys listed in `invalid` hold values that failed the schema
   * and must not be used; when the file could not be parsed at all, `config` is
   * empty and `unreadable` is true.
   */
  config: ConfigFile;
  unreadable: boolean;
  /** Dotted keys whose values failed the schema: `duration`, `environments.staging.vus`, `environments.staging`. */
  invalid: Set<string>;
  issues: SettingsIssue[];
  /** `file:LINE:COL (path)` of the value (or key) at `path`. */
  locate(path: ValuePath, atKey?: boolean): string;
}

export function loadConfigFile(text: string, displayPath: string): LoadedConfigFile {
  const source = parseYaml(text);
  const locate = (path: ValuePath, atKey = false): string => {
    const { line, col } = source.position(path, atKey);
    return formatFileLocation({ file: displayPath, line, col }, path.length ? formatPath(path) : undefined);
  };

  const loaded: LoadedConfigFile = {
    displayPath,
    config: {},
    unreadable: false,
    invalid: new Set(),
    issues: [],
    locate,
  };

  if (source.problems.length) {
    loaded.unreadable = true;
    loaded.issues = source.problems.map((problem) => ({
      where: formatFileLocation({ file: displayPath, line: problem.line, col: problem.col }),
      message: `YAML syntax error: ${problem.message}`,
    }));
    return loaded;
  }
  if (source.refused.length) {
    loaded.unreadable = true;
    loaded.issues = source.refused.map((refusal) => ({
      where: `${displayPath}:${refusal.line}:${refusal.col}${refusal.path.length ? ` (${formatPath(refusal.path)})` : ''}`,
      message: refusal.message,
    }));
    return loaded;
  }
  const value = source.value ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    loaded.unreadable = true;
    loaded.issues = [
      {
        where: locate([]),
        message: `got ${quote(value)}; expected a mapping of settings such as "duration: 30s" (one per line)`,
      },
    ];
    return loaded;
  }

  const result = validate(configFileSchema, value);
  if (result.ok) {
    loaded.config = result.value;
    return loaded;
  }
  // Use what is valid: the schema has no cross-key rules, so a key without problems is sound.
  loaded.config = value as ConfigFile;
  const problems = result.problems
    .map((problem) => ({ problem, at: source.position(problem.path, problem.atKey) })) // in file order
    .sort((a, b) => a.at.line - b.at.line || a.at.col - b.at.col)
    .map(({ problem }) => problem);
  for (const problem of problems) {
    loaded.issues.push({ where: locate(problem.path, problem.atKey), message: problem.message });
    if (problem.unknownKey) continue;
    const [first, second, third] = problem.path.map(String);
    if (first === undefined) continue;
    if (first !== 'environments' || second === undefined) loaded.invalid.add(first);
    else if (third === undefined) loaded.invalid.add(`environments.${second}`);
    else loaded.invalid.add(`environments.${second}.${third}`);
  }
  return loaded;
}

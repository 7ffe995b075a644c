/** Settings from a YAML config text and data files held in memory (no file system), for traffic tests. */
import path from 'node:path';

import { rawInputs, readSettings, type RawInputs } from '../../src/config/index.js';
import type { Settings } from '../../src/config/settings.js';
import { SettingsError } from '../../src/config/settings-error.js';
import { demoUsers } from '../../src/demo/tenant-api.js';

export const WORKSPACE = '/ws';

/** Resolves `config` (as .github/loadgate.yml) with `files` (paths relative to the workspace). */
export function settingsFrom(
  config: string,
  files: Record<string, string> = {},
  inputs: Partial<RawInputs> = {},
): Settings {
  const all: Record<string, string> = { '.github/loadgate.yml': config, ...files };
  return readSettings(rawInputs(inputs), {
    workspace: WORKSPACE,
    readFile: (absolute) => all[path.relative(WORKSPACE, absolute)],
  });
}

/** The issues `settingsFrom` throws, as `where: message` lines (empty when the settings resolve). */
export function issuesOf(
  config: string,
  files: Record<string, string> = {},
  inputs: Partial<RawInputs> = {},
): string[] {
  try {
    settingsFrom(config, files, inputs);
    return [];
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    return error.issues.map((issue) => `${issue.where}: ${issue.message}`);
  }
}

/** A users CSV of the demo API: `perTenant` users of each of its five tenants, some with a wrong password. */
export function usersCsv(perTenant: number, wrongPasswords = 0): string {
  const lines = demoUsers(perTenant).map(
    (user, i) => `${user.tenant},${user.email},${i < wrongPasswords ? 'not-the-password' : user.password}`,
  );
  return ['tenant,email,password', ...lines].join('\n') + '\n';
}

/** Every problem found in the inputs and the config file, reported together. */

export interface SettingsIssue {
  /**
   * Where the problem is: an input (`input 'duration'`, `input 'thresholds' line 2`)
   * or a config file location (`.github/loadgate.yml:14:5 (thresholds[1])`).
   */
  where: string;
  /** What is wrong, quoting the value received and naming the form expected. Stands alone (no stack trace is shown). */
  message: string;
}

/** Reports one problem. */
export type AddIssue = (where: string, message: string) => void;

export class SettingsError extends Error {
  readonly issues: SettingsIssue[];

  constructor(issues: SettingsIssue[]) {
    const lines = issues.map((issue) => `${issue.where}: ${issue.message}`);
    super(
      issues.length === 1
        ? `invalid settings: ${lines[0]}`
        : `${issues.length} problems in the settings:\n${lines.map((line) => `  - ${line}`).join('\n')}`,
    );
    this.name = 'SettingsError';
    this.issues = issues;
  }
}

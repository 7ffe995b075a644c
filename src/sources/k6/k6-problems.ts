/**
 * Problems in a k6 file, each at its file and line, in the `file:line:col` form the
 * settings' problems use, so the action shows each one as an `::error::` annotation on
 * that line and the verdict is `error`.
 */
import { excerpt } from '../../config/describe.js';
import { SettingsError, type SettingsIssue } from '../../config/settings-error.js';
import { formatFileLocation } from '../../syntax/file-location.js';

/** Problems reported per file before reading it stops: the first few say enough. */
const MAX_PROBLEMS_PER_FILE = 5;

export class K6Problems {
  readonly issues: SettingsIssue[] = [];
  private readonly perFile = new Map<string, number>();

  /** Adds a problem; false when the file has reached its limit (stop reading it). */
  add(file: string, line: number, message: string): boolean {
    const count = (this.perFile.get(file) ?? 0) + 1;
    this.perFile.set(file, count);
    if (count <= MAX_PROBLEMS_PER_FILE) {
      this.issues.push({ where: formatFileLocation({ file, line, col: 1 }, 'k6 results'), message });
    }
    return count < MAX_PROBLEMS_PER_FILE;
  }

  throwIfAny(): void {
    if (this.issues.length > 0) throw new SettingsError(this.issues);
  }
}

/** A line of the file, quoted short for a message (k6 lines hold no secrets, but may be long). */
export function lineExcerpt(text: string): string {
  return excerpt(text.trim());
}

/** Runs the real `xmllint --noout --schema` (Debian package `libxml2-utils`) on a document. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The common JUnit schema (see the note at its top). */
export const JUNIT_XSD = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/junit.xsd');

export interface XmllintResult {
  status: number | null;
  /** What xmllint printed: `… validates`, or one line per validity error. */
  output: string;
}

export function validateWithSchema(xml: string, schema: string): XmllintResult {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'loadgate-xmllint-'));
  try {
    const file = path.join(dir, 'doc.xml');
    writeFileSync(file, xml);
    const run = spawnSync('xmllint', ['--noout', '--schema', schema, file], { encoding: 'utf8' });
    if (run.error)
      throw new Error(`xmllint did not run (apt-get install -y libxml2-utils): ${run.error.message}`);
    return { status: run.status, output: `${run.stdout}${run.stderr}`.replaceAll(file, 'junit.xml').trim() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs the real `promtool check metrics` (Debian package `prometheus`) on exposition
 * text, the check Prometheus' own tooling applies to metric names, types and help.
 */
import { spawnSync } from 'node:child_process';

export const PROMTOOL_BINARY = process.env.PROMTOOL_BIN ?? 'promtool';

export interface PromtoolResult {
  /** 0 when promtool found nothing to complain about. */
  status: number | null;
  /** Its complaints, one per line (empty when there are none). */
  problems: string[];
}

export function promtoolCheckMetrics(text: string): PromtoolResult {
  const run = spawnSync(PROMTOOL_BINARY, ['check', 'metrics'], { input: text, encoding: 'utf8' });
  if (run.error)
    throw new Error(`${PROMTOOL_BINARY} did not run (apt-get install -y prometheus): ${run.error.message}`);
  const problems = `${run.stdout}${run.stderr}`
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return { status: run.status, problems };
}

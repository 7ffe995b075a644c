import * as core from '@actions/core';

/** GitHub rejects a step summary over 1 MiB; keep well inside it. */
export const JOB_SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;

/** Cut a markdown document to fit the job summary, saying so at the end. */
export function fitJobSummary(markdown: string, limitBytes = JOB_SUMMARY_LIMIT_BYTES): string {
  if (Buffer.byteLength(markdown) <= limitBytes) return markdown;
  const note =
    '\n\n> The report was cut to fit the job summary; the whole report is in the report directory.\n';
  const room = limitBytes - Buffer.byteLength(note);
  let cut = Buffer.from(markdown).subarray(0, room).toString();
  // A cut in the middle of a multi-byte character leaves a replacement character: drop it.
  cut = cut.replace(/\uFFFD$/, '');
  return cut.slice(0, cut.lastIndexOf('\n') + 1) + note;
}

/** Append the report to the job summary. */
export async function publishJobSummary(markdown: string): Promise<void> {
  await core.summary.addRaw(fitJobSummary(markdown), true).write();
}

/**
 * The report's account of a sharded run: for a matrix leg, that its figures are a
 * share of the load and the merge job decides; for a merged run, the legs it was merged
 * from. Lines of markdown (also the job summary); nothing for a run on one runner.
 */
import { formatNumber } from './format.js';
import { markdownText } from './markdown-text.js';
import type { ReportContext } from './report-context.js';

export function shardsSection(ctx: ReportContext): string[] {
  if (ctx.shard) {
    const { k, n, fingerprint } = ctx.shard;
    return [
      '',
      '## Shard',
      '',
      `This is shard ${k} of ${n} of plan \`${fingerprint.slice(0, 12)}\`: its figures are ${k === n && n === 1 ? 'the whole' : 'a share of the'} load, and its thresholds above are only this leg's view. The verdict comes from the merge job (mode: merge), which judges the legs' merged data once.`,
    ];
  }
  const parts = ctx.mergedFrom;
  if (!parts?.length) return [];
  const total = parts.reduce((sum, part) => sum + part.requests, 0);
  return [
    '',
    '## Shards',
    '',
    `Merged from ${parts.length} legs (${formatNumber(total)} requests); histograms added, counters summed, thresholds judged once on the whole.`,
    '',
    '| Shard | Requests | Bundle |',
    '| :-- | --: | :-- |',
    ...parts.map(
      (part) =>
        `| ${markdownText(part.shard)} | ${formatNumber(part.requests)} | ${markdownText(part.source)} |`,
    ),
  ];
}

/** The verdict in the summary, coloured when the stream takes colour: pass green, marginal yellow, the rest red. */
import { VERDICT_LABELS } from '../report/format.js';
import { painter, type Style } from './terminal-colors.js';

const STYLES: Readonly<Record<keyof typeof VERDICT_LABELS, Style>> = {
  pass: 'green',
  marginal: 'yellow',
  fail: 'red',
  inconclusive: 'yellow',
  error: 'red',
};

/** `verdict: ✗ FAIL` with the mark and the label painted; the text unchanged when colour is off. */
export function paintVerdict(text: string, enabled: boolean): string {
  if (!enabled) return text;
  const paint = painter(true);
  return text.replace(
    /(verdict: )(\S+ )?([A-Z]+)/,
    (whole, lead: string, mark: string | undefined, label: string) => {
      const verdict = (Object.keys(STYLES) as (keyof typeof STYLES)[]).find(
        (key) => VERDICT_LABELS[key] === label,
      );
      if (verdict === undefined) return whole;
      return `${lead}${paint('bold', paint(STYLES[verdict], `${mark ?? ''}${label}`))}`;
    },
  );
}

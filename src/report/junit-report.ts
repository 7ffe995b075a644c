/**
 * junit.xml: one test case per SLO threshold, so CI systems that read JUnit
 * (GitHub test reporters, GitLab, Jenkins, Buildkite) show the gate like a test run.
 *
 * - pass: a passing case;
 * - marginal: a passing case whose `<system-out>` says it is in the marginal band;
 * - fail: a case with `<failure>` giving the actual value against the limit.
 *
 * The document follows the common JUnit schema (the Jenkins xUnit plugin's junit-10.xsd,
 * which the tests validate against), so strict readers accept it as well as lenient ones.
 */
import { regressionsOf } from '../slo/baseline-comparison.js';
import type { ThresholdResult } from '../slo/types.js';
import { regressionText } from './baseline-text.js';
import { displayUrl, formatCondition, formatThresholdValue } from './format.js';
import type { ReportContext } from './report-context.js';
import { partialPlanNote, verdictReasons } from './verdict-notes.js';

export const JUNIT_CLASSNAME = 'loadgate.slo';

// XML 1.0 allows tab, LF, CR and everything from U+0020 except the surrogates and U+FFFE/U+FFFF.
// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escape text for XML content; attribute values also keep their line breaks and tabs. */
export function escapeXml(text: string, attribute = false): string {
  let out = text
    .replace(INVALID_XML_CHARS, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
  if (attribute) out = out.replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
  return out;
}

const attr = (name: string, value: string | number): string => ` ${name}="${escapeXml(String(value), true)}"`;

function seconds(ms: number): string {
  return (Math.max(0, ms) / 1000).toFixed(3);
}

function failureMessage(result: ThresholdResult): string {
  // A relative threshold: the change against the baseline and its interval.
  const regression = result.threshold.relative
    ? regressionsOf([result]).map((r) => regressionText(r, result.threshold))[0]
    : undefined;
  if (regression) return `${regression} against the baseline (limit ${formatCondition(result.threshold)})`;
  return `actual ${formatThresholdValue(result.threshold, result.actual)}, limit ${formatCondition(result.threshold)}`;
}

function testcase(result: ThresholdResult): string {
  const t = result.threshold;
  const open = `    <testcase${attr('name', t.source)}${attr('classname', JUNIT_CLASSNAME)}${attr('time', '0')}>`;
  const detail = [
    `threshold: ${t.source}`,
    `from: ${t.origin}`,
    `actual: ${formatThresholdValue(t, result.actual)}`,
    `limit: ${formatCondition(t)}`,
    ...(result.note ? [`note: ${result.note}`] : []),
  ].join('\n');
  if (result.status === 'fail') {
    return `${open}\n      <failure${attr('message', failureMessage(result))}${attr('type', 'SLOBreach')}>${escapeXml(detail)}</failure>\n    </testcase>`;
  }
  if (result.status === 'inconclusive') {
    return `${open}\n      <skipped${attr('message', `cannot be decided: ${result.note ?? t.source}`)}/>\n      <system-out>${escapeXml(detail)}</system-out>\n    </testcase>`;
  }
  if (result.status === 'marginal') {
    const note = `MARGINAL: ${failureMessage(result)}; within the marginal band, counted as passed.\n${detail}`;
    return `${open}\n      <system-out>${escapeXml(note)}</system-out>\n    </testcase>`;
  }
  return `${open}</testcase>`;
}

export function renderJunitReport(ctx: ReportContext): string {
  const results = ctx.evaluation.results;
  const failures = results.filter((r) => r.status === 'fail').length;
  const time = seconds(ctx.measurements.durationMs);
  const suiteName = `loadgate SLOs: ${displayUrl(ctx.settings.targetUrl)}${ctx.settings.environment ? ` (${ctx.settings.environment})` : ''}`;
  const skipped = results.filter((r) => r.status === 'inconclusive').length;
  const counts = `${attr('tests', results.length)}${attr('failures', failures)}${attr('errors', 0)}`;
  const properties = [
    ['verdict', ctx.evaluation.verdict],
    ...verdictReasons(ctx.evaluation).map((reason) => ['verdict.reason', reason]),
    ['rollback', String(ctx.rollback)],
    ['target', displayUrl(ctx.settings.targetUrl)],
    ...(ctx.settings.environment ? [['environment', ctx.settings.environment]] : []),
    ['tool.version', ctx.toolVersion],
    ...(ctx.runUrl ? [['run.url', ctx.runUrl]] : []),
  ].map(([name, value]) => `      <property${attr('name', name ?? '')}${attr('value', value ?? '')}/>`);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    // The common JUnit schema allows `skipped` on a suite, not on `testsuites`.
    `<testsuites${attr('name', 'loadgate')}${counts}${attr('time', time)}>`,
    `  <testsuite${attr('name', suiteName)}${counts}${attr('skipped', skipped)}${attr('time', time)}${attr('timestamp', ctx.measurements.startedAt)}>`,
    '    <properties>',
    ...properties,
    '    </properties>',
    ...results.map(testcase),
  ];
  // One system-err per suite (the JUnit schema allows one): why the verdict is what it is, why it stopped.
  const partial = partialPlanNote(ctx.measurements);
  const notes = [
    ...verdictReasons(ctx.evaluation).map(
      (reason) =>
        `${ctx.evaluation.verdict === 'error' ? 'Not judged' : `Verdict ${ctx.evaluation.verdict}`}: ${reason}`,
    ),
    ...(ctx.measurements.stoppedEarly
      ? [`Load stopped early: ${ctx.measurements.stoppedEarly}${partial ? ` (${partial})` : ''}`]
      : []),
  ];
  if (notes.length > 0) lines.push(`    <system-err>${escapeXml(notes.join('\n'))}</system-err>`);
  lines.push('  </testsuite>', '</testsuites>', '');
  return lines.join('\n');
}

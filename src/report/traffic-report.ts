/**
 * Realistic traffic in the reports: findings (login failures, isolation violations,
 * failed checks, re-logins), a markdown section, lines for the terminal summary, and
 * the traffic settings as results.json shows them.
 *
 * What is never shown: data values (only column names and the record count),
 * captured values (only capture names), response bodies. An isolation violation is
 * the endpoint, the requesting tenant, the tenant seen and a count.
 */
import type { Settings } from '../config/settings.js';
import type { TrafficMeasurements } from '../metrics/measurements.js';
import { formatDuration } from '../syntax/durations.js';
import { formatMs, formatNumber, formatPercent } from './format.js';
import { codeSpan, markdownText } from './markdown-text.js';
import { countOf } from './plural.js';
import type { ReportContext } from './report-context.js';

/** Rows of the violation and check tables shown at most (results.json has all kept rows). */
export const MAX_TRAFFIC_ROWS = 50;

function count(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** `401 × 3, timeout × 1` */
function reasons(failures: Record<string, number>, max = 3): string {
  const entries = Object.entries(failures);
  const shown = entries.slice(0, max).map(([reason, n]) => `${reason} × ${formatNumber(n)}`);
  if (entries.length > max) shown.push(`${entries.length - max} more`);
  return shown.join(', ');
}

function setupLabel(ctx: ReportContext): string {
  const steps = ctx.settings.traffic?.setup ?? [];
  return steps.length === 1 ? steps[0]!.name : 'setup';
}

/** Findings about setup, isolation and checks, most important first. */
export function trafficFindings(ctx: ReportContext): string[] {
  const traffic = ctx.measurements.traffic;
  if (!traffic) return [];
  const out: string[] = [];
  const isolation = traffic.isolation;
  if (isolation && isolation.violations > 0) {
    const worst = isolation.details
      .slice(0, 3)
      .map(
        (v) =>
          `${v.endpoint} showed ${v.seenTenant}'s data to ${v.requestingTenant} (${formatNumber(v.count)})`,
      );
    out.push(
      `${count(isolation.violations, 'tenant-isolation violation')} in ${formatNumber(isolation.checked)} responses checked: ` +
        `${worst.join('; ')}${isolation.details.length > 3 ? `; and ${count(isolation.details.length - 3, 'more pair')}` : ''}.`,
    );
  }
  const setup = traffic.setup;
  if (setup && setup.failed > 0) {
    const users =
      setup.users.failed > 0
        ? `for ${formatNumber(setup.users.failed)} of ${formatNumber(setup.users.total)} users`
        : '';
    const never = setup.users.total - setup.users.loggedIn;
    out.push(
      `${setupLabel(ctx)} failed ${users}: ${reasons(setup.failures)}` +
        (never > 0
          ? `; ${count(never, 'user')} never got past it and sent no gated requests.`
          : '; each retried and got through.'),
    );
  }
  const failing = traffic.checks.filter((check) => check.fails > 0).sort((a, b) => b.fails - a.fails);
  if (failing.length > 0) {
    const shown = failing.slice(0, 3).map(
      (c) =>
        // A k6 check belongs to no endpoint (its endpoint is empty).
        `"${c.name}"${c.endpoint ? ` on ${c.endpoint}` : ''} (${formatNumber(c.fails)} of ${formatNumber(c.passes + c.fails)})`,
    );
    out.push(
      `Checks failed: ${shown.join(', ')}${failing.length > 3 ? `, and ${failing.length - 3} more` : ''}.`,
    );
  }
  if (traffic.reauthentications > 0) {
    out.push(
      `${count(traffic.reauthentications, 'request')} got a 401 and logged in again before being retried once; ` +
        'the 401s are not counted as failed requests.',
    );
  }
  return out;
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function table(header: string[], align: Array<'l' | 'r'>, rows: string[][], rowsAre: string): string[] {
  const lines = [
    row(header),
    row(align.map((a) => (a === 'r' ? '---:' : '---'))),
    ...rows.slice(0, MAX_TRAFFIC_ROWS).map(row),
  ];
  if (rows.length > MAX_TRAFFIC_ROWS)
    lines.push('', `…and ${formatNumber(rows.length - MAX_TRAFFIC_ROWS)} more ${rowsAre}, in results.json.`);
  return lines;
}

function setupLines(ctx: ReportContext, traffic: TrafficMeasurements): string[] {
  const setup = traffic.setup;
  if (!setup) return [];
  const { latency } = setup;
  const lines = [
    '',
    '### Setup (measured apart from the gated traffic)',
    '',
    `${formatNumber(setup.users.loggedIn)} of ${formatNumber(setup.users.total)} users completed the setup; ` +
      `${count(setup.requests, 'setup request')}, ${formatNumber(setup.failed)} failed` +
      (setup.failed > 0 ? ` (${markdownText(reasons(setup.failures, 5))})` : '') +
      (latency.count > 0
        ? `; p50 ${formatMs(latency.p50)}, p95 ${formatMs(latency.p95)}, max ${formatMs(latency.max)}`
        : '') +
      '.',
  ];
  if (traffic.reauthentications > 0) {
    lines.push(
      '',
      `${count(traffic.reauthentications, 'gated request')} got a 401 and logged in again (retried once; the 401s are not gated errors).`,
    );
  }
  const steps = ctx.settings.traffic?.setup ?? [];
  if (steps.length > 0) {
    lines.push(
      '',
      ...table(
        ['Setup request', 'Request', 'Captures', 'Sent', 'Failed'],
        ['l', 'l', 'l', 'r', 'r'],
        steps.map((step, i) => [
          markdownText(step.name),
          codeSpan(`${step.method} ${step.path}`),
          (step.captures ?? []).map((c) => codeSpan(c.name)).join(', ') || '–',
          formatNumber(setup.steps[i]?.requests ?? 0),
          formatNumber(setup.steps[i]?.failed ?? 0),
        ]),
        'setup requests',
      ),
    );
  }
  return lines;
}

function checkLines(traffic: TrafficMeasurements): string[] {
  if (traffic.checks.length === 0) return [];
  let passes = 0;
  let total = 0;
  for (const check of traffic.checks) {
    passes += check.passes;
    total += check.passes + check.fails;
  }
  return [
    '',
    '### Checks',
    '',
    total > 0
      ? `${formatPercent((passes / total) * 100)} of ${countOf(total, 'check')} passed.`
      : 'No check ran.',
    '',
    ...table(
      ['Check', 'Endpoint', 'Passed', 'Failed', 'Rate'],
      ['l', 'l', 'r', 'r', 'r'],
      traffic.checks.map((c) => [
        markdownText(c.name),
        markdownText(c.endpoint),
        formatNumber(c.passes),
        formatNumber(c.fails),
        c.passes + c.fails > 0 ? formatPercent((c.passes / (c.passes + c.fails)) * 100) : '–',
      ]),
      'checks',
    ),
  ];
}

function isolationLines(ctx: ReportContext, traffic: TrafficMeasurements): string[] {
  const isolation = traffic.isolation;
  const settings = ctx.settings.traffic?.isolation;
  if (!isolation || !settings) return [];
  const where =
    settings.from === 'json' ? `JSON path ${codeSpan(settings.path)}` : `header ${codeSpan(settings.path)}`;
  const lines = [
    '',
    '### Tenant isolation',
    '',
    `Tenant read from the ${where}, compared with the data field ${codeSpan(settings.field)}: ` +
      `**${count(isolation.violations, 'violation')}** in ${formatNumber(isolation.checked)} responses checked` +
      (isolation.unchecked > 0
        ? ` (${formatNumber(isolation.unchecked)} showed no tenant and were not judged)`
        : '') +
      '. Response bodies are never shown.',
  ];
  if (isolation.details.length > 0) {
    lines.push(
      '',
      ...table(
        ['Endpoint', 'Requesting tenant', 'Tenant seen', 'Responses'],
        ['l', 'l', 'l', 'r'],
        isolation.details.map((v) => [
          markdownText(v.endpoint),
          markdownText(v.requestingTenant),
          markdownText(v.seenTenant),
          formatNumber(v.count),
        ]),
        'violation rows',
      ),
    );
    if (isolation.detailsDropped > 0) {
      lines.push(
        '',
        `${count(isolation.detailsDropped, 'further violation')} fell in rows beyond the first ${isolation.details.length}.`,
      );
    }
  }
  return lines;
}

function scenarioLines(ctx: ReportContext): string[] {
  const traffic = ctx.settings.traffic;
  if (!traffic) return [];
  const parts: string[] = [];
  if (traffic.data) {
    parts.push(
      `Test data ${codeSpan(traffic.data.file)}: ${count(traffic.data.records.length, 'record')}, ` +
        `columns ${traffic.data.columns.map((c) => codeSpan(c)).join(', ')} (values not shown), taken ${traffic.data.order === 'random' ? 'at random' : 'round-robin'} per VU.`,
    );
  }
  if (traffic.thinkTime) {
    const { minMs, maxMs } = traffic.thinkTime;
    parts.push(
      `Think time ${minMs === maxMs ? formatDuration(minMs) : `${formatDuration(minMs)} to ${formatDuration(maxMs)}`} after each request.`,
    );
  }
  return parts.length > 0 ? ['', ...parts] : [];
}

/** The report.md section; empty when the run used no realistic-traffic feature. */
export function trafficSection(ctx: ReportContext): string[] {
  const traffic = ctx.measurements.traffic;
  if (!traffic || !ctx.settings.traffic) return [];
  return [
    '',
    '## Realistic traffic',
    ...scenarioLines(ctx),
    ...setupLines(ctx, traffic),
    ...checkLines(traffic),
    ...isolationLines(ctx, traffic),
  ];
}

/** Lines for the terminal summary, in its `name....: value` style. */
export function trafficTextLines(
  ctx: ReportContext,
  dotted: (label: string, value: string) => string,
): string[] {
  const traffic = ctx.measurements.traffic;
  if (!traffic) return [];
  const lines: string[] = [];
  if (traffic.checks.length > 0) {
    let passes = 0;
    let total = 0;
    for (const check of traffic.checks) {
      passes += check.passes;
      total += check.passes + check.fails;
    }
    lines.push(
      dotted(
        'checks',
        total > 0
          ? `${formatPercent((passes / total) * 100)}  ${formatNumber(passes)} of ${formatNumber(total)}`
          : 'none ran',
      ),
    );
  }
  if (traffic.isolation) {
    lines.push(
      dotted(
        'isolation_violations',
        `${formatNumber(traffic.isolation.violations)}  in ${formatNumber(traffic.isolation.checked)} responses checked`,
      ),
    );
  }
  if (traffic.setup) {
    const s = traffic.setup;
    lines.push(
      dotted(
        'setup_reqs',
        `${formatNumber(s.requests)}  ${formatNumber(s.failed)} failed · ${formatNumber(s.users.loggedIn)} of ${formatNumber(s.users.total)} users in` +
          (s.latency.count > 0 ? ` · p95 ${formatMs(s.latency.p95)}` : ''),
      ),
    );
    if (traffic.reauthentications > 0)
      lines.push(dotted('reauthentications', formatNumber(traffic.reauthentications)));
  }
  return lines;
}

/** The traffic settings for results.json: data described by its columns and size (no values), captures by name. */
export function trafficResultsSettings(settings: Settings): Record<string, unknown> | null {
  const traffic = settings.traffic;
  if (!traffic) return null;
  return {
    data: traffic.data
      ? {
          file: traffic.data.file,
          order: traffic.data.order,
          records: traffic.data.records.length,
          columns: traffic.data.columns,
          secretColumns: traffic.data.secretColumns,
        }
      : null,
    setup: traffic.setup.map((step) => ({
      name: step.name,
      method: step.method,
      path: step.path,
      headers: Object.keys(step.headers),
      hasBody: step.body !== undefined,
      expectStatus: step.expectStatus,
      captures: (step.captures ?? []).map((c) => ({ name: c.name, from: c.from, path: c.path })),
    })),
    thinkTime: traffic.thinkTime ?? null,
    isolation: traffic.isolation ?? null,
  };
}

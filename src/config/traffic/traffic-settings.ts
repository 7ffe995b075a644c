/**
 * Realistic traffic, checked across keys: test data (`data`), per-VU setup requests
 * (`setup`, e.g. a login), captures and checks per endpoint, `think-time` and tenant
 * `isolation`. Each key is read per block by its own module beside this one
 * (test-data.ts, session-settings.ts, request-checks.ts); `combineTraffic` runs once
 * every layer is picked, for what depends on several keys: every `{{name}}` must be a
 * data column, a capture declared earlier or a generator; the isolation field must be
 * a column; `check:` tags must name a check. All problems are reported together, with
 * their file locations, before any load is sent.
 */
import type { Threshold } from '../../slo/types.js';
import {
  GENERATOR_NAMES,
  parseTemplate,
  TemplateSyntaxError,
  templateNames,
  type Template,
} from '../../syntax/templates.js';
import { closestMatch, listOf, quote } from '../describe.js';
import type { AddIssue } from '../settings-error.js';
import type {
  EndpointSettings,
  IsolationSettings,
  TestData,
  ThinkTime,
  TrafficSettings,
} from '../settings.js';

/** One request of the config with where it was written. */
export interface LocatedRequest {
  endpoint: EndpointSettings;
  where: string;
}

export interface TrafficParts {
  data?: { value: TestData; where: string } | undefined;
  setup?: { value: LocatedRequest[]; where: string } | undefined;
  thinkTime?: { value: ThinkTime; where: string } | undefined;
  isolation?: { value: IsolationSettings; where: string } | undefined;
  endpoints: LocatedRequest[];
  headers: { value: Record<string, string>; where: string } | undefined;
  thresholds: Threshold[];
}

/** Every template of a request, with what the message calls it. */
function requestTemplates(endpoint: EndpointSettings): { field: string; text: string }[] {
  const fields = [{ field: 'path', text: endpoint.path }];
  for (const [name, value] of Object.entries(endpoint.headers))
    fields.push({ field: `header ${quote(name)}`, text: value });
  if (endpoint.body !== undefined) fields.push({ field: 'body', text: endpoint.body });
  return fields;
}

const ZERO_ARGUMENT_GENERATORS = GENERATOR_NAMES.filter((name) => name !== 'randomInt');

/**
 * The traffic settings, once every layer is picked. Null when something is wrong
 * (issues reported); undefined when nothing traffic-related is configured and no
 * endpoint uses a template, a capture or a check.
 */
export function combineTraffic(parts: TrafficParts, add: AddIssue): TrafficSettings | undefined | null {
  let ok = true;
  const fail = (where: string, message: string): void => {
    add(where, message);
    ok = false;
  };
  const columns = parts.data?.value.columns ?? [];
  const setup = parts.setup?.value ?? [];
  const setupCaptures: string[] = [];
  const endpointCaptures = parts.endpoints.flatMap(({ endpoint }) =>
    (endpoint.captures ?? []).map((c) => c.name),
  );

  for (const name of [
    ...setup.flatMap(({ endpoint }) => endpoint.captures ?? []).map((c) => c.name),
    ...endpointCaptures,
  ]) {
    if (columns.includes(name) && parts.data) {
      fail(
        parts.data.where,
        `the capture ${quote(name)} has the name of a data column; expected a different name (which one would {{${name}}} mean?)`,
      );
    }
  }

  const checkNames = (request: LocatedRequest, known: readonly string[], what: string): void => {
    for (const { field, text } of requestTemplates(request.endpoint)) {
      let template: Template;
      try {
        template = parseTemplate(text);
      } catch (error) {
        if (!(error instanceof TemplateSyntaxError)) throw error;
        fail(request.where, `the ${field} of ${quote(request.endpoint.name)}: ${error.message}`);
        continue;
      }
      for (const name of templateNames(template)) {
        if (known.includes(name) || ZERO_ARGUMENT_GENERATORS.includes(name as never)) continue;
        const candidates = [...known, ...ZERO_ARGUMENT_GENERATORS];
        const close = closestMatch(name, candidates);
        fail(
          request.where,
          `the ${field} of ${quote(request.endpoint.name)} uses {{${name}}}, which is ${what}` +
            (close !== undefined
              ? `; did you mean {{${close}}}?`
              : `; expected ${describeKnown(columns, known, parts.data !== undefined)}`),
        );
      }
    }
  };

  // Setup requests see the data and the captures of the setup requests before them.
  setup.forEach((request) => {
    checkNames(
      request,
      [...columns, ...setupCaptures],
      'neither a data column, nor a capture of an earlier setup request, nor a generator',
    );
    for (const capture of request.endpoint.captures ?? []) setupCaptures.push(capture.name);
  });
  const allCaptures = [...setupCaptures, ...endpointCaptures];
  for (const request of parts.endpoints) {
    checkNames(
      request,
      [...columns, ...allCaptures],
      'neither a data column, nor a capture, nor a generator',
    );
  }
  if (parts.headers) {
    const request = {
      endpoint: {
        name: 'headers',
        method: 'GET' as const,
        path: '/',
        weight: 1,
        headers: parts.headers.value,
        expectStatus: [],
      },
      where: parts.headers.where,
    };
    checkNames(
      request,
      [...columns, ...allCaptures],
      'neither a data column, nor a capture, nor a generator',
    );
  }

  const isolation = parts.isolation;
  if (isolation) {
    if (!parts.data) {
      fail(
        isolation.where,
        `isolation needs test data: expected a data file (data: users.csv) with the column ${quote(isolation.value.field)} holding each VU's tenant`,
      );
    } else if (!columns.includes(isolation.value.field)) {
      const close = closestMatch(isolation.value.field, columns);
      fail(
        isolation.where,
        `got the field ${quote(isolation.value.field)}, but the data file ${quote(parts.data.value.file)} has no such column` +
          (close !== undefined
            ? `; did you mean "${close}"?`
            : `; expected one of ${listOf(columns.map((c) => `"${c}"`))}`),
      );
    }
  }

  const allChecks = [
    ...new Set(parts.endpoints.flatMap(({ endpoint }) => (endpoint.checks ?? []).map((c) => c.name))),
  ];
  for (const threshold of parts.thresholds) {
    if (threshold.metric === 'checks' && allChecks.length === 0) {
      fail(
        threshold.origin,
        `got ${quote(threshold.source)}, but no endpoint has checks; expected checks on an endpoint, e.g. checks: [{name: ok, status: 200}]`,
      );
    }
    if (threshold.metric === 'isolation_violations' && !isolation) {
      fail(
        threshold.origin,
        `got ${quote(threshold.source)}, but isolation is not configured; expected e.g. isolation: {json: '$.tenant', field: tenant}`,
      );
    }
    const tag = threshold.tags.check;
    if (tag !== undefined && allChecks.length > 0 && !allChecks.includes(tag)) {
      const close = closestMatch(tag, allChecks);
      fail(
        threshold.origin,
        `got the tag {check:${tag}} in ${quote(threshold.source)}, but no check is named ${quote(tag)}; ` +
          (close !== undefined
            ? `did you mean "${close}"?`
            : `expected one of ${listOf(allChecks.map((c) => `"${c}"`))}`),
      );
    }
  }

  if (!ok) return null;
  const usesTemplates =
    parts.endpoints.some(({ endpoint }) =>
      requestTemplates(endpoint).some(({ text }) => text.includes('{{')),
    ) || Object.values(parts.headers?.value ?? {}).some((value) => value.includes('{{'));
  const anything =
    parts.data !== undefined ||
    setup.length > 0 ||
    parts.thinkTime !== undefined ||
    isolation !== undefined ||
    usesTemplates ||
    parts.endpoints.some(({ endpoint }) => endpoint.captures?.length || endpoint.checks?.length);
  if (!anything) return undefined;
  return {
    ...(parts.data ? { data: parts.data.value } : {}),
    setup: setup.map(({ endpoint }) => endpoint),
    ...(parts.thinkTime ? { thinkTime: parts.thinkTime.value } : {}),
    ...(isolation ? { isolation: isolation.value } : {}),
  };
}

function describeKnown(columns: readonly string[], known: readonly string[], hasData: boolean): string {
  const captures = known.filter((name) => !columns.includes(name));
  const sides = [
    hasData
      ? `a data column (${listOf(columns.map((c) => `"${c}"`))})`
      : 'a data column (there is no data file: add data: users.csv)',
    captures.length ? `a capture (${listOf(captures.map((c) => `"${c}"`))})` : 'a capture declared earlier',
    `a generator (${listOf(['uuid', 'timestamp', 'randomInt MIN MAX'])})`,
  ];
  return listOf(sides);
}

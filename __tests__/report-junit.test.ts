import { describe, expect, it } from 'vitest';

import { escapeXml, renderJunitReport } from '../src/report/junit-report.js';
import { buildReportFixture, FIXTURE_SECRETS, hostileResult } from './helpers/report-fixture.js';
import { JUNIT_XSD, validateWithSchema } from './helpers/xmllint.js';

/**
 * A small well-formedness check: tags nest, attributes are quoted, and text holds no raw
 * `<` or stray `&`. Enough to catch an escaping mistake without an XML library.
 */
function assertWellFormed(xml: string): void {
  const body = xml.replace(/^<\?xml [^?]*\?>\n/, '');
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w.-]*)((?:\s+[\w.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = token.exec(body))) {
    consumed = token.lastIndex;
    const [, closing, name, attrs, selfClosing, text] = match;
    const checkEntities = (s: string): void => {
      expect(s.replace(/&(?:amp|lt|gt|quot|apos|#\d+);/g, '')).not.toMatch(/[&<]/);
    };
    if (text !== undefined) {
      checkEntities(text);
      continue;
    }
    checkEntities(attrs ?? '');
    if (closing) expect(stack.pop()).toBe(name);
    else if (!selfClosing) stack.push(name!);
  }
  expect(consumed).toBe(body.length);
  expect(stack).toEqual([]);
}

describe('renderJunitReport', () => {
  const ctx = buildReportFixture({ extraResults: [hostileResult()] });
  const xml = renderJunitReport(ctx);

  it('is well-formed XML with one suite and its counts and time', () => {
    assertWellFormed(xml);
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="loadgate" tests="6" failures="2" errors="0" time="30.012">',
      ),
    ).toBe(true);
    expect(xml).toContain(
      '<testsuite name="loadgate SLOs: https://canary.shop.example.com (staging)" tests="6" failures="2" errors="0" skipped="0" time="30.012" timestamp="2024-06-11T09:30:00.000Z">',
    );
    expect(xml).toContain('<property name="verdict" value="fail"/>');
    expect(xml).toContain('<property name="rollback" value="true"/>');
  });

  it('has one test case per threshold, named by its source, classname loadgate.slo', () => {
    const names = [...xml.matchAll(/<testcase name="([^"]*)" classname="loadgate\.slo"/g)].map((m) => m[1]);
    expect(names).toEqual([
      'http_req_duration: p(95)&lt;250',
      'http_req_duration: p(99)&lt;300',
      'error_rate: 1%',
      'throughput: 100',
      'http_req_duration{endpoint:POST /api/cart}: p(95)&lt;350',
      'http_req_duration{endpoint:GET /search?q=&lt;script&gt;&amp;x=&quot;1&quot;\\n}: p(90)&lt;100',
    ]);
  });

  it('fails breached thresholds with actual against limit', () => {
    const errorCase =
      /<testcase name="error_rate: 1%"[^>]*>\n\s*<failure message="([^"]*)" type="SLOBreach">([^<]*)<\/failure>/.exec(
        xml,
      );
    expect(errorCase?.[1]).toMatch(/^actual 1\.\d\d %, limit &lt; 1 %$/);
    expect(errorCase?.[2]).toContain('threshold: error_rate: 1%');
    expect(xml.match(/<failure /g)).toHaveLength(2);
  });

  it('passes marginal thresholds with a note in system-out', () => {
    const marginal =
      /<testcase name="http_req_duration: p\(99\)&lt;300"[^>]*>\n\s*<system-out>([^<]*)<\/system-out>/.exec(
        xml,
      );
    expect(marginal?.[1]).toMatch(
      /^MARGINAL: actual 3\d\d ms, limit &lt; 300 ms \(marginal up to 400 ms\); within the marginal band, counted as passed\./,
    );
    expect(xml).toContain('<testcase name="throughput: 100" classname="loadgate.slo" time="0"></testcase>');
  });

  it('escapes notes with markup and line breaks, and shows no header values', () => {
    expect(xml).toContain('note: slow &amp; &lt;b&gt;bold&lt;/b&gt;\nsecond line');
    for (const secret of FIXTURE_SECRETS) expect(xml).not.toContain(secret);
  });

  it('reports an early stop and an all-pass run', () => {
    const stopped = buildReportFixture({ verdict: 'pass' });
    stopped.measurements.stoppedEarly = 'cancelled (SIGTERM)';
    const text = renderJunitReport(stopped);
    assertWellFormed(text);
    expect(text).toContain('tests="5" failures="0"');
    expect(text).toContain('<system-err>Load stopped early: cancelled (SIGTERM)</system-err>');
    expect(text).not.toContain('<failure');
  });
});

describe('junit.xml against the common JUnit schema (xmllint --schema)', () => {
  const xml = renderJunitReport(buildReportFixture({ extraResults: [hostileResult()] }));

  it('validates: failures, marginal notes, hostile text, properties', () => {
    expect(validateWithSchema(xml, JUNIT_XSD)).toEqual({ status: 0, output: 'junit.xml validates' });
  });

  it('validates an all-pass run stopped early, a run without thresholds and one without an environment', () => {
    const stopped = buildReportFixture({ verdict: 'pass' });
    stopped.measurements.stoppedEarly = 'cancelled (SIGTERM) <&>';
    const none = buildReportFixture({ verdict: 'pass' });
    none.evaluation.results = [];
    const bare = buildReportFixture({ verdict: 'marginal' });
    delete bare.settings.environment;
    for (const ctx of [stopped, none, bare]) {
      expect(validateWithSchema(renderJunitReport(ctx), JUNIT_XSD).output).toBe('junit.xml validates');
    }
  });

  it('is a schema that bites: the former skipped attribute on testsuites is refused', () => {
    const old = xml.replace('<testsuites name="loadgate" ', '<testsuites name="loadgate" skipped="0" ');
    const result = validateWithSchema(old, JUNIT_XSD);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      "Element 'testsuites', attribute 'skipped': The attribute 'skipped' is not allowed",
    );
  });
});

describe('escapeXml', () => {
  it('escapes markup, replaces characters XML cannot carry, keeps line breaks in attributes', () => {
    expect(escapeXml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
    expect(escapeXml('bell\u0007null\u0000')).toBe('bell\uFFFDnull\uFFFD');
    expect(escapeXml('one\ntwo\tx', true)).toBe('one&#10;two&#9;x');
    expect(escapeXml('emoji 😀 ok')).toBe('emoji 😀 ok');
  });
});

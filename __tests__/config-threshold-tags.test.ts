/**
 * Tags in thresholds checked before any load: a key the metric does not take gets
 * "did you mean" and the keys it takes; a value of the wrong form is refused naming
 * the threshold at its file and line; a custom tag must be declared on an endpoint.
 */
import { describe, expect, it } from 'vitest';

import { issuesOf, settingsFrom } from './helpers/traffic-config.js';

const config = (...thresholds: string[]) => `target-url: http://127.0.0.1:9
endpoints:
  - { name: items, path: /items, tags: { tier: read, version: 2 } }
  - { name: orders, method: POST, path: /orders }
thresholds:
${thresholds.map((t) => `  - '${t}'`).join('\n')}
`;

describe('threshold tags in the config', () => {
  it('takes every system tag, combined, and the custom tags endpoints declare', () => {
    const settings = settingsFrom(
      config(
        'http_req_duration{status:201,method:POST,name:orders}: p(95)<300',
        'http_req_failed{expected_response:false}: rate<0.1',
        'http_reqs{error_code:1212}: count<1',
        'http_req_duration{url:"http://127.0.0.1:9/items"}: p(95)<300',
        'http_req_duration{scenario:default,group:::setup}: p(95)<300',
        'http_req_duration{tier:read,version:2}: p(95)<300',
        'http_req_duration{endpoint:items}: p(95)<300',
        'http_reqs{status:0}: count<1',
      ),
    );
    expect(settings.endpoints[0]!.tags).toEqual({ tier: 'read', version: '2' });
    expect(settings.thresholds[4]!.tags).toEqual({ scenario: 'default', group: '::setup' });
  });

  it('refuses a key the metric does not take, with "did you mean" and the keys it takes', () => {
    const [typo] = issuesOf(config('http_req_duration{stauts:200}: p(95)<300'));
    expect(typo).toMatch(/^\.github\/loadgate\.yml:6:\d+ \(thresholds\[0\]\): /);
    expect(typo).toContain('unknown tag "stauts" (did you mean "status"?)');
    expect(typo).toContain('http_req_duration takes endpoint, name, status, method, url, scenario');
    const [custom] = issuesOf(config('http_req_duration{teir:read}: p(95)<300'));
    expect(custom).toContain('got the tag "teir"');
    expect(custom).toContain('did you mean "tier"?');
    expect(custom).toContain('or a custom tag declared in tags: (tier or version)');
    const [other] = issuesOf(config('checks{status:200}: rate>0.9'));
    expect(other).toContain('unknown tag "status"; checks takes check, endpoint or scenario');
    const [unrecorded] = issuesOf(config('http_req_duration{tls_version:tls1.3}: p(95)<300'));
    expect(unrecorded).toContain('the tag "tls_version" is not recorded');
  });

  it('refuses values of the wrong form: status, expected_response, method, error_code, url', () => {
    const first = (threshold: string) => issuesOf(config(threshold))[0] ?? '';
    expect(first('http_req_duration{status:20}: p(95)<300')).toContain(
      'the status "20" is not an HTTP status; expected three digits from 100 to 599',
    );
    expect(first('http_req_duration{status:2xx}: p(95)<300')).toContain('"2xx" is not an HTTP status');
    expect(first('http_req_failed{expected_response:yes}: rate<0.1')).toContain(
      'expected_response is true or false, got "yes"',
    );
    expect(first('http_req_duration{method:post}: p(95)<300')).toContain(
      'the method "post" is not an HTTP method (did you mean "POST"?)',
    );
    expect(first('http_reqs{error_code:503}: count<1')).toContain(`the error code "503" is not one of k6's`);
    expect(first('http_req_duration{url:/items}: p(95)<300')).toContain('expected the full URL as sent');
    for (const threshold of [
      'http_req_duration{status:20}: p(95)<300',
      'http_req_duration{method:post}: p(95)<300',
    ]) {
      expect(first(threshold)).toMatch(
        /^\.github\/loadgate\.yml:6:\d+ \(thresholds\[0\]\): got "http_req_duration/,
      );
    }
  });

  it('refuses a scenario the run does not have', () => {
    expect(issuesOf(config('http_reqs{scenario:write,status:201}: count>0'))[0]).toContain(
      'the run has no scenario named "write"; its scenarios are "default" (without a scenarios: mapping every request is in scenario "default", as in k6)',
    );
  });

  it('refuses name or endpoint naming no endpoint, and a custom tag named like a system tag', () => {
    expect(issuesOf(config('http_req_duration{name:item}: p(95)<300'))[0]).toContain(
      'got the tag {name:item} in "http_req_duration{name:item}: p(95)<300", but no endpoint is named "item"; did you mean "items"?',
    );
    expect(issuesOf(config('http_req_duration{endpoint:nope,status:200}: p(95)<300'))[0]).toContain(
      'no endpoint is named "nope"',
    );
    const issues = issuesOf(`target-url: http://127.0.0.1:9
endpoints:
  - { name: items, path: /items, tags: { status: read } }
`);
    expect(issues[0]).toMatch(/^\.github\/loadgate\.yml:3:\d+ .*one of k6's system tags/);
  });
});

import { describe, expect, it } from 'vitest';

import { parseJsonPath, JsonPathSyntaxError, selectAll, selectFirst } from '../src/syntax/json-path.js';
import {
  parseTemplate,
  renderTemplate,
  TemplateSyntaxError,
  templateNames,
} from '../src/syntax/templates.js';

const scope = (record: Record<string, string>, captures: Record<string, string> = {}) => ({
  record,
  captures: new Map(Object.entries(captures)),
});

describe('templates', () => {
  it('compiles text into literal parts and lookups once', () => {
    const template = parseTemplate('/api/{{ tenant }}/users/{{email}}?n={{randomInt 1 3}}');
    expect(template.parts).toEqual([
      { kind: 'literal', text: '/api/' },
      { kind: 'name', name: 'tenant' },
      { kind: 'literal', text: '/users/' },
      { kind: 'name', name: 'email' },
      { kind: 'literal', text: '?n=' },
      { kind: 'generator', generator: 'randomInt', args: [1, 3] },
    ]);
    expect(templateNames(template)).toEqual(['tenant', 'email']);
    expect(parseTemplate('/plain').isStatic).toBe(true);
  });

  it('renders captures before record fields, escaping values for paths and JSON', () => {
    const s = scope({ tenant: 'acme corp', token: 'from-data', quote: 'say "hi"' }, { token: 'captured' });
    expect(renderTemplate(parseTemplate('/t/{{tenant}}'), s, 'uri').text).toBe('/t/acme%20corp');
    expect(renderTemplate(parseTemplate('Bearer {{token}}'), s).text).toBe('Bearer captured');
    const json = renderTemplate(parseTemplate('{"q":"{{quote}}"}'), s, 'json').text;
    expect(JSON.parse(json)).toEqual({ q: 'say "hi"' });
  });

  it('generates uuids, timestamps and bounded random integers', () => {
    const s = scope({});
    expect(renderTemplate(parseTemplate('{{uuid}}'), s).text).toMatch(/^[0-9a-f-]{36}$/);
    expect(Number(renderTemplate(parseTemplate('{{timestamp}}'), s).text)).toBeGreaterThan(1.6e12);
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) seen.add(renderTemplate(parseTemplate('{{randomInt 1 3}}'), s).text);
    expect([...seen].sort()).toEqual(['1', '2', '3']);
  });

  it('counts names without a value yet (a capture not made) and renders them empty', () => {
    expect(renderTemplate(parseTemplate('Bearer {{token}}'), scope({}))).toEqual({
      text: 'Bearer ',
      missing: 1,
    });
  });

  it('treats template text as data: braces of code are refused, not run', () => {
    expect(() => parseTemplate('{{ process.exit(1) }}')).toThrow(TemplateSyntaxError);
    expect(() => parseTemplate('{{ constructor.constructor("x")() }}')).toThrow(TemplateSyntaxError);
    expect(() => parseTemplate('{{}}')).toThrow(/empty/);
    expect(() => parseTemplate('{{uuid 3}}')).toThrow(/no arguments/);
    // A dotted name is only a lookup key: it resolves to nothing.
    expect(renderTemplate(parseTemplate('{{__proto__.x}}'), scope({})).text).toBe('');
  });
});

describe('JSON paths', () => {
  const body = {
    access_token: 'abc',
    'tenant-id': 't1',
    items: [
      { id: 1, tenant: 'acme' },
      { id: 2, tenant: 'globex', nested: { tenant: 'hooli' } },
    ],
  };

  it('selects members, indexes, quoted names, wildcards and descendants', () => {
    expect(selectFirst(parseJsonPath('$.access_token'), body)).toBe('abc');
    expect(selectFirst(parseJsonPath("$['tenant-id']"), body)).toBe('t1');
    expect(selectFirst(parseJsonPath('$.items[1].id'), body)).toBe(2);
    expect(selectFirst(parseJsonPath('$.items[-1].id'), body)).toBe(2);
    expect(selectAll(parseJsonPath('$.items[*].tenant'), body)).toEqual(['acme', 'globex']);
    expect(selectAll(parseJsonPath('$..tenant'), body)).toEqual(['acme', 'globex', 'hooli']);
    expect(selectAll(parseJsonPath('$.missing.deeper'), body)).toEqual([]);
    expect(selectFirst(parseJsonPath('$'), body)).toBe(body);
  });

  it('refuses filters, scripts and malformed paths with the position', () => {
    for (const bad of [
      'access_token',
      '$.items[?(@.id>1)]',
      '$.items[(1+1)]',
      '$.',
      '$.a[',
      "$['x]",
      '$..*',
    ]) {
      expect(() => parseJsonPath(bad), bad).toThrow(JsonPathSyntaxError);
    }
    expect(() => parseJsonPath('$.items[?(@.id)]')).toThrow(
      /filter and script expressions are not supported at character 9/,
    );
  });

  it('walks deeply nested documents without recursion', () => {
    let deep: unknown = { tenant: 'x' };
    for (let i = 0; i < 50_000; i++) deep = [deep];
    expect(selectAll(parseJsonPath('$..tenant'), deep)).toEqual(['x']);
  });
});

import { afterEach, describe, expect, it } from 'vitest';

import { INPUT_NAMES, readActionInputs } from '../src/config/action-inputs.js';
import { rawInputs } from '../src/config/inputs.js';
import { isSensitiveHeader, sensitiveHeaderValues } from '../src/config/secrets.js';

describe('readActionInputs', () => {
  const set: string[] = [];
  afterEach(() => {
    for (const name of set.splice(0)) delete process.env[name];
  });
  const setInput = (name: string, value: string) => {
    const key = `INPUT_${name.toUpperCase()}`;
    set.push(key);
    process.env[key] = value;
  };

  it('reads every input from INPUT_<NAME> (hyphens kept), "" when absent', () => {
    setInput('target-url', 'https://canary.example.com');
    setInput('ramp-up', ' 5s ');
    setInput('thresholds', 'p95: 250ms\nerror_rate: 1%\n');
    const inputs = readActionInputs();
    expect(Object.keys(inputs)).toEqual([...INPUT_NAMES]);
    expect(inputs['target-url']).toBe('https://canary.example.com');
    expect(process.env['INPUT_TARGET-URL']).toBe('https://canary.example.com');
    expect(inputs['ramp-up']).toBe('5s');
    expect(inputs.thresholds).toBe('p95: 250ms\nerror_rate: 1%');
    expect(inputs.vus).toBe('');
  });

  it('INPUT_NAMES are the inputs of action.yml', async () => {
    const fs = await import('node:fs');
    const { parse } = await import('yaml');
    const action = parse(fs.readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as {
      inputs: Record<string, unknown>;
    };
    expect([...INPUT_NAMES].sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it('rawInputs fills the inputs not given with ""', () => {
    const inputs = rawInputs({ vus: '3' });
    expect(inputs.vus).toBe('3');
    expect(inputs['target-url']).toBe('');
    expect(Object.keys(inputs)).toHaveLength(INPUT_NAMES.length);
  });
});

describe('sensitiveHeaderValues', () => {
  it.each(['Authorization', 'cookie', 'X-API-Key', 'X-Auth-Token', 'X-Client-Secret', 'Proxy-Authorization'])(
    '%s is sensitive',
    (name) => expect(isSensitiveHeader(name)).toBe(true),
  );

  it.each(['Accept', 'Content-Type', 'X-Request-Id', 'User-Agent'])('%s is not', (name) =>
    expect(isSensitiveHeader(name)).toBe(false),
  );

  it('returns the values of sensitive global and endpoint headers, and bare bearer credentials', () => {
    const values = sensitiveHeaderValues({
      headers: { Authorization: 'Bearer abc123', Accept: 'application/json', 'X-Empty-Token': ' ' },
      endpoints: [
        {
          name: 'a',
          method: 'GET',
          path: '/a',
          weight: 1,
          headers: { 'X-Api-Key': 'k-42', 'X-Trace': 'on' },
          expectStatus: [],
        },
      ],
    });
    expect(values).toEqual(['Bearer abc123', 'abc123', 'k-42']);
  });
});

import { describe, expect, it } from 'vitest';

import { describeError, runIntegration, scrubSecrets } from '../src/integrations/run-integration.js';

function collect(): { warn: (m: string) => void; warnings: string[] } {
  const warnings: string[] = [];
  return { warn: (m) => warnings.push(m), warnings };
}

describe('runIntegration', () => {
  it('returns what the integration returns, without warning', async () => {
    const { warn, warnings } = collect();
    await expect(runIntegration('Thing', 1_000, async () => 42, warn)).resolves.toBe(42);
    expect(warnings).toEqual([]);
  });

  it('turns a rejection into one warning naming the integration and the cause', async () => {
    const { warn, warnings } = collect();
    const result = await runIntegration(
      'Slack notification',
      1_000,
      async () => {
        throw new Error('An HTTP protocol error occurred: statusCode = 500');
      },
      warn,
    );
    expect(result).toBeUndefined();
    expect(warnings).toEqual([
      'Slack notification failed: An HTTP protocol error occurred: statusCode = 500',
    ]);
  });

  it('catches a synchronous throw too', async () => {
    const { warn, warnings } = collect();
    await expect(
      runIntegration(
        'Sync',
        1_000,
        () => {
          throw new TypeError('bad options');
        },
        warn,
      ),
    ).resolves.toBeUndefined();
    expect(warnings).toEqual(['Sync failed: bad options']);
  });

  it.each([
    ['a string', 'plain words', 'plain words'],
    ['undefined', undefined, 'unknown error (undefined was thrown)'],
    ['null', null, 'unknown error (null was thrown)'],
    ['an object', { status: 503, reason: 'busy' }, '{"status":503,"reason":"busy"}'],
    ['a number', 7, '7'],
  ])('describes a thrown non-Error (%s)', async (_label, thrown, expected) => {
    const { warn, warnings } = collect();
    await runIntegration('X', 1_000, () => Promise.reject(thrown), warn);
    expect(warnings).toEqual([`X failed: ${expected}`]);
  });

  it('follows the cause chain fetch puts the socket error in', async () => {
    const { warn, warnings } = collect();
    const socket = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
    await runIntegration(
      'Y',
      1_000,
      () => Promise.reject(new TypeError('fetch failed', { cause: socket })),
      warn,
    );
    expect(warnings).toEqual(['Y failed: fetch failed: connect ECONNREFUSED 127.0.0.1:9']);
  });

  it('gives up at the time limit with one warning and aborts the signal', async () => {
    const { warn, warnings } = collect();
    let seen: AbortSignal | undefined;
    const started = Date.now();
    const result = await runIntegration(
      'Hang',
      200,
      (signal) => {
        seen = signal;
        return new Promise<never>((_, reject) =>
          signal.addEventListener('abort', () => reject(new Error('aborted late'))),
        );
      },
      warn,
    );
    expect(result).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(seen?.aborted).toBe(true);
    expect(warnings).toEqual(['Hang failed: no answer within 200 ms (timed out)']);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(warnings).toHaveLength(1);
  });

  it('scrubs given secrets and URL credentials from the warning', async () => {
    const { warn, warnings } = collect();
    const secret = 'https://hooks.example.test/services/T1/B2/abcdefSECRET';
    await runIntegration(
      'Z',
      1_000,
      () =>
        Promise.reject(
          new Error(`Failed to parse URL from ${secret} via http://user:pa55word@proxy.local:8080/`),
        ),
      warn,
      { secrets: [secret] },
    );
    expect(warnings).toEqual(['Z failed: Failed to parse URL from *** via http://***@proxy.local:8080/']);
  });

  it('never throws, even when warn does', async () => {
    await expect(
      runIntegration(
        'W',
        1_000,
        () => Promise.reject(new Error('x')),
        () => {
          throw new Error('warn broke');
        },
      ),
    ).resolves.toBeUndefined();
  });
});

describe('scrubSecrets / describeError', () => {
  it('replaces encoded forms and Slack hook paths', () => {
    expect(scrubSecrets('token=a b/c', ['a b/c'])).toBe('token=***');
    expect(scrubSecrets('q=a%20b%2Fc', ['a b/c'])).toBe('q=***');
    expect(scrubSecrets('posting to https://hooks.slack.com/services/T0/B0/XyZ failed')).toBe(
      'posting to https://hooks.slack.com/services/*** failed',
    );
    expect(scrubSecrets('abc', ['', 'ab'])).toBe('abc');
  });

  it('names AggregateError members', () => {
    const error = new AggregateError(
      [Object.assign(new Error('connect ECONNREFUSED ::1:80'), { code: 'ECONNREFUSED' })],
      '',
    );
    expect(describeError(error)).toContain('ECONNREFUSED');
  });
});

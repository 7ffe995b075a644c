/**
 * End to end: the bundled dist/index.js against an HTTPS target on 127.0.0.1 whose
 * certificate the runner does not trust. No request reaches it, so the step fails with
 * verdict `error` and no rollback, and the report is still written; trusting the CA with
 * NODE_EXTRA_CA_CERTS makes the same target pass (ca-file, which the reason names, is tested in gate-transport.int.test.ts).
 * Run `npm run build` first: these tests read dist/.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ResultsDocument } from '../src/report/results-document.js';
import { annotations, runAction } from './helpers/run-action.js';
import { makeTestCertificates, startHttpsTarget, type TestCertificates } from './helpers/tls-certs.js';

describe('the action when the target cannot be reached', () => {
  let certs: TestCertificates;
  beforeAll(() => {
    certs = makeTestCertificates();
  });
  afterAll(() => certs.remove());

  it('a self-signed certificate: exit 1, verdict error, no rollback, report written', async () => {
    const target = await startHttpsTarget(certs.selfSigned);
    try {
      const run = await runAction({
        inputs: {
          'target-url': target.url,
          rate: '10',
          duration: '1s',
          thresholds: 'http_req_failed: rate<0.01',
        },
      });
      expect(run.exitCode).toBe(1);
      expect(run.outputs).toMatchObject({ verdict: 'error', passed: 'false', rollback: 'false' });
      expect(Number(run.outputs.requests)).toBeGreaterThan(0);
      expect(run.outputs['error-percent']).toBe('100');
      const errors = annotations(run.stdout, 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(
        'no request reached the target: the TLS certificate is self-signed (DEPTH_ZERO_SELF_SIGNED_CERT)',
      );
      expect(errors[0]).toContain('ca-file');
      expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(target.requests).toBe(0);

      const resultsPath = run.outputs['results-path']!;
      expect(existsSync(run.outputs['report-path']!)).toBe(true);
      expect(existsSync(path.join(path.dirname(resultsPath), 'report.html'))).toBe(true);
      const results = JSON.parse(readFileSync(resultsPath, 'utf8')) as ResultsDocument;
      expect(results.verdict).toBe('error');
      expect(results.rollback).toBe(false);
      expect(results.verdictReasons[0]).toMatch(
        /^no request reached the target: the TLS certificate is self-signed/,
      );
      expect(results.measurements.errorCauses).toEqual([
        {
          cause: 'DEPTH_ZERO_SELF_SIGNED_CERT',
          description: 'the TLS certificate is self-signed',
          errorClass: 'tls',
          count: results.measurements.overall.requests,
        },
      ]);
      expect(run.summary).toContain('ERROR');
      expect(run.summary).toContain('Not judged');
    } finally {
      await target.close();
    }
  });

  it('the same kind of target passes once its CA is trusted with NODE_EXTRA_CA_CERTS', async () => {
    const target = await startHttpsTarget(certs.valid);
    try {
      const run = await runAction({
        inputs: {
          'target-url': target.url,
          rate: '10',
          duration: '1s',
          thresholds: 'http_req_failed: rate<0.01',
        },
        env: { NODE_EXTRA_CA_CERTS: certs.caPath },
      });
      expect(run.exitCode).toBe(0);
      expect(run.outputs.verdict).toBe('pass');
      expect(target.requests).toBe(Number(run.outputs.requests));
    } finally {
      await target.close();
    }
  });
});

/** Built-in defaults: what a run uses for a key that no input, environment block or file top level gives. */

export const DEFAULT_CONFIG_PATH = '.github/loadgate.yml';

export const DEFAULTS = {
  durationMs: 30_000,
  vus: 10,
  rampUpMs: 0,
  endpoint: 'GET /',
  timeoutMs: 10_000,
  failOnBreach: true,
  autoRollback: true,
  reportDir: 'loadgate-report',
  /** A gate with no SLO would pass anything: without thresholds, errors must stay under 1 %. */
  threshold: 'http_req_failed: rate<0.01',
} as const;

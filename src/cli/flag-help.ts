/**
 * One help line per input of the action: a `Record` over the input names, so an input
 * without its flag's help does not compile, and `--help` cannot miss a flag.
 */
import type { InputName } from '../config/inputs.js';

export interface FlagHelp {
  /** What the value looks like, e.g. `URL`, `D` (a duration). */
  value: string;
  text: string;
}

export const FLAG_HELP: Readonly<Record<InputName, FlagHelp>> = {
  'target-url': { value: 'URL', text: 'base URL of the deployment under test' },
  config: { value: 'FILE', text: 'YAML config file (default .github/loadgate.yml when present)' },
  environment: { value: 'NAME', text: 'environments: block of the config to apply' },
  duration: { value: 'D', text: "e.g. 30s, 2m (default 30s); replaces the file's stages and ramp-up" },
  vus: { value: 'N', text: 'concurrent virtual users (default 10)' },
  'ramp-up': { value: 'D', text: 'ramp from 0 to --vus within --duration (default 0s)' },
  rate: { value: 'N', text: 'requests per second: the open model (arrival rate)' },
  'max-vus': { value: 'N', text: 'open model: cap on requests in flight' },
  workers: { value: 'N', text: 'threads that drive the load: a number, or auto (default: one per core)' },
  scenario: { value: 'NAME', text: 'smoke, load, stress, spike, soak or breakpoint' },
  endpoints: { value: 'YAML', text: 'e.g. "GET /api/portfolio" or a YAML list ("- GET /a")' },
  thresholds: { value: 'LINES', text: 'one per line, e.g. "http_req_duration: p(95)<250"' },
  headers: { value: 'LINES', text: '"Name: value", one per line' },
  timeout: { value: 'D', text: 'per-request timeout (default 10s)' },
  'fail-on-breach': { value: 'BOOL', text: 'exit 1 on a fail or inconclusive verdict (default true)' },
  'auto-rollback': { value: 'BOOL', text: 'report rollback: true on a fail verdict (default true)' },
  'report-dir': { value: 'DIR', text: 'where the report files go (default loadgate-report)' },
  'upload-artifact': {
    value: 'BOOL',
    text: 'upload the report as a workflow artifact (in a GitHub job only)',
  },
  'artifact-name': { value: 'NAME', text: 'base name of that artifact (default loadgate-report)' },
  'artifact-retention-days': { value: 'N', text: 'days to keep the artifact, 1 to 90' },
  'slack-webhook-url': {
    value: 'URL',
    text: 'Slack incoming webhook (secret: prefer $LOADGATE_SLACK_WEBHOOK_URL)',
  },
  'slack-notify-on': { value: 'WHEN', text: 'failure (default), marginal, always or never' },
  'pushgateway-url': { value: 'URL', text: 'push the metrics to this Prometheus Pushgateway' },
  'comment-on-pr': { value: 'BOOL', text: 'sticky PR comment (pull_request events, with a token)' },
  'check-run': { value: 'BOOL', text: 'a check run on the commit (with a token and GITHUB_* set)' },
  'github-token': {
    value: 'TOKEN',
    text: 'for PR comment, check run, baseline artifact (prefer $LOADGATE_GITHUB_TOKEN)',
  },
  'baseline-url': {
    value: 'URL',
    text: 'a live baseline: the old build, given the same traffic at the same time',
  },
  'baseline-results': { value: 'FILE', text: "compare with an earlier run's results.json" },
  'baseline-artifact': {
    value: 'WF',
    text: "the last successful run's report artifact: true or deploy.yml@main",
  },
  'baseline-artifact-name': { value: 'NAME', text: 'with --baseline-artifact: the artifact to take' },
  'baseline-missing': {
    value: 'M',
    text: 'no baseline to be had: fail (default) or pass the relative thresholds',
  },
  confidence: { value: 'C', text: 'confidence level of the baseline comparison (default 0.95)' },
  'ca-file': { value: 'FILE', text: "PEM bundle of CA certificates to trust besides the system's" },
  'insecure-tls': { value: 'BOOL', text: "do not verify the target's certificate (default false)" },
  'client-cert': { value: 'FILE', text: 'mutual TLS: client certificate (PEM), with --client-key' },
  'client-key': { value: 'FILE', text: "mutual TLS: the client's private key (PEM; secret)" },
  'tls-server-name': { value: 'NAME', text: 'SNI and the name checked in the certificate' },
  resolve: { value: 'LINES', text: 'host:port:address, one per line (curl --resolve)' },
  http2: { value: 'BOOL', text: 'offer HTTP/2 to an https target (default false)' },
  mode: { value: 'MODE', text: 'run (default) or merge (loadgate merge PATH… merges shard bundles)' },
  shard: {
    value: 'SHARD',
    text: 'k/n: run part k of n of the load and write a shard bundle (docs/shards.md)',
  },
  'start-at': { value: 'TIME', text: 'ISO-8601 instant with an offset at which the load starts' },
  'k6-results': {
    value: 'PATHS',
    text: "with --mode merge: k6's outputs to judge (NDJSON of --out json, or a summary), one per line",
  },
  'prometheus-url': {
    value: 'URL',
    text: "Prometheus the target's own metrics are read from (docs/server-metrics.md)",
  },
  'prometheus-headers': {
    value: 'LINES',
    text: '"Name: value" per line for Prometheus queries (secret: masked)',
  },
};

/** The CLI's own flags (not inputs). */
export const CLI_FLAG_HELP: readonly (FlagHelp & { name: string })[] = [
  { name: 'quiet', value: '', text: 'print only the verdict line (stdout) and errors (stderr)' },
  { name: 'json', value: '', text: 'print the results document (results.json) on stdout, nothing else' },
  { name: 'port', value: 'N', text: 'demo-server: the port to listen on (default: any free port)' },
  { name: 'baseline', value: '', text: 'demo: a baseline beside a canary with one slower endpoint' },
  { name: 'help', value: '', text: 'this help' },
  { name: 'version', value: '', text: 'the version' },
];

/** `  --target-url URL        base URL …`, the flag column aligned. */
export function flagLines(names: readonly InputName[]): string[] {
  const rows = [...names.map((name) => ({ name, ...FLAG_HELP[name] })), ...CLI_FLAG_HELP].map((row) => ({
    flag: `--${row.name}${row.value ? ` ${row.value}` : ''}`,
    text: row.text,
  }));
  const width = Math.max(...rows.map((row) => row.flag.length)) + 2;
  return rows.map((row) => `  ${row.flag.padEnd(width)}${row.text}`);
}

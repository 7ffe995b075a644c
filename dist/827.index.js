export const id = 827;
export const ids = [827];
export const modules = {

/***/ 41827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

;// CONCATENATED MODULE: ./src/report/describe-age.ts
/** How old a baseline is, in the unit a reader thinks in: "40 s", "12 min", "5 h", "3 days". */
function describeAge(ms) {
    const seconds = Math.max(0, Math.floor(ms / 1000));
    if (seconds < 60)
        return `${seconds} s`;
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60)
        return `${minutes} min`;
    const hours = Math.floor(minutes / 60);
    if (hours < 48)
        return `${hours} h`;
    return `${Math.floor(hours / 24)} days`;
}

// EXTERNAL MODULE: ./src/slo/baseline-comparison.ts
var baseline_comparison = __webpack_require__(74555);
// EXTERNAL MODULE: ./src/slo/metric-catalog.ts + 2 modules
var metric_catalog = __webpack_require__(54178);
// EXTERNAL MODULE: ./src/slo/relative-limits.ts
var relative_limits = __webpack_require__(18887);
;// CONCATENATED MODULE: ./src/syntax/durations.ts
/**
 * Durations as written in inputs and the config file: one or more `<number><unit>`
 * parts from largest to smallest unit, e.g. `500ms`, `30s`, `1.5s`, `2m`, `1m30s`, `1h`.
 * A bare number is refused: `30` could mean seconds or milliseconds.
 */
const NUMBER = String.raw `\d+(?:\.\d+)?`;
/**
 * The accepted form. Each unit at most once, largest first (`m(?!s)` keeps `500ms`
 * from being read as minutes). Shared with the config file's JSON Schema.
 */
const DURATION_PATTERN = `^(?=\\d)(?:(${NUMBER})h)?(?:(${NUMBER})m(?!s))?(?:(${NUMBER})s)?(?:(${NUMBER})ms)?$`;
const DURATION_RE = new RegExp(DURATION_PATTERN);
const UNIT_MS = [3_600_000, 60_000, 1000, 1];
/** The expected form, for messages. */
const DURATION_EXPECTED = 'expected a duration such as 30s, 2m or 1m30s';
class DurationSyntaxError extends Error {
    constructor(message) {
        super(message);
        this.name = 'DurationSyntaxError';
    }
}
/**
 * Parses a duration into milliseconds (rounded to whole ms).
 * Throws `DurationSyntaxError` whose message quotes the text and states the form expected.
 */
function parseDuration(text) {
    const match = DURATION_RE.exec(text.trim());
    if (!match)
        throw new DurationSyntaxError(durationSyntaxMessage(text));
    let ms = 0;
    UNIT_MS.forEach((unit, i) => {
        const part = match[i + 1];
        if (part !== undefined)
            ms += Number(part) * unit;
    });
    return Math.round(ms);
}
/** The message for a value that is not a duration (a string, or a YAML number or other value). */
function durationSyntaxMessage(value) {
    if (typeof value === 'number' || (typeof value === 'string' && /^\s*\d+(?:\.\d+)?\s*$/.test(value))) {
        const number = String(value).trim();
        return `got ${JSON.stringify(value)}, a number without a unit; ${DURATION_EXPECTED} (write ${number}s for seconds)`;
    }
    return `got ${JSON.stringify(value) ?? String(value)}; ${DURATION_EXPECTED}`;
}
/** Formats milliseconds the way they are written: `2m30s`, `1h5m`, `500ms`, `1.5s`, `0s`. */
function durations_formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return `${ms}ms`;
    const rounded = Math.round(ms);
    if (rounded === 0)
        return '0s';
    if (rounded < 1000)
        return `${rounded}ms`;
    const hours = Math.floor(rounded / 3_600_000);
    const minutes = Math.floor((rounded % 3_600_000) / 60_000);
    const seconds = (rounded % 60_000) / 1000;
    return `${hours ? `${hours}h` : ''}${minutes ? `${minutes}m` : ''}${seconds ? `${seconds}s` : ''}`;
}

;// CONCATENATED MODULE: ./src/report/format.ts



const numberFormats = new Map();
/** A number with thousands separators and at most `digits` decimals: `1,234.5`. */
function format_formatNumber(value, digits = 0) {
    let format = numberFormats.get(digits);
    if (!format) {
        format = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
        numberFormats.set(digits, format);
    }
    return format.format(value);
}
/** Milliseconds with a precision that suits the size: `0.84 ms`, `12.3 ms`, `182 ms`, `1,240 ms`. */
function format_formatMs(ms) {
    // A statistic an end-of-test summary did not give is NaN (null once in results.json).
    if (!Number.isFinite(ms))
        return '—';
    const digits = Math.abs(ms) >= 100 ? 0 : Math.abs(ms) >= 10 ? 1 : 2;
    return `${format_formatNumber(ms, digits)} ms`;
}
/** A percentage (given in percent) with two decimals below 10 %, one above: `0.52 %`, `12.5 %`. */
function format_formatPercent(percent) {
    return `${format_formatNumber(percent, Math.abs(percent) >= 10 ? 1 : 2)} %`;
}
function formatRps(rps) {
    return `${format_formatNumber(rps, 1)} req/s`;
}
/** Bytes in decimal units: `512 B`, `12.3 kB`, `4.5 MB`, `1.2 GB`. */
function formatBytes(bytes) {
    const abs = Math.abs(bytes);
    if (abs >= 1e9)
        return `${format_formatNumber(bytes / 1e9, 1)} GB`;
    if (abs >= 1e6)
        return `${format_formatNumber(bytes / 1e6, 1)} MB`;
    if (abs >= 1e3)
        return `${format_formatNumber(bytes / 1e3, 1)} kB`;
    return `${format_formatNumber(bytes)} B`;
}
/** Failed requests in percent of all requests (0 when nothing ran). */
function format_errorPercent(stats) {
    return stats.requests > 0 ? (stats.failed / stats.requests) * 100 : 0;
}
/** A value in a threshold's unit, ready to show (ratios as percentages); `no data` for null. */
function formatValue(unit, value) {
    if (value === null || !Number.isFinite(value))
        return 'no data';
    switch (unit) {
        case 'ms':
            return format_formatMs(value);
        case 'ratio':
            return format_formatPercent(value * 100);
        case 'per_second':
            return formatRps(value);
        case 'count':
            return format_formatNumber(value, 2);
        case 'bytes':
            return formatBytes(value);
        case 'bytes_per_second':
            return `${formatBytes(value)}/s`;
    }
}
function formatThresholdValue(threshold, value) {
    return formatValue((0,metric_catalog/* thresholdValueUnit */.LM)(threshold), value);
}
/** The condition a threshold sets, e.g. `< 250 ms` or `> 100 req/s (marginal down to 80 req/s)`. */
function formatCondition(threshold) {
    if (threshold.relative) {
        return `${threshold.operator} ${(0,relative_limits/* writeRelativeLimit */.lJ)(threshold.relative, (0,metric_catalog/* thresholdValueUnit */.LM)(threshold))}`;
    }
    const condition = `${threshold.operator} ${formatThresholdValue(threshold, threshold.limit)}`;
    if (threshold.marginalLimit === undefined)
        return condition;
    const direction = threshold.operator === '>' || threshold.operator === '>=' ? 'down' : 'up';
    return `${condition} (marginal ${direction} to ${formatThresholdValue(threshold, threshold.marginalLimit)})`;
}
const VERDICT_LABELS = {
    pass: 'PASS',
    marginal: 'MARGINAL',
    fail: 'FAIL',
    inconclusive: 'INCONCLUSIVE',
    error: 'ERROR',
};
const VERDICT_ICONS = {
    pass: '✅',
    marginal: '⚠️',
    fail: '❌',
    inconclusive: '❔',
    error: '❌',
};
const STATUS_ICONS = {
    pass: '✅',
    marginal: '⚠️',
    fail: '❌',
    inconclusive: '❔',
};
/** The target URL without any user:password part. */
function displayUrl(url) {
    try {
        const parsed = new URL(url);
        if (parsed.username === '' && parsed.password === '')
            return url;
        parsed.username = '';
        parsed.password = '';
        return parsed.href;
    }
    catch {
        return url;
    }
}
/** What stage targets count: VUs, or requests per second in the open model. */
function stageUnit(settings) {
    return settings.model === 'open' ? 'req/s' : 'VUs';
}
/**
 * A span of time in words for prose: `850 ms`, `6 s`, `1.5 s`, `2 min`, `1 min 30 s`,
 * `1 h 5 min`. (`formatDuration` writes the config file's form, `1m30s`, for messages
 * that quote a setting.)
 */
function formatSpan(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return `${ms} ms`;
    if (ms < 1000)
        return `${format_formatNumber(ms)} ms`;
    const tenths = Math.round(ms / 100);
    const hours = Math.floor(tenths / 36_000);
    const minutes = Math.floor((tenths % 36_000) / 600);
    const seconds = (tenths % 600) / 10;
    const parts = [];
    if (hours > 0)
        parts.push(`${hours} h`);
    if (minutes > 0)
        parts.push(`${minutes} min`);
    if (seconds > 0)
        parts.push(`${format_formatNumber(seconds, 1)} s`);
    return parts.join(' ');
}
/**
 * The load shape in words: `0→10 VUs over 10 s, 10 VUs for 20 s` (or `req/s` for the
 * open model). A jump (a stage of no length) followed by a hold at its level is said
 * once, `20 VUs for 6 s`, rather than `start at 20 VUs, 20 VUs for 6 s`.
 */
function describeStages(stages, unit = 'VUs') {
    let from = 0;
    const parts = [];
    stages.forEach((stage, i) => {
        const level = `${format_formatNumber(stage.target)} ${unit}`;
        const next = stages[i + 1];
        if (stage.durationMs === 0 && stage.target !== from) {
            // Said by the hold that follows it, which reads `20 VUs for 6 s`.
            if (next === undefined || next.target !== stage.target || next.durationMs === 0)
                parts.push(i === 0 ? `start at ${level}` : `jump to ${level}`);
        }
        else if (stage.durationMs === 0) {
            // A jump to where the load already is changes nothing.
        }
        else if (stage.target === from) {
            parts.push(`${level} for ${formatSpan(stage.durationMs)}`);
        }
        else {
            parts.push(`${format_formatNumber(from)}→${level} over ${formatSpan(stage.durationMs)}`);
        }
        from = stage.target;
    });
    return parts.length > 0 ? parts.join(', ') : `0 ${unit}`;
}
/** A measured duration, to a tenth of a second from 1 s on: `30s`, `1m2.5s`, `850ms`. */
function formatElapsed(ms) {
    return durations_formatDuration(ms >= 1000 ? Math.round(ms / 100) * 100 : ms);
}
function plannedDurationMs(stages) {
    return stages.reduce((sum, stage) => sum + stage.durationMs, 0);
}

;// CONCATENATED MODULE: ./src/report/baseline-text.ts
/**
 * The comparison with the baseline in words, shared by every report: where the
 * baseline came from, the regression lines the PR comment, Slack and the verdict
 * texts lead with ("p95 +18 % (+14 to +22 %), significant"), and the side-by-side
 * figures per endpoint. Pure functions of the report context.
 */



/** The statistic a threshold holds, as a reader names it: `p95`, `error rate`, `req/s`. */
function statisticName(threshold) {
    if (threshold.metric === 'http_req_failed')
        return 'error rate';
    if (threshold.metric === 'http_reqs')
        return 'req/s';
    if (threshold.aggregation === 'p')
        return `p${threshold.percentile ?? ''}`;
    return threshold.aggregation;
}
/** `p95 of "POST /api/cart" +18 % (+14 to +22 %), significant`. */
function regressionText(regression, threshold) {
    const scope = regression.endpoint === null ? '' : ` of "${regression.endpoint}"`;
    const change = regression.change ? ` ${regression.change}` : ' above its bound';
    const interval = regression.interval ? ` (${regression.interval})` : '';
    const significance = regression.interval
        ? regression.significant
            ? ', significant'
            : ', not significant'
        : '';
    return `${statisticName(threshold)}${scope}${change}${interval}${significance}`;
}
/** One line per failed relative threshold, in the order of the thresholds. */
function regressionLines(evaluation) {
    const relative = evaluation.results.filter((r) => r.threshold.relative);
    const bySource = new Map(relative.map((r) => [r.threshold.source, r.threshold]));
    return (0,baseline_comparison/* regressionsOf */.W2)(evaluation.results).map((reg) => regressionText(reg, bySource.get(reg.threshold) ?? relative[0].threshold));
}
/** `live: https://stable.example.com`, `run 4711 of deploy.yml on main, 3 h old`. */
function originText(baseline) {
    const { origin } = baseline;
    const label = origin.kind === 'live' ? displayUrl(origin.label) : origin.label;
    const kind = origin.kind === 'live'
        ? 'measured live beside the canary at'
        : origin.kind === 'results'
            ? 'read from'
            : 'the artifact of';
    const age = origin.ageMs !== undefined ? `, ${describeAge(origin.ageMs)} old` : '';
    return `${kind} ${label}${age}`;
}
/** The baseline's measurements, or undefined when it was missing. */
function baselineMeasurements(baseline) {
    return baseline && 'measurements' in baseline ? baseline.measurements : undefined;
}
function missingBaseline(evaluation, baseline) {
    const use = evaluation.baseline;
    if (!use || use.missing === null)
        return undefined;
    const effect = use.onMissing === 'pass'
        ? 'baseline-missing: pass let the relative thresholds pass without a comparison'
        : 'the relative thresholds had nothing to be compared with, so they failed (baseline-missing: fail)';
    return { ...(baseline ? { origin: originText(baseline) } : {}), why: use.missing, effect };
}
/** What a missing baseline meant for this run, in a sentence. */
function missingText(evaluation, baseline) {
    const m = missingBaseline(evaluation, baseline);
    return m && `No baseline${m.origin ? ` (${m.origin})` : ''}: ${m.why}; ${m.effect}.`;
}
function pair(canary, baseline) {
    const change = canary !== null && baseline !== null && baseline !== 0 ? canary / baseline - 1 : null;
    return { canary, baseline, change };
}
function row(name, c, b) {
    const lat = (s, k) => s && s.latency.count > 0 ? s.latency[k] : null;
    const err = (s) => (s && s.requests > 0 ? format_errorPercent(s) : null);
    return {
        name,
        p50: pair(lat(c, 'p50'), lat(b, 'p50')),
        p95: pair(lat(c, 'p95'), lat(b, 'p95')),
        p99: pair(lat(c, 'p99'), lat(b, 'p99')),
        errorPercent: pair(err(c), err(b)),
        rps: pair(c?.rps ?? null, b?.rps ?? null),
    };
}
/** Canary and baseline per endpoint (by name, the canary's order, then the baseline's own), and the whole run last. */
function sideBySideRows(canary, baseline) {
    const names = [...canary.endpoints.map((e) => e.name)];
    for (const e of baseline.endpoints)
        if (!names.includes(e.name))
            names.push(e.name);
    const find = (m, name) => m.endpoints.find((e) => e.name === name);
    return [
        ...names.map((name) => row(name, find(canary, name), find(baseline, name))),
        row('Total', canary.overall, baseline.overall),
    ];
}
/** A relative change as `+18 %` / `-3.2 %`. */
function changeText(change) {
    if (change === null)
        return '–';
    const percent = change * 100;
    const digits = Math.abs(percent) >= 10 ? 0 : 1;
    return `${percent > 0 ? '+' : ''}${percent.toFixed(digits)} %`;
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/integrations/artifact-upload.ts
/**
 * Upload the report bundle as a workflow artifact with @actions/artifact.
 *
 * The client reads its own environment (set by the runner for every step):
 * ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL and GITHUB_SERVER_URL (GHES is refused).
 */

/** Characters artifact names may not contain (the client rejects them), plus whitespace. */
const UNSAFE_NAME_CHARS = /["':<>|*?\r\n\\/\s]+/g;
const MAX_NAME_LENGTH = 200;
/** A name part with the characters artifact names reject replaced by `-`. */
function sanitizeArtifactNamePart(text) {
    return text
        .replace(UNSAFE_NAME_CHARS, '-')
        .replace(/[^\x20-\x7e]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^[-.]+|[-.]+$/g, '');
}
/**
 * The artifact name: `base`, or `base-<jobKey>` when a job key is given, so each leg
 * of a matrix uploads its own artifact instead of colliding on one name.
 */
function artifactName(base, jobKey) {
    const head = sanitizeArtifactNamePart(base) || 'loadgate-report';
    const tail = jobKey ? sanitizeArtifactNamePart(jobKey) : '';
    const name = tail ? `${head}-${tail}` : head;
    return name.length > MAX_NAME_LENGTH ? name.slice(0, MAX_NAME_LENGTH).replace(/[-.]+$/, '') : name;
}
/**
 * A key that tells apart the legs of a matrix running the action in one job
 * (GITHUB_JOB is the same for all of them): the job id, the environment or target
 * host, and a short hash of what the leg gates (target, environment, load shape,
 * endpoints, thresholds). Stable across re-runs, so the PR comment is found again.
 */
function deriveJobKey(job, settings) {
    let host = settings.targetUrl;
    try {
        host = new URL(settings.targetUrl).host;
    }
    catch {
        // Keep the text as it is.
    }
    const identity = JSON.stringify([
        settings.targetUrl,
        settings.environment ?? null,
        settings.stages,
        settings.endpoints.map((e) => [e.name, e.weight]),
        settings.thresholds.map((t) => t.source),
    ]);
    const hash = (0,external_node_crypto_.createHash)('sha256').update(identity).digest('hex').slice(0, 8);
    return [job || 'loadgate', settings.environment ?? host, hash].join('-');
}
function artifactUrl(id, where) {
    if (!where.serverUrl || !where.repository || !where.runId)
        return undefined;
    return `${where.serverUrl.replace(/\/+$/, '')}/${where.repository}/actions/runs/${where.runId}/artifacts/${id}`;
}
async function publishArtifact(options) {
    const name = artifactName(options.name, options.jobKey);
    // Loaded when used: the client library is large, and most runs never need it.
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(645)]).then(__webpack_require__.bind(__webpack_require__, 9645));
    const client = new DefaultArtifactClient();
    const uploaded = await client.uploadArtifact(name, options.files, options.rootDir, {
        ...(options.retentionDays !== undefined ? { retentionDays: options.retentionDays } : {}),
    });
    if (uploaded.id === undefined)
        throw new Error(`the artifact service returned no id for ${name}`);
    const url = artifactUrl(uploaded.id, options);
    return {
        id: uploaded.id,
        name,
        ...(uploaded.size !== undefined ? { size: uploaded.size } : {}),
        ...(uploaded.digest !== undefined ? { digest: uploaded.digest } : {}),
        ...(url ? { url } : {}),
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/integrations/run-integration.ts
/**
 * Failure isolation for the integrations (artifact, Slack, Pushgateway, PR comment):
 * none of them may change the verdict or stop the others. Each runs with its own
 * time limit and its own try/catch; whatever goes wrong becomes one warning.
 */
const REDACTED = '***';
/**
 * Replace every secret in `text` (also in its URL-encoded form) with `***`, and any
 * `user:password@` part of a URL.
 */
function scrubSecrets(text, secrets = []) {
    let out = text;
    const forms = new Set();
    for (const secret of secrets) {
        if (!secret || secret.length < 4)
            continue;
        forms.add(secret);
        forms.add(encodeURIComponent(secret));
        forms.add(encodeURI(secret));
        try {
            // A URL as the WHATWG parser prints it (e.g. a trailing slash added).
            forms.add(new URL(secret).href);
        }
        catch {
            // Not a URL.
        }
    }
    // Longest first, so a secret that contains another is replaced whole.
    for (const form of [...forms].sort((a, b) => b.length - a.length))
        out = out.split(form).join(REDACTED);
    // Credentials in any URL, and Slack webhook paths even when not passed as secrets.
    out = out.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/\s:@]+(?::[^/\s@]*)?@/gi, `$1${REDACTED}@`);
    out = out.replace(/(hooks\.slack(?:-gov)?\.com\/(?:services|workflows|triggers)\/)[^\s"'<>]+/gi, `$1${REDACTED}`);
    return out;
}
/** One line naming what went wrong, following `cause` chains (fetch hides the socket error there). */
function describeError(error) {
    if (error === undefined || error === null)
        return `unknown error (${String(error)} was thrown)`;
    const parts = [];
    let current = error;
    for (let depth = 0; depth < 4 && current !== undefined && current !== null; depth++) {
        const text = describeOne(current);
        if (text && !parts.some((p) => p.includes(text)))
            parts.push(text);
        current = current instanceof Error ? current.cause : undefined;
    }
    const line = parts.join(': ').replace(/\s+/g, ' ').trim();
    return line.length > 600 ? `${line.slice(0, 597)}...` : line || 'unknown error';
}
function describeOne(value) {
    if (value instanceof AggregateError) {
        const inner = value.errors.map(describeOne).filter(Boolean);
        const code = value.code;
        return [value.message, typeof code === 'string' ? code : '', ...inner].filter(Boolean).join('; ');
    }
    if (value instanceof Error) {
        const code = value.code;
        const message = value.message || value.name;
        // System error codes (ECONNREFUSED…) say more than some messages; library codes do not.
        return typeof code === 'string' && /^E[A-Z0-9_]+$/.test(code) && !message.includes(code)
            ? `${message} (${code})`
            : message;
    }
    if (typeof value === 'string')
        return value;
    if (typeof value === 'object') {
        try {
            return JSON.stringify(value) ?? String(value);
        }
        catch {
            return Object.prototype.toString.call(value);
        }
    }
    return String(value);
}
class IntegrationTimeout extends Error {
    constructor(timeoutMs) {
        super(`no answer within ${timeoutMs} ms (timed out)`);
    }
}
/**
 * Run one integration. `fn` gets a signal that aborts when the time is up, to pass on
 * to its HTTP client. Resolves to `fn`'s result, or to undefined after exactly one
 * `warn` call naming the integration and the cause (secrets scrubbed). Never rejects.
 */
async function runIntegration(name, timeoutMs, fn, warn, options = {}) {
    const controller = new AbortController();
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => {
            const error = new IntegrationTimeout(timeoutMs);
            reject(error);
            controller.abort(error);
        }, timeoutMs);
    });
    try {
        const work = Promise.resolve().then(() => fn(controller.signal));
        // The work may still settle after the time-out: that late result is of no interest.
        work.catch(() => undefined);
        return await Promise.race([work, timeout]);
    }
    catch (error) {
        const message = `${name} failed: ${scrubSecrets(describeError(error), options.secrets)}`;
        try {
            warn(message);
        }
        catch {
            // A broken warn must not break the caller either.
        }
        return undefined;
    }
    finally {
        clearTimeout(timer);
        timeout.catch(() => undefined);
    }
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/version.ts

/** The released version, shown in reports and results.json. */
const TOOL_VERSION = package_namespaceObject.rE;
const TOOL_NAME = 'loadgate';

;// CONCATENATED MODULE: ./src/report/markdown-text.ts
/**
 * User text in markdown (endpoint names, paths, thresholds): escaped so it cannot break
 * a table or inject markup, and cut to a cell's length. Shared by every markdown section.
 */
/** Characters of user text a cell shows at most. */
const MAX_CELL_CHARS = 160;
function truncate(text, max = MAX_CELL_CHARS) {
    const chars = [...text];
    return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
/** User text for a table cell or a line: no HTML, no markdown emphasis or links, no row breaks. */
function markdownText(text) {
    return truncate(text.replace(/\r?\n|\r/g, ' '))
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]|~#!])/g, '\\$1');
}
/** A code span for any text: a fence longer than any backtick run inside, pipes escaped for tables. */
function codeSpan(text) {
    const flat = truncate(text.replace(/\r?\n|\r/g, ' '));
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${flat.replace(/\|/g, '\\|')}${pad}${fence}`;
}

;// CONCATENATED MODULE: ./src/report/plural.ts
/**
 * The one rule every report text counts things with, so no report says "all 1
 * thresholds met" or "1 SLOs failed": the noun agrees with its number.
 */

/** The noun for `n` of them: `threshold` for 1, `thresholds` otherwise (0 included). */
function noun(n, one, many = `${one}s`) {
    return n === 1 ? one : many;
}
/** `1 threshold`, `3 thresholds`, `1,200 requests`. */
function countOf(n, one, many = `${one}s`) {
    return `${format_formatNumber(n)} ${noun(n, one, many)}`;
}
/** `the 1 threshold` or `all 3 thresholds`: the whole of a set, without "all 1". */
function allOf(n, one, many = `${one}s`) {
    return n === 1 ? `the 1 ${one}` : `all ${formatNumber(n)} ${many}`;
}
/** `2 of 3 SLOs`, `1 of 1 SLO`: a part of a set, the noun agreeing with the whole. */
function partOf(part, whole, one, many = `${one}s`) {
    return `${format_formatNumber(part)} of ${countOf(whole, one, many)}`;
}

;// CONCATENATED MODULE: ./src/report/traffic-report.ts




/** Rows of the violation and check tables shown at most (results.json has all kept rows). */
const MAX_TRAFFIC_ROWS = 50;
function count(n, one, many = `${one}s`) {
    return `${format_formatNumber(n)} ${n === 1 ? one : many}`;
}
/** `401 × 3, timeout × 1` */
function reasons(failures, max = 3) {
    const entries = Object.entries(failures);
    const shown = entries.slice(0, max).map(([reason, n]) => `${reason} × ${format_formatNumber(n)}`);
    if (entries.length > max)
        shown.push(`${entries.length - max} more`);
    return shown.join(', ');
}
function setupLabel(ctx) {
    const steps = ctx.settings.traffic?.setup ?? [];
    return steps.length === 1 ? steps[0].name : 'setup';
}
/** Findings about setup, isolation and checks, most important first. */
function trafficFindings(ctx) {
    const traffic = ctx.measurements.traffic;
    if (!traffic)
        return [];
    const out = [];
    const isolation = traffic.isolation;
    if (isolation && isolation.violations > 0) {
        const worst = isolation.details
            .slice(0, 3)
            .map((v) => `${v.endpoint} showed ${v.seenTenant}'s data to ${v.requestingTenant} (${format_formatNumber(v.count)})`);
        out.push(`${count(isolation.violations, 'tenant-isolation violation')} in ${format_formatNumber(isolation.checked)} responses checked: ` +
            `${worst.join('; ')}${isolation.details.length > 3 ? `; and ${count(isolation.details.length - 3, 'more pair')}` : ''}.`);
    }
    const setup = traffic.setup;
    if (setup && setup.failed > 0) {
        const users = setup.users.failed > 0
            ? `for ${format_formatNumber(setup.users.failed)} of ${format_formatNumber(setup.users.total)} users`
            : '';
        const never = setup.users.total - setup.users.loggedIn;
        out.push(`${setupLabel(ctx)} failed ${users}: ${reasons(setup.failures)}` +
            (never > 0
                ? `; ${count(never, 'user')} never got past it and sent no gated requests.`
                : '; each retried and got through.'));
    }
    const failing = traffic.checks.filter((check) => check.fails > 0).sort((a, b) => b.fails - a.fails);
    if (failing.length > 0) {
        const shown = failing.slice(0, 3).map((c) => 
        // A k6 check belongs to no endpoint (its endpoint is empty).
        `"${c.name}"${c.endpoint ? ` on ${c.endpoint}` : ''} (${format_formatNumber(c.fails)} of ${format_formatNumber(c.passes + c.fails)})`);
        out.push(`Checks failed: ${shown.join(', ')}${failing.length > 3 ? `, and ${failing.length - 3} more` : ''}.`);
    }
    if (traffic.reauthentications > 0) {
        out.push(`${count(traffic.reauthentications, 'request')} got a 401 and logged in again before being retried once; ` +
            'the 401s are not counted as failed requests.');
    }
    return out;
}
function traffic_report_row(cells) {
    return `| ${cells.join(' | ')} |`;
}
function table(header, align, rows, rowsAre) {
    const lines = [
        traffic_report_row(header),
        traffic_report_row(align.map((a) => (a === 'r' ? '---:' : '---'))),
        ...rows.slice(0, MAX_TRAFFIC_ROWS).map(traffic_report_row),
    ];
    if (rows.length > MAX_TRAFFIC_ROWS)
        lines.push('', `…and ${format_formatNumber(rows.length - MAX_TRAFFIC_ROWS)} more ${rowsAre}, in results.json.`);
    return lines;
}
function setupLines(ctx, traffic) {
    const setup = traffic.setup;
    if (!setup)
        return [];
    const { latency } = setup;
    const lines = [
        '',
        '### Setup (measured apart from the gated traffic)',
        '',
        `${format_formatNumber(setup.users.loggedIn)} of ${format_formatNumber(setup.users.total)} users completed the setup; ` +
            `${count(setup.requests, 'setup request')}, ${format_formatNumber(setup.failed)} failed` +
            (setup.failed > 0 ? ` (${markdownText(reasons(setup.failures, 5))})` : '') +
            (latency.count > 0
                ? `; p50 ${format_formatMs(latency.p50)}, p95 ${format_formatMs(latency.p95)}, max ${format_formatMs(latency.max)}`
                : '') +
            '.',
    ];
    if (traffic.reauthentications > 0) {
        lines.push('', `${count(traffic.reauthentications, 'gated request')} got a 401 and logged in again (retried once; the 401s are not gated errors).`);
    }
    const steps = ctx.settings.traffic?.setup ?? [];
    if (steps.length > 0) {
        lines.push('', ...table(['Setup request', 'Request', 'Captures', 'Sent', 'Failed'], ['l', 'l', 'l', 'r', 'r'], steps.map((step, i) => [
            markdownText(step.name),
            codeSpan(`${step.method} ${step.path}`),
            (step.captures ?? []).map((c) => codeSpan(c.name)).join(', ') || '–',
            format_formatNumber(setup.steps[i]?.requests ?? 0),
            format_formatNumber(setup.steps[i]?.failed ?? 0),
        ]), 'setup requests'));
    }
    return lines;
}
function checkLines(traffic) {
    if (traffic.checks.length === 0)
        return [];
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
            ? `${format_formatPercent((passes / total) * 100)} of ${countOf(total, 'check')} passed.`
            : 'No check ran.',
        '',
        ...table(['Check', 'Endpoint', 'Passed', 'Failed', 'Rate'], ['l', 'l', 'r', 'r', 'r'], traffic.checks.map((c) => [
            markdownText(c.name),
            markdownText(c.endpoint),
            format_formatNumber(c.passes),
            format_formatNumber(c.fails),
            c.passes + c.fails > 0 ? format_formatPercent((c.passes / (c.passes + c.fails)) * 100) : '–',
        ]), 'checks'),
    ];
}
function isolationLines(ctx, traffic) {
    const isolation = traffic.isolation;
    const settings = ctx.settings.traffic?.isolation;
    if (!isolation || !settings)
        return [];
    const where = settings.from === 'json' ? `JSON path ${codeSpan(settings.path)}` : `header ${codeSpan(settings.path)}`;
    const lines = [
        '',
        '### Tenant isolation',
        '',
        `Tenant read from the ${where}, compared with the data field ${codeSpan(settings.field)}: ` +
            `**${count(isolation.violations, 'violation')}** in ${format_formatNumber(isolation.checked)} responses checked` +
            (isolation.unchecked > 0
                ? ` (${format_formatNumber(isolation.unchecked)} showed no tenant and were not judged)`
                : '') +
            '. Response bodies are never shown.',
    ];
    if (isolation.details.length > 0) {
        lines.push('', ...table(['Endpoint', 'Requesting tenant', 'Tenant seen', 'Responses'], ['l', 'l', 'l', 'r'], isolation.details.map((v) => [
            markdownText(v.endpoint),
            markdownText(v.requestingTenant),
            markdownText(v.seenTenant),
            format_formatNumber(v.count),
        ]), 'violation rows'));
        if (isolation.detailsDropped > 0) {
            lines.push('', `${count(isolation.detailsDropped, 'further violation')} fell in rows beyond the first ${isolation.details.length}.`);
        }
    }
    return lines;
}
function scenarioLines(ctx) {
    const traffic = ctx.settings.traffic;
    if (!traffic)
        return [];
    const parts = [];
    if (traffic.data) {
        parts.push(`Test data ${codeSpan(traffic.data.file)}: ${count(traffic.data.records.length, 'record')}, ` +
            `columns ${traffic.data.columns.map((c) => codeSpan(c)).join(', ')} (values not shown), taken ${traffic.data.order === 'random' ? 'at random' : 'round-robin'} per VU.`);
    }
    if (traffic.thinkTime) {
        const { minMs, maxMs } = traffic.thinkTime;
        parts.push(`Think time ${minMs === maxMs ? durations_formatDuration(minMs) : `${durations_formatDuration(minMs)} to ${durations_formatDuration(maxMs)}`} after each request.`);
    }
    return parts.length > 0 ? ['', ...parts] : [];
}
/** The report.md section; empty when the run used no realistic-traffic feature. */
function trafficSection(ctx) {
    const traffic = ctx.measurements.traffic;
    if (!traffic || !ctx.settings.traffic)
        return [];
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
function trafficTextLines(ctx, dotted) {
    const traffic = ctx.measurements.traffic;
    if (!traffic)
        return [];
    const lines = [];
    if (traffic.checks.length > 0) {
        let passes = 0;
        let total = 0;
        for (const check of traffic.checks) {
            passes += check.passes;
            total += check.passes + check.fails;
        }
        lines.push(dotted('checks', total > 0
            ? `${formatPercent((passes / total) * 100)}  ${formatNumber(passes)} of ${formatNumber(total)}`
            : 'none ran'));
    }
    if (traffic.isolation) {
        lines.push(dotted('isolation_violations', `${formatNumber(traffic.isolation.violations)}  in ${formatNumber(traffic.isolation.checked)} responses checked`));
    }
    if (traffic.setup) {
        const s = traffic.setup;
        lines.push(dotted('setup_reqs', `${formatNumber(s.requests)}  ${formatNumber(s.failed)} failed · ${formatNumber(s.users.loggedIn)} of ${formatNumber(s.users.total)} users in` +
            (s.latency.count > 0 ? ` · p95 ${formatMs(s.latency.p95)}` : '')));
        if (traffic.reauthentications > 0)
            lines.push(dotted('reauthentications', formatNumber(traffic.reauthentications)));
    }
    return lines;
}
/** The traffic settings for results.json: data described by its columns and size (no values), captures by name. */
function trafficResultsSettings(settings) {
    const traffic = settings.traffic;
    if (!traffic)
        return null;
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

;// CONCATENATED MODULE: ./src/report/results-document.ts




const RESULTS_SCHEMA_VERSION = 2;
/** What a header value is replaced with. */
const results_document_REDACTED = '***';
/** The settings written to results.json: an explicit list, so a new (possibly secret) field is never copied by accident. */
const RESULTS_SETTINGS_KEYS = [
    'targetUrl',
    'environment',
    'configPath',
    'stages',
    'maxVus',
    'endpoints',
    'headers',
    'timeoutMs',
    'failOnBreach',
    'autoRollback',
    'reportDir',
];
function redactHeaders(headers) {
    return Object.fromEntries(Object.keys(headers).map((name) => [name, results_document_REDACTED]));
}
function redactSettings(settings) {
    const picked = Object.fromEntries(RESULTS_SETTINGS_KEYS.filter((key) => settings[key] !== undefined).map((key) => [key, settings[key]]));
    return {
        ...picked,
        targetUrl: displayUrl(settings.targetUrl),
        headers: redactHeaders(settings.headers),
        endpoints: settings.endpoints.map((endpoint) => ({
            ...endpoint,
            headers: redactHeaders(endpoint.headers),
        })),
    };
}
/** The object written as results.json. */
function buildResultsDocument(ctx) {
    const { settings, evaluation } = ctx;
    return {
        schemaVersion: RESULTS_SCHEMA_VERSION,
        tool: { name: TOOL_NAME, version: ctx.toolVersion },
        generatedAt: ctx.generatedAt,
        verdict: evaluation.verdict,
        verdictReasons: [...evaluation.reasons],
        rollback: ctx.rollback,
        target: displayUrl(settings.targetUrl),
        environment: settings.environment ?? null,
        runUrl: ctx.runUrl ?? null,
        settings: redactSettings(settings),
        traffic: trafficResultsSettings(settings),
        measurements: ctx.measurements,
        thresholds: evaluation.results.map(({ threshold: t, actual, status, note }) => ({
            source: t.source,
            origin: t.origin,
            metric: t.metric,
            tags: { ...t.tags },
            aggregation: t.aggregation,
            percentile: t.percentile ?? null,
            operator: t.operator,
            limit: t.limit,
            marginalLimit: t.marginalLimit ?? null,
            relative: t.relative ?? null,
            actual,
            status,
            note: note ?? null,
        })),
        failedSlos: evaluation.results.filter((r) => r.status === 'fail').map((r) => r.threshold.source),
        baseline: ctx.baseline ?? null,
        comparison: comparisonDocument(evaluation),
        ...(ctx.shard ? { shard: ctx.shard } : {}),
        ...(ctx.mergedFrom ? { mergedFrom: ctx.mergedFrom } : {}),
    };
}
function comparisonDocument(evaluation) {
    if (evaluation.baseline === undefined)
        return null;
    const thresholds = [];
    evaluation.results.forEach((r, index) => {
        if (!r.threshold.relative || !r.comparison)
            return;
        thresholds.push({
            index,
            source: r.threshold.source,
            endpoint: r.threshold.tags.endpoint ?? null,
            status: r.status,
            actual: r.actual,
            ...r.comparison,
        });
    });
    return {
        ...evaluation.baseline,
        thresholds,
        regressions: (0,baseline_comparison/* regressionsOf */.W2)(evaluation.results),
        reasons: (0,baseline_comparison/* comparisonReasons */.Rm)(evaluation.results),
    };
}

;// CONCATENATED MODULE: ./src/baseline/read-results-file.ts
/**
 * An earlier run's results.json as a baseline: its `measurements`, checked for the
 * fields a comparison needs. Whatever is wrong with the file (absent, not JSON, another
 * schema, no requests) is a `missing` reason: a warning for the run, never a crash, so
 * that `baseline-missing: pass` can let a first run through.
 */




/** The current schema and the one before it: a release's baseline may come from the previous release. */
const ACCEPTED_SCHEMA_VERSIONS = [
    RESULTS_SCHEMA_VERSION - 1,
    RESULTS_SCHEMA_VERSION,
].filter((version) => version >= 1);
/** Largest results file read, so a wrong path to a huge file is refused instead of exhausting memory. */
const MAX_RESULTS_FILE_BYTES = 50 * 1024 * 1024;
const latency = schemas/* looseObject */._H3({
    count: schemas/* number */.aig(),
    mean: schemas/* number */.aig(),
    p50: schemas/* number */.aig(),
    p90: schemas/* number */.aig(),
    p95: schemas/* number */.aig(),
    p99: schemas/* number */.aig(),
    max: schemas/* number */.aig(),
});
const requestStats = {
    requests: schemas/* number */.aig(),
    succeeded: schemas/* number */.aig(),
    failed: schemas/* number */.aig(),
    rps: schemas/* number */.aig(),
    latency,
};
/** What a comparison reads; everything else in `measurements` is kept as it is. */
const measurementsSchema = schemas/* looseObject */._H3({
    startedAt: schemas/* string */.YjP(),
    finishedAt: schemas/* string */.YjP(),
    durationMs: schemas/* number */.aig(),
    overall: schemas/* looseObject */._H3(requestStats),
    endpoints: schemas/* array */.YOg(schemas/* looseObject */._H3({ name: schemas/* string */.YjP(), ...requestStats })),
    timeSeries: schemas/* array */.YOg(schemas/* looseObject */._H3({
        t: schemas/* number */.aig(),
        requests: schemas/* number */.aig(),
        errors: schemas/* number */.aig(),
        p50: schemas/* number */.aig(),
        p95: schemas/* number */.aig(),
        p99: schemas/* number */.aig(),
    })),
});
/**
 * The measurements of a results.json text, or why they cannot be used; `name` says which file in messages.
 * `allowEmpty`: a run that completed no requests is measurements too (a shard leg that reached nothing).
 */
function parseResultsDocument(text, name, options = {}) {
    let document;
    try {
        document = JSON.parse(text);
    }
    catch (error) {
        const detail = error instanceof SyntaxError ? error.message : String(error);
        return { problem: `${name} is not JSON (${detail}); expected the results.json a loadgate run writes` };
    }
    if (typeof document !== 'object' || document === null || Array.isArray(document)) {
        return { problem: `${name} is not a results.json (not a JSON object)` };
    }
    const { schemaVersion, measurements, generatedAt } = document;
    if (schemaVersion === undefined) {
        return { problem: `${name} has no schemaVersion; expected the results.json a loadgate run writes` };
    }
    if (typeof schemaVersion !== 'number' || !ACCEPTED_SCHEMA_VERSIONS.includes(schemaVersion)) {
        return {
            problem: `${name} has schemaVersion ${JSON.stringify(schemaVersion)}; this version of loadgate reads ${ACCEPTED_SCHEMA_VERSIONS.join(' or ')}`,
        };
    }
    if (measurements === undefined || measurements === null) {
        return { problem: `${name} has no measurements` };
    }
    const checked = measurementsSchema.safeParse(measurements);
    if (!checked.success) {
        const issue = checked.error.issues[0];
        const at = ['measurements', ...issue.path].join('.');
        return { problem: `${name} has incomplete measurements (${at}: ${issue.message})` };
    }
    if (checked.data.overall.requests === 0 && !options.allowEmpty) {
        return { problem: `${name} has no measurements: its run completed no requests` };
    }
    return {
        measurements: measurements,
        ...(typeof generatedAt === 'string' && !Number.isNaN(Date.parse(generatedAt)) ? { generatedAt } : {}),
    };
}
/**
 * Reads `path` (absolute, already checked to be inside the workspace) as a baseline.
 * `displayPath` is the path as the user gave it; `now` is when this run started.
 */
async function readResultsFile(source, now = Date.now()) {
    const origin = { kind: 'results', label: source.displayPath };
    const missing = (reason) => ({ origin, missing: reason });
    let text;
    try {
        // The settings resolved every link; one that appeared since could lead anywhere.
        if ((await (0,promises_.realpath)(source.path)) !== source.path) {
            return missing(`${source.displayPath} has become a symbolic link since the settings were read; not read`);
        }
        const { size } = await (0,promises_.stat)(source.path);
        if (size > MAX_RESULTS_FILE_BYTES) {
            return missing(`${source.displayPath} is larger than ${MAX_RESULTS_FILE_BYTES / 1024 / 1024} MB; expected a results.json`);
        }
        text = await (0,promises_.readFile)(source.path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return missing(`${source.displayPath} does not exist`);
        if (code === 'EISDIR')
            return missing(`${source.displayPath} is a directory`);
        return missing(`${source.displayPath} could not be read (${code ?? String(error)})`);
    }
    const parsed = parseResultsDocument(text, source.displayPath);
    if ('problem' in parsed)
        return missing(parsed.problem);
    return { origin: withAge(origin, parsed.generatedAt, now), measurements: parsed.measurements };
}
/** The origin with when its run was made and how old it is, in its label too. */
function withAge(origin, createdAt, now) {
    if (createdAt === undefined)
        return origin;
    const ageMs = Math.max(0, now - Date.parse(createdAt));
    return {
        ...origin,
        label: `${origin.label} (from ${createdAt}, ${describeAge(ageMs)} old)`,
        createdAt,
        ageMs,
    };
}

;// CONCATENATED MODULE: ./src/baseline/find-baseline-artifact.ts
/**
 * The report artifact of the last successful run as a baseline. With the token:
 * the workflow's last successful run on the branch (GitHub REST API, this run
 * excluded), then that run's artifacts and the download of the report artifact with
 * @actions/artifact (`findBy`: token, repository and run id), unzipped under the runner's
 * temp directory, and its results.json read as an earlier run's results.
 *
 * Everything that can go wrong (no token, no earlier successful run, no artifact, an API
 * or download failure, no answer in time) is a `missing` reason with the token scrubbed:
 * a warning for the run, never an exception. Both clients find the API through
 * GITHUB_API_URL; @actions/github reads it when it is loaded.
 */





/** The artifact client retries a 5xx answer five times (1 s, 4 s, … 25 s apart): this bounds the whole search. */
const ARTIFACT_BASELINE_TIMEOUT_MS = 90_000;
async function findBaselineArtifact(request) {
    const { source } = request;
    const where = `${source.workflow ?? 'this workflow'} on ${source.branch ?? 'the default branch'}`;
    const origin = { kind: 'artifact', label: `the last successful run of ${where}` };
    const missing = (reason, at = origin) => ({
        origin: at,
        missing: scrubSecrets(reason, request.token ? [request.token] : []),
    });
    if (!request.token) {
        return missing('no token: baseline-artifact needs github-token (with the actions: read permission)');
    }
    const [owner, repo] = (request.repository ?? '').split('/');
    if (!owner || !repo)
        return missing('the repository is unknown (GITHUB_REPOSITORY is not set)');
    const timeoutMs = request.timeoutMs ?? ARTIFACT_BASELINE_TIMEOUT_MS;
    const controller = new AbortController();
    let timer;
    const timedOut = new Promise((resolve) => {
        timer = setTimeout(() => {
            controller.abort();
            resolve(missing(`no answer from the GitHub API within ${Math.round(timeoutMs / 1000)} s`));
        }, timeoutMs);
    });
    const work = search({ ...request, token: request.token }, owner, repo, origin, controller.signal).catch((error) => missing(describeApiFailure(error)));
    try {
        const found = await Promise.race([work, timedOut]);
        return 'missing' in found ? missing(found.missing, found.origin) : found;
    }
    finally {
        clearTimeout(timer);
    }
}
async function search(request, owner, repo, origin, signal) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351));
    const octokit = getOctokit(request.token, { request: { signal } });
    const missing = (reason, at = origin) => ({
        origin: at,
        missing: reason,
    });
    let workflow = request.source.workflow ?? workflowFileOf(request.workflowRef);
    if (workflow === undefined && request.runId) {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
            owner,
            repo,
            run_id: Number(request.runId),
        });
        workflow = data.workflow_id;
    }
    if (workflow === undefined) {
        return missing('this workflow is unknown (GITHUB_WORKFLOW_REF is not set); set baseline-artifact to WORKFLOW_FILE[@BRANCH]');
    }
    let branch = request.source.branch ?? request.defaultBranch;
    if (branch === undefined) {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}', { owner, repo });
        branch = data.default_branch;
    }
    const { data: runs } = await octokit.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
        owner,
        repo,
        workflow_id: workflow,
        branch,
        status: 'success',
        per_page: 5,
    });
    const run = runs.workflow_runs.find((r) => String(r.id) !== request.runId);
    if (!run)
        return missing(`no earlier successful run of ${workflow} on ${branch}`);
    const createdAt = run.run_started_at ?? run.created_at;
    const runOrigin = withAge({
        kind: 'artifact',
        label: `run ${run.id} of ${workflow} on ${branch}`,
        runId: run.id,
        ...(run.html_url ? { runUrl: run.html_url } : {}),
    }, createdAt ?? undefined, request.now ?? Date.now());
    // Loaded when used: the client library is large, and most runs never need it.
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(645)]).then(__webpack_require__.bind(__webpack_require__, 9645));
    const client = new DefaultArtifactClient();
    const findBy = {
        token: request.token,
        repositoryOwner: owner,
        repositoryName: repo,
        workflowRunId: run.id,
    };
    const { artifacts } = await client.listArtifacts({ latest: true, findBy });
    const chosen = chooseReportArtifact(artifacts, request.source.artifactName, request.report);
    if ('problem' in chosen)
        return missing(`${runOrigin.label}: ${chosen.problem}`, runOrigin);
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(request.tempDir, 'loadgate-baseline-'));
    try {
        await client.downloadArtifact(chosen.artifact.id, { path: dir, findBy });
        const file = await findResultsFile(dir);
        if (!file)
            return missing(`${runOrigin.label}: artifact ${chosen.artifact.name} has no results.json`, runOrigin);
        if ((await (0,promises_.stat)(file)).size > MAX_RESULTS_FILE_BYTES) {
            return missing(`${runOrigin.label}: the results.json of ${chosen.artifact.name} is too large`, runOrigin);
        }
        const parsed = parseResultsDocument(await (0,promises_.readFile)(file, 'utf8'), `the results.json of artifact ${chosen.artifact.name}`);
        if ('problem' in parsed)
            return missing(`${runOrigin.label}: ${parsed.problem}`, runOrigin);
        return { origin: runOrigin, measurements: parsed.measurements };
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/** What a failed API call means for the user: the permission a 403 lacks, what a 404 did not find. */
function describeApiFailure(error) {
    const status = error.status;
    const url = error.request?.url;
    const what = typeof url === 'string' ? ` (${new URL(url).pathname})` : '';
    if (status === 401)
        return `the GitHub API refused the token${what}: bad credentials`;
    if (status === 403) {
        return `the GitHub API refused the token${what}: it needs the actions: read permission (${describeError(error)})`;
    }
    if (status === 404)
        return `not found${what}: is the workflow file or the repository misspelt, or private to the token?`;
    return `the GitHub API failed${what}: ${describeError(error)}`;
}
/** `deploy.yml` from `acme/shop/.github/workflows/deploy.yml@refs/heads/main`. */
function workflowFileOf(workflowRef) {
    const match = /\/\.github\/workflows\/([^@/]+)@/.exec(workflowRef ?? '');
    return match?.[1];
}
/**
 * The report artifact among a run's: the one named, else the one this job uploads,
 * else one of this job under other thresholds (the job key's hash differs), else the
 * only artifact with the report's base name.
 */
function chooseReportArtifact(artifacts, named, report) {
    const names = artifacts.length
        ? `it has ${artifacts
            .map((a) => a.name)
            .sort()
            .slice(0, 8)
            .join(', ')}${artifacts.length > 8 ? ', …' : ''}`
        : 'it has none (expired, or not uploaded)';
    if (named !== undefined) {
        const artifact = artifacts.find((a) => a.name === named);
        return artifact ? { artifact } : { problem: `no artifact named ${named}; ${names}` };
    }
    const own = artifactName(report.baseName, report.jobKey);
    const stem = own.slice(0, own.lastIndexOf('-') + 1);
    const base = artifactName(report.baseName);
    const exact = artifacts.find((a) => a.name === own);
    if (exact)
        return { artifact: exact };
    for (const candidates of [
        artifacts.filter((a) => stem.length > base.length && a.name.startsWith(stem)),
        artifacts.filter((a) => a.name === base || a.name.startsWith(`${base}-`)),
    ]) {
        if (candidates.length === 1)
            return { artifact: candidates[0] };
        if (candidates.length > 1) {
            return {
                problem: `several report artifacts (${candidates.map((a) => a.name).join(', ')}); set baseline-artifact-name to the one to compare with`,
            };
        }
    }
    return { problem: `no report artifact named ${base}…; ${names}` };
}
/** results.json at the top of the unzipped artifact, else the first one a few levels down. */
async function findResultsFile(dir, depth = 0) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    const here = entries.find((entry) => entry.isFile() && entry.name === 'results.json');
    if (here)
        return external_node_path_default().join(dir, here.name);
    if (depth >= 3)
        return undefined;
    for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
        const found = await findResultsFile(external_node_path_default().join(dir, entry.name), depth + 1);
        if (found)
            return found;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/baseline/load-baseline.ts
/**
 * The baseline a run compares with, loaded before any request is sent: an earlier
 * results.json or the last successful run's report artifact. A live baseline is not
 * loaded: the engine measures it during the run. The action and the CLI share this.
 */





/** The loaded baseline, or undefined when there is none to load (no source, or a live one). */
async function loadBaseline(settings, options = {}) {
    const source = settings.baseline?.source;
    const env = options.env ?? process.env;
    const now = options.now ?? Date.now();
    if (source?.kind === 'results')
        return readResultsFile(source, now);
    if (source?.kind !== 'artifact')
        return undefined;
    const defaultBranch = defaultBranchOf(env.GITHUB_EVENT_PATH);
    return findBaselineArtifact({
        source,
        report: { baseName: settings.publish.artifactName, jobKey: deriveJobKey(env.GITHUB_JOB, settings) },
        tempDir: env.RUNNER_TEMP || external_node_os_default().tmpdir(),
        now,
        ...(settings.publish.githubToken ? { token: settings.publish.githubToken } : {}),
        ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
        ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
        ...(env.GITHUB_WORKFLOW_REF ? { workflowRef: env.GITHUB_WORKFLOW_REF } : {}),
        ...(defaultBranch ? { defaultBranch } : {}),
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    });
}
/** The default branch the event payload names (`repository.default_branch`), if it does. */
function defaultBranchOf(eventPath) {
    if (!eventPath)
        return undefined;
    try {
        const event = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8'));
        const branch = event.repository?.default_branch;
        return typeof branch === 'string' && branch ? branch : undefined;
    }
    catch {
        return undefined;
    }
}
/** One line for the log: where the baseline came from and what it holds, or why there is none. */
function describeBaseline(baseline, whenMissing) {
    if ('missing' in baseline) {
        const then = whenMissing === 'pass'
            ? 'the relative thresholds pass without it (baseline-missing: pass)'
            : 'the relative thresholds have no data, so they fail (baseline-missing: pass would let them pass)';
        return `Baseline not available: ${baseline.missing}; ${then}.`;
    }
    const { overall, durationMs } = baseline.measurements;
    const link = baseline.origin.runUrl ? ` ${baseline.origin.runUrl}` : '';
    return `Baseline: ${baseline.origin.label}${link}: ${overall.requests} requests over ${Math.round(durationMs / 1000)} s, p95 ${overall.latency.p95} ms`;
}

;// CONCATENATED MODULE: ./src/config/inputs.ts
/** The action's inputs (action.yml), shared by the action and the CLI. */
const INPUT_NAMES = [
    'target-url',
    'config',
    'environment',
    'duration',
    'vus',
    'ramp-up',
    'rate',
    'max-vus',
    'workers',
    'scenario',
    'endpoints',
    'thresholds',
    'headers',
    'timeout',
    'fail-on-breach',
    'auto-rollback',
    'report-dir',
    'upload-artifact',
    'artifact-name',
    'artifact-retention-days',
    'slack-webhook-url',
    'slack-notify-on',
    'pushgateway-url',
    'comment-on-pr',
    'check-run',
    'github-token',
    'baseline-url',
    'baseline-results',
    'baseline-artifact',
    'baseline-artifact-name',
    'baseline-missing',
    'confidence',
    'ca-file',
    'insecure-tls',
    'client-cert',
    'client-key',
    'tls-server-name',
    'resolve',
    'http2',
    'mode',
    'shard',
    'start-at',
    'k6-results',
    'prometheus-url',
    'prometheus-headers',
];
/** A full `RawInputs` from the given ones (the rest ''). */
function rawInputs(given = {}) {
    return Object.fromEntries(INPUT_NAMES.map((name) => [name, given[name] ?? '']));
}
/** Non-blank, non-comment lines of a multi-line input, with their 1-based line numbers. */
function meaningfulLines(text) {
    return text
        .split(/\r?\n/)
        .map((line, i) => ({ line: i + 1, text: line.trim() }))
        .filter((entry) => entry.text !== '' && !entry.text.startsWith('#'));
}

;// CONCATENATED MODULE: ./src/config/action-inputs.ts
/** Reads the action's inputs from the runner (the only config module that uses @actions/core). */



/** Every input as given ('' when not given); `core.getInput` reads `INPUT_<NAME>` (e.g. `INPUT_TARGET-URL`). */
function readActionInputs() {
    return Object.fromEntries(INPUT_NAMES.map((name) => [name, core/* getInput */.V4(name)]));
}

;// CONCATENATED MODULE: ./src/config/defaults.ts
/** Built-in defaults: what a run uses for a key that no input, environment block or file top level gives. */
const DEFAULT_CONFIG_PATH = '.github/loadgate.yml';
const DEFAULTS = {
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
};

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(21916);
;// CONCATENATED MODULE: ./src/config/describe.ts
/** Small helpers that make issue messages: quoting received values and "did you mean". */

/** Longest part of a value a message quotes: enough to recognise it, never a whole file or a 100 kB URL. */
const EXCERPT_LENGTH = 60;
/**
 * A text as a message shows it: in double quotes (control characters escaped), cut to
 * `EXCERPT_LENGTH` characters with `… (N characters)` when longer.
 */
function excerpt(text, max = EXCERPT_LENGTH) {
    if (text.length <= max)
        return JSON.stringify(text);
    // Do not cut a surrogate pair in half.
    const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
    return `${JSON.stringify(text.slice(0, end))}… (${text.length} characters)`;
}
/** A text cut to `max` characters (with `…`), unquoted: for a library's own message. */
function shorten(text, max = EXCERPT_LENGTH) {
    return text.length <= max ? text : `${text.slice(0, max)}…`;
}
/** How a received value is quoted in a message: strings as an excerpt, other YAML values by kind. */
function quote(value) {
    if (typeof value === 'string')
        return excerpt(value);
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return kindOf(value);
}
/** A value named by its kind only (`a mapping`, `a list`), for values that must not be shown. */
function kindOf(value) {
    if (typeof value === 'string')
        return 'a text';
    if (typeof value === 'number')
        return 'a number';
    if (typeof value === 'boolean')
        return 'true or false';
    if (value === null || value === undefined)
        return 'an empty value';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return typeof value;
}
/**
 * The candidate closest to `word` when it is close enough to be a likely typo (case
 * is ignored; at most two edits, or a third of the letters for long words), or the
 * only candidate that starts with it (`prod` → `production`); else undefined.
 */
function closestMatch(word, candidates) {
    const lower = word.toLowerCase();
    const extended = candidates.filter((candidate) => candidate.toLowerCase().startsWith(lower));
    if (lower.length >= 3 && extended.length === 1)
        return extended[0];
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const d = (0,mod/* distance */.Io)(lower, candidate.toLowerCase());
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    const allowed = Math.min(Math.max(2, Math.floor(word.length / 3)), word.length - 1);
    return bestDistance <= allowed ? best : undefined;
}
/** ` (did you mean "x"?)`-style suffix, or '' when nothing is close. */
function didYouMean(word, candidates) {
    const match = closestMatch(word, candidates);
    return match === undefined ? '' : `; did you mean "${match}"?`;
}
/** `a, b or c` */
function listOf(items, conjunction = 'or') {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

// EXTERNAL MODULE: ./src/slo/threshold-parser.ts + 1 modules
var threshold_parser = __webpack_require__(47967);
;// CONCATENATED MODULE: ./src/config/target-url.ts
/**
 * The rules for a URL the load is sent to (`target-url`, and any later URL input such
 * as a baseline's): absolute http(s), one line without blanks or control characters
 * (the URL parser would drop a tab or line break silently), a port from 1 to 65535,
 * a host name DNS allows, no credentials. Each mistake has its own message, quoting
 * an excerpt of the value and never a password.
 */

const EXAMPLE = 'such as https://canary.example.com';
const MAX_HOST_LENGTH = 253;
const MAX_LABEL_LENGTH = 63;
/** Why the URL is refused, or undefined when it is fine. */
function targetUrlProblem(text) {
    // Control characters are what this looks for: the URL parser would drop some silently.
    // eslint-disable-next-line no-control-regex
    const odd = /[\u0000-\u0020\u007f-\u009f\u2028\u2029]/.exec(text);
    if (odd) {
        return `got ${quote(text)}, which holds ${describeCharacter(odd[0])} at character ${odd.index + 1}; expected one URL without blanks or control characters, ${EXAMPLE}`;
    }
    const port = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*:(\d+)(?=$|[/?#])/i.exec(text)?.[1];
    if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) {
        return `got ${quote(text)}, whose port ${quote(port)} is out of range; expected a port from 1 to 65535 (or none), ${EXAMPLE}`;
    }
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return `got ${quote(text)}; expected an absolute http or https URL ${EXAMPLE}`;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        return `got ${quote(text)}; expected an http or https URL ${EXAMPLE} (the scheme is ${url.protocol.slice(0, -1)})`;
    }
    if (url.username || url.password) {
        const shown = new URL(url.href);
        shown.username = shown.username ? '***' : '';
        shown.password = shown.password ? '***' : '';
        return `got ${quote(shown.href)}; credentials must not be part of the URL (it appears in logs and reports): remove them and send them with headers, e.g. "Authorization: Bearer …"`;
    }
    const host = url.hostname.replace(/\.$/, '');
    if (!host.startsWith('[')) {
        if (host.length > MAX_HOST_LENGTH) {
            return `got ${quote(text)}, whose host name has ${host.length} characters; expected at most ${MAX_HOST_LENGTH} (the DNS limit), ${EXAMPLE}`;
        }
        const long = host.split('.').find((label) => label.length > MAX_LABEL_LENGTH);
        if (long !== undefined) {
            return `got ${quote(text)}, whose host name has a label (part between dots) of ${long.length} characters; expected at most ${MAX_LABEL_LENGTH} (the DNS limit), ${EXAMPLE}`;
        }
    }
    return undefined;
}
/** Checks a URL the load goes to; reports the problem at `where`. Returns whether it is usable. */
function checkTargetUrl(value, where, add) {
    const problem = targetUrlProblem(value);
    if (problem)
        add(where, problem);
    return problem === undefined;
}
function describeCharacter(char) {
    if (char === '\n' || char === '\r')
        return 'a line break';
    if (char === '\t')
        return 'a tab';
    if (char === ' ')
        return 'a space';
    return `a control character (U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')})`;
}

;// CONCATENATED MODULE: ./src/config/workspace-path.ts
/**
 * Paths the action reads or writes must lie inside the workspace (or another root
 * the caller allows, such as the runner's temp directory for reports). A config file
 * comes from the repository, maybe from a pull request: without this rule it could
 * point `data:` at the runner's own files and send them to a target. Symlinks are
 * followed before the check, so a link that leads out is refused too. A refused path
 * is quoted as given (an excerpt); the file it names is never read.
 */



/** The path resolved and checked, or undefined (with the issue reported at `where`). */
function checkWorkspacePath(given, where, options, add) {
    const refuse = (why) => {
        add(where, `got ${quote(given)}, ${why}; expected ${options.expected}`);
        return undefined;
    };
    if (given.includes('\0'))
        return refuse('which holds a NUL character');
    const follow = options.followLinks ?? true;
    const realRoot = (dir) => (follow ? realExisting(external_node_path_default().resolve(dir)) : external_node_path_default().resolve(dir));
    const roots = [options.workspace, ...(options.extraRoots ?? [])].map(realRoot);
    const lexical = external_node_path_default().resolve(options.workspace, given);
    const lexicalRoots = [options.workspace, ...(options.extraRoots ?? [])].map((dir) => external_node_path_default().resolve(dir));
    if (!lexicalRoots.some((root) => isInside(lexical, root)) &&
        !roots.some((root) => isInside(lexical, root))) {
        return refuse(external_node_path_default().isAbsolute(given) ? 'an absolute path outside the workspace' : 'which leads outside the workspace');
    }
    const absolute = follow ? realExisting(lexical) : lexical;
    if (!roots.some((root) => isInside(absolute, root))) {
        return refuse('which leads outside the workspace through a symlink');
    }
    const workspace = roots[0];
    const relative = external_node_path_default().relative(workspace, absolute);
    return { absolute, displayPath: isInside(absolute, workspace) ? relative || '.' : absolute };
}
/** Whether `target` is `root` or lies under it (both absolute, normalised). */
function isInside(target, root) {
    const relative = external_node_path_default().relative(root, target);
    return (relative === '' ||
        (!relative.startsWith(`..${(external_node_path_default()).sep}`) && relative !== '..' && !external_node_path_default().isAbsolute(relative)));
}
/**
 * The real path of `absolute`: symlinks resolved for the part that exists, the rest
 * (a file or directory not created yet) appended as written.
 */
function realExisting(absolute, depth = 0) {
    const rest = [];
    let current = absolute;
    for (;;) {
        try {
            return external_node_path_default().join(external_node_fs_default().realpathSync.native(current), ...rest.reverse());
        }
        catch {
            // A link that leads nowhere yet still says where it leads: follow it, or a file
            // created there later would be read from outside the workspace.
            const link = readLink(current);
            if (link !== undefined && depth < 40) {
                return external_node_path_default().join(realExisting(external_node_path_default().resolve(external_node_path_default().dirname(current), link), depth + 1), ...rest.reverse());
            }
            const parent = external_node_path_default().dirname(current);
            if (parent === current)
                return absolute;
            rest.push(external_node_path_default().basename(current));
            current = parent;
        }
    }
}
function readLink(file) {
    try {
        return external_node_fs_default().readlinkSync(file);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/config/baseline-settings.ts
/**
 * Where the canary's baseline comes from and how it is judged. One source per run:
 * a live baseline loaded at the same time (`baseline-url`), an earlier run's
 * results.json (`baseline-results`), or the report artifact of the last successful run
 * (`baseline-artifact`).
 *
 * Each layer (inputs, an `environments:` block, the file's top level) names at most one
 * source; the highest layer that names one decides, so an environment can switch a
 * top-level artifact baseline to a live one (or off, with `baseline-artifact: false`).
 * Two sources in the same layer are refused: it would be a guess which one was meant.
 */




const BASELINE_SOURCE_KEYS = ['baseline-url', 'baseline-results', 'baseline-artifact'];
const BASELINE_MISSING = ['pass', 'fail'];
const BASELINE_DEFAULTS = { missing: 'fail', confidence: 0.95 };
const CONFIDENCE_MIN_EXCLUSIVE = 0.5;
const CONFIDENCE_MAX = 0.999;
const SOURCES_EXPECTED = 'expected one baseline source per run: baseline-url (a live baseline), baseline-results (an earlier results.json) or baseline-artifact (the last successful run’s report)';
/**
 * The source one layer names: a source, `null` for "no baseline" (`baseline-artifact:
 * false`), or `undefined` when it is refused (the issue is reported).
 */
function baselineSourceFrom(given, workspace, add) {
    const named = given.filter((entry) => !(entry.key === 'baseline-artifact' && isFalse(entry.value)));
    if (named.length > 1) {
        const [first, ...others] = named;
        add(first.where, `got both ${listOf(named.map((entry) => entry.key), 'and')} (${others.map((entry) => entry.where).join(', ')}); ${SOURCES_EXPECTED}`);
        return undefined;
    }
    const entry = named[0];
    if (!entry)
        return { source: null };
    const text = typeof entry.value === 'string' ? entry.value.trim() : entry.value;
    if (entry.key === 'baseline-url') {
        const problem = typeof text === 'string' ? targetUrlProblem(text) : `got ${quote(text)}; expected a URL`;
        if (problem)
            return void add(entry.where, problem);
        return { source: { kind: 'live', url: text } };
    }
    if (entry.key === 'baseline-results') {
        if (typeof text !== 'string' || text === '') {
            return void add(entry.where, `got ${quote(text)}; expected the path of a results.json inside the workspace`);
        }
        const checked = checkWorkspacePath(text, entry.where, {
            workspace,
            expected: 'the path of a results.json inside the workspace, such as baseline/results.json',
        }, add);
        if (!checked)
            return undefined;
        if (isDirectory(checked.absolute)) {
            return void add(entry.where, `got ${quote(text)}; it is a directory; expected the path of a results.json file`);
        }
        return { source: { kind: 'results', path: checked.absolute, displayPath: text } };
    }
    const artifact = artifactSourceFrom(text, entry.where, add);
    return artifact ? { source: artifact } : undefined;
}
function isFalse(value) {
    return value === false || (typeof value === 'string' && /^(?:false|False|FALSE)$/.test(value.trim()));
}
/** `WORKFLOW_FILE[@BRANCH]`: a workflow file name (or its path, or its numeric id), then a branch. */
const ARTIFACT_SPEC = /^(?:\.github\/workflows\/)?([A-Za-z0-9_.-]+\.ya?ml|\d+)(?:@(.+))?$/;
const ARTIFACT_EXPECTED = 'expected true (this workflow on the default branch) or WORKFLOW_FILE[@BRANCH] such as deploy.yml or deploy.yml@main';
function artifactSourceFrom(value, where, add) {
    if (value === true || (typeof value === 'string' && /^(?:true|True|TRUE)$/.test(value))) {
        return { kind: 'artifact' };
    }
    const match = typeof value === 'string' ? ARTIFACT_SPEC.exec(value) : null;
    if (!match)
        return void add(where, `got ${quote(value)}; ${ARTIFACT_EXPECTED}`);
    const [, workflow, rawBranch] = match;
    if (rawBranch === undefined)
        return { kind: 'artifact', workflow };
    const branch = rawBranch.replace(/^refs\/heads\//, '');
    if (!isBranchName(branch)) {
        return void add(where, `got ${quote(value)}: ${quote(rawBranch)} is not a branch name; ${ARTIFACT_EXPECTED}`);
    }
    return { kind: 'artifact', workflow, branch };
}
/** Git's rules for a ref name, the parts a typo can break. */
function isBranchName(name) {
    return (name !== '' &&
        // No spaces or control characters.
        ![...name].some((char) => char <= ' ' || char === '\x7f') &&
        !/[~^:?*[\\]/.test(name) &&
        !name.includes('..') &&
        !name.includes('@{') &&
        !/^[-/]|[/.]$|\.lock$|\/\//.test(name));
}
function isDirectory(file) {
    try {
        return external_node_fs_default().statSync(file).isDirectory();
    }
    catch {
        return false;
    }
}
/** `baseline-missing` from an input's text (the file's value is checked by its schema). */
function baselineMissingFrom(text, where, add) {
    if (BASELINE_MISSING.includes(text))
        return text;
    return void add(where, `got ${quote(text)}; expected pass (a run without its baseline passes its relative thresholds, and says so) or fail (they fail: no data)`);
}
/** `confidence`: 0.95 or 95 %, in (0.5, 0.999]. */
function confidenceFrom(value, where, add) {
    const text = String(value).trim();
    const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(text);
    const number = percent ? Number(percent[1]) / 100 : /^\d*\.?\d+$/.test(text) ? Number(text) : NaN;
    if (number > CONFIDENCE_MIN_EXCLUSIVE && number <= CONFIDENCE_MAX)
        return number;
    return void add(where, `got ${quote(value)}; expected a confidence level above ${CONFIDENCE_MIN_EXCLUSIVE} and at most ${CONFIDENCE_MAX}, such as 0.95 or 95%`);
}
/** The artifact's name, as `artifact-name` allows it (GitHub's rule). */
function baselineArtifactNameFrom(text, where, add) {
    if (text !== '' && !/[":<>|*?\r\n\\/]/.test(text))
        return text;
    return void add(where, `got ${quote(text)}; expected the name of the report artifact, without any of " : < > | * ? \\ / or line breaks, such as loadgate-report-gate-production-1a2b3c4d`);
}
/**
 * The run's baseline settings, undefined when no source is named, or null when the
 * keys do not fit together (the issue is reported).
 */
function combineBaseline(choices, targetUrl, add) {
    const source = choices.source?.value ?? undefined;
    const name = choices.artifactName;
    if (name && source?.kind !== 'artifact') {
        add(name.where, `got baseline-artifact-name ${quote(name.value)} ${source ? `with the ${source.kind} baseline of ${choices.source.where}` : 'without baseline-artifact'}; expected it only together with baseline-artifact`);
        return null;
    }
    if (source?.kind === 'live' && targetUrl !== undefined && sameUrl(source.url, targetUrl)) {
        add(choices.source.where, `got ${quote(source.url)}, the same URL as target-url; expected the URL of the baseline deployment (the build the canary replaces)`);
        return null;
    }
    if (!source)
        return undefined;
    return {
        source: source.kind === 'artifact' && name ? { ...source, artifactName: name.value } : source,
        missing: choices.missing?.value ?? BASELINE_DEFAULTS.missing,
        confidence: choices.confidence?.value ?? BASELINE_DEFAULTS.confidence,
    };
}
function sameUrl(a, b) {
    try {
        return new URL(a).href.replace(/\/+$/, '') === new URL(b).href.replace(/\/+$/, '');
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/config/live-baseline.ts
/** Why this live baseline cannot run with the scenario, or undefined. */
function liveBaselineProblem(baseline, scenario) {
    if (baseline?.source.kind !== 'live' || scenario !== 'breakpoint')
        return undefined;
    return 'a live baseline does not run with the breakpoint scenario (the staircase stops where the canary breaks, so the baseline has no step to compare with); expected another scenario, or an earlier run as the baseline with baseline-results';
}
/** Why a live baseline cannot run with `scenarios:`, or undefined. */
function liveBaselineProblemOfScenarios(baseline) {
    if (baseline?.source.kind !== 'live')
        return undefined;
    return 'a live baseline does not run with scenarios: yet (each scenario would need its twin on the baseline); expected no scenarios:, or an earlier run as the baseline with baseline-results';
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/config/file/yaml-guards.ts
/**
 * What the YAML parser accepts but a config must not hold, found on the parsed
 * Document's nodes (before any JavaScript object is built, since `toJS` may drop a
 * `__proto__` key or set a prototype with it):
 * - keys that name object internals (`__proto__`, `constructor`, `prototype`);
 * - aliases (and merge keys, `<<: *a`) that multiply into a huge value ("billion laughs").
 * Each is reported at the line of the key it sits under.
 */


/** Keys that would reach an object's prototype or constructor. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Most values a document may expand to through aliases: real configs hold a few hundred. */
const MAX_EXPANDED_VALUES = 100_000;
function isUnsafeKey(key) {
    return UNSAFE_KEYS.has(key);
}
/** Refusals of the document, in file order (empty when it is safe to convert). */
function yamlRefusals(doc, lines) {
    const refusals = [];
    const at = (node, path, message) => {
        refusals.push({ ...lines.linePos(startOf(node) ?? 0), path, message });
    };
    walk(doc.contents, [], undefined, (node, path, keyNode) => {
        const key = path.at(-1);
        if (node === keyNode && typeof key === 'string' && isUnsafeKey(key)) {
            at(keyNode, path, `got the key ${excerpt(key)}, a name JavaScript reserves for object internals; expected a setting or header name`);
        }
    });
    if (refusals.length)
        return refusals;
    const bomb = expansionOver(doc, MAX_EXPANDED_VALUES);
    if (bomb)
        at(bomb.keyNode ?? bomb.node, bomb.path, expansionMessage(MAX_EXPANDED_VALUES));
    return refusals;
}
/**
 * Where the aliases multiply, for when the parser's own alias limit is hit first:
 * the deepest key whose value expands to more than `limit` values, or the first alias.
 */
function aliasRefusal(doc, lines, limit) {
    const found = expansionOver(doc, limit) ?? firstAlias(doc);
    const node = found?.keyNode ?? found?.node;
    return {
        ...lines.linePos(startOf(node) ?? 0),
        path: found?.path ?? [],
        message: expansionMessage(limit),
    };
}
function expansionMessage(limit) {
    return `the aliases here expand to more than ${limit} values (repeated *alias or << merges); expected anchors and aliases that repeat a few values, not a structure that multiplies`;
}
/** The deepest key (or item) whose value expands, through aliases, to more than `limit` values. */
function expansionOver(doc, limit) {
    const sizes = new Map();
    const size = (node) => {
        if ((0,dist/* isAlias */.Vj)(node))
            node = node.resolve(doc);
        if (!(0,dist/* isMap */.jh)(node) && !(0,dist/* isSeq */.oP)(node))
            return 1;
        const known = sizes.get(node);
        if (known !== undefined)
            return known;
        sizes.set(node, Infinity); // an alias to an enclosing node counts as endless
        let total = 1;
        for (const item of node.items) {
            total += (0,dist/* isPair */.tO)(item) ? size(item.key) + size(item.value) : size(item);
            if (total > limit)
                break;
        }
        sizes.set(node, total);
        return total;
    };
    if (size(doc.contents) <= limit || !hasAlias(doc.contents))
        return undefined;
    let found = { node: doc.contents, keyNode: undefined, path: [] };
    for (;;) {
        const current = (0,dist/* isAlias */.Vj)(found.node) ? undefined : found.node;
        let next;
        if ((0,dist/* isMap */.jh)(current)) {
            for (const pair of current.items) {
                if (size(pair.value) > limit) {
                    next = { node: pair.value, keyNode: pair.key, path: [...found.path, keyOf(pair.key)] };
                    break;
                }
            }
        }
        else if ((0,dist/* isSeq */.oP)(current)) {
            const index = current.items.findIndex((item) => size(item) > limit);
            if (index >= 0)
                next = { node: current.items[index], keyNode: undefined, path: [...found.path, index] };
        }
        if (!next)
            return found;
        found = next;
    }
}
function hasAlias(root) {
    let seen = false;
    walk(root, [], undefined, (node) => {
        if ((0,dist/* isAlias */.Vj)(node) || ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'symbol'))
            seen = true;
    });
    return seen;
}
function firstAlias(doc) {
    let found;
    walk(doc.contents, [], undefined, (node, path, keyNode) => {
        if (!found && (0,dist/* isAlias */.Vj)(node))
            found = { node, keyNode, path };
    });
    return found;
}
/** Visits every node once, in file order, without following aliases. */
function walk(node, path, keyNode, visit) {
    visit(node, path, keyNode);
    if ((0,dist/* isMap */.jh)(node)) {
        for (const pair of node.items) {
            const key = keyOf(pair.key);
            if ((0,dist/* isScalar */.jn)(pair.key))
                visit(pair.key, [...path, key], pair.key);
            walk(pair.value, [...path, key], pair.key, visit);
        }
    }
    else if ((0,dist/* isSeq */.oP)(node)) {
        node.items.forEach((item, index) => walk(item, [...path, index], undefined, visit));
    }
}
function keyOf(key) {
    if ((0,dist/* isScalar */.jn)(key))
        return typeof key.value === 'symbol' ? '<<' : String(key.value);
    return '?';
}
function startOf(node) {
    return node?.range?.[0];
}

;// CONCATENATED MODULE: ./src/config/file/yaml-source.ts
/**
 * YAML text parsed with positions kept, so that a problem found in the parsed value
 * (by path) can be reported at its line and column.
 */



function parseYaml(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, merge: true });
    const problems = doc.errors.slice(0, 1).map((error) => ({
        ...lineCounter.linePos(error.pos[0]),
        // The parser's own words, cut short: they may carry a piece of the text.
        message: shorten(error.message.replace(/\s+/g, ' ').trim(), 200),
    }));
    let refused = problems.length === 0 ? yamlRefusals(doc, lineCounter) : [];
    let value;
    if (problems.length === 0 && refused.length === 0) {
        try {
            value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        }
        catch (error) {
            // "Excessive alias count": the parser's own guard against alias bombs.
            if (!(error instanceof ReferenceError))
                throw error;
            refused = [aliasRefusal(doc, lineCounter, MAX_ALIAS_COUNT)];
        }
    }
    return {
        value: value === null ? undefined : value,
        problems,
        refused,
        position: (path, atKey = false) => lineCounter.linePos(offsetAt(doc, path, atKey)),
    };
}
/** The parser's limit on alias uses (`toJS({maxAliasCount})`). */
const MAX_ALIAS_COUNT = 1000;
/** `thresholds[1]`, `environments.staging.ramp-up`, `headers["X Bad"]`. */
function formatPath(path) {
    let out = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            out += `[${segment}]`;
        else if (/^[A-Za-z_$][\w$-]*$/.test(String(segment)) && String(segment).length <= EXCERPT_LENGTH)
            out += `${out ? '.' : ''}${String(segment)}`;
        else
            out += `[${excerpt(String(segment))}]`;
    }
    return out;
}
function offsetAt(doc, path, atKey) {
    let node = doc.contents;
    let best = yaml_source_startOf(node) ?? 0;
    for (const [index, segment] of path.entries()) {
        if ((0,dist/* isAlias */.Vj)(node))
            node = node.resolve(doc);
        const isLast = index === path.length - 1;
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((item) => (0,dist/* isPair */.tO)(item) && keyText(item.key) === String(segment));
            if (!pair)
                return best;
            const keyStart = yaml_source_startOf(pair.key);
            const valueStart = yaml_source_startOf(pair.value);
            if (isLast && atKey && keyStart !== undefined)
                return keyStart;
            // `key:` with no value: point at the key.
            best = ((0,dist/* isScalar */.jn)(pair.value) && pair.value.value === null ? undefined : valueStart) ?? keyStart ?? best;
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number') {
            const item = node.items[segment];
            if (item === undefined)
                return best;
            best = yaml_source_startOf(item) ?? best;
            node = item;
        }
        else {
            return best;
        }
    }
    return best;
}
function keyText(key) {
    if ((0,dist/* isScalar */.jn)(key))
        return String(key.value);
    return undefined;
}
function yaml_source_startOf(node) {
    const range = node?.range;
    return range ? range[0] : undefined;
}

;// CONCATENATED MODULE: ./src/config/file/zod-issues.ts
/**
 * zod issues flattened into one problem per location, with unknown keys named one
 * by one ("did you mean") and union failures narrowed to the alternative the value
 * was evidently meant as.
 */


/** Validates `value`; returns the parsed value, or the problems. */
function validate(schema, value) {
    const result = schema.safeParse(value);
    if (result.success)
        return { ok: true, value: result.data };
    return { ok: false, problems: result.error.issues.flatMap((issue) => flatten(schema, issue, [])) };
}
function flatten(root, issue, prefix) {
    const path = [...prefix, ...issue.path];
    switch (issue.code) {
        case 'unrecognized_keys': {
            const known = objectKeysAt(root, path);
            return issue.keys.map((key) => ({
                path: [...path, key],
                atKey: true,
                unknownKey: true,
                message: `unknown key ${quote(key)}` +
                    (didYouMean(key, known) || (known.length ? `; expected one of ${listOf(known)}` : '')),
            }));
        }
        case 'invalid_key':
            return [{ path, atKey: true, message: issue.issues[0]?.message ?? issue.message }];
        case 'invalid_union': {
            // Alternatives whose type matched (no wrong-type issue at the union itself).
            const meant = issue.errors.filter((errors) => !errors.some((e) => e.path.length === 0 && e.code === 'invalid_type'));
            if (meant.length === 1 && meant[0].length > 0) {
                return meant[0].flatMap((inner) => flatten(root, inner, path));
            }
            return [{ path, atKey: false, message: issue.message }];
        }
        default:
            return [{ path, atKey: false, message: issue.message }];
    }
}
/** Keys of the object schema(s) that can be at `path` (for "did you mean"). */
function objectKeysAt(schema, path) {
    if (schema instanceof schemas/* ZodOptional */.IiU || schema instanceof schemas/* ZodNullable */.l1C || schema instanceof schemas/* ZodDefault */.XiL) {
        return objectKeysAt(schema.unwrap(), path);
    }
    if (schema instanceof schemas/* ZodUnion */.fZ7) {
        return [...new Set(schema.options.flatMap((option) => objectKeysAt(option, path)))];
    }
    const [head, ...rest] = path;
    if (schema instanceof schemas/* ZodObject */.bvH) {
        const shape = schema.shape;
        if (head === undefined)
            return Object.keys(shape);
        const next = shape[String(head)] ?? schema.def.catchall;
        return next ? objectKeysAt(next, rest) : [];
    }
    if (head === undefined)
        return [];
    if (schema instanceof schemas/* ZodRecord */.b8S)
        return objectKeysAt(schema.valueType, rest);
    if (schema instanceof schemas/* ZodArray */.naA)
        return objectKeysAt(schema.element, rest);
    return [];
}

;// CONCATENATED MODULE: ./src/config/input-label.ts
/** The action's naming, the default: `input 'target-url'`. */
const actionInputLabel = (name) => `input '${name}'`;

;// CONCATENATED MODULE: ./src/config/layers/layer.ts

const INVALID = Symbol('invalid');
/** Collects issues; `slot` turns a check into a slot (INVALID when it reported something). */
class Issues {
    input;
    list = [];
    /** How messages name an input (`input 'vus'` in the action, `--vus` in the CLI). */
    constructor(input = actionInputLabel) {
        this.input = input;
    }
    add(where, message) {
        this.list.push({ where, message });
    }
    slot(where, compute) {
        const value = compute();
        return value === INVALID ? INVALID : { value, where };
    }
}
/** A layer whose every key is INVALID: its source could not be read at all. */
function invalidLayer() {
    const keys = [
        'targetUrl',
        'durationMs',
        'vus',
        'rampUpMs',
        'stages',
        'endpoints',
        'thresholds',
        'headers',
        'timeoutMs',
        'failOnBreach',
        'autoRollback',
        'reportDir',
        'rate',
        'maxVus',
        'workers',
        'scenario',
        'data',
        'setup',
        'thinkTime',
        'isolation',
        'baselineSource',
        'baselineArtifactName',
        'baselineMissing',
        'confidence',
        'caFile',
        'insecureTls',
        'clientCert',
        'clientKey',
        'tlsServerName',
        'resolve',
        'http2',
        'mode',
        'shard',
        'startAt',
        'k6Results',
        'prometheusUrl',
        'prometheusTimeoutMs',
        'prometheusRetries',
        'prometheusStepMs',
        'targetLabels',
        'serverMetrics',
        'scenarios',
    ];
    return Object.fromEntries(keys.map((key) => [key, INVALID]));
}
/** The slot of the first layer that gives `key`. */
function pick(layers, key) {
    // Read through a record of unknowns: narrowing Layer[K] itself makes the compiler expand the union of every slot type.
    const found = layers.find((layer) => layer[key] !== undefined);
    return found?.[key];
}
/** A valid slot's value and location (mapped), or undefined. */
function sourced(slot, map = (value) => value) {
    return slot === undefined || slot === INVALID ? undefined : { value: map(slot.value), where: slot.where };
}

;// CONCATENATED MODULE: ./src/config/settings.ts
/**
 * The one typed, validated description of a gate run. Everything after
 * `readSettings` works from this object only: no module past config/ reads
 * inputs, environment variables or the config file.
 */
const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
/** The load shape presets (see scenario-presets.ts). */
const SCENARIO_NAMES = ['smoke', 'load', 'stress', 'spike', 'soak', 'breakpoint'];

;// CONCATENATED MODULE: ./src/config/schema/schema-parts.ts
/** Small zod builders the schema fragments share, each giving messages that quote the value and name the form expected. */



/**
 * An error function for containers (objects, records, arrays) that only rewords the
 * wrong-type issue: their other issues (unknown keys, bad keys) keep zod's own and are
 * reworded in config/file/load-config-file.ts, which knows the keys.
 */
const whenWrongType = (message) => (iss) => iss.code === 'invalid_type' ? message(iss.input) : undefined;
const duration = (description) => schemas/* string */.YjP({ error: (iss) => durationSyntaxMessage(iss.input) })
    .regex(new RegExp(DURATION_PATTERN), { error: (iss) => durationSyntaxMessage(iss.input) })
    .meta({ description });
const wholeNumber = (min, what, description) => {
    const error = (iss) => `got ${quote(iss.input)}; expected ${what}`;
    return schemas/* int */.Whr({ error }).min(min, { error }).meta({ description });
};
const flag = (description) => schemas/* boolean */.zMY({ error: (iss) => `got ${quote(iss.input)}; expected true or false` }).meta({ description });
const schema_parts_text = (what, description) => schemas/* string */.YjP({ error: (iss) => `got ${quote(iss.input)}; expected ${what}` })
    .min(1, { error: () => `got an empty string; expected ${what}` })
    .meta({ description });

// EXTERNAL MODULE: ./src/slo/request-tags.ts
var request_tags = __webpack_require__(32903);
;// CONCATENATED MODULE: ./src/config/schema/tags-schema.ts
/**
 * Custom tags (`tags: {tier: read}`), as k6 has them on requests and scenarios: each
 * request carries them, and a threshold selects by them (`http_req_duration{tier:read}`).
 * A key is a name, not one of k6's system tags (those are set per request); a value
 * is text (a number or true/false is read as its text).
 */




/** The form of a tag key: what the threshold grammar reads before `:`. */
const TAG_KEY_PATTERN = '^[A-Za-z_][\\w-]*$';
const SYSTEM_TAGS = [...request_tags/* REQUEST_TAGS */.WD, ...Object.keys(request_tags/* UNRECORDED_SYSTEM_TAGS */.CN)];
const tagKey = schemas/* string */.YjP()
    .regex(new RegExp(TAG_KEY_PATTERN), {
    error: (iss) => `got the tag name ${quote(iss.input)}; expected a name of letters, digits, _ and - (starting with a letter or _), such as tier`,
})
    .refine((key) => !SYSTEM_TAGS.includes(key), {
    error: (iss) => `got the tag name ${quote(iss.input)}, one of k6's system tags, which each request sets itself; expected another name (system tags: ${listOf(SYSTEM_TAGS)})`,
});
const tagValue = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()], {
    error: (iss) => `got ${quote(iss.input)}; expected a tag value (text)`,
});
const tagsSchema = schemas/* record */.g1P(tagKey, tagValue, {
    error: whenWrongType((input) => `got ${quote(input)}; expected a mapping of tag names to values, such as {tier: read}`),
})
    .meta({
    description: 'Custom tags each request carries, selectable in thresholds as k6 does (`http_req_duration{tier:read}`).',
    examples: [{ tier: 'read' }],
});

// EXTERNAL MODULE: ./src/syntax/json-path.ts
var json_path = __webpack_require__(88225);
;// CONCATENATED MODULE: ./src/config/schema/traffic-schema.ts
/**
 * The config file's realistic-traffic keys, as zod schemas: `data`, `think-time`,
 * `isolation` (in SETTINGS_SHAPE), and per endpoint `captures` and `checks` (setup
 * items are endpoint items without weight and checks; endpoint-schema.ts builds them).
 * Syntax is checked here (JSON paths, regular expressions), so each problem gets its
 * line and column; what depends on several keys (template names, data columns) is
 * checked in config/traffic/traffic-settings.ts.
 */




/** A JSON path that parses (see syntax/json-path.ts). */
const jsonPathSchema = schemas/* string */.YjP({ error: (iss) => `got ${quote(iss.input)}; expected a JSON path such as $.access_token` })
    .superRefine((value, ctx) => {
    try {
        (0,json_path/* parseJsonPath */.Hf)(value);
    }
    catch (error) {
        if (!(error instanceof json_path/* JsonPathSyntaxError */.Z$))
            throw error;
        ctx.addIssue({ code: 'custom', message: error.message, input: value });
    }
})
    .meta({
    description: 'JSON path: `$.a.b`, `$.items[0].id`, `$["x-y"]`, `$.items[*].tenant` (no filters).',
});
const headerName = schemas/* string */.YjP({ error: (iss) => `got ${quote(iss.input)}; expected a header name such as x-tenant` })
    .regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, {
    error: (iss) => `got ${quote(iss.input)}; expected a header name such as x-tenant (no spaces or colons)`,
});
/** Names a template can look up: the form of `{{name}}`. */
const TEMPLATE_NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_.-]*$';
const captureSource = schemas/* union */.KCZ([
    schemas/* strictObject */.rej({ json: jsonPathSchema }),
    schemas/* strictObject */.rej({ header: headerName.meta({ description: 'Response header to capture.' }) }),
], {
    error: (iss) => `got ${quote(iss.input)}; expected {json: '$.access_token'} or {header: 'x-token'}`,
})
    .meta({ description: 'Where the value is read from: a JSON path of the body, or a response header.' });
const capturesSchema = schemas/* record */.g1P(schemas/* string */.YjP().regex(new RegExp(TEMPLATE_NAME_PATTERN), {
    error: (iss) => `got ${quote(iss.input)}; expected a capture name such as token (letters, digits, _ - .; it is used as {{token}})`,
}), captureSource, {
    error: whenWrongType((input) => `got ${quote(input)}; expected a mapping such as {token: {json: '$.access_token'}}`),
})
    .meta({
    description: 'Values read from the response and kept per VU, used later as `{{name}}`: `{token: {json: $.access_token}}`.',
});
const statusCode = schemas/* int */.Whr({ error: (iss) => `got ${quote(iss.input)}; expected an HTTP status from 100 to 599` })
    .min(100, { error: (iss) => `got ${quote(iss.input)}; expected an HTTP status from 100 to 599` })
    .max(599, { error: (iss) => `got ${quote(iss.input)}; expected an HTTP status from 100 to 599` });
const jsonCheck = schemas/* strictObject */.rej({
    path: jsonPathSchema,
    exists: schemas/* boolean */.zMY({ error: (iss) => `got ${quote(iss.input)}; expected true or false` })
        .optional()
        .meta({ description: 'The path selects something (true) or nothing (false).' }),
    equals: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY(), schemas/* null */.chJ()], {
        error: (iss) => `got ${quote(iss.input)}; expected a text, number, true, false or null`,
    })
        .optional()
        .meta({ description: 'The value at the path equals this.' }),
    matches: schemas/* string */.YjP({ error: (iss) => `got ${quote(iss.input)}; expected a regular expression such as ^[A-Z]+$` })
        .superRefine((value, ctx) => {
        try {
            new RegExp(value);
        }
        catch (error) {
            ctx.addIssue({
                code: 'custom',
                message: `got ${quote(value)}, which is not a valid regular expression (${error.message}); expected e.g. ^[A-Z]+$`,
                input: value,
            });
        }
    })
        .optional()
        .meta({ description: 'The value at the path, as text, matches this regular expression.' }),
}, {
    error: whenWrongType((input) => `got ${quote(input)}; expected {path: '$.x', exists: true} (or equals / matches)`),
})
    .meta({ description: 'A condition on a JSON path of the body.' });
const checkSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP({
        error: (iss) => `got ${quote(iss.input)}; expected a check name such as "portfolio has positions"`,
    })
        .min(1, { error: () => 'got an empty string; expected a check name such as "portfolio has positions"' })
        .optional()
        .meta({
        description: 'Name in reports and in the `check` tag of `checks` thresholds (default: the condition).',
    }),
    status: schemas/* union */.KCZ([
        statusCode,
        schemas/* array */.YOg(statusCode).min(1, { error: () => 'got an empty list; expected at least one status' }),
    ], {
        error: (iss) => `got ${quote(iss.input)}; expected an HTTP status or a list of them`,
    })
        .optional()
        .meta({ description: 'The status is one of these.' }),
    json: jsonCheck.optional(),
    'body-contains': schemas/* string */.YjP({ error: (iss) => `got ${quote(iss.input)}; expected a text the body must contain` })
        .min(1, { error: () => 'got an empty string; expected a text the body must contain' })
        .optional()
        .meta({ description: 'The body contains this text.' }),
    header: schemas/* strictObject */.rej({
        name: headerName,
        equals: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()], {
            error: (iss) => `got ${quote(iss.input)}; expected a header value`,
        }),
    }, {
        error: whenWrongType((input) => `got ${quote(input)}; expected {name: x-tenant, equals: acme}`),
    })
        .optional()
        .meta({ description: 'A response header equals a value.' }),
    'max-duration': duration('The response took at most this long.').optional(),
}, {
    error: whenWrongType((input) => `got ${quote(input)}; expected a check such as {name: ok, status: 200} (with status, json, body-contains, header or max-duration)`),
});
const checksSchema = schemas/* array */.YOg(checkSchema, {
    error: whenWrongType((input) => `got ${quote(input)}; expected a list of checks such as [{name: ok, status: 200}]`),
})
    .meta({
    description: 'Conditions on every response of this endpoint; each is counted in the `checks` metric (tag `check` = its name).',
});
const dataSchema = schemas/* union */.KCZ([
    schemas/* string */.YjP().min(1),
    schemas/* strictObject */.rej({
        file: schemas/* string */.YjP({ error: (iss) => `got ${quote(iss.input)}; expected the path of a CSV or JSON file` })
            .min(1, { error: () => 'got an empty string; expected the path of a CSV or JSON file' })
            .meta({
            description: 'CSV (with a header line) or JSON (a list of objects), relative to the workspace.',
        }),
        order: schemas/* enum */.k5n(['sequential', 'random'], {
            error: (iss) => `got ${quote(iss.input)}; expected sequential or random`,
        })
            .optional()
            .meta({ description: 'How VUs take records: sequential (round-robin, default) or random.' }),
    }),
], {
    error: (iss) => `got ${quote(iss.input)}; expected the path of a CSV or JSON file, or {file: users.csv, order: random}`,
})
    .meta({
    description: 'Test data: one record per VU (round-robin or random), fields used as `{{column}}`.',
});
const thinkTimeSchema = schemas/* union */.KCZ([
    duration('Pause after each request.'),
    schemas/* strictObject */.rej({
        min: duration('Shortest pause.'),
        max: duration('Longest pause.'),
    }),
], {
    error: (iss) => `got ${quote(iss.input)}; expected a duration such as 1s, or {min: 500ms, max: 2s}`,
})
    .meta({
    description: "Pause between a VU's requests: fixed (`1s`) or uniform in a range (`{min: 500ms, max: 2s}`).",
});
const isolationSchema = schemas/* strictObject */.rej({
    json: jsonPathSchema.optional(),
    header: headerName.optional().meta({ description: 'Response header that carries the tenant.' }),
    field: schemas/* string */.YjP({
        error: (iss) => `got ${quote(iss.input)}; expected the data column holding the VU's tenant`,
    })
        .min(1, { error: () => "got an empty string; expected the data column holding the VU's tenant" })
        .meta({ description: "The data column that holds the VU's own tenant." }),
}, {
    error: whenWrongType((input) => `got ${quote(input)}; expected {json: '$.tenant', field: tenant} or {header: x-tenant, field: tenant}`),
})
    .meta({
    description: "Tenant isolation: where a response shows its tenant (a JSON path or a header) and the data column with the VU's own tenant.",
});

;// CONCATENATED MODULE: ./src/config/schema/endpoint-schema.ts
/**
 * The request mix in the config file (and the `endpoints` input, which is YAML too):
 * endpoint items, setup items (endpoints without weight and checks), headers.
 */






/** `METHOD /path` or `/path` (method defaults to GET). */
const ENDPOINT_TEXT_PATTERN = `^(?:(${HTTP_METHODS.join('|')})\\s+)?(/\\S*)$`;
const ENDPOINT_TEXT_EXPECTED = `expected "METHOD /path" such as "GET /api/portfolio" or "/health" (METHOD one of ${listOf(HTTP_METHODS)}, in capitals; the path starts with /)`;
/** An HTTP header name (RFC 9110 token). */
const HEADER_NAME_PATTERN = "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$";
/** Why a path is refused, or undefined. */
function pathProblem(value) {
    if (typeof value === 'string' && /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
        return `got ${quote(value)}; expected a path starting with / such as /api/portfolio, not a full URL (paths are resolved against target-url)`;
    }
    return `got ${quote(value)}; expected a path starting with / and without spaces, such as /api/portfolio?limit=10`;
}
const headerValue = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()], {
    error: (iss) => `got ${quote(iss.input)}; expected a header value (text)`,
});
const headersSchema = schemas/* record */.g1P(schemas/* string */.YjP().regex(new RegExp(HEADER_NAME_PATTERN), {
    error: (iss) => `got ${quote(iss.input)}; expected a header name such as X-Api-Key (no spaces or colons)`,
}), headerValue, { error: whenWrongType((input) => `got ${quote(input)}; expected a mapping of header names to values`) })
    .meta({ description: 'Headers as `Name: value` pairs.' });
const statusError = (iss) => `got ${quote(iss.input)}; expected an HTTP status from 100 to 599`;
const endpoint_schema_statusCode = schemas/* int */.Whr({ error: statusError })
    .min(100, { error: statusError })
    .max(599, { error: statusError });
const expectStatus = schemas/* union */.KCZ([
    endpoint_schema_statusCode,
    schemas/* array */.YOg(endpoint_schema_statusCode).min(1, { error: () => 'got an empty list; expected at least one status' }),
], {
    error: (iss) => `got ${quote(iss.input)}; expected an HTTP status from 100 to 599, or a list of them`,
})
    .meta({
    description: 'Status codes that count as success (default: any 200–399).',
    examples: [201, [200, 204]],
});
const endpointText = schemas/* string */.YjP()
    .regex(new RegExp(ENDPOINT_TEXT_PATTERN), {
    error: (iss) => `got ${quote(iss.input)}; ${ENDPOINT_TEXT_EXPECTED}`,
})
    .meta({ description: '`METHOD /path` or `/path` (GET).', examples: ['GET /api/portfolio', '/health'] });
const endpointObject = schemas/* strictObject */.rej({
    name: schema_parts_text('a name such as "portfolio"', 'Label in reports and threshold tags (default `METHOD path`).').optional(),
    method: schemas/* enum */.k5n(HTTP_METHODS, {
        error: (iss) => `got ${quote(iss.input)}; expected one of ${listOf(HTTP_METHODS)} (in capitals)`,
    })
        .meta({ description: 'HTTP method (default GET).' })
        .optional(),
    path: schemas/* string */.YjP({ error: (iss) => pathProblem(iss.input) })
        .regex(/^\/(?:\{\{[^{}]*\}\}|\S)*$/, { error: (iss) => pathProblem(iss.input) })
        .meta({ description: 'Path plus optional query, starting with `/`; may use `{{templates}}`.' }),
    weight: schemas/* number */.aig({ error: (iss) => `got ${quote(iss.input)}; expected a number greater than 0` })
        .positive({ error: (iss) => `got ${quote(iss.input)}; expected a number greater than 0` })
        .meta({ description: 'Relative share of requests (default 1).' })
        .optional(),
    headers: headersSchema.optional(),
    body: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()), schemas/* array */.YOg(schemas/* unknown */.L5J())], {
        error: (iss) => `got ${quote(iss.input)}; expected text, or a mapping or list that is sent as JSON`,
    })
        .meta({ description: 'Request body: text as is, or a mapping/list sent as JSON.' })
        .optional(),
    'expect-status': expectStatus.optional(),
    captures: capturesSchema.optional(),
    checks: checksSchema.optional(),
    tags: tagsSchema.optional(),
}, {
    error: whenWrongType((input) => `got ${quote(input)}; expected a mapping with path (and name, method, weight, …)`),
});
const endpointItemSchema = schemas/* union */.KCZ([endpointText, endpointObject], {
    error: (iss) => `got ${quote(iss.input)}; expected "METHOD /path" or a mapping {name, method, path, weight, headers, body, expect-status}`,
})
    .meta({ description: 'One endpoint of the request mix.' });
/** A setup request (e.g. a login), sent by each VU before its first request: an endpoint without weight and checks. */
const setupItemSchema = endpointObject.omit({ weight: true, checks: true, tags: true }).meta({
    description: 'A request each VU sends before its first one (and again after a 401), e.g. a login with captures.',
});
const setupListSchema = schemas/* array */.YOg(setupItemSchema, {
    error: whenWrongType((input) => `got ${quote(input)}; expected a list of requests such as [{method: POST, path: /api/auth/login, captures: {token: {json: $.access_token}}}]`),
})
    .min(1, { error: () => 'got an empty list; expected at least one setup request' });
const endpointListSchema = schemas/* array */.YOg(endpointItemSchema, {
    error: whenWrongType((input) => `got ${quote(input)}; expected a list of endpoints such as ["GET /api/portfolio"]`),
})
    .min(1, { error: () => 'got an empty list; expected at least one endpoint' });

;// CONCATENATED MODULE: ./src/config/secrets.ts
const SENSITIVE_NAMES = new Set([
    'authorization',
    'proxy-authorization',
    'cookie',
    'set-cookie',
    'x-api-key',
    'api-key',
    'x-auth-token',
    'x-csrf-token',
    'x-xsrf-token',
]);
const SENSITIVE_PARTS = /token|secret|key|auth|pass|session|signature|credential/i;
/** Whether a header's value should be treated as a secret. */
function isSensitiveHeader(name) {
    return SENSITIVE_NAMES.has(name.toLowerCase()) || SENSITIVE_PARTS.test(name);
}
/**
 * Values of sensitive headers (global and per endpoint), for the caller to mask.
 * For `Authorization: Bearer abc` both the whole value and the credential `abc` are
 * returned, so that the credential is masked wherever it shows up alone.
 */
function sensitiveHeaderValues(settings) {
    const values = new Set();
    const collect = (headers) => {
        for (const [name, value] of Object.entries(headers)) {
            if (!isSensitiveHeader(name) || value.trim() === '')
                continue;
            values.add(value);
            const credential = /^(?:bearer|basic|token|digest)\s+(\S.*)$/i.exec(value.trim())?.[1];
            if (credential)
                values.add(credential);
        }
    };
    collect(settings.headers);
    for (const endpoint of settings.endpoints)
        collect(endpoint.headers);
    return [...values];
}
/** Values of secret data columns, for the action to mask in the log. */
function trafficSecretValues(traffic) {
    const data = traffic?.data;
    if (!data || data.secretColumns.length === 0)
        return [];
    const values = new Set();
    for (const record of data.records) {
        for (const column of data.secretColumns) {
            const value = record[column];
            if (value)
                values.add(value);
        }
    }
    return [...values];
}

;// CONCATENATED MODULE: ./src/config/headers-settings.ts
/**
 * Headers, from the `headers` input (`Name: value` lines) or a mapping of the config
 * file (global or per endpoint). They are checked here, with the other settings, so a
 * header the HTTP client would refuse is reported at its line before any load. Values
 * may be secrets: a refused value is never quoted back, only its header name and
 * location.
 */






const HEADER_NAME_RE = new RegExp(HEADER_NAME_PATTERN);
/** What HTTP allows in a field value: tab, visible ASCII, space and obs-text (Latin-1). */
const NOT_IN_FIELD_VALUE = /[^\t\x20-\x7e\x80-\xff]/;
/**
 * Why a header value cannot be sent, or undefined. Template placeholders (`{{token}}`)
 * are ASCII, so the literal part of a templated value is checked the same way. For a
 * sensitive header the character itself is not named.
 */
function headerValueProblem(name, value) {
    const bad = NOT_IN_FIELD_VALUE.exec(value);
    if (!bad)
        return undefined;
    const char = bad[0];
    const at = `at character ${bad.index + 1}`;
    const shown = isSensitiveHeader(name)
        ? ''
        : ` (U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')})`;
    const header = `for header ${quote(name)}`;
    if (char === '\r' || char === '\n')
        return `got a value with a line break ${header}; expected one line`;
    if (char.charCodeAt(0) < 0x20 || char === '\x7f') {
        return `got a value with a control character${shown} ${at} ${header}; expected printable text`;
    }
    return `got a value with a character outside Latin-1${shown} ${at} ${header}; expected Latin-1 text: use percent-encoding for other characters`;
}
/** The `headers` input: one `Name: value` per line. */
function headerLines(text, where, issues) {
    const headers = {};
    let ok = true;
    // A lone CR stays inside its line, and is refused there as a line break.
    for (const { line, text: entry } of meaningfulLines(text)) {
        const lineWhere = `${where} line ${line}`;
        const colon = entry.indexOf(':');
        const name = colon < 0 ? '' : entry.slice(0, colon).trim();
        const value = entry.slice(colon + 1).trim();
        const problem = colon < 0 ? undefined : headerValueProblem(name, value);
        if (colon < 0) {
            // The line is not quoted back: it may hold a secret.
            issues.add(lineWhere, 'got a line without a colon; expected "Name: value" such as "Authorization: Bearer …"');
            ok = false;
        }
        else if (!HEADER_NAME_RE.test(name) || isUnsafeKey(name)) {
            issues.add(lineWhere, `got the header name ${quote(name)}; expected "Name: value" with a name such as X-Api-Key (no spaces)`);
            ok = false;
        }
        else if (Object.keys(headers).some((known) => known.toLowerCase() === name.toLowerCase())) {
            issues.add(lineWhere, `got the header ${quote(name)} a second time; expected each header once`);
            ok = false;
        }
        else if (problem) {
            issues.add(lineWhere, problem);
            ok = false;
        }
        else {
            headers[name] = value;
        }
    }
    return ok ? headers : INVALID;
}
/** A `headers:` mapping of the config file (names already checked by the schema). */
function headerRecord(headers, locate, issues) {
    const out = {};
    let ok = true;
    for (const [name, raw] of Object.entries(headers)) {
        const value = String(raw);
        const problem = headerValueProblem(name, value);
        if (problem) {
            // The value is not quoted back: it may hold a secret.
            issues.add(locate(name), problem);
            ok = false;
        }
        else if (Object.keys(out).some((known) => known.toLowerCase() === name.toLowerCase())) {
            issues.add(locate(name), `got the header ${quote(name)} a second time (names ignore case); expected each header once`);
            ok = false;
        }
        else {
            out[name] = value;
        }
    }
    return ok ? out : INVALID;
}

;// CONCATENATED MODULE: ./src/config/traffic/request-checks.ts
/** Per endpoint: `captures` (values kept per VU for later templates) and `checks` (conditions on each response). */


/** `captures` of an endpoint or setup item. */
function capturesFrom(value) {
    if (value === undefined)
        return undefined;
    return Object.entries(value).map(([name, source]) => 'json' in source
        ? { name, from: 'json', path: source.json }
        : { name, from: 'header', path: source.header.toLowerCase() });
}
/** A default name for a check: its conditions in words. */
function describeCheck(item) {
    const parts = [];
    if (item.status !== undefined)
        parts.push(`status ${Array.isArray(item.status) ? item.status.join('/') : item.status}`);
    if (item.json) {
        const { path: p, exists, equals, matches } = item.json;
        if (exists !== undefined)
            parts.push(`${p} ${exists ? 'exists' : 'absent'}`);
        if (equals !== undefined)
            parts.push(`${p} == ${JSON.stringify(equals)}`);
        if (matches !== undefined)
            parts.push(`${p} ~ ${matches}`);
        if (exists === undefined && equals === undefined && matches === undefined)
            parts.push(`${p} exists`);
    }
    if (item['body-contains'] !== undefined)
        parts.push(`body contains ${JSON.stringify(item['body-contains'])}`);
    if (item.header)
        parts.push(`${item.header.name} == ${String(item.header.equals)}`);
    if (item['max-duration'] !== undefined)
        parts.push(`under ${item['max-duration']}`);
    return parts.join(', ');
}
/** `checks` of an endpoint; null (issues reported) when one is unusable. */
function checksFrom(items, locate, add) {
    if (items === undefined)
        return undefined;
    const checks = [];
    const seen = new Set();
    let ok = true;
    items.forEach((item, index) => {
        const hasCondition = item.status !== undefined ||
            item.json !== undefined ||
            item['body-contains'] !== undefined ||
            item.header !== undefined ||
            item['max-duration'] !== undefined;
        if (!hasCondition) {
            add(locate(index), 'got a check without a condition; expected status, json, body-contains, header or max-duration');
            ok = false;
            return;
        }
        const name = item.name ?? describeCheck(item);
        if (seen.has(name)) {
            add(locate(index), `got a second check named ${quote(name)} on this endpoint; expected unique names`);
            ok = false;
            return;
        }
        seen.add(name);
        const check = { name };
        if (item.status !== undefined)
            check.status = [...new Set(Array.isArray(item.status) ? item.status : [item.status])];
        if (item.json !== undefined) {
            const { path: p, exists, equals, matches } = item.json;
            check.json = {
                path: p,
                ...(exists !== undefined ? { exists } : {}),
                ...(equals !== undefined ? { equals } : {}),
                ...(matches !== undefined ? { matches } : {}),
            };
            if (exists === undefined && equals === undefined && matches === undefined)
                check.json.exists = true;
        }
        if (item['body-contains'] !== undefined)
            check.bodyContains = item['body-contains'];
        if (item.header !== undefined)
            check.header = { name: item.header.name.toLowerCase(), equals: String(item.header.equals) };
        if (item['max-duration'] !== undefined)
            check.maxDurationMs = parseDuration(item['max-duration']);
        checks.push(check);
    });
    return ok ? checks : null;
}

;// CONCATENATED MODULE: ./src/config/endpoints-settings.ts
/**
 * The request mix: `endpoints` (and `setup`, which are endpoints without weight and
 * checks) from the input or a block of the config file, each with its location, so
 * duplicate names and later template or tag problems point at the right line.
 */









/**
 * The `endpoints` input: a YAML list, a single item (`GET /health` or a mapping),
 * or plain `METHOD /path` lines.
 */
function endpointsFromInput(text, issues) {
    const source = parseYaml(text);
    const where = (line, path) => `${issues.input('endpoints')} line ${line} (${formatPath(['endpoints', ...path])})`;
    if (source.problems.length) {
        for (const problem of source.problems) {
            issues.add(`${issues.input('endpoints')} line ${problem.line}`, `YAML syntax error: ${problem.message}; expected a YAML list of endpoints such as "- GET /api/portfolio"`);
        }
        return INVALID;
    }
    if (source.refused.length) {
        for (const refusal of source.refused)
            issues.add(where(refusal.line, refusal.path), refusal.message);
        return INVALID;
    }
    const lines = meaningfulLines(text);
    if (typeof source.value === 'string' && lines.length > 1) {
        // One `METHOD /path` per line, without list dashes.
        return endpointsFrom(lines.map((line) => line.text), (index, ...rest) => where(lines[index]?.line ?? 1, [index, ...rest]), issues);
    }
    const wrapped = !Array.isArray(source.value);
    const items = wrapped ? [source.value] : source.value;
    const locate = (path, atKey = false) => where(source.position(wrapped ? path.slice(1) : path, atKey).line, path);
    const result = validate(endpointListSchema, items);
    if (!result.ok) {
        for (const problem of result.problems)
            issues.add(locate(problem.path, problem.atKey), problem.message);
        return INVALID;
    }
    return endpointsFrom(result.value, (index, ...rest) => locate([index, ...rest]), issues);
}
const ENDPOINT_TEXT_RE = new RegExp(ENDPOINT_TEXT_PATTERN);
/** Endpoint or setup items (already checked by the schema) as endpoints; names must be unique. */
function endpointsFrom(items, locate, issues) {
    const pending = [];
    let ok = true;
    items.forEach((item, index) => {
        const where = locate(index);
        if (typeof item === 'string') {
            const match = ENDPOINT_TEXT_RE.exec(item.trim());
            if (!match) {
                // Only reached for the plain-lines form; list items were checked by the schema.
                issues.add(where, `got ${quote(item)}; expected "METHOD /path" such as "GET /api/portfolio" or "/health"`);
                ok = false;
                return;
            }
            const method = (match[1] ?? 'GET');
            const path = match[2] ?? '/';
            pending.push({
                endpoint: { name: `${method} ${path}`, method, path, weight: 1, headers: {}, expectStatus: [] },
                jsonBody: false,
                where,
            });
            return;
        }
        const method = item.method ?? 'GET';
        const headers = item.headers
            ? headerRecord(item.headers, (name) => locate(index, 'headers', name), issues)
            : {};
        if (headers === INVALID) {
            ok = false;
            return;
        }
        const checks = checksFrom('checks' in item ? item.checks : undefined, (i) => locate(index, 'checks', i), (where, message) => issues.add(where, message));
        if (checks === null) {
            ok = false;
            return;
        }
        const captures = capturesFrom(item.captures);
        const endpoint = {
            name: item.name ?? `${method} ${item.path}`,
            method,
            path: item.path,
            weight: 'weight' in item ? (item.weight ?? 1) : 1,
            ...(captures ? { captures } : {}),
            ...(checks ? { checks } : {}),
            ...('tags' in item && item.tags ? { tags: tagTexts(item.tags) } : {}),
            headers,
            expectStatus: item['expect-status'] === undefined
                ? []
                : [
                    ...new Set(Array.isArray(item['expect-status']) ? item['expect-status'] : [item['expect-status']]),
                ],
        };
        const jsonBody = item.body !== undefined && typeof item.body !== 'string';
        if (item.body !== undefined)
            endpoint.body = jsonBody ? JSON.stringify(item.body) : item.body;
        pending.push({ endpoint, jsonBody, where });
    });
    const seen = new Map();
    for (const { endpoint, where } of pending) {
        const first = seen.get(endpoint.name);
        if (first !== undefined) {
            issues.add(where, `got a second endpoint named ${quote(endpoint.name)} (the first is at ${first}); expected unique names: give one of them a name`);
            ok = false;
        }
        else {
            seen.set(endpoint.name, where);
        }
    }
    return ok ? pending : INVALID;
}
/** Tag values as text: `tags: {version: 2}` selects with `{version:2}`. */
function tagTexts(tags) {
    return Object.fromEntries(Object.entries(tags).map(([key, value]) => [key, String(value)]));
}
function defaultEndpoints() {
    return [
        {
            endpoint: {
                name: DEFAULTS.endpoint,
                method: 'GET',
                path: '/',
                weight: 1,
                headers: {},
                expectStatus: [],
            },
            jsonBody: false,
            where: 'the default endpoint',
        },
    ];
}
/** The endpoint, with `content-type: application/json` added for a JSON body unless a header sets it. */
function withContentType({ endpoint, jsonBody }, headers) {
    const has = (name) => [endpoint.headers, headers].some((set) => Object.keys(set).some((key) => key.toLowerCase() === name));
    return jsonBody && !has('content-type')
        ? { ...endpoint, headers: { ...endpoint.headers, 'content-type': 'application/json' } }
        : endpoint;
}

;// CONCATENATED MODULE: ./src/config/scenario-presets.ts

/** Steps of the breakpoint scenario. */
const BREAKPOINT_STEPS = 10;
/** Threshold a smoke run gets when none is given: everything must succeed. */
const SMOKE_THRESHOLD = 'http_req_failed: rate==0';
const level = (value) => Math.max(1, Math.round(value));
/** The stages of a preset. Durations are whole milliseconds and add up to the duration. */
function presetStages(scenario, { level: n, durationMs: d }) {
    // Fractions of D; the last part takes what rounding left, so the total is exact.
    const parts = (shape) => {
        let used = 0;
        return shape.map(([fraction, target], index) => {
            const durationMs = index === shape.length - 1 ? d - used : Math.round(d * fraction);
            used += durationMs;
            return { durationMs, target };
        });
    };
    switch (scenario) {
        case 'smoke': {
            const users = Math.min(level(n), 3);
            return [
                { durationMs: 0, target: users },
                { durationMs: Math.min(d, 60_000), target: users },
            ];
        }
        case 'load':
            return parts([
                [0.2, level(n)],
                [0.6, level(n)],
                [0.2, 0],
            ]);
        case 'stress':
            return parts([
                [0.05, level(n)],
                [0.25, level(n)],
                [0.05, level(n * 1.5)],
                [0.25, level(n * 1.5)],
                [0.05, level(n * 2)],
                [0.25, level(n * 2)],
                [0.1, 0],
            ]);
        case 'spike': {
            const base = level(n);
            const spike = level(n * 5);
            return parts([
                [0, base],
                [0.2, base],
                [0, spike],
                [0.1, spike],
                [0, base],
                [0.25, base],
                [0, spike],
                [0.1, spike],
                [0, base],
                [0.35, base],
            ]);
        }
        case 'soak':
            return [
                { durationMs: 0, target: level(n) },
                { durationMs: d, target: level(n) },
            ];
        case 'breakpoint': {
            const stages = [];
            let used = 0;
            for (let step = 1; step <= BREAKPOINT_STEPS; step++) {
                const stepMs = step === BREAKPOINT_STEPS ? d - used : Math.round(d / BREAKPOINT_STEPS);
                used += stepMs;
                const rate = level((n * step) / (BREAKPOINT_STEPS / 2));
                stages.push({ durationMs: 0, target: rate }, { durationMs: stepMs, target: rate });
            }
            return stages;
        }
    }
}

;// CONCATENATED MODULE: ./src/config/load-model.ts
/**
 * Which executor runs and with what shape: the closed model (VUs, the default), the open
 * model (`rate` set: `stages` in requests per second), or a scenario preset scaled by
 * `rate`/`vus` and `duration`. Called by layers/combine-layers.ts once each key's
 * layer is chosen; problems are reported through `addIssue` like every other setting.
 */


const DEFAULT_DURATION_MS = 30_000;
const DEFAULT_VUS = 10;
/** A cap on requests in flight that lets every request take a second at the peak rate (100 to 5000). */
function defaultMaxVus(peakRate) {
    return Math.min(5000, Math.max(100, Math.ceil(peakRate)));
}
const peak = (stages) => Math.max(0, ...stages.map((stage) => stage.target));
/**
 * The load model, or undefined when a value it needs is invalid (its issue is already
 * reported, or reported here). `closedStages` are the stages resolved as for the closed
 * model (from the file, or from duration/vus/ramp-up); undefined when they were invalid.
 */
function applyLoadModel(layers, closedStages, addIssue) {
    const { rate, maxVus, scenario } = layers;
    if (rate === 'invalid' || maxVus === 'invalid' || scenario === 'invalid' || closedStages === undefined) {
        return undefined;
    }
    const known = (choice, fallback) => choice === undefined || choice === 'invalid' ? fallback : choice.value;
    let stages;
    let open = rate !== undefined;
    if (scenario !== undefined) {
        if (scenario.value === 'breakpoint' && rate === undefined) {
            addIssue(scenario.where, `got ${quote(scenario.value)} without rate; expected rate too (the nominal requests per second: the breakpoint steps go from 0.2× to 2× it)`);
            return undefined;
        }
        const level = rate?.value ?? known(layers.vus, DEFAULT_VUS);
        stages = presetStages(scenario.value, {
            level,
            durationMs: known(layers.durationMs, DEFAULT_DURATION_MS),
        });
        open = rate !== undefined;
    }
    else if (rate !== undefined && !layers.fileStages) {
        const durationMs = known(layers.durationMs, DEFAULT_DURATION_MS);
        const rampUpMs = Math.min(durationMs, known(layers.rampUpMs, 0));
        stages = [{ durationMs: rampUpMs, target: rate.value }];
        if (durationMs > rampUpMs)
            stages.push({ durationMs: durationMs - rampUpMs, target: rate.value });
    }
    else {
        stages = closedStages;
    }
    if (!open && maxVus !== undefined) {
        addIssue(maxVus.where, `got ${maxVus.value} without rate; expected rate too: max-vus caps requests in flight in the open model (the closed model's VUs come from vus or stages)`);
        return undefined;
    }
    return {
        stages,
        maxVus: open ? known(maxVus, defaultMaxVus(peak(stages))) : peak(stages),
        ...(open ? { model: 'open' } : {}),
        ...(scenario !== undefined ? { scenario: scenario.value } : {}),
        ...(scenario?.value === 'smoke' ? { defaultThreshold: SMOKE_THRESHOLD } : {}),
    };
}

;// CONCATENATED MODULE: ./src/config/k6-settings.ts
/**
 * `k6-results`: k6's own outputs to judge instead of sending load (with `mode: merge`):
 * paths or globs, one a line (input) or a list (file), each inside the workspace.
 * Globs are expanded here, in the order given and then by name, so a mistake (a
 * pattern that matches nothing, a path that leads outside) is reported before anything
 * is read. Which k6 output each file is, is told by its content when it is read
 * (sources/k6/detect-k6-file.ts).
 */




/** More files than this is a glob gone wrong (a matrix has at most 256 jobs). */
const MAX_K6_FILES = 256;
const EXPECTED = 'paths or globs of k6 outputs inside the workspace, one a line, such as k6/results-*.json (k6 run --out json=FILE, handleSummary data or --summary-export)';
/** The files named by `value` (texts, or one text of lines), or undefined with the issue reported. */
function k6ResultsFrom(value, where, options, add) {
    const patterns = (Array.isArray(value) ? value : typeof value === 'string' ? value.split('\n') : [value])
        .map((entry) => (typeof entry === 'string' ? entry.trim() : entry))
        .filter((entry) => entry !== '' && !(typeof entry === 'string' && entry.startsWith('#')));
    if (patterns.length === 0)
        return void add(where, `got no path; expected ${EXPECTED}`);
    const files = [];
    const seen = new Set();
    let ok = true;
    for (const pattern of patterns) {
        if (typeof pattern !== 'string') {
            add(where, `got ${quote(pattern)}; expected ${EXPECTED}`);
            ok = false;
            continue;
        }
        const checked = checkWorkspacePath(pattern, where, { ...options, expected: EXPECTED }, add);
        if (!checked) {
            ok = false;
            continue;
        }
        const matches = /[*?[{]/.test(pattern) ? (0,external_node_fs_.globSync)(pattern, { cwd: options.workspace }).sort() : [pattern];
        const regular = matches.filter((match) => isFile(external_node_path_default().resolve(options.workspace, match)));
        if (regular.length === 0) {
            add(where, `got ${quote(pattern)}, which names no file; expected ${EXPECTED}`);
            ok = false;
            continue;
        }
        for (const match of regular) {
            const file = checkWorkspacePath(match, where, { ...options, expected: EXPECTED }, add);
            if (!file) {
                ok = false;
            }
            else if (!seen.has(file.absolute)) {
                seen.add(file.absolute);
                files.push(file);
            }
        }
    }
    if (files.length > MAX_K6_FILES) {
        add(where, `got ${files.length} files; expected at most ${MAX_K6_FILES} k6 outputs (one per k6 instance)`);
        ok = false;
    }
    return ok ? { files, where } : undefined;
}
function isFile(absolute) {
    try {
        return (0,external_node_fs_.statSync)(absolute).isFile();
    }
    catch {
        return false;
    }
}
/** k6 results are judged by a merge, which sends no load. */
function checkK6Mode(k6, mode, add) {
    if (k6 === undefined || mode?.value === 'merge')
        return true;
    add(k6.where, `got k6 results with ${mode ? `mode ${mode.value} (${mode.where})` : 'no mode'}; expected mode: merge beside k6-results: k6 sent the load, loadgate judges its results`);
    return false;
}

;// CONCATENATED MODULE: ./src/config/shard-settings.ts
/**
 * Matrix shards: `shard` (`k/n`, this leg is part k of n of the load), `start-at` (the
 * instant all legs start together) and `mode` (`run`, the default, or `merge`: no
 * load, the shard bundles of this workflow run merged into one verdict).
 *
 * Inputs and the file give the same text forms; this module checks them and what they
 * do not go with (a merge has no shard of its own, a breakpoint staircase and a live
 * baseline decide while the load runs, which n legs apart cannot do together).
 */

const RUN_MODES = ['run', 'merge'];
/** More legs than this is a typo (a matrix has at most 256 jobs). */
const MAX_SHARDS = 256;
const SHARD_EXPECTED = 'expected k/n with 1 ≤ k ≤ n, such as 2/4 (${{ matrix.shard }}/4)';
/** `shard`: `k/n`, 1-based. */
function shardFrom(value, where, add) {
    const text = typeof value === 'string' ? value.trim() : undefined;
    const match = text === undefined ? null : /^(\d{1,4})\s*\/\s*(\d{1,4})$/.exec(text);
    if (!match)
        return void add(where, `got ${quote(value)}; ${SHARD_EXPECTED}`);
    const k = Number(match[1]);
    const n = Number(match[2]);
    if (n < 1 || n > MAX_SHARDS) {
        return void add(where, `got ${quote(value)}: ${n} legs; expected 1 to ${MAX_SHARDS} legs, such as 2/4`);
    }
    if (k < 1 || k > n)
        return void add(where, `got ${quote(value)}: leg ${k} of ${n}; ${SHARD_EXPECTED}`);
    return { index: k - 1, count: n };
}
/** ISO-8601 date and time with seconds optional, fraction optional, and an offset (Z, +02:00, +0200). */
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)$/;
const START_AT_EXPECTED = "expected an ISO-8601 instant with an offset, such as 2026-05-04T10:30:00Z or 2026-05-04T12:30:00+02:00 (date -u -d '+90 seconds' +%FT%TZ)";
/** `start-at`: an instant with an offset (a time without one would depend on the runner's zone). */
function startAtFrom(value, where, add) {
    const text = typeof value === 'string' ? value.trim() : value instanceof Date ? value.toISOString() : '';
    const match = INSTANT.exec(text);
    if (!match)
        return void add(where, `got ${quote(value)}; ${START_AT_EXPECTED}`);
    const [, y, mo, d, h, mi, s = '0', fraction = '', zone] = match;
    const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number);
    const wallMs = Date.UTC(year, month - 1, day, hour, minute, second);
    const check = new Date(wallMs);
    if (check.getUTCMonth() !== month - 1 ||
        check.getUTCDate() !== day ||
        hour > 23 ||
        minute > 59 ||
        second > 59) {
        return void add(where, `got ${quote(value)}: no such date or time; ${START_AT_EXPECTED}`);
    }
    const offsetMs = zoneOffsetMs(zone);
    if (offsetMs === undefined)
        return void add(where, `got ${quote(value)}: bad offset; ${START_AT_EXPECTED}`);
    const millis = Math.floor(Number(`0.${fraction || '0'}`) * 1000);
    return { epochMs: wallMs + millis - offsetMs, text };
}
function zoneOffsetMs(zone) {
    if (zone === 'Z' || zone === 'z')
        return 0;
    const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
    if (!match)
        return undefined;
    const hours = Number(match[2]);
    const minutes = Number(match[3] ?? '0');
    if (hours > 23 || minutes > 59)
        return undefined;
    return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes) * 60_000;
}
/** `mode` from an input's text (the file's value is checked by its schema). */
function modeFrom(value, where, add) {
    if (RUN_MODES.includes(value))
        return value;
    return void add(where, `got ${quote(value)}; expected run (send the load; the default) or merge (merge the shard bundles of this workflow run into one verdict)`);
}
/** What the shard keys do not go with; reported at the key that makes the run a leg or a merge. */
function checkShardChoices(choices, context, add) {
    const { mode, shard, startAt } = choices;
    let ok = true;
    if (mode?.value === 'merge' && shard) {
        add(shard.where, `got ${quote(`${shard.value.index + 1}/${shard.value.count}`)} with mode merge (${mode.where}); expected shard only on the matrix legs, and no shard in the merge job`);
        ok = false;
    }
    if (mode?.value === 'merge' && startAt) {
        add(startAt.where, `got ${quote(startAt.value.text)} with mode merge (${mode.where}); expected start-at only on the legs that send load`);
        ok = false;
    }
    if (shard && shard.value.count > 1 && context.scenario === 'breakpoint') {
        add(shard.where, `got ${quote(`${shard.value.index + 1}/${shard.value.count}`)} with the breakpoint scenario; expected no shard: the staircase stops where the target breaks, which legs apart cannot decide together`);
        ok = false;
    }
    if (shard && context.baseline?.source.kind === 'live') {
        add(shard.where, `got ${quote(`${shard.value.index + 1}/${shard.value.count}`)} with a live baseline (baseline-url); expected an earlier run as the baseline of a sharded gate (baseline-results or baseline-artifact, given to the merge job)`);
        ok = false;
    }
    if (mode?.value === 'merge' && context.baseline?.source.kind === 'live') {
        add(mode.where, 'got merge with a live baseline (baseline-url); expected an earlier run as the baseline of a merge (baseline-results or baseline-artifact): a merge sends no load');
        ok = false;
    }
    return ok;
}

;// CONCATENATED MODULE: ./src/config/stages-settings.ts
/**
 * The closed-model load shape: `stages` as written, or the stages that `duration`,
 * `vus` and `ramp-up` make. Which of the two wins is decided where the layers are
 * combined (layers/combine-layers.ts); these only check and build.
 */




/** A duration (already known to parse) that must be above 0. */
function positiveDuration(text, where, name, issues) {
    const ms = parseDuration(text);
    if (ms > 0)
        return ms;
    issues.add(where, `got ${quote(text)}; expected a ${name} longer than 0, such as 30s`);
    return INVALID;
}
/** `stages` of the config file: some stage must reach a VU and some must take time. */
function checkStages(stages, where, issues) {
    if (stages.every((stage) => stage.target === 0)) {
        issues.add(where, 'got stages that all target 0 VUs; expected at least one stage with a target of 1 or more');
        return INVALID;
    }
    if (stages.every((stage) => stage.durationMs === 0)) {
        issues.add(where, 'got stages that all last 0s; expected at least one stage longer than 0, such as 30s');
        return INVALID;
    }
    return stages;
}
/** The stages of `duration`, `vus` and `ramp-up`: a linear ramp, then the hold. */
function shapeStages(durationSlot, vus, rampSlot, issues) {
    if (durationSlot === INVALID || vus === INVALID || rampSlot === INVALID)
        return INVALID;
    const durationMs = durationSlot.value;
    const rampUpMs = rampSlot?.value ?? DEFAULTS.rampUpMs;
    if (rampSlot && rampUpMs > durationMs) {
        issues.add(rampSlot.where, `got ${quote(durations_formatDuration(rampUpMs))}, longer than the duration ${durations_formatDuration(durationMs)} (${durationSlot.where}); expected at most ${durations_formatDuration(durationMs)}: the ramp-up is part of the duration`);
        return INVALID;
    }
    // Stages ramp linearly from 0, so the ramp stage stays even when it takes no time:
    // a zero-length stage is a jump straight to `vus`, then the hold.
    const stages = [{ durationMs: rampUpMs, target: vus }];
    if (durationMs > rampUpMs)
        stages.push({ durationMs: durationMs - rampUpMs, target: vus });
    return stages;
}

;// CONCATENATED MODULE: ./src/config/threshold-settings.ts
/**
 * Thresholds as written (input lines, or the config file's list or mapping), parsed
 * with the SLO grammar (slo/threshold-parser.ts); each keeps its origin, so a mistake
 * is reported at its input line or file location.
 */






/** The `thresholds` input: one threshold per line. */
function thresholdLines(text, label = actionInputLabel) {
    return meaningfulLines(text).map(({ line, text }) => ({
        text,
        origin: `${label('thresholds')} line ${line}`,
    }));
}
/**
 * Threshold texts of the `thresholds:` value: a list of texts, or a mapping in k6
 * style (`metric: condition` or `metric: [conditions]`) or the short style
 * (`latency: {p95: 250}` in ms, `error_rate: 0.5` in percent, `throughput: 1000` req/s).
 */
function thresholdSources(value, locate) {
    if (Array.isArray(value))
        return value.map((text, i) => ({ text, origin: locate(i) }));
    const sources = [];
    for (const [key, entry] of Object.entries(value)) {
        if (entry === undefined)
            continue;
        if (key === 'latency' && typeof entry === 'object' && !Array.isArray(entry)) {
            for (const [stat, limit] of Object.entries(entry)) {
                sources.push({ text: `${stat}: ${withUnit(limit, 'ms')}`, origin: locate(key, stat) });
            }
        }
        else if (Array.isArray(entry)) {
            // `metric: []` adds nothing, as in k6.
            entry.forEach((condition, i) => sources.push(conditionSource(key, condition, locate(key, i))));
        }
        else if (typeof entry === 'object') {
            sources.push(conditionSource(key, entry, locate(key)));
        }
        else if (typeof entry === 'number') {
            const unit = key === 'error_rate' ? '%' : /^(?:p\d+(?:\.\d+)?|avg|med|min|max)$/.test(key) ? 'ms' : '';
            sources.push({ text: `${key}: ${withUnit(entry, unit)}`, origin: locate(key) });
        }
        else {
            sources.push({ text: `${key}: ${String(entry)}`, origin: locate(key) });
        }
    }
    return sources;
}
/** A condition, or k6's object form with its options beside the text (read as k6 reads them). */
function conditionSource(key, condition, origin) {
    if (typeof condition === 'string')
        return { text: `${key}: ${condition}`, origin };
    const { threshold, abortOnFail, delayAbortEval } = condition;
    return {
        text: `${key}: ${threshold}`,
        origin,
        k6Options: {
            ...(abortOnFail !== undefined ? { abortOnFail } : {}),
            ...(delayAbortEval !== undefined ? { delayAbortEval } : {}),
        },
    };
}
function withUnit(limit, unit) {
    return typeof limit === 'number' ? `${limit}${unit}` : limit;
}
/** Parses every source; one issue per threshold that does not parse. */
function parseThresholds(sources, issues) {
    const thresholds = [];
    let ok = true;
    for (const source of sources) {
        try {
            thresholds.push((0,threshold_parser/* parseThreshold */.B7)(source));
        }
        catch (error) {
            if (!(error instanceof threshold_parser/* ThresholdSyntaxError */.Vt))
                throw error;
            issues.add(source.origin, `got ${quote(source.text)}; ${error.message}`);
            ok = false;
        }
    }
    return ok ? thresholds : INVALID;
}
// `{endpoint:…}`, `{name:…}` and the other tags are checked in threshold-tag-settings.ts.
/** A threshold relative to the baseline (`p(95) < baseline * 1.10`) needs a baseline source. */
function checkBaselineNeeded(thresholds, baseline, issues) {
    if (baseline !== undefined)
        return;
    for (const threshold of thresholds) {
        if (!threshold.relative)
            continue;
        issues.add(threshold.origin, `got ${quote(threshold.source)}, which compares with the baseline, but no baseline is configured; ` +
            'it needs a baseline: set baseline-url, baseline-results or baseline-artifact');
    }
}
/** A metric that only one scenario measures (`capacity_rps`: breakpoint) is refused in any other run. */
function checkScenarioMetrics(thresholds, scenario, issues) {
    for (const threshold of thresholds) {
        const only = (0,metric_catalog/* findMetric */.GF)(threshold.metric)?.scenario;
        if (only === undefined || only === scenario)
            continue;
        issues.add(threshold.origin, `got ${quote(threshold.source)}, but ${threshold.metric} is measured by the ${only} scenario only` +
            `${scenario ? ` and this run is the ${scenario} scenario` : ''}; expected scenario: ${only} with it, or a threshold on another metric`);
    }
}

;// CONCATENATED MODULE: ./src/config/threshold-tag-settings.ts
/**
 * The tags of each threshold against the config, before any load: `endpoint`/`name`
 * must name an endpoint of the mix, and a key that is not one of the metric's system
 * tags must be a custom tag some endpoint (or scenario) declares, else it is a typo
 * and gets "did you mean" with the keys the metric takes. The values' forms (a status
 * of three digits …) were checked by the grammar (slo/request-tags.ts).
 */



function checkThresholdTags(thresholds, context, issues) {
    const names = context.endpoints.map((endpoint) => endpoint.name);
    const declared = [
        ...new Set([
            ...context.endpoints.flatMap((endpoint) => Object.keys(endpoint.tags ?? {})),
            ...(context.declaredTags ?? []),
        ]),
    ];
    for (const threshold of thresholds) {
        const metric = (0,metric_catalog/* findMetric */.GF)(threshold.metric);
        for (const [key, value] of Object.entries(threshold.tags)) {
            if (key === 'endpoint' || (key === 'name' && metric?.tags.includes('name'))) {
                const elsewhere = context.scenarioChecked === true && threshold.tags.scenario !== undefined;
                if (!context.fromK6 && !elsewhere && !names.includes(value)) {
                    issues.add(threshold.origin, unknownEndpoint(threshold, key, value, names));
                }
                continue;
            }
            if (key === 'scenario' && metric?.tags.includes('scenario')) {
                const scenarios = context.scenarios ?? ['default'];
                if (!context.fromK6 && !scenarios.includes(value)) {
                    issues.add(threshold.origin, unknownScenario(threshold, value, scenarios));
                }
                continue;
            }
            if (metric === undefined || metric.tags.includes(key) || !(0,request_tags/* takesCustomTags */.Ne)(metric))
                continue;
            if (context.fromK6 || declared.includes(key))
                continue;
            issues.add(threshold.origin, unknownKey(threshold, key, metric.tags, declared));
        }
    }
}
function unknownEndpoint(threshold, key, value, names) {
    const close = closestMatch(value, names);
    return (`got the tag {${key}:${value}} in ${quote(threshold.source)}, but no endpoint is named ${quote(value)}; ` +
        (close !== undefined
            ? `did you mean "${close}"?`
            : `expected one of ${listOf(names.map((name) => `"${name}"`))}`));
}
function unknownScenario(threshold, value, scenarios) {
    const close = closestMatch(value, scenarios);
    return (`got the tag {scenario:${value}} in ${quote(threshold.source)}, but the run has no scenario named ${quote(value)}; ` +
        (close !== undefined
            ? `did you mean "${close}"?`
            : `its scenarios are ${listOf(scenarios.map((name) => `"${name}"`))}` +
                (scenarios.length === 1 && scenarios[0] === 'default'
                    ? ' (without a scenarios: mapping every request is in scenario "default", as in k6)'
                    : '')));
}
function unknownKey(threshold, key, systemTags, declared) {
    const close = closestMatch(key, [...systemTags, ...declared]);
    const custom = declared.length === 0
        ? "or a custom tag declared in an endpoint's tags: (none is declared)"
        : `or a custom tag declared in tags: (${listOf(declared)})`;
    return (`got the tag ${quote(key)} in ${quote(threshold.source)}, which is neither a tag of ${threshold.metric} nor a declared custom tag` +
        `${close !== undefined ? `; did you mean "${close}"?` : ''}; ${threshold.metric} takes ${listOf(systemTags)}, ${custom}`);
}

// EXTERNAL MODULE: ./src/syntax/templates.ts
var templates = __webpack_require__(36696);
;// CONCATENATED MODULE: ./src/config/traffic/traffic-settings.ts


/** Every template of a request, with what the message calls it. */
function requestTemplates(endpoint) {
    const fields = [{ field: 'path', text: endpoint.path }];
    for (const [name, value] of Object.entries(endpoint.headers))
        fields.push({ field: `header ${quote(name)}`, text: value });
    if (endpoint.body !== undefined)
        fields.push({ field: 'body', text: endpoint.body });
    return fields;
}
const ZERO_ARGUMENT_GENERATORS = templates/* GENERATOR_NAMES */.DZ.filter((name) => name !== 'randomInt');
/**
 * The traffic settings, once every layer is picked. Null when something is wrong
 * (issues reported); undefined when nothing traffic-related is configured and no
 * endpoint uses a template, a capture or a check.
 */
function combineTraffic(parts, add) {
    let ok = true;
    const fail = (where, message) => {
        add(where, message);
        ok = false;
    };
    const columns = parts.data?.value.columns ?? [];
    const setup = parts.setup?.value ?? [];
    const setupCaptures = [];
    const endpointCaptures = parts.endpoints.flatMap(({ endpoint }) => (endpoint.captures ?? []).map((c) => c.name));
    for (const name of [
        ...setup.flatMap(({ endpoint }) => endpoint.captures ?? []).map((c) => c.name),
        ...endpointCaptures,
    ]) {
        if (columns.includes(name) && parts.data) {
            fail(parts.data.where, `the capture ${quote(name)} has the name of a data column; expected a different name (which one would {{${name}}} mean?)`);
        }
    }
    const checkNames = (request, known, what) => {
        for (const { field, text } of requestTemplates(request.endpoint)) {
            let template;
            try {
                template = (0,templates/* parseTemplate */.QC)(text);
            }
            catch (error) {
                if (!(error instanceof templates/* TemplateSyntaxError */.Cb))
                    throw error;
                fail(request.where, `the ${field} of ${quote(request.endpoint.name)}: ${error.message}`);
                continue;
            }
            for (const name of (0,templates/* templateNames */.VQ)(template)) {
                if (known.includes(name) || ZERO_ARGUMENT_GENERATORS.includes(name))
                    continue;
                const candidates = [...known, ...ZERO_ARGUMENT_GENERATORS];
                const close = closestMatch(name, candidates);
                fail(request.where, `the ${field} of ${quote(request.endpoint.name)} uses {{${name}}}, which is ${what}` +
                    (close !== undefined
                        ? `; did you mean {{${close}}}?`
                        : `; expected ${describeKnown(columns, known, parts.data !== undefined)}`));
            }
        }
    };
    // Setup requests see the data and the captures of the setup requests before them.
    setup.forEach((request) => {
        checkNames(request, [...columns, ...setupCaptures], 'neither a data column, nor a capture of an earlier setup request, nor a generator');
        for (const capture of request.endpoint.captures ?? [])
            setupCaptures.push(capture.name);
    });
    const allCaptures = [...setupCaptures, ...endpointCaptures];
    for (const request of parts.endpoints) {
        checkNames(request, [...columns, ...allCaptures], 'neither a data column, nor a capture, nor a generator');
    }
    if (parts.headers) {
        const request = {
            endpoint: {
                name: 'headers',
                method: 'GET',
                path: '/',
                weight: 1,
                headers: parts.headers.value,
                expectStatus: [],
            },
            where: parts.headers.where,
        };
        checkNames(request, [...columns, ...allCaptures], 'neither a data column, nor a capture, nor a generator');
    }
    const isolation = parts.isolation;
    if (isolation) {
        if (!parts.data) {
            fail(isolation.where, `isolation needs test data: expected a data file (data: users.csv) with the column ${quote(isolation.value.field)} holding each VU's tenant`);
        }
        else if (!columns.includes(isolation.value.field)) {
            const close = closestMatch(isolation.value.field, columns);
            fail(isolation.where, `got the field ${quote(isolation.value.field)}, but the data file ${quote(parts.data.value.file)} has no such column` +
                (close !== undefined
                    ? `; did you mean "${close}"?`
                    : `; expected one of ${listOf(columns.map((c) => `"${c}"`))}`));
        }
    }
    const allChecks = [
        ...new Set(parts.endpoints.flatMap(({ endpoint }) => (endpoint.checks ?? []).map((c) => c.name))),
    ];
    for (const threshold of parts.thresholds) {
        if (threshold.metric === 'checks' && allChecks.length === 0) {
            fail(threshold.origin, `got ${quote(threshold.source)}, but no endpoint has checks; expected checks on an endpoint, e.g. checks: [{name: ok, status: 200}]`);
        }
        if (threshold.metric === 'isolation_violations' && !isolation) {
            fail(threshold.origin, `got ${quote(threshold.source)}, but isolation is not configured; expected e.g. isolation: {json: '$.tenant', field: tenant}`);
        }
        const tag = threshold.tags.check;
        if (tag !== undefined && allChecks.length > 0 && !allChecks.includes(tag)) {
            const close = closestMatch(tag, allChecks);
            fail(threshold.origin, `got the tag {check:${tag}} in ${quote(threshold.source)}, but no check is named ${quote(tag)}; ` +
                (close !== undefined
                    ? `did you mean "${close}"?`
                    : `expected one of ${listOf(allChecks.map((c) => `"${c}"`))}`));
        }
    }
    if (!ok)
        return null;
    const usesTemplates = parts.endpoints.some(({ endpoint }) => requestTemplates(endpoint).some(({ text }) => text.includes('{{'))) || Object.values(parts.headers?.value ?? {}).some((value) => value.includes('{{'));
    const anything = parts.data !== undefined ||
        setup.length > 0 ||
        parts.thinkTime !== undefined ||
        isolation !== undefined ||
        usesTemplates ||
        parts.endpoints.some(({ endpoint }) => endpoint.captures?.length || endpoint.checks?.length);
    if (!anything)
        return undefined;
    return {
        ...(parts.data ? { data: parts.data.value } : {}),
        setup: setup.map(({ endpoint }) => endpoint),
        ...(parts.thinkTime ? { thinkTime: parts.thinkTime.value } : {}),
        ...(isolation ? { isolation: isolation.value } : {}),
    };
}
function describeKnown(columns, known, hasData) {
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

;// CONCATENATED MODULE: ./src/config/workers-settings.ts
/**
 * `workers`: how many threads drive the load. `auto` (the default) is one per core the
 * process may use (`os.availableParallelism()`), a number is taken as given. Each
 * worker thread runs its share of the VUs or of the arrivals (engine/load-share.ts) on
 * its own event loop; with 1 the load runs in the main thread, as it always did.
 *
 * The breakpoint scenario runs in one thread: its steps are judged live, each on the
 * whole load of that step, so `auto` means 1 for it and a number above 1 is refused.
 */


/** More threads than this would only contend for the cores and the target's accept queue. */
const MAX_WORKERS = 64;
const workers_settings_EXPECTED = `expected auto (one per core) or a whole number of worker threads from 1 to ${MAX_WORKERS}`;
/** `workers` as written (input text or a YAML value), or the problem with it. */
function workersFrom(value, where, add) {
    if (value === 'auto')
        return 'auto';
    const number = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value.trim()) : value;
    if (typeof number === 'number' && Number.isInteger(number) && number >= 1 && number <= MAX_WORKERS)
        return number;
    add(where, `got ${quote(value)}; ${workers_settings_EXPECTED}`);
    return undefined;
}
/** The number of worker threads a run uses, or undefined when the choice is refused (reported through `add`). */
function resolveWorkers(choice, scenario, add, cores = (0,external_node_os_.availableParallelism)()) {
    const value = choice?.value ?? 'auto';
    if (scenario === 'breakpoint') {
        if (value !== 'auto' && value > 1) {
            add(choice.where, `got ${value}; the breakpoint scenario runs in one thread (each step is judged live on its whole load), so expected auto or 1`);
            return undefined;
        }
        return 1;
    }
    return value === 'auto' ? Math.max(1, Math.min(MAX_WORKERS, cores)) : value;
}

;// CONCATENATED MODULE: ./src/config/scenario-executors.ts
/**
 * The k6 executors a scenario may name, and which load options each takes
 * (lib/executor/*.go in grafana/k6): the table both the schema and the settings read.
 */
const EXECUTORS = [
    'constant-vus',
    'ramping-vus',
    'constant-arrival-rate',
    'ramping-arrival-rate',
    'per-vu-iterations',
    'shared-iterations',
];
/** The options each executor takes; `required` ones have no default (as in k6). */
const EXECUTOR_OPTIONS = {
    'constant-vus': { takes: ['vus', 'duration'], required: ['duration'] },
    'ramping-vus': { takes: ['start-vus', 'stages'], required: ['stages'] },
    'constant-arrival-rate': {
        takes: ['rate', 'time-unit', 'duration', 'pre-allocated-vus', 'max-vus'],
        required: ['rate', 'duration', 'pre-allocated-vus'],
    },
    'ramping-arrival-rate': {
        takes: ['start-rate', 'time-unit', 'stages', 'pre-allocated-vus', 'max-vus'],
        required: ['stages', 'pre-allocated-vus'],
    },
    'per-vu-iterations': { takes: ['vus', 'iterations', 'max-duration'], required: [] },
    'shared-iterations': { takes: ['vus', 'iterations', 'max-duration'], required: [] },
};
/** The arrival-rate executors: the open model. */
function isArrivalRate(executor) {
    return executor === 'constant-arrival-rate' || executor === 'ramping-arrival-rate';
}
/** k6's defaults (lib/executor/*.go). */
const SCENARIO_DEFAULTS = {
    vus: 1,
    startVus: 1,
    iterations: 1,
    timeUnitMs: 1000,
    maxDurationMs: 10 * 60_000,
    gracefulStopMs: 30_000,
    startRate: 0,
};

;// CONCATENATED MODULE: ./src/config/schema/scenarios-schema.ts
/**
 * The `scenarios:` key's schema fragment (read by config/scenarios-settings.ts): a
 * mapping of scenario names to k6-style scenarios. Every option has the file's usual
 * kebab-case name and k6's own camelCase spelling (`time-unit` or `timeUnit`), since
 * users copy k6 options as they are; which options an executor takes is checked in
 * scenarios-settings.ts, which can name the executor in its message.
 */






/** k6's rule for scenario names (lib/executor/base_config.go). */
const SCENARIO_NAME_PATTERN = '^[0-9A-Za-z_-]+$';
const executorSchema = schemas/* enum */.k5n(EXECUTORS, {
    error: (iss) => `got ${quote(iss.input)}; expected one of ${listOf(EXECUTORS)}` +
        (typeof iss.input === 'string' ? didYouMean(iss.input, EXECUTORS) : ''),
})
    .meta({ description: 'How the scenario drives its load (k6 executors).' });
const stageSchema = schemas/* strictObject */.rej({
    duration: duration('How long this stage lasts.'),
    target: wholeNumber(0, 'a whole number, 0 or more (VUs, or iterations per time-unit for ramping-arrival-rate)', 'VUs reached at the end of the stage (ramping-vus), or iterations per time-unit (ramping-arrival-rate).'),
}, {
    error: whenWrongType((input) => `got ${quote(input)}; expected a stage {duration, target} such as {duration: 30s, target: 20}`),
});
const stagesSchema = schemas/* array */.YOg(stageSchema, {
    error: whenWrongType((input) => `got ${quote(input)}; expected a list of stages such as [{duration: 30s, target: 20}]`),
})
    .min(1, { error: () => 'got an empty list; expected at least one stage such as {duration: 30s, target: 20}' })
    .meta({ description: 'ramping-vus / ramping-arrival-rate: linear ramps, stage after stage.' });
const scenarios_schema_count = (min, description) => wholeNumber(min, `a whole number, ${min} or more`, description).optional();
const rateSchema = schemas/* number */.aig({ error: (iss) => `got ${quote(iss.input)}; expected iterations per time-unit, above 0` })
    .positive({ error: (iss) => `got ${quote(iss.input)}; expected iterations per time-unit, above 0` })
    .meta({ description: 'constant-arrival-rate: iterations started per time-unit.' })
    .optional();
const startRateSchema = schemas/* number */.aig({ error: (iss) => `got ${quote(iss.input)}; expected iterations per time-unit, 0 or more` })
    .nonnegative({ error: (iss) => `got ${quote(iss.input)}; expected iterations per time-unit, 0 or more` })
    .meta({ description: 'ramping-arrival-rate: the rate before the first stage (default 0).' })
    .optional();
const textMap = (description) => schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()], {
    error: (iss) => `got ${quote(iss.input)}; expected a text value`,
}), { error: whenWrongType((input) => `got ${quote(input)}; expected a mapping of names to values`) })
    .meta({ description })
    .optional();
/** The options with two spellings: the file's kebab-case name → k6's camelCase one. */
const SCENARIO_ALIASES = {
    'time-unit': 'timeUnit',
    'pre-allocated-vus': 'preAllocatedVUs',
    'max-vus': 'maxVUs',
    'start-vus': 'startVUs',
    'start-rate': 'startRate',
    'max-duration': 'maxDuration',
    'start-time': 'startTime',
    'graceful-stop': 'gracefulStop',
};
const LOAD_OPTIONS = {
    vus: scenarios_schema_count(1, 'constant-vus, per-vu-iterations, shared-iterations: VUs (default 1).'),
    duration: duration('constant-vus, constant-arrival-rate: how long the scenario runs.').optional(),
    stages: stagesSchema.optional(),
    rate: rateSchema,
    'time-unit': duration('Arrival-rate executors: the period `rate` counts in (default 1s).').optional(),
    'pre-allocated-vus': scenarios_schema_count(0, 'Arrival-rate executors: VUs (connections, sessions) ready before the start; required, as in k6.'),
    'max-vus': scenarios_schema_count(1, 'Arrival-rate executors: the most VUs (default pre-allocated-vus).'),
    iterations: scenarios_schema_count(1, 'per-vu-iterations: iterations per VU; shared-iterations: iterations shared by the VUs (default 1).'),
    'start-vus': scenarios_schema_count(0, 'ramping-vus: VUs before the first stage (default 1).'),
    'start-rate': startRateSchema,
    'max-duration': duration('per-vu-iterations, shared-iterations: the longest the scenario runs (default 10m).').optional(),
    'start-time': duration('When the scenario starts, after the run starts (default 0s).').optional(),
    'graceful-stop': duration('How long requests in flight at the scenario end may take before they are cut (default 30s).').optional(),
};
const camelCaseOptions = Object.fromEntries(Object.entries(SCENARIO_ALIASES).map(([kebab, camel]) => [
    camel,
    LOAD_OPTIONS[kebab],
]));
const scenarioSchema = schemas/* strictObject */.rej({
    executor: executorSchema,
    ...LOAD_OPTIONS,
    ...camelCaseOptions,
    endpoints: endpointListSchema.meta({ description: 'This scenario’s request mix (default: the top level’s).' }).optional(),
    setup: setupListSchema.optional(),
    data: dataSchema.optional(),
    'think-time': thinkTimeSchema.optional(),
    isolation: isolationSchema.optional(),
    tags: textMap('Tags of every request of the scenario (k6 `tags`).'),
    env: textMap('Values the scenario’s templates read as {{NAME}} (k6 `env`).'),
}, {
    error: whenWrongType((input) => `got ${quote(input)}; expected a scenario such as {executor: constant-vus, vus: 10, duration: 30s}`),
});
const SCENARIOS_SHAPE = {
    scenarios: schemas/* record */.g1P(schemas/* string */.YjP().regex(new RegExp(SCENARIO_NAME_PATTERN), {
        error: (iss) => `got ${quote(iss.input)}; expected a scenario name of letters, digits, _ and - (as k6 allows)`,
    }), scenarioSchema, {
        error: whenWrongType((input) => `got ${quote(input)}; expected a mapping of scenario names to scenarios, such as {browse: {executor: constant-vus, vus: 10, duration: 30s}}`),
    })
        .meta({
        description: 'Several scenarios in one run, as k6 has them: each with its executor, load, start time, journey and tags.',
    })
        .optional(),
};

;// CONCATENATED MODULE: ./src/config/scenario-load.ts
/**
 * One scenario's executor and load options → the load the engine runs: stages (VUs for
 * the closed model, requests per second for the open one), the cap on VUs, the
 * iteration budget, the planned length. Options follow k6 (lib/executor/*.go): their
 * names (kebab-case or k6's camelCase), defaults and cross-checks; an option another
 * executor takes is refused naming the executor and what it takes.
 */




/** The option given under either spelling; both at once is a mistake. */
function scenario_load_option(value, key, locate, add) {
    const camel = SCENARIO_ALIASES[key];
    const kebabValue = value[key];
    const camelValue = camel === undefined ? undefined : value[camel];
    if (kebabValue !== undefined && camelValue !== undefined) {
        add(locate(camel), `got both ${key} and ${camel}, which are the same option; expected one of them`);
        return 'invalid';
    }
    if (kebabValue !== undefined)
        return { value: kebabValue, where: locate(key) };
    if (camelValue !== undefined)
        return { value: camelValue, where: locate(camel) };
    return undefined;
}
const ALL_OPTIONS = [
    'vus',
    'duration',
    'stages',
    'rate',
    'time-unit',
    'pre-allocated-vus',
    'max-vus',
    'iterations',
    'start-vus',
    'start-rate',
    'max-duration',
];
/** The scenario's load, or undefined when an option is wrong (its issue reported). */
function scenarioLoad(value, where, locate, add) {
    const executor = value.executor;
    const { takes, required } = EXECUTOR_OPTIONS[executor];
    let ok = true;
    const given = new Map();
    for (const name of ALL_OPTIONS) {
        const found = scenario_load_option(value, name, locate, add);
        if (found === 'invalid')
            ok = false;
        else if (found !== undefined)
            given.set(name, found);
    }
    for (const [name, found] of given) {
        if (takes.includes(name))
            continue;
        add(found.where, `${name} is not an option of ${executor}; it takes ${listOf([...takes], 'and')} (and start-time, graceful-stop, endpoints, tags, env)`);
        ok = false;
    }
    for (const name of required) {
        if (given.has(name))
            continue;
        add(where, `got no ${name}; expected ${name} for the ${executor} executor (k6 requires it too)`);
        ok = false;
    }
    const common = {
        startTime: scenario_load_option(value, 'start-time', locate, add),
        gracefulStop: scenario_load_option(value, 'graceful-stop', locate, add),
    };
    if (!ok || common.startTime === 'invalid' || common.gracefulStop === 'invalid')
        return undefined;
    const number = (name, fallback) => given.get(name)?.value ?? fallback;
    const ms = (name, fallback) => {
        const text = given.get(name)?.value;
        return text === undefined ? fallback : parseDuration(text);
    };
    const startTimeMs = common.startTime ? parseDuration(common.startTime.value) : 0;
    const gracefulStopMs = common.gracefulStop
        ? parseDuration(common.gracefulStop.value)
        : SCENARIO_DEFAULTS.gracefulStopMs;
    const base = { executor, startTimeMs, gracefulStopMs };
    const positive = (name, durationMs) => {
        if (durationMs > 0)
            return true;
        const found = given.get(name);
        add(found?.where ?? where, `got ${quote(found?.value ?? '0s')}; expected a ${name} longer than 0, such as 30s`);
        return false;
    };
    const stagesOf = (perSecond) => (given.get('stages')?.value ?? []).map((stage) => ({
        durationMs: parseDuration(stage.duration),
        target: stage.target * perSecond,
    }));
    const total = (stages) => stages.reduce((sum, stage) => sum + stage.durationMs, 0);
    switch (executor) {
        case 'constant-vus': {
            const vus = number('vus', SCENARIO_DEFAULTS.vus);
            const durationMs = ms('duration', 0);
            if (!positive('duration', durationMs))
                return undefined;
            return { ...base, stages: hold(vus, durationMs), maxVus: vus, plannedMs: durationMs };
        }
        case 'ramping-vus': {
            const start = number('start-vus', SCENARIO_DEFAULTS.startVus);
            const stages = [{ durationMs: 0, target: start }, ...stagesOf(1)];
            const plannedMs = total(stages);
            if (!positive('stages', plannedMs))
                return undefined;
            const peak = Math.max(...stages.map((stage) => stage.target));
            if (peak === 0) {
                add(given.get('stages').where, 'got stages that all target 0 VUs and start-vus 0; expected some stage with a target of 1 or more');
                return undefined;
            }
            return { ...base, stages, maxVus: peak, plannedMs };
        }
        case 'constant-arrival-rate':
        case 'ramping-arrival-rate': {
            const timeUnitMs = ms('time-unit', SCENARIO_DEFAULTS.timeUnitMs);
            if (!positive('time-unit', timeUnitMs))
                return undefined;
            const perSecond = 1000 / timeUnitMs;
            let stages;
            if (executor === 'constant-arrival-rate') {
                const durationMs = ms('duration', 0);
                if (!positive('duration', durationMs))
                    return undefined;
                stages = hold(number('rate', 0) * perSecond, durationMs);
            }
            else {
                stages = [
                    { durationMs: 0, target: number('start-rate', SCENARIO_DEFAULTS.startRate) * perSecond },
                    ...stagesOf(perSecond),
                ];
                if (!positive('stages', total(stages)))
                    return undefined;
            }
            const preAllocatedVus = number('pre-allocated-vus', 0);
            const maxVus = number('max-vus', preAllocatedVus);
            if (maxVus < preAllocatedVus) {
                add(given.get('max-vus').where, `got ${maxVus}, below pre-allocated-vus (${preAllocatedVus}); expected max-vus of ${preAllocatedVus} or more (as k6)`);
                return undefined;
            }
            if (maxVus === 0) {
                add(where, 'got pre-allocated-vus 0 and no max-vus; expected max-vus of 1 or more, so an iteration can start');
                return undefined;
            }
            return { ...base, stages, maxVus, model: 'open', preAllocatedVus, plannedMs: total(stages) };
        }
        case 'per-vu-iterations':
        case 'shared-iterations': {
            const vus = number('vus', SCENARIO_DEFAULTS.vus);
            const iterations = number('iterations', SCENARIO_DEFAULTS.iterations);
            const maxDurationMs = ms('max-duration', SCENARIO_DEFAULTS.maxDurationMs);
            if (!positive('max-duration', maxDurationMs))
                return undefined;
            if (executor === 'shared-iterations' && iterations < vus) {
                add(given.get('iterations')?.where ?? where, `got ${iterations} iterations for ${vus} VUs; expected at least as many iterations as VUs (as k6)`);
                return undefined;
            }
            const kind = executor === 'per-vu-iterations' ? 'per-vu' : 'shared';
            return {
                ...base,
                stages: hold(vus, maxDurationMs),
                maxVus: vus,
                iterations: { kind, iterations },
                plannedMs: maxDurationMs,
            };
        }
    }
}
/** A level from the start (a 0-length jump to it), held for `durationMs`. */
function hold(level, durationMs) {
    return [
        { durationMs: 0, target: level },
        { durationMs, target: level },
    ];
}
/** "2m30s after the start" style, for reports. */
function describeStart(startTimeMs) {
    return startTimeMs === 0 ? 'at the start' : `${formatDuration(startTimeMs)} after the start`;
}

;// CONCATENATED MODULE: ./src/config/traffic/session-settings.ts
/** Per-VU session keys: `think-time` between requests and tenant `isolation`. */

function thinkTimeFrom(value, where, add) {
    if (typeof value === 'string') {
        const ms = parseDuration(value);
        return { minMs: ms, maxMs: ms };
    }
    const minMs = parseDuration(value.min);
    const maxMs = parseDuration(value.max);
    if (minMs > maxMs) {
        add(where, `got min ${value.min} above max ${value.max}; expected min ≤ max, e.g. {min: 500ms, max: 2s}`);
        return null;
    }
    return { minMs, maxMs };
}
function isolationFrom(value, where, add) {
    const { json, header, field } = value;
    if ((json === undefined) === (header === undefined)) {
        add(where, `got ${json === undefined ? 'neither json nor header' : 'both json and header'}; expected one of them: {json: '$.tenant', field: tenant} or {header: x-tenant, field: tenant}`);
        return null;
    }
    return json !== undefined
        ? { from: 'json', path: json, field }
        : { from: 'header', path: header.toLowerCase(), field };
}

;// CONCATENATED MODULE: ./src/config/scenarios-settings.ts







/** The scenario name of every request when the config has no `scenarios:` (k6's too). */
const DEFAULT_SCENARIO = 'default';
const asText = (record) => Object.fromEntries(Object.entries(record ?? {}).map(([key, value]) => [key, String(value)]));
/** The scenarios of one block, or INVALID when one of them is wrong (every issue reported). */
function scenariosFrom(value, locate, issues, readData) {
    const add = (where, message) => issues.add(where, message);
    const list = [];
    let ok = true;
    for (const [name, block] of Object.entries(value)) {
        const at = (...rest) => locate(name, ...rest);
        const load = scenarioLoad(block, at(), (key) => at(key), add);
        const endpoints = block.endpoints === undefined
            ? undefined
            : endpointsFrom(block.endpoints, (index, ...rest) => at('endpoints', index, ...rest), issues);
        const setup = block.setup === undefined
            ? undefined
            : endpointsFrom(block.setup, (index, ...rest) => at('setup', index, ...rest), issues);
        const data = block.data === undefined ? undefined : readData(block.data, at('data'));
        const thinkTime = block['think-time'] === undefined
            ? undefined
            : thinkTimeFrom(block['think-time'], at('think-time'), add);
        const isolation = block.isolation === undefined ? undefined : isolationFrom(block.isolation, at('isolation'), add);
        if (load === undefined ||
            endpoints === INVALID ||
            setup === INVALID ||
            data === null ||
            thinkTime === null ||
            isolation === null) {
            ok = false;
            continue;
        }
        list.push({
            name,
            where: at(),
            load,
            ...(endpoints ? { endpoints } : {}),
            ...(setup ? { setup: { value: setup, where: at('setup') } } : {}),
            ...(data ? { data: { value: data, where: at('data') } } : {}),
            ...(thinkTime ? { thinkTime: { value: thinkTime, where: at('think-time') } } : {}),
            ...(isolation ? { isolation: { value: isolation, where: at('isolation') } } : {}),
            tags: asText(block.tags),
            env: block.env === undefined ? undefined : { value: asText(block.env), where: at('env') },
        });
    }
    if (list.length === 0 && ok) {
        issues.add(locate(), 'got an empty mapping; expected at least one scenario such as {browse: {executor: constant-vus, vus: 10, duration: 30s}}');
        return INVALID;
    }
    return ok ? list : INVALID;
}
const known = (slot) => slot === undefined || slot === INVALID ? undefined : slot;
/** The data record a scenario's VUs see: its data file's columns and its `env` values. */
function withEnv(data, env) {
    if (env === undefined)
        return data;
    const names = Object.keys(env.value);
    if (data === undefined) {
        const record = env.value;
        return {
            value: { file: '(env)', order: 'sequential', columns: names, records: [record], secretColumns: [] },
            where: env.where,
        };
    }
    const columns = [...new Set([...data.value.columns, ...names])];
    return {
        value: {
            ...data.value,
            columns,
            records: data.value.records.map((record) => ({ ...env.value, ...record })),
        },
        where: data.where,
    };
}
/** The scenarios with their journeys complete, or undefined when one is wrong (issues reported). */
function combineScenarios(pending, top, issues) {
    let ok = true;
    const resolved = [];
    for (const scenario of pending) {
        const ownEndpoints = scenario.endpoints ?? top.endpoints;
        const endpoints = ownEndpoints.map((item) => withContentType(item, top.headers));
        const located = endpoints.map((endpoint, i) => ({
            endpoint,
            where: ownEndpoints[i].where,
        }));
        const setup = scenario.setup ?? known(top.setup);
        const traffic = combineTraffic({
            data: withEnv(scenario.data ?? known(top.data), scenario.env),
            setup: setup && {
                value: setup.value.map((item) => ({
                    endpoint: withContentType(item, top.headers),
                    where: item.where,
                })),
                where: setup.where,
            },
            thinkTime: scenario.thinkTime ?? known(top.thinkTime),
            isolation: scenario.isolation ?? known(top.isolation),
            endpoints: located,
            headers: top.headersSlot,
            thresholds: top.thresholds.filter((threshold) => threshold.tags.scenario === scenario.name),
        }, (where, message) => issues.add(where, message));
        if (traffic === null) {
            ok = false;
            continue;
        }
        resolved.push({
            ...scenario.load,
            name: scenario.name,
            endpoints,
            ...(traffic ? { traffic } : {}),
            tags: scenario.tags,
            env: scenario.env?.value ?? {},
        });
    }
    return ok ? resolved : undefined;
}
/** Top-level load keys that `scenarios:` replaces. */
const REPLACED_KEYS = ['vus', 'duration', 'ramp-up', 'rate', 'max-vus', 'stages', 'scenario'];
/** A top-level load key beside `scenarios:` is refused, naming both. */
function checkReplacedKeys(scenariosWhere, given, add) {
    for (const { key, where } of given) {
        add(where, `got ${key} together with scenarios: (${scenariosWhere}); expected the load in the scenarios only (each scenario has its executor and its own ${key === 'scenario' ? 'shape' : key}), or no scenarios:`);
    }
    return given.length === 0;
}
/**
 * A threshold that names a scenario and an endpoint must name an endpoint of that
 * scenario. (Unknown scenario names, and endpoints of thresholds without a scenario
 * tag, are checked with the other tags in threshold-tag-settings.ts.)
 */
function checkScenarioThresholds(thresholds, scenarios, add, 
/** Check `{endpoint:…}` tags too (the single-scenario run checks them as before, in threshold-settings.ts). */
endpointTags = true) {
    let ok = true;
    for (const threshold of thresholds) {
        const name = threshold.tags.scenario;
        const scenario = name === undefined ? undefined : scenarios.find((one) => one.name === name);
        // An unknown scenario name is reported with the other tags (threshold-tag-settings.ts).
        if (name !== undefined && scenario === undefined)
            continue;
        // A threshold that names no scenario has its endpoint checked against them all (threshold-tag-settings.ts).
        const endpoint = threshold.tags.endpoint ?? threshold.tags.name;
        if (endpoint === undefined || !endpointTags || scenario === undefined)
            continue;
        const endpointNames = [
            ...new Set((scenario ? [scenario] : scenarios).flatMap((one) => one.endpoints.map((e) => e.name))),
        ];
        if (endpointNames.includes(endpoint))
            continue;
        const close = closestMatch(endpoint, endpointNames);
        add(threshold.origin, `got the tag {endpoint:${endpoint}} in ${quote(threshold.source)}, but ${scenario ? `the scenario ${quote(scenario.name)} has` : 'no scenario has'} no endpoint named ${quote(endpoint)}; ` +
            (close !== undefined
                ? `did you mean "${close}"?`
                : `expected one of ${listOf(endpointNames.map((n) => `"${n}"`))}`));
        ok = false;
    }
    return ok;
}
/**
 * The run's shape with scenarios: one stage as long as the latest scenario end, at the
 * sum of their VU caps (the most that can be active at once).
 */
function scenarioSpan(scenarios) {
    const durationMs = Math.max(...scenarios.map((s) => s.startTimeMs + s.plannedMs));
    const maxVus = scenarios.reduce((sum, s) => sum + s.maxVus, 0);
    return { stages: [{ durationMs, target: maxVus }], maxVus };
}

;// CONCATENATED MODULE: ./src/config/layers/combine-scenarios.ts
/**
 * The `scenarios:` key once the layers are picked (see config/scenarios-settings.ts):
 * the highest layer that gives it wins as a whole, the top-level load keys beside it
 * are refused, and each scenario's journey is completed from the top level.
 */



const LAYER_KEYS = {
    vus: 'vus',
    duration: 'durationMs',
    'ramp-up': 'rampUpMs',
    rate: 'rate',
    'max-vus': 'maxVus',
    stages: 'stages',
    scenario: 'scenario',
};
/** The scenarios; undefined without `scenarios:`; INVALID when something is wrong (reported). */
function scenariosOfLayers(layers, top, baseline, issues) {
    const slot = pick(layers, 'scenarios');
    if (slot === undefined)
        return undefined;
    if (slot === INVALID)
        return INVALID;
    const given = REPLACED_KEYS.flatMap((key) => {
        const found = pick(layers, LAYER_KEYS[key]);
        return found === undefined || found === INVALID ? [] : [{ key, where: found.where }];
    });
    const add = (where, message) => issues.add(where, message);
    if (!checkReplacedKeys(slot.where, given, add))
        return INVALID;
    const live = liveBaselineProblemOfScenarios(baseline);
    if (live !== undefined) {
        add(slot.where, live);
        return INVALID;
    }
    return combineScenarios(slot.value, top, issues) ?? INVALID;
}

;// CONCATENATED MODULE: ./src/config/layers/combine-layers.ts
/**
 * Combining the layers, key by key: an input that was given > the selected
 * environment block > the file's top level > the built-in default. What depends on
 * several keys (the load model, endpoint tags, the traffic keys) is checked once the
 * layers are picked, by the module of that concern.
 */
















/** The settings, or undefined when a value needed is invalid (its issue is already reported). */
function combineLayers(layers, given, issues) {
    const [, envLayer, topLayer] = layers;
    const value = (slot, fallback) => slot === INVALID ? INVALID : slot === undefined ? fallback : slot.value;
    // Target URL.
    const targetSlot = pick(layers, 'targetUrl');
    if (targetSlot === undefined) {
        issues.add(issues.input('target-url'), `got nothing; expected the URL of the deployment under test, such as https://canary.example.com, as ${issues.input('target-url')} or target-url in the config file`);
    }
    // Load shape. An environment that sets duration/vus/ramp-up replaces the top level's stages.
    const envShapes = [envLayer.durationMs, envLayer.vus, envLayer.rampUpMs].some((slot) => slot !== undefined);
    const stagesSlot = envLayer.stages ?? (envShapes ? undefined : topLayer.stages);
    const shapeInputs = ['duration', 'vus', 'ramp-up', 'rate', 'scenario'].some((name) => given(name) !== undefined);
    // A duration input replaces the file's whole shape, its ramp-up with its stages: a quick
    // `--duration 3s` must not be refused for the file's 5s ramp-up. The ramp then comes
    // from the ramp-up input, or there is none.
    const rampSlot = given('duration') !== undefined ? layers[0].rampUpMs : pick(layers, 'rampUpMs');
    let stages;
    if (stagesSlot !== undefined && !shapeInputs) {
        stages = value(stagesSlot, []);
    }
    else {
        stages = shapeStages(pick(layers, 'durationMs') ?? { value: DEFAULTS.durationMs, where: 'the default duration' }, value(pick(layers, 'vus'), DEFAULTS.vus), rampSlot, issues);
    }
    // Endpoints, headers, thresholds.
    const pending = value(pick(layers, 'endpoints'), defaultEndpoints());
    const headers = value(pick(layers, 'headers'), {});
    const choice = (slot) => (slot === INVALID ? 'invalid' : slot);
    const model = {
        rate: choice(pick(layers, 'rate')),
        maxVus: choice(pick(layers, 'maxVus')),
        scenario: choice(pick(layers, 'scenario')),
        durationMs: choice(pick(layers, 'durationMs')),
        vus: choice(pick(layers, 'vus')),
        rampUpMs: choice(rampSlot),
        fileStages: stagesSlot !== undefined && !shapeInputs,
    };
    const loadModel = applyLoadModel(model, stages === INVALID ? undefined : stages, (where, message) => issues.add(where, message));
    const thresholds = value(pick(layers, 'thresholds'), [
        (0,threshold_parser/* parseThreshold */.B7)({
            text: loadModel?.defaultThreshold ?? DEFAULTS.threshold,
            origin: 'the default thresholds',
        }),
    ]);
    const knownHeaders = headers === INVALID ? {} : headers;
    const endpoints = pending === INVALID ? INVALID : pending.map((item) => withContentType(item, knownHeaders));
    const hasScenarios = pick(layers, 'scenarios') !== undefined;
    if (thresholds !== INVALID && loadModel)
        checkScenarioMetrics(thresholds, loadModel.scenario, issues);
    // Test data, setup, think time, isolation; checked against the endpoints, headers and thresholds.
    const dataSlot = pick(layers, 'data');
    const setupSlot = pick(layers, 'setup');
    const thinkTimeSlot = pick(layers, 'thinkTime');
    const isolationSlot = pick(layers, 'isolation');
    const headersSlot = pick(layers, 'headers');
    const traffic = [dataSlot, setupSlot, thinkTimeSlot, isolationSlot].includes(INVALID) ||
        pending === INVALID ||
        endpoints === INVALID ||
        headers === INVALID ||
        thresholds === INVALID
        ? INVALID
        : combineTraffic({
            data: sourced(dataSlot),
            setup: sourced(setupSlot, (list) => list.map((item) => ({ endpoint: withContentType(item, knownHeaders), where: item.where }))),
            thinkTime: sourced(thinkTimeSlot),
            isolation: sourced(isolationSlot),
            endpoints: endpoints.map((endpoint, i) => ({ endpoint, where: pending[i].where })),
            headers: sourced(headersSlot),
            // With scenarios, thresholds are checked against the scenario they name (combine-scenarios.ts).
            thresholds: hasScenarios ? [] : thresholds,
        }, (where, message) => issues.add(where, message));
    // Open-model journeys are per slot; a live baseline's twin slots would not share their draws.
    const rateSlot = pick(layers, 'rate');
    const liveSource = pick(layers, 'baselineSource');
    if (loadModel?.model === 'open' &&
        traffic !== INVALID &&
        traffic !== null &&
        traffic !== undefined &&
        liveSource !== undefined &&
        liveSource !== INVALID &&
        liveSource.value?.kind === 'live') {
        issues.add(rateSlot !== undefined && rateSlot !== INVALID ? rateSlot.where : issues.input('rate'), 'the open model (rate) with a live baseline does not run per-user sessions yet, and this config uses data, setup, captures, checks, think-time or isolation; ' +
            'expected vus (the closed model) for such traffic with a live baseline, or no baseline-url');
    }
    const workersSlot = pick(layers, 'workers');
    const workers = workersSlot === INVALID
        ? INVALID
        : (resolveWorkers(sourced(workersSlot), loadModel?.scenario, (where, message) => issues.add(where, message)) ?? INVALID);
    const targetUrl = targetSlot === undefined ? INVALID : value(targetSlot, '');
    const timeoutMs = value(pick(layers, 'timeoutMs'), DEFAULTS.timeoutMs);
    const failOnBreach = value(pick(layers, 'failOnBreach'), DEFAULTS.failOnBreach);
    const autoRollback = value(pick(layers, 'autoRollback'), DEFAULTS.autoRollback);
    const reportDir = value(pick(layers, 'reportDir'), DEFAULTS.reportDir);
    const baseline = combineBaselineLayers(layers, targetUrl === INVALID ? undefined : targetUrl, issues);
    const liveProblem = baseline === INVALID ? undefined : liveBaselineProblem(baseline, loadModel?.scenario);
    if (liveProblem) {
        const sourceSlot = pick(layers, 'baselineSource');
        issues.add(sourceSlot && sourceSlot !== INVALID ? sourceSlot.where : issues.input('baseline-url'), liveProblem);
    }
    const scenarios = pending === INVALID || headers === INVALID || thresholds === INVALID || baseline === INVALID
        ? INVALID
        : scenariosOfLayers(layers, {
            endpoints: pending,
            headers,
            headersSlot: sourced(headersSlot),
            data: dataSlot,
            setup: setupSlot,
            thinkTime: thinkTimeSlot,
            isolation: isolationSlot,
            thresholds,
        }, baseline, issues);
    if (scenarios !== INVALID && scenarios !== undefined && thresholds !== INVALID) {
        checkScenarioThresholds(thresholds, scenarios, (where, message) => issues.add(where, message));
    }
    const shardSlots = [pick(layers, 'mode'), pick(layers, 'shard'), pick(layers, 'startAt')];
    const shardChoices = {
        mode: sourced(shardSlots[0]),
        shard: sourced(shardSlots[1]),
        startAt: sourced(shardSlots[2]),
    };
    const shardsOk = !shardSlots.includes(INVALID) &&
        checkShardChoices(shardChoices, { scenario: loadModel?.scenario, baseline: baseline === INVALID ? undefined : baseline }, (where, message) => issues.add(where, message));
    const k6Slot = pick(layers, 'k6Results');
    const k6Results = sourced(k6Slot)?.value;
    if (endpoints !== INVALID && thresholds !== INVALID && scenarios !== INVALID) {
        // With scenarios, a tag names an endpoint or a custom tag of any scenario; a threshold
        // that names its scenario has its endpoint checked against that one (scenarios-settings.ts).
        const scenarioList = scenarios ?? [];
        checkThresholdTags(thresholds, {
            endpoints: scenarioList.length > 0 ? scenarioList.flatMap((one) => one.endpoints) : endpoints,
            declaredTags: scenarioList.flatMap((one) => Object.keys(one.tags)),
            scenarios: scenarioList.length > 0 ? scenarioList.map((one) => one.name) : [DEFAULT_SCENARIO],
            scenarioChecked: scenarioList.length > 0,
            fromK6: k6Results !== undefined,
        }, issues);
    }
    const k6Ok = k6Slot !== INVALID &&
        checkK6Mode(k6Results, shardChoices.mode, (where, message) => issues.add(where, message));
    if (!shardsOk ||
        !k6Ok ||
        targetUrl === INVALID ||
        loadModel === undefined ||
        stages === INVALID ||
        endpoints === INVALID ||
        thresholds === INVALID ||
        headers === INVALID ||
        timeoutMs === INVALID ||
        failOnBreach === INVALID ||
        autoRollback === INVALID ||
        reportDir === INVALID ||
        workers === INVALID ||
        traffic === INVALID ||
        traffic === null ||
        scenarios === INVALID ||
        baseline === INVALID ||
        liveProblem !== undefined) {
        return undefined;
    }
    return {
        targetUrl,
        // With scenarios, the run's own shape is their span: what the start-at wait and the plan's length read.
        ...(scenarios ? scenarioSpan(scenarios) : { stages: loadModel.stages, maxVus: loadModel.maxVus }),
        ...(loadModel.model ? { model: loadModel.model } : {}),
        ...(loadModel.scenario ? { scenario: loadModel.scenario } : {}),
        endpoints,
        thresholds,
        headers,
        timeoutMs,
        failOnBreach,
        autoRollback,
        reportDir,
        workers,
        ...(traffic ? { traffic } : {}),
        ...(scenarios ? { scenarios } : {}),
        ...(baseline ? { baseline } : {}),
        ...(shardChoices.mode?.value === 'merge' ? { mode: 'merge' } : {}),
        ...(shardChoices.shard ? { shard: shardChoices.shard.value } : {}),
        ...(shardChoices.startAt
            ? { startAt: { ...shardChoices.startAt.value, where: shardChoices.startAt.where } }
            : {}),
        ...(k6Results ? { k6Results } : {}),
    };
}
/** The baseline keys, each from the highest layer that gives it (the source as one key: see baseline-settings.ts). */
function combineBaselineLayers(layers, targetUrl, issues) {
    const source = pick(layers, 'baselineSource');
    const artifactName = pick(layers, 'baselineArtifactName');
    const missing = pick(layers, 'baselineMissing');
    const confidence = pick(layers, 'confidence');
    if ([source, artifactName, missing, confidence].includes(INVALID))
        return INVALID;
    const chosen = combineBaseline({
        source: sourced(source),
        artifactName: sourced(artifactName),
        missing: sourced(missing),
        confidence: sourced(confidence),
    }, targetUrl, (where, message) => issues.add(where, message));
    return chosen === null ? INVALID : chosen;
}

;// CONCATENATED MODULE: ./src/config/schema/baseline-schema.ts
/**
 * The baseline keys of the config file. The schema checks their types; the forms
 * (`WORKFLOW_FILE[@BRANCH]`, a path inside the workspace, the confidence range) are
 * checked by config/baseline-settings.ts, which gives inputs and file the same messages.
 */





const BASELINE_SHAPE = {
    'baseline-url': schemas/* string */.YjP({ error: (iss) => `got ${quote(iss.input)}; expected an http or https URL` })
        .superRefine((value, ctx) => {
        const problem = targetUrlProblem(value);
        if (problem)
            ctx.addIssue({ code: 'custom', message: problem, input: value });
    })
        .meta({
        description: 'A live baseline: the deployment the canary replaces (ideally the old build, started beside the canary). It gets the same traffic at the same time, and relative thresholds compare the two.',
        format: 'uri',
    })
        .optional(),
    'baseline-results': schema_parts_text('the path of a results.json inside the workspace', 'An earlier run’s results.json (a path inside the workspace) to compare with, e.g. from the production gate of the last release.').optional(),
    'baseline-artifact': schemas/* union */.KCZ([schemas/* boolean */.zMY(), schemas/* string */.YjP()], {
        error: (iss) => `got ${quote(iss.input)}; expected true (this workflow on the default branch) or WORKFLOW_FILE[@BRANCH] such as deploy.yml@main`,
    })
        .meta({
        description: 'Compare with the report artifact of the last successful run: true (this workflow on the default branch), or WORKFLOW_FILE[@BRANCH] such as deploy.yml@main; false for none.',
    })
        .optional(),
    'baseline-artifact-name': schema_parts_text('the name of the report artifact', 'With baseline-artifact: the name of the report artifact to take (default: the one this job uploads, found by its name).').optional(),
    'baseline-missing': schemas/* enum */.k5n(BASELINE_MISSING, {
        error: (iss) => `got ${quote(iss.input)}; expected pass or fail`,
    })
        .meta({
        description: 'When the baseline cannot be had: fail (relative thresholds have no data, so they fail; the default) or pass (they pass, and the report says so).',
    })
        .optional(),
    confidence: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()], {
        error: (iss) => `got ${quote(iss.input)}; expected a confidence level such as 0.95`,
    })
        .meta({
        description: 'Confidence level of the baseline comparison’s intervals, above 0.5 and at most 0.999, e.g. 0.95 (the default) or 99%.',
    })
        .optional(),
};

;// CONCATENATED MODULE: ./src/config/schema/k6-schema.ts
/**
 * `k6-results` in the config file: a path or glob, or a list of them. The paths are
 * checked against the workspace by config/k6-settings.ts, which gives inputs and file
 * the same messages.
 */


const K6_RESULTS_DESCRIPTION = "With mode: merge, k6's outputs to judge instead of sending load: the NDJSON of k6 run --out json=FILE (one file per k6 instance; execution segments merge exactly), or one end-of-test summary (handleSummary data or --summary-export). Paths or globs inside the workspace.";
const K6_SHAPE = {
    'k6-results': schemas/* union */.KCZ([
        schema_parts_text('a path or glob', K6_RESULTS_DESCRIPTION),
        schemas/* array */.YOg(schema_parts_text('a path or glob', 'A path or glob of k6 outputs inside the workspace.')),
    ])
        .meta({ description: K6_RESULTS_DESCRIPTION })
        .optional(),
};

;// CONCATENATED MODULE: ./src/config/schema/shard-schema.ts
/**
 * The shard keys of the config file. The schema checks their types; the forms (`k/n`,
 * an instant with an offset) are checked by config/shard-settings.ts, which gives inputs
 * and file the same messages. `shard` and `start-at` usually come from the workflow
 * (a matrix value, an earlier job's output), but a file may set them per environment.
 */




const SHARD_SHAPE = {
    mode: schemas/* enum */.k5n(RUN_MODES, { error: (iss) => `got ${quote(iss.input)}; expected run or merge` })
        .meta({
        description: 'run (send the load; the default) or merge (send none: merge the shard bundles of this workflow run into one verdict, in a job that needs: the matrix).',
    })
        .optional(),
    shard: schema_parts_text('k/n such as 2/4', 'This leg is part k of n of the load (1-based, e.g. 2/4): it runs every n-th VU or arrival and uploads a shard bundle for the merge job.').optional(),
    'start-at': schema_parts_text('an ISO-8601 instant with an offset', 'An ISO-8601 instant with an offset (e.g. 2026-05-04T10:30:00Z): the load starts then, so all legs start together.').optional(),
};

;// CONCATENATED MODULE: ./src/config/publish-settings.ts
/**
 * Where the verdict goes besides the job summary: the artifact, Slack, a Prometheus
 * Pushgateway, a sticky PR comment and a check run. The non-secret keys come from an
 * input or the config file (PUBLISH_FILE_KEYS); the webhook URL and the token are
 * secrets, which do not belong in a file in the repository: inputs (or the CLI's
 * environment) only, and the file refuses them (schema/publish-schema.ts).
 */


const SLACK_NOTIFY_ON = ['failure', 'marginal', 'always', 'never'];
const PUBLISH_DEFAULTS = {
    uploadArtifact: true,
    artifactName: 'loadgate-report',
    slackNotifyOn: 'failure',
    commentOnPr: true,
    checkRun: true,
};
/** Artifact names may not contain these (GitHub's rule). */
const ARTIFACT_NAME_FORBIDDEN = /[":<>|*?\r\n\\/]/;
const ARTIFACT_NAME_EXPECTED = 'a name without any of " : < > | * ? \\ / or line breaks';
/** The publishing keys the config file may hold: none of them is a secret. */
const PUBLISH_FILE_KEYS = [
    'upload-artifact',
    'artifact-name',
    'artifact-retention-days',
    'slack-notify-on',
    'pushgateway-url',
    'comment-on-pr',
    'check-run',
];
/** Inputs whose values are secrets: never read from the config file. */
const SECRET_INPUTS = ['slack-webhook-url', 'github-token'];
/** The CLI's environment variable for a secret input: `LOADGATE_SLACK_WEBHOOK_URL`. */
function secretEnvName(name) {
    return `LOADGATE_${name.toUpperCase().replace(/-/g, '_')}`;
}
/** The publishing settings when no input asks for anything: upload and comment, nothing else. */
function defaultPublishSettings() {
    return { ...PUBLISH_DEFAULTS };
}
function httpUrlProblem(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return 'expected an absolute http or https URL';
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return `expected an http or https URL (the scheme is ${url.protocol.slice(0, -1)})`;
    return undefined;
}
function resolvePublishSettings(given, issues, label = actionInputLabel, file = {}) {
    const add = (name, message) => void issues.push({ where: label(name), message });
    const boolean = (name, fallback) => {
        const text = given(name);
        if (text === undefined)
            return file[name] ?? fallback;
        if (/^(?:true|True|TRUE)$/.test(text))
            return true;
        if (/^(?:false|False|FALSE)$/.test(text))
            return false;
        add(name, `got ${quote(text)}; expected true or false`);
        return fallback;
    };
    const publish = {
        uploadArtifact: boolean('upload-artifact', PUBLISH_DEFAULTS.uploadArtifact),
        artifactName: file['artifact-name'] ?? PUBLISH_DEFAULTS.artifactName,
        slackNotifyOn: file['slack-notify-on'] ?? PUBLISH_DEFAULTS.slackNotifyOn,
        ...(file['artifact-retention-days'] !== undefined
            ? { artifactRetentionDays: file['artifact-retention-days'] }
            : {}),
        ...(file['pushgateway-url'] !== undefined
            ? { pushgatewayUrl: file['pushgateway-url'].replace(/\/+$/, '') }
            : {}),
        commentOnPr: boolean('comment-on-pr', PUBLISH_DEFAULTS.commentOnPr),
        checkRun: boolean('check-run', PUBLISH_DEFAULTS.checkRun),
    };
    const name = given('artifact-name');
    if (name !== undefined) {
        if (ARTIFACT_NAME_FORBIDDEN.test(name)) {
            add('artifact-name', `got ${quote(name)}; expected ${ARTIFACT_NAME_EXPECTED}`);
        }
        else
            publish.artifactName = name;
    }
    const retention = given('artifact-retention-days');
    if (retention !== undefined) {
        if (/^\d+$/.test(retention) && Number(retention) >= 1 && Number(retention) <= 90) {
            publish.artifactRetentionDays = Number(retention);
        }
        else
            add('artifact-retention-days', `got ${quote(retention)}; expected a whole number of days from 1 to 90`);
    }
    const webhook = given('slack-webhook-url');
    if (webhook !== undefined) {
        // The URL is a secret: say what is wrong without repeating it.
        const problem = httpUrlProblem(webhook);
        if (problem)
            add('slack-webhook-url', `the value (not shown, it is a secret) is not usable: ${problem}, such as https://hooks.slack.com/services/…`);
        else
            publish.slackWebhookUrl = webhook;
    }
    const notifyOn = given('slack-notify-on');
    if (notifyOn !== undefined) {
        if (SLACK_NOTIFY_ON.includes(notifyOn))
            publish.slackNotifyOn = notifyOn;
        else
            add('slack-notify-on', `got ${quote(notifyOn)}; expected one of ${SLACK_NOTIFY_ON.join(', ')}`);
    }
    const pushgateway = given('pushgateway-url');
    if (pushgateway !== undefined) {
        const problem = httpUrlProblem(pushgateway);
        if (problem)
            add('pushgateway-url', `got ${quote(pushgateway)}; ${problem}, such as http://pushgateway:9091`);
        else
            publish.pushgatewayUrl = pushgateway.replace(/\/+$/, '');
    }
    const token = given('github-token');
    // Outside a runner (@github/local-action) the action.yml default arrives unexpanded: no token.
    if (token !== undefined && !/^\$\{\{[^}]*\}\}$/.test(token.trim()))
        publish.githubToken = token;
    return publish;
}

;// CONCATENATED MODULE: ./src/config/schema/publish-schema.ts
/**
 * The publishing keys of the config file: the non-secret ones (where the verdict goes
 * and when), checked with the same rules as their inputs (publish-settings.ts). The
 * secrets are refused with a message of their own: a config file lives in the
 * repository, so a webhook URL or a token in it is already leaked.
 */




const retentionError = (iss) => `got ${quote(iss.input)}; expected a whole number of days from 1 to 90`;
const PUBLISH_SHAPE = {
    'upload-artifact': flag('Upload the report bundle as a workflow artifact (default true).').optional(),
    'artifact-name': schema_parts_text(ARTIFACT_NAME_EXPECTED, 'Base name of the report artifact (default loadgate-report).')
        .refine((value) => !ARTIFACT_NAME_FORBIDDEN.test(value), {
        error: (iss) => `got ${quote(iss.input)}; expected ${ARTIFACT_NAME_EXPECTED}`,
    })
        .optional(),
    'artifact-retention-days': schemas/* int */.Whr({ error: retentionError })
        .min(1, { error: retentionError })
        .max(90, { error: retentionError })
        .meta({ description: 'Days to keep the artifact, 1 to 90 (default: the repository setting).' })
        .optional(),
    'slack-notify-on': schemas/* enum */.k5n(SLACK_NOTIFY_ON, {
        error: (iss) => `got ${quote(iss.input)}; expected one of ${SLACK_NOTIFY_ON.join(', ')}`,
    })
        .meta({
        description: 'When to post to Slack: failure (fail, error, inconclusive), marginal (and failure), always, never (default failure). The webhook URL is a secret: an input only.',
    })
        .optional(),
    'pushgateway-url': schemas/* string */.YjP({ error: (iss) => `got ${quote(iss.input)}; expected an http or https URL` })
        .superRefine((value, ctx) => {
        const problem = httpUrlProblem(value);
        if (problem)
            ctx.addIssue({ code: 'custom', message: `got ${quote(value)}; ${problem}, such as http://pushgateway:9091`, input: value });
    })
        .meta({ description: 'Prometheus Pushgateway base URL, e.g. http://pushgateway:9091.', format: 'uri' })
        .optional(),
    'comment-on-pr': flag('On pull_request events, create or update one sticky comment with the verdict (default true).').optional(),
    'check-run': flag('Create or update a check run of its own on the commit (default true, when there is a token).').optional(),
};
/** A secret key in the file: refused without quoting its value. */
const secretKey = (name) => schemas/* never */.ZmZ({
    error: () => `${name} is a secret and is not read from the config file (it is in the repository; the value is not shown); ` +
        `expected it as the ${name} input from a secret (in the CLI: --${name} or the ${secretEnvName(name)} environment variable), and no ${name} key in the file`,
})
    .meta({ description: `A secret: give it as the ${name} input, never in the file.` })
    .optional();
const SECRET_SHAPE = Object.fromEntries(SECRET_INPUTS.map((name) => [name, secretKey(name)]));

;// CONCATENATED MODULE: ./src/metrics/server-metrics.ts
/**
 * The target's own health as its metrics store saw it during the load (see
 * sources/prometheus/): one series per configured server metric, the query as it was
 * sent, and, when there is no series, why. Plain JSON: results.json carries it under
 * `measurements.serverMetrics`, so a later run can compare with it as a baseline.
 */
/**
 * What a server metric's values are: a 0..1 `ratio`, `percent` (0..100), `bytes`,
 * `seconds`, a plain `count`, or a `per_second` rate. Limits are written in this unit.
 */
const SERVER_METRIC_UNITS = ['ratio', 'percent', 'bytes', 'seconds', 'count', 'per_second'];

// EXTERNAL MODULE: ./src/slo/server-metric-measure.ts
var server_metric_measure = __webpack_require__(17967);
;// CONCATENATED MODULE: ./src/config/schema/server-metrics-schema.ts
/**
 * The config file's keys for the target's own metrics (docs/server-metrics.md): where
 * Prometheus is, how long a query may take, the step of the range query, the label
 * values `{{target}}` stands for, and the queries. `prometheus-headers` is refused in
 * the file: it holds credentials, and the file is committed.
 */






const PROMETHEUS_HEADERS_IN_FILE = 'prometheus-headers holds credentials (e.g. a bearer token) and is refused in the config file, which is committed and shown in logs; ' +
    'expected the prometheus-headers input, set from a secret, e.g. prometheus-headers: "Authorization: Bearer ${{ secrets.PROMETHEUS_TOKEN }}"';
const targetLabelsSchema = schemas/* strictObject */.rej({
    canary: schema_parts_text('the label value the canary has in its metrics, e.g. api-canary', 'What {{target}} stands for in the canary’s queries.').optional(),
    baseline: schema_parts_text('the label value the baseline has in its metrics, e.g. api-stable', 'What {{target}} stands for in the live baseline’s queries.').optional(),
}, {
    error: whenWrongType((input) => `got ${quote(input)}; expected a mapping {canary, baseline} such as {canary: api-canary, baseline: api-stable}`),
})
    .meta({ description: 'The values {{target}} stands for in server-metrics queries: one for the canary, one for a live baseline.' });
const serverMetricSchema = schemas/* strictObject */.rej({
    query: schema_parts_text('a PromQL expression such as avg(rate(process_cpu_seconds_total{job="{{target}}"}[30s]))', 'The PromQL expression; {{target}} and {{window}} are filled in.'),
    unit: schemas/* enum */.k5n(SERVER_METRIC_UNITS, {
        error: (iss) => `got ${quote(iss.input)}; expected one of ${listOf(SERVER_METRIC_UNITS)}`,
    })
        .meta({ description: 'The unit of the values, in which limits are written: ratio (0..1), percent, bytes, seconds, count or per_second.' }),
    labels: targetLabelsSchema.optional(),
}, {
    error: whenWrongType((input) => `got ${quote(input)}; expected {query, unit} such as {query: 'process_resident_memory_bytes{job="{{target}}"}', unit: bytes}`),
});
const SERVER_METRICS_SHAPE = {
    'prometheus-url': schemas/* string */.YjP({ error: (iss) => `got ${quote(iss.input)}; expected an http or https URL` })
        .superRefine((value, ctx) => {
        const problem = targetUrlProblem(value);
        if (problem)
            ctx.addIssue({ code: 'custom', message: problem, input: value });
    })
        .meta({ description: 'Base URL of the Prometheus server (or compatible API) server-metrics are read from.', format: 'uri' })
        .optional(),
    'prometheus-headers': schemas/* never */.ZmZ({ error: () => PROMETHEUS_HEADERS_IN_FILE })
        .meta({ description: 'Refused here: give the prometheus-headers input, from a secret.' })
        .optional(),
    'prometheus-timeout': duration('Time limit of each Prometheus query attempt (default 10s).').optional(),
    'prometheus-retries': wholeNumber(0, 'a whole number of retries, 0 or more', 'Retries of a Prometheus query after a network error or a 5xx (default 2).').optional(),
    'prometheus-step': duration('Seconds between two samples of the range query over the load window (default 5s).').optional(),
    'target-labels': targetLabelsSchema.optional(),
    'server-metrics': schemas/* record */.g1P(schemas/* string */.YjP().regex(server_metric_measure/* SERVER_METRIC_KEY */.dv, {
        error: (iss) => `got the key ${quote(iss.input)}; expected a name of lower-case letters, digits and _ such as cpu or db_connections`,
    }), serverMetricSchema, {
        error: whenWrongType((input) => `got ${quote(input)}; expected a mapping of names to {query, unit}, such as {cpu: {query: '…', unit: ratio}}`),
    })
        .meta({ description: 'The target’s own metrics, read from Prometheus over the load window; thresholds name them server_<name>.' })
        .optional(),
};

// EXTERNAL MODULE: ./src/syntax/k6-duration.ts
var k6_duration = __webpack_require__(53247);
;// CONCATENATED MODULE: ./src/config/schema/threshold-schema.ts
/** The `thresholds:` key: a list of texts, or a mapping in k6 style or the short style. */




const thresholdText = schemas/* string */.YjP({
    error: (iss) => `got ${quote(iss.input)}; expected a threshold such as "http_req_duration: p(95)<250"`,
})
    .min(1, {
    error: () => 'got an empty string; expected a threshold such as "http_req_duration: p(95)<250"',
});
/** k6's delayAbortEval, read as k6 reads it: a number of ms, a duration string, or null (no delay). */
const delayAbortEval = schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP(), schemas/* null */.chJ()], {
    error: (iss) => `got ${quote(iss.input)}; expected ${k6_duration/* K6_DURATION_EXPECTED */.Q}`,
})
    .superRefine((value, ctx) => {
    const reading = (0,k6_duration/* readK6Duration */.y)(value);
    if (!reading.ok) {
        ctx.addIssue({
            code: 'custom',
            message: `got ${quote(value)}: ${reading.problem}; expected ${k6_duration/* K6_DURATION_EXPECTED */.Q}`,
        });
    }
})
    .meta({
    description: 'No abort before this much of the run has passed: a duration such as 10s or 1m30s, a number of milliseconds, or null (as in k6).',
});
/** k6's object form: `{threshold: 'p(95)<250', abortOnFail: true, delayAbortEval: 10s}`. */
const thresholdObject = schemas/* strictObject */.rej({
    threshold: thresholdText.meta({ description: 'The condition, e.g. p(95)<250.' }),
    abortOnFail: flag('Stop the load when this threshold fails during the run (default false).').optional(),
    delayAbortEval: delayAbortEval.optional(),
}, {
    error: whenWrongType((input) => `got ${quote(input)}; expected {threshold: "p(95)<250", abortOnFail: true, delayAbortEval: 10s}`),
})
    .meta({ description: "k6's object form of a condition, with its abort options." });
const nonNegative = (what) => schemas/* number */.aig().nonnegative({ error: (iss) => `got ${quote(iss.input)}; expected ${what}, 0 or more` });
/** `latency: {p50: 100, p95: 250}` (ms). */
const latencyMapping = schemas/* record */.g1P(schemas/* string */.YjP().regex(/^(?:p\d+(?:\.\d+)?|avg|med|min|max)$/, {
    error: (iss) => `got ${quote(iss.input)}; expected a latency statistic such as p50, p95, p99, avg, med or max`,
}), schemas/* union */.KCZ([nonNegative('milliseconds such as 250'), schemas/* string */.YjP()], {
    error: (iss) => `got ${quote(iss.input)}; expected milliseconds such as 250, or "250ms"`,
}), {
    error: whenWrongType((input) => `got ${quote(input)}; expected a mapping such as {p95: 250, p99: 400} (milliseconds)`),
})
    .meta({ description: 'Latency limits in ms, e.g. `{p50: 100, p95: 250, p99: 400}`.' });
const thresholdMapping = schemas/* object */.Ikc({
    latency: latencyMapping.optional(),
    error_rate: schemas/* union */.KCZ([nonNegative('a percentage such as 0.5 (meaning 0.5%)'), schemas/* string */.YjP()], {
        error: (iss) => `got ${quote(iss.input)}; expected a percentage such as 0.5 (meaning 0.5%)`,
    })
        .optional()
        .meta({ description: 'Largest share of failed requests, in percent.' }),
    throughput: schemas/* union */.KCZ([nonNegative('requests per second such as 1000'), schemas/* string */.YjP()], {
        error: (iss) => `got ${quote(iss.input)}; expected requests per second such as 1000`,
    })
        .optional()
        .meta({ description: 'Smallest completed requests per second.' }),
})
    .catchall(schemas/* union */.KCZ([
    thresholdText,
    schemas/* number */.aig(),
    thresholdObject,
    // An empty list is no threshold on the metric, as in k6.
    schemas/* array */.YOg(schemas/* union */.KCZ([thresholdText, thresholdObject])),
], {
    error: (iss) => `got ${quote(iss.input)}; expected a condition such as "p(95)<250" or a list of them ["p(95)<250", "p(99)<500"]` +
        (iss.input === null ? ', or [] for none' : ''),
}));
const thresholdsSchema = schemas/* union */.KCZ([schemas/* array */.YOg(thresholdText), thresholdMapping], {
    error: (iss) => `got ${quote(iss.input)}; expected a list of thresholds such as ["http_req_duration: p(95)<250"] or a mapping such as {http_req_duration: ["p(95)<250"]}`,
})
    .meta({
    description: 'SLO thresholds: a list of k6-style or short-form texts, or a mapping (k6 style `metric: [conditions]`, or `latency: {p95: 250}`, `error_rate: 0.5`, `throughput: 1000`).',
});

;// CONCATENATED MODULE: ./src/config/schema/transport-schema.ts
/**
 * The keys of how the load reaches the target: TLS, `resolve`, HTTP/2. The schema
 * checks types; the forms (PEM files, `host:port:address`, a DNS name) are checked by
 * config/tls-settings.ts and config/addressing-settings.ts, which give inputs and file
 * the same messages.
 */



const resolveEntry = 'host:port:address such as canary.example.com:443:10.0.3.17';
const TRANSPORT_SHAPE = {
    'ca-file': schema_parts_text('the path of a PEM file inside the workspace', 'A PEM bundle of CA certificates (a path inside the workspace) trusted besides the system’s, for a target with an internal CA.').optional(),
    'insecure-tls': flag('Do not verify the target’s TLS certificate (default false). Every report says so; prefer ca-file.').optional(),
    'client-cert': schema_parts_text('the path of a PEM file inside the workspace', 'Mutual TLS: the client certificate (PEM file inside the workspace); needs client-key.').optional(),
    'client-key': schema_parts_text('the path of a PEM key file inside the workspace', 'Mutual TLS: the client’s private key (PEM file inside the workspace, written at run time from a secret); needs client-cert.').optional(),
    'tls-server-name': schema_parts_text('a DNS name such as canary.example.com', 'The name sent as SNI and checked in the target’s certificate, instead of the URL’s host (or the Host header).').optional(),
    resolve: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP())], {
        error: (iss) => `got ${quote(iss.input)}; expected ${resolveEntry}, or a list of them`,
    })
        .meta({
        description: 'curl’s --resolve: connections to host:port go to address, while the URL’s host stays the Host header and the TLS server name. One entry or a list.',
    })
        .optional(),
    http2: flag('Offer HTTP/2 to an https target (ALPN); the protocol negotiated is recorded (default false: HTTP/1.1).').optional(),
};

;// CONCATENATED MODULE: ./src/config/schema/workers-schema.ts
/** The `workers` key's schema fragment (read by config/workers-settings.ts). */



const expected = (iss) => `got ${quote(iss.input)}; expected auto (one per core) or a whole number of worker threads from 1 to ${MAX_WORKERS}`;
const workersSchema = schemas/* union */.KCZ([
    schemas/* literal */.euz('auto', { error: expected }),
    schemas/* number */.aig({ error: expected }).int({ error: expected }).min(1, { error: expected }).max(MAX_WORKERS, { error: expected }),
], { error: expected })
    .meta({
    description: `Threads that drive the load: auto (default, one per available core) or 1 to ${MAX_WORKERS}. Each runs its share of the VUs or of the arrival rate; 1 runs the load in the main thread.`,
});

;// CONCATENATED MODULE: ./src/config/schema/config-schema.ts
/**
 * The shape of the YAML config file (`.github/loadgate.yml`), as a zod schema.
 * It checks types and forms and gives each failure a message that quotes the value
 * and names the form expected; config/resolve-settings.ts turns the parsed blocks into
 * `Settings`. The same schema is emitted as JSON Schema (schema/loadgate.schema.json)
 * for editor completion, so it holds no transforms: values come out as written.
 *
 * Each concern brings its fragment (endpoint-schema.ts, threshold-schema.ts,
 * traffic-schema.ts); this module assembles the blocks. To add a key: add it to
 * `SETTINGS_SHAPE` (then it is valid at the top level and in every `environments:`
 * block), read it in a settings module of its own, run `npm run schema`.
 */
















const config_schema_stageSchema = schemas/* strictObject */.rej({
    duration: duration('How long this stage lasts.'),
    target: wholeNumber(0, 'a whole number of virtual users (or requests per second when rate is set), 0 or more', 'VUs reached at the end of the stage; requests per second when `rate` is set (open model).'),
}, {
    error: whenWrongType((input) => `got ${quote(input)}; expected a stage {duration, target} such as {duration: 30s, target: 20}`),
});
/** Keys valid at the top level and in each `environments:` block. All optional. */
const SETTINGS_SHAPE = {
    'target-url': schemas/* string */.YjP({ error: (iss) => `got ${quote(iss.input)}; expected an http or https URL` })
        .superRefine((value, ctx) => {
        const problem = targetUrlProblem(value);
        if (problem)
            ctx.addIssue({ code: 'custom', message: problem, input: value });
    })
        .meta({ description: 'Base URL of the deployment under test (http or https).', format: 'uri' })
        .optional(),
    duration: duration('How long the load runs, e.g. 30s, 2m, 1m30s (default 30s).').optional(),
    vus: wholeNumber(1, 'a whole number of virtual users, 1 or more', 'Concurrent virtual users (default 10).').optional(),
    'ramp-up': duration('Time to ramp from 0 to vus, part of duration (default 0s).').optional(),
    rate: schemas/* number */.aig({ error: (iss) => `got ${quote(iss.input)}; expected requests per second, above 0` })
        .positive({ error: (iss) => `got ${quote(iss.input)}; expected requests per second, above 0` })
        .meta({
        description: 'Requests per second. When set, the open model is used: requests arrive at this rate (or at the req/s of `stages`) whether or not the target keeps up.',
    })
        .optional(),
    'max-vus': wholeNumber(1, 'a whole number of requests in flight, 1 or more', 'Open model: cap on requests in flight (default: the peak rate, at least 100, at most 5000). Requests that find it reached wait; those that wait as long as the timeout are dropped.').optional(),
    workers: workersSchema.optional(),
    scenario: schemas/* enum */.k5n(SCENARIO_NAMES, {
        error: (iss) => `got ${quote(iss.input)}; expected one of ${listOf(SCENARIO_NAMES)}`,
    })
        .meta({ description: 'A preset load shape scaled by rate or vus and duration.' })
        .optional(),
    stages: schemas/* array */.YOg(config_schema_stageSchema, {
        error: whenWrongType((input) => `got ${quote(input)}; expected a list of stages such as [{duration: 30s, target: 20}]`),
    })
        .min(1, {
        error: () => 'got an empty list; expected at least one stage such as {duration: 30s, target: 20}',
    })
        .meta({ description: 'Load shape: move linearly to `target` VUs over `duration`, stage after stage.' })
        .optional(),
    endpoints: endpointListSchema
        .meta({ description: 'The weighted request mix (default `GET /`).' })
        .optional(),
    thresholds: thresholdsSchema.optional(),
    headers: headersSchema.optional(),
    timeout: duration('Per-request timeout (default 10s).').optional(),
    'fail-on-breach': flag('Fail the step when the verdict is fail (default true).').optional(),
    'auto-rollback': flag('Set the rollback output to true when the verdict is fail (default true).').optional(),
    'report-dir': schema_parts_text('a directory path', 'Where report.md and results.json are written (default loadgate-report).').optional(),
    data: dataSchema.optional(),
    setup: setupListSchema.optional(),
    'think-time': thinkTimeSchema.optional(),
    isolation: isolationSchema.optional(),
    ...BASELINE_SHAPE,
    ...SHARD_SHAPE,
    ...PUBLISH_SHAPE,
    ...SECRET_SHAPE,
    ...TRANSPORT_SHAPE,
    ...K6_SHAPE,
    ...SERVER_METRICS_SHAPE,
    ...SCENARIOS_SHAPE,
};
const blockError = whenWrongType((input) => `got ${quote(input)}; expected a mapping of settings such as {duration: 30s, vus: 10}`);
/** One `environments:` block: any top-level key except `environments`. */
const settingsBlockSchema = schemas/* strictObject */.rej(SETTINGS_SHAPE, { error: blockError })
    .meta({ id: 'settings', description: 'Settings that override the top level for one environment.' });
/** The whole config file. */
const configFileSchema = schemas/* strictObject */.rej({
    ...SETTINGS_SHAPE,
    environments: schemas/* record */.g1P(schemas/* string */.YjP(), settingsBlockSchema, {
        error: whenWrongType((input) => `got ${quote(input)}; expected a mapping of environment names to settings`),
    })
        .meta({
        description: 'Named overrides selected with the `environment` input, e.g. staging, production.',
    })
        .optional(),
}, { error: blockError })
    .meta({
    title: 'loadgate config',
    description: 'Config file of the loadgate action (.github/loadgate.yml).',
});

;// CONCATENATED MODULE: ./src/syntax/file-location.ts
/**
 * The `file:LINE:COL (path)` form that config-file messages and threshold origins use,
 * written and read back in one place. Reading it back lets later steps (annotations on
 * the config file, the check run) point at a line without the location travelling as
 * a second value beside every message.
 */
/** `.github/loadgate.yml:14:5 (thresholds[1])`; the part in brackets is the value's path, when there is one. */
function formatFileLocation(location, valuePath) {
    return `${location.file}:${location.line}:${location.col}${valuePath ? ` (${valuePath})` : ''}`;
}
// Anchored at the end: a path may hold colons itself (`C:\work\loadgate.yml:3:1`).
const LOCATION = /^(.+?):(\d+):(\d+)(?: \((.*)\))?$/s;
/** The location in a `where` text, or undefined when it names no file (`input 'duration'`). */
function parseFileLocation(where) {
    const match = LOCATION.exec(where);
    if (!match)
        return undefined;
    const line = Number(match[2]);
    const col = Number(match[3]);
    if (!(line >= 1) || !(col >= 1))
        return undefined;
    return { file: match[1], line, col };
}
/**
 * The path as GitHub names a file in the repository (forward slashes, relative), or
 * undefined for a file outside it: annotations can only point inside the repository.
 */
function repositoryPath(file) {
    const path = file.replace(/\\/g, '/').replace(/^\.\//, '');
    if (!path || path.startsWith('/') || /^[A-Za-z]:\//.test(path) || path === '..' || path.startsWith('../'))
        return undefined;
    return path;
}

;// CONCATENATED MODULE: ./src/config/file/load-config-file.ts
/**
 * Reads the YAML config file and checks it against the config schema. Every problem
 * is reported at `path/to/file.yml:LINE:COL (dotted.path[0])`.
 */





function loadConfigFile(text, displayPath) {
    const source = parseYaml(text);
    const locate = (path, atKey = false) => {
        const { line, col } = source.position(path, atKey);
        return formatFileLocation({ file: displayPath, line, col }, path.length ? formatPath(path) : undefined);
    };
    const loaded = {
        displayPath,
        config: {},
        unreadable: false,
        invalid: new Set(),
        issues: [],
        locate,
    };
    if (source.problems.length) {
        loaded.unreadable = true;
        loaded.issues = source.problems.map((problem) => ({
            where: formatFileLocation({ file: displayPath, line: problem.line, col: problem.col }),
            message: `YAML syntax error: ${problem.message}`,
        }));
        return loaded;
    }
    if (source.refused.length) {
        loaded.unreadable = true;
        loaded.issues = source.refused.map((refusal) => ({
            where: `${displayPath}:${refusal.line}:${refusal.col}${refusal.path.length ? ` (${formatPath(refusal.path)})` : ''}`,
            message: refusal.message,
        }));
        return loaded;
    }
    const value = source.value ?? {};
    if (typeof value !== 'object' || Array.isArray(value)) {
        loaded.unreadable = true;
        loaded.issues = [
            {
                where: locate([]),
                message: `got ${quote(value)}; expected a mapping of settings such as "duration: 30s" (one per line)`,
            },
        ];
        return loaded;
    }
    const result = validate(configFileSchema, value);
    if (result.ok) {
        loaded.config = result.value;
        return loaded;
    }
    // Use what is valid: the schema has no cross-key rules, so a key without problems is sound.
    loaded.config = value;
    const problems = result.problems
        .map((problem) => ({ problem, at: source.position(problem.path, problem.atKey) })) // in file order
        .sort((a, b) => a.at.line - b.at.line || a.at.col - b.at.col)
        .map(({ problem }) => problem);
    for (const problem of problems) {
        loaded.issues.push({ where: locate(problem.path, problem.atKey), message: problem.message });
        if (problem.unknownKey)
            continue;
        const [first, second, third] = problem.path.map(String);
        if (first === undefined)
            continue;
        if (first !== 'environments' || second === undefined)
            loaded.invalid.add(first);
        else if (third === undefined)
            loaded.invalid.add(`environments.${second}`);
        else
            loaded.invalid.add(`environments.${second}.${third}`);
    }
    return loaded;
}

;// CONCATENATED MODULE: ./src/config/report-dir-settings.ts
/**
 * `report-dir`: inside the workspace or under the runner's temp directory (where
 * workflows often put outputs), not an existing file, and writable. It is checked
 * with the other settings, so a report that could not be written is known before
 * any load is sent, not after.
 */





/** The report dir's rules from the resolve options: the OS temp directory is allowed unless the caller names its own. */
function reportDirOptions(options) {
    return {
        workspace: options.workspace,
        outputRoots: options.outputRoots ?? [external_node_os_default().tmpdir()],
        fileSystem: options.readFile === undefined,
    };
}
/** The report dir's path, checked by place and kind; undefined (with the issue reported) when refused. */
function reportDirFrom(text, where, options, add) {
    const checked = checkWorkspacePath(text, where, {
        workspace: options.workspace,
        extraRoots: options.outputRoots,
        followLinks: options.fileSystem,
        expected: `a directory inside the workspace${options.outputRoots.length ? ' or the temp directory' : ''}, such as loadgate-report`,
    }, add);
    if (!checked)
        return undefined;
    if (options.fileSystem && existsAsNonDirectory(checked.absolute)) {
        add(where, `got ${quote(text)}, which is an existing file; expected a directory (or a path to create one)`);
        return undefined;
    }
    return text;
}
/**
 * Creates the report dir and writes and removes a probe file in it: the report is
 * written after the load, and a run whose report cannot be written is refused before.
 */
function probeReportDir(text, where, workspace, add) {
    const dir = external_node_path_default().resolve(workspace, text);
    const probe = external_node_path_default().join(dir, `.loadgate-probe-${process.pid}-${Date.now()}`);
    try {
        external_node_fs_default().mkdirSync(dir, { recursive: true });
    }
    catch (error) {
        add(where, `got ${quote(text)}, which cannot be created (${reason(error)}); expected a writable directory`);
        return;
    }
    try {
        external_node_fs_default().writeFileSync(probe, '');
        external_node_fs_default().rmSync(probe, { force: true });
    }
    catch (error) {
        add(where, `got ${quote(text)}, which cannot be written (${reason(error)}); expected a writable directory`);
    }
}
function existsAsNonDirectory(absolute) {
    try {
        return !external_node_fs_default().statSync(absolute).isDirectory();
    }
    catch {
        return false;
    }
}
/** The error code in words, never the error's message (it repeats absolute paths). */
function reason(error) {
    const code = error.code;
    switch (code) {
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'ENOTDIR':
        case 'EEXIST':
            return 'a part of the path is a file';
        case 'EROFS':
            return 'read-only file system';
        case 'ENOSPC':
            return 'no space left on the device';
        default:
            return code ?? 'unknown error';
    }
}

;// CONCATENATED MODULE: ./src/config/server-metrics-settings.ts
/**
 * The target's own metrics (docs/server-metrics.md): where Prometheus is, the
 * credentials to send it (`prometheus-headers`, an input only, every value masked),
 * each query's time limit and retries, the step of the range query, the label values
 * `{{target}}` stands for, and the `server-metrics:` queries. Everything is checked
 * before any load, with the input or `file:line` it came from.
 */



const SERVER_METRICS_DEFAULTS = { timeoutMs: 10_000, retries: 2, stepMs: 5_000 };
/** Most retries a query may have: each waits, and the gate waits for all of them after the load. */
const MAX_RETRIES = 10;
const PLACEHOLDERS = ['target', 'window'];
const PLACEHOLDER_RE = /\{\{\s*([^{}]*?)\s*\}\}/g;
/** The placeholder names a query uses. */
function placeholdersOf(query) {
    return [...query.matchAll(PLACEHOLDER_RE)].map((match) => match[1] ?? '');
}
/** The `server-metrics:` mapping (types checked by the schema); undefined when a query is refused. */
function serverMetricsFrom(value, locate, add) {
    let ok = true;
    const metrics = [];
    for (const [name, entry] of Object.entries(value)) {
        const where = locate(name, 'query');
        const unknown = placeholdersOf(entry.query).filter((placeholder) => !PLACEHOLDERS.includes(placeholder));
        if (unknown.length > 0) {
            add(where, `got the placeholder ${quote(`{{${unknown[0]}}}`)} in the query of ${name}; expected only {{target}} (the target's label value) or {{window}} (the run's length, e.g. 30s)`);
            ok = false;
            continue;
        }
        metrics.push({
            name,
            query: entry.query,
            unit: entry.unit,
            ...(entry.labels ? { labels: entry.labels } : {}),
            where,
        });
    }
    return ok ? metrics : undefined;
}
/** `prometheus-step`: at least one second (Prometheus refuses finer steps over long windows). */
function stepFrom(text, where, add) {
    const ms = parseDuration(text);
    if (ms >= 1_000 && ms % 1_000 === 0)
        return ms;
    add(where, `got ${quote(text)}; expected a whole number of seconds, 1s or more, such as 5s`);
    return undefined;
}
/** `prometheus-timeout`: above zero. */
function queryTimeoutFrom(text, where, add) {
    const ms = parseDuration(text);
    if (ms > 0)
        return ms;
    add(where, `got ${quote(text)}; expected a time limit above zero, such as 10s`);
    return undefined;
}
/** `prometheus-retries`: 0 to MAX_RETRIES. */
function retriesFrom(value, where, add) {
    if (Number.isInteger(value) && value >= 0 && value <= MAX_RETRIES)
        return value;
    add(where, `got ${quote(value)}; expected a whole number of retries from 0 to ${MAX_RETRIES}`);
    return undefined;
}
/**
 * The settings from the combined keys, checked against the thresholds (each
 * `server_<key>` needs its query) and the baseline (a live one needs its label value
 * for `{{target}}`). Undefined without `server-metrics:` (or after a problem, reported).
 */
function combineServerMetrics(parts, thresholds, liveBaseline, add) {
    const metrics = parts.metrics?.value ?? [];
    const names = metrics.map((metric) => metric.name);
    let ok = true;
    for (const threshold of thresholds) {
        const key = (0,server_metric_measure/* serverMetricKey */.n3)(threshold.metric);
        if (key === undefined || names.includes(key))
            continue;
        add(threshold.origin, names.length === 0
            ? `got ${quote(threshold.source)}, but server-metrics: names no query; expected a server-metrics: entry ${key}: {query: '…', unit: …} in the config file`
            : `got ${quote(threshold.source)}, but server-metrics: has no ${key}; expected one of ${listOf(names.map((name) => server_metric_measure/* SERVER_METRIC_PREFIX */.eg + name))}`);
        ok = false;
    }
    if (parts.metrics === undefined)
        return undefined;
    if (parts.url === undefined) {
        add(parts.metrics.where, 'got server-metrics: but no prometheus-url; expected the base URL of the Prometheus server, such as http://prometheus:9090, as the prometheus-url input or key');
        return undefined;
    }
    const labels = parts.labels ?? {};
    for (const metric of metrics) {
        if (!placeholdersOf(metric.query).includes('target'))
            continue;
        const sides = liveBaseline ? ['canary', 'baseline'] : ['canary'];
        for (const side of sides) {
            if (metric.labels?.[side] !== undefined || labels[side] !== undefined)
                continue;
            add(metric.where, `the query of ${metric.name} uses {{target}}, but no label value is given for the ${side}; expected target-labels: {${side}: …} (or labels: in the entry), e.g. target-labels: {canary: api-canary, baseline: api-stable}`);
            ok = false;
        }
    }
    if (!ok)
        return undefined;
    return {
        url: parts.url.value,
        headers: parts.headers ?? {},
        timeoutMs: parts.timeoutMs ?? SERVER_METRICS_DEFAULTS.timeoutMs,
        retries: parts.retries ?? SERVER_METRICS_DEFAULTS.retries,
        stepMs: parts.stepMs ?? SERVER_METRICS_DEFAULTS.stepMs,
        labels,
        metrics,
    };
}
/**
 * Every `prometheus-headers` value, and the credential of `Bearer …`-style ones, for
 * the caller to mask: the header names are free, so every value is taken for a secret.
 */
function serverMetricsSecretValues(settings) {
    const values = new Set();
    for (const value of Object.values(settings?.headers ?? {})) {
        if (value.trim() === '')
            continue;
        values.add(value);
        const credential = /^(?:bearer|basic|token|digest)\s+(\S.*)$/i.exec(value.trim())?.[1];
        if (credential)
            values.add(credential);
    }
    return [...values];
}

// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 9 modules
var sync = __webpack_require__(25175);
;// CONCATENATED MODULE: ./src/config/traffic/data-file-errors.ts
/**
 * Why a data file does not parse, as `file:line:col: what is wrong`, without any of its
 * text: records hold passwords, and the parsers' own messages quote them (csv-parse
 * names the field's value, JSON.parse a slice of the text around the mistake). The
 * position comes from csv-parse's error fields, and for JSON from a scan of our own.
 */
/** csv-parse's error codes, in words. */
const CSV_PROBLEMS = {
    CSV_INVALID_CLOSING_QUOTE: 'a quote inside a quoted field (double it, "", to write one)',
    INVALID_OPENING_QUOTE: 'a quote inside an unquoted field (quote the whole field and double the quote)',
    CSV_INVALID_OPENING_QUOTE: 'a quote inside an unquoted field (quote the whole field and double the quote)',
    CSV_QUOTE_NOT_CLOSED: 'a quoted field that is never closed',
    CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'text after the closing quote of a field',
    CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'a record with a different number of fields than the header line',
    CSV_RECORD_INCONSISTENT_COLUMNS: 'a record with a different number of fields than the header line',
    CSV_MAX_RECORD_SIZE: 'a record that is too large',
};
/** `users.csv:3 (field 2, "password"): a quote inside …`, from a csv-parse error. */
function csvParseProblem(error, file) {
    const fields = (error ?? {});
    const code = typeof fields.code === 'string' ? fields.code : '';
    const what = CSV_PROBLEMS[code] ?? `a CSV syntax error (${code || 'unknown'})`;
    const line = typeof fields.lines === 'number' ? `:${fields.lines}` : '';
    const index = typeof fields.index === 'number' ? fields.index : undefined;
    // The column's name comes from the header line, which names fields and holds no secrets.
    const name = typeof fields.column === 'string' ? `, ${JSON.stringify(fields.column.slice(0, 40))}` : '';
    const field = index !== undefined && code !== 'CSV_RECORD_INCONSISTENT_COLUMNS' ? ` (field ${index + 1}${name})` : '';
    return `${file}${line}${field}: not valid CSV: ${what}`;
}
/** `users.json:2:14: not valid JSON: …`, with the position found by scanning the text. */
function jsonParseProblem(text, file) {
    const { offset, what } = jsonSyntaxError(text);
    const { line, col } = lineAndColumn(text, offset);
    return `${file}:${line}:${col}: not valid JSON: ${what}`;
}
function lineAndColumn(text, offset) {
    let line = 1;
    let start = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text[i] === '\n') {
            line++;
            start = i + 1;
        }
    }
    return { line, col: offset - start + 1 };
}
class JsonScanError extends Error {
    offset;
    what;
    constructor(offset, what) {
        super(what);
        this.offset = offset;
        this.what = what;
    }
}
/** The offset and kind of the first JSON syntax error (the text is known not to parse). */
function jsonSyntaxError(text) {
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const fail = (what) => {
        throw new JsonScanError(i, i >= text.length ? 'the file ends early' : what);
    };
    const space = () => {
        while (i < text.length && ' \t\n\r'.includes(text[i]))
            i++;
    };
    const expect = (char, what) => {
        space();
        if (text[i] !== char)
            fail(what);
        i++;
    };
    const string = () => {
        const start = i;
        i++; // the opening quote
        for (;;) {
            if (i >= text.length)
                throw new JsonScanError(start, 'a text in double quotes that is never closed');
            const c = text.charCodeAt(i);
            if (c === 0x22)
                break;
            if (c < 0x20)
                fail('a control character or line break inside a string (write it as \\n or \\u00XX)');
            if (c === 0x5c) {
                i++;
                if (/^u[0-9a-fA-F]{4}/.test(text.slice(i, i + 5)))
                    i += 4;
                else if (!'"\\/bfnrt'.includes(text[i] ?? ''))
                    fail('an unknown escape after a backslash in a string');
            }
            i++;
        }
        i++;
    };
    const value = () => {
        space();
        const c = text[i];
        if (c === '{') {
            i++;
            space();
            if (text[i] === '}')
                return void i++;
            for (;;) {
                space();
                if (text[i] !== '"')
                    fail('expected a field name in double quotes');
                string();
                expect(':', 'expected a colon after the field name');
                value();
                space();
                if (text[i] === '}')
                    return void i++;
                if (text[i] !== ',')
                    fail('expected a comma or } after the value');
                i++;
            }
        }
        if (c === '[') {
            i++;
            space();
            if (text[i] === ']')
                return void i++;
            for (;;) {
                value();
                space();
                if (text[i] === ']')
                    return void i++;
                if (text[i] !== ',')
                    fail('expected a comma or ] after the value');
                i++;
            }
        }
        if (c === '"')
            return string();
        const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
        if (literal) {
            i += literal[0].length;
            if (/^[\w.$+-]/.test(text[i] ?? ''))
                fail('unexpected text right after a number, true, false or null');
            return;
        }
        fail(c === "'"
            ? 'a text in single quotes (JSON needs double quotes)'
            : 'expected a value (a text in double quotes, a number, true, false, null, a list or an object)');
    };
    try {
        value();
        space();
        if (i < text.length)
            fail('more text after the end of the JSON value');
    }
    catch (error) {
        if (error instanceof JsonScanError)
            return { offset: error.offset, what: error.what };
        throw error;
    }
    // JSON.parse refused what the scan accepts (e.g. a lone surrogate): name no position.
    return { offset: 0, what: 'the text is not JSON' };
}

;// CONCATENATED MODULE: ./src/config/traffic/test-data.ts
/**
 * The `data` key: a CSV or JSON file of records (users, tenants) shared read-only by
 * the VUs. Read and parsed once before the load; a record is never quoted back in a
 * message, since it may hold a password.
 */






/** Largest data file read, so a wrong path to a huge file fails clearly instead of exhausting memory. */
const MAX_DATA_FILE_BYTES = 50 * 1024 * 1024;
/** Reads and parses the data file; null (with the issue reported) when it cannot be used. */
function loadTestData(value, where, options, read, add) {
    const file = typeof value === 'string' ? value : value.file;
    const order = typeof value === 'string' ? 'sequential' : (value.order ?? 'sequential');
    const checked = checkWorkspacePath(file, where, {
        workspace: options.workspace,
        ...(options.readRoots ? { extraRoots: options.readRoots } : {}),
        followLinks: options.readFile === undefined,
        expected: 'a CSV or JSON data file inside the workspace, such as users.csv',
    }, add);
    if (!checked)
        return null;
    const { absolute } = checked;
    let text;
    try {
        text = read(absolute);
    }
    catch (error) {
        const code = error.code;
        add(where, `could not read the data file ${quote(file)}: ${code === 'EISDIR' ? 'it is a directory' : (code ?? 'unknown error')}`);
        return null;
    }
    if (text === undefined) {
        add(where, `got ${quote(file)}; no such file (looked for ${shorten(absolute, 200)}); expected a CSV or JSON data file relative to the workspace`);
        return null;
    }
    if (text.length > MAX_DATA_FILE_BYTES) {
        add(where, `the data file ${quote(file)} is larger than ${MAX_DATA_FILE_BYTES / 1024 / 1024} MB; expected a smaller file of records`);
        return null;
    }
    const isJson = /\.json$/i.test(file) || /^\s*[[{]/.test(text);
    const parsed = isJson ? jsonRecords(text, file) : csvRecords(text, file);
    if ('problem' in parsed) {
        add(where, parsed.problem);
        return null;
    }
    const { records, columns } = parsed;
    if (records.length === 0) {
        add(where, `the data file ${quote(file)} has no records; expected at least one (${isJson ? 'a JSON list of objects' : 'a header line, then one line per record'})`);
        return null;
    }
    return {
        file,
        order,
        columns,
        records,
        secretColumns: columns.filter((column) => isSensitiveHeader(column)),
    };
}
function csvRecords(text, file) {
    let rows;
    try {
        rows = (0,sync/* parse */.qg)(text, { columns: true, skip_empty_lines: true, trim: true, bom: true });
    }
    catch (error) {
        // csv-parse's message quotes the field's value (maybe a password): only its position is kept.
        return {
            problem: `${csvParseProblem(error, file)}; expected a header line such as "tenant,email,password", then one record per line`,
        };
    }
    const unsafe = Object.keys(rows[0] ?? {}).find(isUnsafeKey);
    if (unsafe !== undefined)
        return { problem: unsafeColumn(file, unsafe) };
    const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
    const columns = rows.length > 0
        ? Object.keys(rows[0])
        : header
            .split(',')
            .map((c) => c.trim())
            .filter(Boolean);
    return { records: rows, columns };
}
function jsonRecords(text, file) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        // JSON.parse's message quotes the text around the mistake: the position is found instead.
        return {
            problem: `${jsonParseProblem(text, file)}; expected a list of objects such as [{"tenant": "acme", "email": "a@acme.test"}]`,
        };
    }
    if (!Array.isArray(value)) {
        return {
            problem: `the data file ${quote(file)} holds ${kindOf(value)}; expected a JSON list of objects such as [{"tenant": "acme"}]`,
        };
    }
    const records = [];
    const columns = [];
    for (const [index, item] of value.entries()) {
        if (item === null || typeof item !== 'object' || Array.isArray(item)) {
            return {
                problem: `record ${index} of ${quote(file)} is ${kindOf(item)}; expected an object of fields such as {"tenant": "acme"}`,
            };
        }
        const record = {};
        for (const [key, field] of Object.entries(item)) {
            if (isUnsafeKey(key))
                return { problem: unsafeColumn(file, key) };
            if (field !== null && typeof field === 'object') {
                return {
                    problem: `the field ${quote(key)} of record ${index} in ${quote(file)} is ${kindOf(field)}; expected text, a number or true/false`,
                };
            }
            record[key] = field === null || field === undefined ? '' : String(field);
            if (index === 0)
                columns.push(key);
        }
        records.push(record);
    }
    for (const [index, record] of records.entries()) {
        const lacking = columns.filter((column) => !Object.hasOwn(record, column));
        if (lacking.length > 0) {
            return {
                problem: `record ${index} of ${quote(file)} lacks ${listOf(lacking.map((c) => `"${c}"`), 'and')}; expected every record to have the fields of the first (${listOf(columns, 'and')})`,
            };
        }
    }
    return { records, columns };
}
function unsafeColumn(file, name) {
    return `the data file ${quote(file)} has a field named ${quote(name)}, a name JavaScript reserves for object internals; expected other field names`;
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
;// CONCATENATED MODULE: ./src/config/addressing-settings.ts
/**
 * `resolve`: curl's `host:port:address`. Connections to `host:port` go to `address`,
 * while the request keeps the URL's host as its Host header and TLS server name, so a
 * gate can load one canary pod's address with the production name. An entry that
 * matches no target (target-url, baseline-url) would silently do nothing, so it is
 * refused.
 */


const addressing_settings_EXPECTED = 'expected host:port:address such as canary.example.com:443:10.0.3.17 (curl --resolve form; an IPv6 address in brackets)';
const HOST = /^(?=.{1,253}$)[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?$/;
/** One `host:port:address` entry, or undefined (reported). */
function resolveEntryFrom(text, where, add) {
    const entry = text.trim();
    const match = /^([^:[\]]+):(\d{1,5}):(.+)$/.exec(entry);
    if (!match) {
        add(where, `got ${quote(text)}; ${addressing_settings_EXPECTED}`);
        return undefined;
    }
    const [, host, portText, rawAddress] = match;
    const address = rawAddress.startsWith('[') && rawAddress.endsWith(']') ? rawAddress.slice(1, -1) : rawAddress;
    const port = Number(portText);
    if (!HOST.test(host)) {
        add(where, `got the host ${quote(host)} in ${quote(text)}; ${addressing_settings_EXPECTED}`);
        return undefined;
    }
    if (!(port >= 1 && port <= 65535)) {
        add(where, `got the port ${quote(portText)} in ${quote(text)}; expected a port from 1 to 65535`);
        return undefined;
    }
    if (address.includes(',')) {
        add(where, `got several addresses in ${quote(text)}; expected one address per entry (give one entry per host:port)`);
        return undefined;
    }
    if ((0,external_node_net_.isIP)(address) === 0) {
        add(where, `got ${quote(rawAddress)} as the address in ${quote(text)}; expected an IP address such as 10.0.3.17 or [fd00::17]`);
        return undefined;
    }
    return { host: host.toLowerCase(), port, address, where };
}
/** A list of entries: a duplicate `host:port` is refused (which address was meant?). */
function resolveListFrom(entries, add) {
    const list = [];
    let ok = true;
    for (const { text, where } of entries) {
        const entry = resolveEntryFrom(text, where, add);
        if (!entry) {
            ok = false;
            continue;
        }
        const twin = list.find((known) => known.host === entry.host && known.port === entry.port);
        if (twin) {
            add(where, `got ${entry.host}:${entry.port} a second time (first at ${twin.where}); expected one address per host:port`);
            ok = false;
            continue;
        }
        list.push(entry);
    }
    return ok ? list : undefined;
}
/** `host:port` of a URL, the port filled in from the scheme. */
function hostPortOf(url) {
    try {
        const parsed = new URL(url);
        const port = parsed.port ? Number(parsed.port) : parsed.protocol === 'https:' ? 443 : 80;
        return { host: parsed.hostname.replace(/^\[|\]$/g, '').toLowerCase(), port };
    }
    catch {
        return undefined;
    }
}
/** Entries that match none of the targets: each is refused, naming the targets it could have matched. */
function checkResolveMatches(entries, targets, add) {
    const known = targets.flatMap((target) => {
        const hp = hostPortOf(target.url);
        return hp ? [{ ...hp, name: target.name }] : [];
    });
    // No target known (target-url is missing or refused, and reported): nothing to match against.
    if (known.length === 0)
        return true;
    let ok = true;
    for (const entry of entries) {
        if (known.some((t) => t.host === entry.host && t.port === entry.port))
            continue;
        ok = false;
        add(entry.where, `got ${entry.host}:${entry.port}, which is not the host:port of ${listOf(known.map((t) => `${t.name} (${t.host}:${t.port})`), 'or')}; expected an entry for a host:port the load goes to (the port of an https URL without one is 443)`);
    }
    return ok;
}

// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
;// CONCATENATED MODULE: ./src/config/tls-settings.ts
/**
 * TLS towards the target: a CA bundle to trust (`ca-file`), verification switched off
 * (`insecure-tls`, an explicit opt-in), a client certificate for mutual TLS
 * (`client-cert` / `client-key`) and the name sent as SNI and checked in the
 * certificate (`tls-server-name`).
 *
 * Files are read and parsed here, before any request, so a wrong path or a file that is
 * not PEM is one message at its input or `file:line`. Certificate and key contents are
 * never quoted back: a message names the file and the form expected, nothing of what is
 * in it. A key may also be given as PEM text in an input (a secret), never in the
 * config file (a key in the repository is a leaked key).
 */




const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n[\s\S]*?\r?\n-----END \1-----/g;
/** Largest PEM file read: a CA bundle of a few hundred certificates is well below it. */
const MAX_PEM_BYTES = 4 * 1024 * 1024;
/** The PEM blocks of a text, with their labels (`CERTIFICATE`, `PRIVATE KEY`, …). */
function pemBlocks(text) {
    return [...text.matchAll(PEM_BLOCK)].map((match) => ({ label: match[1], block: match[0] }));
}
/** Reads a PEM file inside the workspace, or reports why it cannot be read. */
function readPemFile(given, where, name, options, add) {
    const pathOptions = {
        workspace: options.workspace,
        ...(options.readRoots ? { extraRoots: options.readRoots } : {}),
        followLinks: options.followLinks,
        expected: `the path of a PEM file inside the workspace for ${name}, such as certs/${name === 'ca-file' ? 'internal-ca.pem' : `${name}.pem`}`,
    };
    const checked = checkWorkspacePath(given, where, pathOptions, add);
    if (!checked)
        return undefined;
    let text;
    try {
        text = options.read(checked.absolute);
    }
    catch (error) {
        const code = error.code;
        add(where, `could not read ${quote(given)}: ${code === 'EISDIR' ? 'it is a directory' : (code ?? 'unknown error')}; expected a PEM file for ${name}`);
        return undefined;
    }
    if (text === undefined) {
        add(where, `got ${quote(given)}; no such file; expected the path of a PEM file inside the workspace`);
        return undefined;
    }
    if (text.length > MAX_PEM_BYTES) {
        add(where, `got ${quote(given)}, a file of ${text.length} bytes; expected a PEM file for ${name}`);
        return undefined;
    }
    return text;
}
/** `ca-file`: a bundle of one or more PEM certificates; every block must parse. */
function caFileFrom(given, where, options, add) {
    const text = readPemFile(given, where, 'ca-file', options, add);
    if (text === undefined)
        return undefined;
    const blocks = pemBlocks(text);
    const certificates = blocks.filter((b) => b.label === 'CERTIFICATE');
    const notPem = `expected a PEM bundle of CA certificates (-----BEGIN CERTIFICATE----- blocks) for ca-file`;
    if (certificates.length === 0) {
        const found = blocks.some((b) => /PRIVATE KEY/.test(b.label))
            ? 'a private key and no certificate'
            : 'no PEM certificate';
        add(where, `the file ${quote(given)} holds ${found}; ${notPem}`);
        return undefined;
    }
    for (const [index, { block }] of certificates.entries()) {
        if (!parsesAsCertificate(block)) {
            add(where, `certificate ${index + 1} of ${certificates.length} in ${quote(given)} is not a valid PEM certificate; ${notPem}`);
            return undefined;
        }
    }
    return {
        pem: certificates.map((b) => b.block).join('\n'),
        origin: given,
        certificates: certificates.length,
    };
}
function parsesAsCertificate(block) {
    try {
        new external_node_crypto_.X509Certificate(block);
        return true;
    }
    catch {
        return false;
    }
}
/** `client-cert`: a PEM certificate (or chain), from a file; PEM text given in an input is taken as is. */
function clientCertFrom(given, where, options, add) {
    const inline = given.includes('-----BEGIN');
    const text = inline ? given : readPemFile(given, where, 'client-cert', options, add);
    if (text === undefined)
        return undefined;
    const origin = inline ? 'the PEM text given' : given;
    const blocks = pemBlocks(text).filter((b) => b.label === 'CERTIFICATE');
    if (blocks.length === 0 || !blocks.every(({ block }) => parsesAsCertificate(block))) {
        add(where, `${inline ? 'the value' : `the file ${quote(given)}`} is not a valid PEM certificate; expected the client certificate (-----BEGIN CERTIFICATE-----), its chain after it`);
        return undefined;
    }
    return { pem: blocks.map((b) => b.block).join('\n'), origin };
}
/**
 * `client-key`: a PEM private key (unencrypted), from a file or, in an input, as PEM
 * text (a secret). `inlineAllowed` is false in the config file.
 */
function clientKeyFrom(given, where, options, add, inlineAllowed) {
    const inline = given.includes('-----BEGIN');
    if (inline && !inlineAllowed) {
        add(where, 'got the key itself in the config file (it is never quoted); expected the path of a key file written at run time, or the key as the client-key input from a secret');
        return undefined;
    }
    const text = inline ? given : readPemFile(given, where, 'client-key', options, add);
    if (text === undefined)
        return undefined;
    const block = pemBlocks(text).find((b) => /PRIVATE KEY$/.test(b.label));
    const what = inline ? 'the value' : `the file ${quote(given)}`;
    if (!block) {
        add(where, `${what} holds no PEM private key; expected an unencrypted private key (-----BEGIN PRIVATE KEY-----)`);
        return undefined;
    }
    if (block.label === 'ENCRYPTED PRIVATE KEY' || /Proc-Type: 4,ENCRYPTED/.test(block.block)) {
        add(where, `${what} holds an encrypted private key; expected an unencrypted private key (decrypt it in an earlier step)`);
        return undefined;
    }
    try {
        (0,external_node_crypto_.createPrivateKey)(block.block);
    }
    catch {
        add(where, `${what} is not a valid PEM private key; expected an unencrypted private key (-----BEGIN PRIVATE KEY-----)`);
        return undefined;
    }
    return { pem: block.block, origin: inline ? 'the client-key input' : given };
}
/** Whether the key belongs to the certificate; a message when it does not. */
function clientPairProblem(cert, key) {
    try {
        (0,external_node_tls_.createSecureContext)({ cert: cert.pem, key: key.pem });
        return undefined;
    }
    catch (error) {
        const code = error.code ?? '';
        const why = /KEY_VALUES_MISMATCH|mismatch/i.test(`${code} ${error.message}`)
            ? 'the key does not belong to the certificate'
            : `the certificate and key cannot be used together (${shorten(code || 'unknown error', 60)})`;
        return `${why} (${quote(cert.origin)}); expected client-cert and client-key of the same pair`;
    }
}
const DNS_NAME = /^(?=.{1,253}$)(?:[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.?$/;
/** `tls-server-name`: a DNS name (SNI carries no IP address or port). */
function serverNameFrom(given, where, add) {
    const name = given.trim();
    if (/^\d+(?:\.\d+){3}$/.test(name) || name.includes(':') || !DNS_NAME.test(name)) {
        add(where, `got ${quote(given)}; expected a DNS name such as canary.example.com (no scheme, port or IP address: SNI carries a host name only)`);
        return undefined;
    }
    return name.replace(/\.$/, '').toLowerCase();
}

;// CONCATENATED MODULE: ./src/config/layers/transport-layer.ts
/**
 * The transport keys of one layer (inputs or a block of the file): TLS files, `resolve`,
 * `http2`. Inputs are text (`resolve` one entry per line, booleans as `true`/`false`);
 * the file gives typed values the schema has checked. Both go through the same checks,
 * so a message reads the same wherever the value was given.
 */





const TRANSPORT_KEYS = (/* unused pure expression or super */ null && ([
    'ca-file',
    'insecure-tls',
    'client-cert',
    'client-key',
    'tls-server-name',
    'resolve',
    'http2',
]));
function transportLayer(get, source, pem, issues) {
    const add = (where, message) => issues.add(where, message);
    const slot = (key, convert) => {
        const given = get(key);
        if (given === undefined || given === INVALID)
            return given;
        return issues.slot(given.where, () => convert(given.value, given.where, given.locate) ?? INVALID);
    };
    const boolean = (value, where) => {
        if (typeof value === 'boolean')
            return value;
        if (typeof value === 'string' && /^(?:true|True|TRUE)$/.test(value.trim()))
            return true;
        if (typeof value === 'string' && /^(?:false|False|FALSE)$/.test(value.trim()))
            return false;
        add(where, `got ${quote(value)}; expected true or false`);
        return undefined;
    };
    const textOf = (value) => String(value).trim();
    return {
        caFile: slot('ca-file', (value, where) => caFileFrom(textOf(value), where, pem, add)),
        insecureTls: slot('insecure-tls', boolean),
        clientCert: slot('client-cert', (value, where) => clientCertFrom(String(value), where, pem, add)),
        clientKey: slot('client-key', (value, where) => clientKeyFrom(String(value), where, pem, add, source === 'inputs')),
        tlsServerName: slot('tls-server-name', (value, where) => serverNameFrom(textOf(value), where, add)),
        resolve: slot('resolve', (value, where, locate) => {
            const entries = typeof value === 'string' && source === 'inputs'
                ? meaningfulLines(value).flatMap(({ line, text }) => 
                // A line may hold several entries, separated by spaces.
                text
                    .split(/\s+/)
                    .flatMap((entry) => (entry ? [{ text: entry, where: `${where} line ${line}` }] : [])))
                : (Array.isArray(value) ? value : [value]).map((entry, index) => ({
                    text: String(entry),
                    where: Array.isArray(value) && locate ? locate(index) : where,
                }));
            return resolveListFrom(entries, add);
        }),
        http2: slot('http2', boolean),
    };
}
/** Each transport key from the highest layer that gives it (undefined when one is INVALID: already reported). */
function pickTransport(layers) {
    const keys = [
        'caFile',
        'insecureTls',
        'clientCert',
        'clientKey',
        'tlsServerName',
        'resolve',
        'http2',
    ];
    const chosen = {};
    for (const key of keys) {
        const slot = pick(layers, key);
        if (slot === INVALID)
            return undefined;
        if (slot !== undefined)
            chosen[key] = slot;
    }
    return chosen;
}
/** The URLs the load goes to (the canary, and a live baseline), for checking `resolve` entries. */
function loadTargets(layers) {
    const target = sourced(pick(layers, 'targetUrl'));
    const baseline = sourced(pick(layers, 'baselineSource'));
    return [
        ...(target ? [{ name: 'target-url', url: target.value }] : []),
        ...(baseline?.value?.kind === 'live' ? [{ name: 'baseline-url', url: baseline.value.url }] : []),
    ];
}

;// CONCATENATED MODULE: ./src/config/layers/file-layer.ts
/**
 * The config file: reading it (a missing default file is no error, a missing named
 * one is) and the layer one block of it gives (the top level or one environment).
 * Values the schema refused are INVALID here; the rest are converted and checked.
 */






















/** How a path the action reads is checked against the workspace. */
function readPathOptions(options, expected) {
    return {
        workspace: options.workspace,
        ...(options.readRoots ? { extraRoots: options.readRoots } : {}),
        followLinks: options.readFile === undefined,
        expected,
    };
}
function readConfigFile(configInput, options, issues) {
    const read = options.readFile ?? readFileIfExists;
    const where = configInput !== undefined ? issues.input('config') : DEFAULT_CONFIG_PATH;
    const checked = checkWorkspacePath(configInput ?? DEFAULT_CONFIG_PATH, where, readPathOptions(options, `the path of a YAML file inside the workspace, such as ${DEFAULT_CONFIG_PATH}`), (at, message) => issues.add(at, message));
    if (!checked)
        return undefined;
    const { absolute, displayPath } = checked;
    let text;
    try {
        text = read(absolute);
    }
    catch (error) {
        issues.add(where, `could not read ${quote(displayPath)}: ${readFailure(error)}; expected a YAML file`);
        return undefined;
    }
    if (text === undefined) {
        if (configInput !== undefined) {
            issues.add(issues.input('config'), `got ${quote(configInput)}; no such file (looked for ${shorten(absolute, 200)}); expected the path of a YAML file relative to the workspace`);
        }
        return undefined;
    }
    return loadConfigFile(text, displayPath);
}
/** Why a file could not be read, in words (the error's own message repeats the absolute path). */
function readFailure(error) {
    const code = error.code;
    if (code === 'EISDIR')
        return 'it is a directory';
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    if (code === 'ELOOP')
        return 'a loop of symlinks';
    return code ?? 'unknown error';
}
/** How PEM files (ca-file, client-cert, client-key) are read: as the config file is. */
function pemReadOptions(options) {
    return {
        workspace: options.workspace,
        ...(options.readRoots ? { readRoots: options.readRoots } : {}),
        read: options.readFile ?? readFileIfExists,
        followLinks: options.readFile === undefined,
    };
}
function readFileIfExists(absolutePath) {
    try {
        return external_node_fs_default().readFileSync(absolutePath, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/** The values one block of the file gives (top level or one environment). */
function layerFromBlock(block, prefix, file, issues, options) {
    const layer = {};
    const add = (where, message) => issues.add(where, message);
    const dotted = (key) => [...prefix, key].join('.');
    const at = (...rest) => file.locate([...prefix, ...rest]);
    const slot = (key, convert) => {
        if (file.invalid.has(dotted(key)))
            return INVALID;
        const value = block[key];
        if (value === undefined)
            return undefined;
        const where = at(key);
        return issues.slot(where, () => convert(value, where));
    };
    layer.targetUrl = slot('target-url', (value) => value);
    layer.durationMs = slot('duration', (value, where) => positiveDuration(value, where, 'duration', issues));
    layer.vus = slot('vus', (value) => value);
    layer.rampUpMs = slot('ramp-up', (value) => parseDuration(value));
    layer.stages = slot('stages', (stages, where) => {
        const list = stages.map((stage) => ({ durationMs: parseDuration(stage.duration), target: stage.target }));
        return checkStages(list, where, issues);
    });
    layer.endpoints = slot('endpoints', (items) => endpointsFrom(items, (index, ...rest) => at('endpoints', index, ...rest), issues));
    layer.thresholds = slot('thresholds', (value) => parseThresholds(thresholdSources(value, (...rest) => at('thresholds', ...rest)), issues));
    layer.headers = slot('headers', (headers) => headerRecord(headers, (name) => at('headers', name), issues));
    layer.timeoutMs = slot('timeout', (value, where) => positiveDuration(value, where, 'timeout', issues));
    layer.failOnBreach = slot('fail-on-breach', (value) => value);
    layer.autoRollback = slot('auto-rollback', (value) => value);
    layer.reportDir = slot('report-dir', (value, where) => reportDirFrom(value, where, reportDirOptions(options), add) ?? INVALID);
    layer.rate = slot('rate', (value) => value);
    layer.maxVus = slot('max-vus', (value) => value);
    layer.workers = slot('workers', (value, where) => workersFrom(value, where, add) ?? INVALID);
    layer.scenario = slot('scenario', (value) => value);
    layer.data = slot('data', (value, where) => loadTestData(value, where, options, options.readFile ?? readFileIfExists, add) ?? INVALID);
    layer.setup = slot('setup', (items) => endpointsFrom(items, (index, ...rest) => at('setup', index, ...rest), issues));
    layer.thinkTime = slot('think-time', (value, where) => thinkTimeFrom(value, where, add) ?? INVALID);
    layer.isolation = slot('isolation', (value, where) => isolationFrom(value, where, add) ?? INVALID);
    const baselineSources = BASELINE_SOURCE_KEYS.flatMap((key) => block[key] === undefined ? [] : [{ key, value: block[key], where: at(key) }]);
    if (BASELINE_SOURCE_KEYS.some((key) => file.invalid.has(dotted(key))))
        layer.baselineSource = INVALID;
    else if (baselineSources[0]) {
        layer.baselineSource = issues.slot(baselineSources[0].where, () => {
            const named = baselineSourceFrom(baselineSources, options.workspace, add);
            return named ? named.source : INVALID;
        });
    }
    layer.baselineArtifactName = slot('baseline-artifact-name', (value, where) => baselineArtifactNameFrom(value, where, add) ?? INVALID);
    layer.baselineMissing = slot('baseline-missing', (value) => value);
    layer.confidence = slot('confidence', (value, where) => confidenceFrom(value, where, add) ?? INVALID);
    layer.mode = slot('mode', (value) => value);
    layer.shard = slot('shard', (value, where) => shardFrom(value, where, add) ?? INVALID);
    layer.startAt = slot('start-at', (value, where) => startAtFrom(value, where, add) ?? INVALID);
    layer.publish = Object.fromEntries(PUBLISH_FILE_KEYS.map((key) => [key, slot(key, (value) => value)]));
    Object.assign(layer, transportLayer((key) => {
        if (file.invalid.has(dotted(key)))
            return INVALID;
        const value = block[key];
        return value === undefined
            ? undefined
            : { value, where: at(key), locate: (index) => at(key, index) };
    }, 'file', pemReadOptions(options), issues));
    layer.k6Results = slot('k6-results', (value, where) => k6ResultsFrom(value, where, readPathOptions(options, ''), add) ?? INVALID);
    layer.prometheusUrl = slot('prometheus-url', (value) => value);
    layer.prometheusTimeoutMs = slot('prometheus-timeout', (v, where) => queryTimeoutFrom(v, where, add) ?? INVALID);
    layer.prometheusRetries = slot('prometheus-retries', (v, where) => retriesFrom(v, where, add) ?? INVALID);
    layer.prometheusStepMs = slot('prometheus-step', (v, where) => stepFrom(v, where, add) ?? INVALID);
    layer.targetLabels = slot('target-labels', (value) => value);
    layer.serverMetrics = slot('server-metrics', (value) => serverMetricsFrom(value, (...rest) => at('server-metrics', ...rest), add) ?? INVALID);
    layer.scenarios = slot('scenarios', (value) => scenariosFrom(value, (...rest) => at('scenarios', ...rest), issues, (data, where) => loadTestData(data, where, options, options.readFile ?? readFileIfExists, add)));
    const shapeKeys = ['duration', 'vus', 'ramp-up'].filter((key) => block[key] !== undefined);
    if (block.stages !== undefined && shapeKeys.length) {
        issues.add(at('stages'), `got both stages and ${listOf(shapeKeys, 'and')} in the same block; expected either stages or duration/vus/ramp-up (stages would silently win)`);
    }
    return layer;
}

;// CONCATENATED MODULE: ./src/config/layers/environment-layers.ts
/**
 * The file's two layers: its top level and the `environments:` block the
 * `environment` input selects. Every block is checked, not only the selected one, so
 * a mistake in the production block is found by the staging run.
 */



function fileLayers(file, environment, issues, options) {
    issues.list.push(...file.issues);
    let top = layerFromBlock(file.config, [], file, issues, options);
    let env = {};
    const environments = file.invalid.has('environments') ? undefined : file.config.environments;
    for (const [name, block] of Object.entries(environments ?? {})) {
        const layer = file.invalid.has(`environments.${name}`)
            ? invalidLayer()
            : layerFromBlock(block, ['environments', name], file, issues, options);
        if (name === environment)
            env = layer;
    }
    if (environment !== undefined &&
        !file.unreadable &&
        !file.invalid.has('environments') &&
        !Object.hasOwn(environments ?? {}, environment)) {
        // Own keys only: `toString` or `constructor` is no environment.
        const names = Object.keys(environments ?? {});
        const expected = names.length
            ? `expected one of the environments of ${file.displayPath}: ${listOf(names.map((n) => quote(n)))}${didYouMean(environment, names)}`
            : `expected an environment the file defines, but ${file.displayPath} has no environments: block (add one, or give no environment)`;
        issues.add(issues.input('environment'), `got ${quote(environment)}; ${expected}`);
    }
    if (file.unreadable)
        env = top = invalidLayer();
    return { top, env };
}

;// CONCATENATED MODULE: ./src/config/layers/input-layer.ts
/**
 * The layer the action's inputs (or the CLI's flags) give. Inputs are text: each is
 * converted and checked here, and a problem names the input (and line, for the
 * multi-line ones).
 */
















function layerFromInputs(inputs, given, issues, options) {
    const add = (where, message) => issues.add(where, message);
    const slot = (name, convert) => {
        const text = given(name);
        if (text === undefined)
            return undefined;
        const where = issues.input(name);
        return issues.slot(where, () => convert(text, where));
    };
    const duration = (name) => slot(name, (text, where) => {
        try {
            const ms = parseDuration(text);
            return name === 'ramp-up' ? ms : positiveDuration(text, where, name, issues);
        }
        catch (error) {
            if (!(error instanceof DurationSyntaxError))
                throw error;
            issues.add(where, error.message);
            return INVALID;
        }
    });
    const baselineSources = BASELINE_SOURCE_KEYS.flatMap((name) => {
        const text = given(name);
        return text === undefined ? [] : [{ key: name, value: text, where: issues.input(name) }];
    });
    const boolean = (name) => slot(name, (text, where) => {
        if (/^(?:true|True|TRUE)$/.test(text))
            return true;
        if (/^(?:false|False|FALSE)$/.test(text))
            return false;
        issues.add(where, `got ${quote(text)}; expected true or false`);
        return INVALID;
    });
    return {
        targetUrl: slot('target-url', (text, where) => (checkTargetUrl(text, where, add) ? text : INVALID)),
        durationMs: duration('duration'),
        vus: slot('vus', (text, where) => {
            if (/^\d+$/.test(text) && Number(text) >= 1 && Number.isSafeInteger(Number(text)))
                return Number(text);
            issues.add(where, `got ${quote(text)}; expected a whole number of virtual users, 1 or more`);
            return INVALID;
        }),
        rampUpMs: duration('ramp-up'),
        endpoints: slot('endpoints', () => endpointsFromInput(inputs.endpoints, issues)),
        thresholds: slot('thresholds', () => parseThresholds(thresholdLines(inputs.thresholds, issues.input), issues)),
        headers: slot('headers', (_text, where) => headerLines(inputs.headers, where, issues)),
        timeoutMs: duration('timeout'),
        failOnBreach: boolean('fail-on-breach'),
        autoRollback: boolean('auto-rollback'),
        reportDir: slot('report-dir', (text, where) => reportDirFrom(text, where, reportDirOptions(options), add) ?? INVALID),
        rate: slot('rate', (text, where) => {
            if (/^\d+(?:\.\d+)?$/.test(text) && Number(text) > 0)
                return Number(text);
            issues.add(where, `got ${quote(text)}; expected requests per second, a number above 0 such as 200`);
            return INVALID;
        }),
        maxVus: slot('max-vus', (text, where) => {
            if (/^\d+$/.test(text) && Number(text) >= 1 && Number.isSafeInteger(Number(text)))
                return Number(text);
            issues.add(where, `got ${quote(text)}; expected a whole number of requests in flight, 1 or more`);
            return INVALID;
        }),
        workers: slot('workers', (text, where) => workersFrom(text, where, add) ?? INVALID),
        scenario: slot('scenario', (text, where) => {
            if (SCENARIO_NAMES.includes(text))
                return text;
            issues.add(where, `got ${quote(text)}; expected one of ${listOf(SCENARIO_NAMES)}${didYouMean(text, SCENARIO_NAMES)}`);
            return INVALID;
        }),
        baselineSource: baselineSources[0]
            ? issues.slot(baselineSources[0].where, () => {
                const named = baselineSourceFrom(baselineSources, options.workspace, add);
                return named ? named.source : INVALID;
            })
            : undefined,
        baselineArtifactName: slot('baseline-artifact-name', (text, where) => baselineArtifactNameFrom(text, where, add) ?? INVALID),
        baselineMissing: slot('baseline-missing', (text, where) => baselineMissingFrom(text, where, add) ?? INVALID),
        confidence: slot('confidence', (text, where) => confidenceFrom(text, where, add) ?? INVALID),
        ...transportLayer((name) => {
            const text = name === 'client-key' || name === 'client-cert' ? inputs[name].trim() || undefined : given(name);
            return text === undefined ? undefined : { value: text, where: `input '${name}'` };
        }, 'inputs', pemReadOptions(options), issues),
        mode: slot('mode', (text, where) => modeFrom(text, where, add) ?? INVALID),
        shard: slot('shard', (text, where) => shardFrom(text, where, add) ?? INVALID),
        startAt: slot('start-at', (text, where) => startAtFrom(text, where, add) ?? INVALID),
        k6Results: slot('k6-results', (text, where) => k6ResultsFrom(text, where, readPathOptions(options, ''), add) ?? INVALID),
        prometheusUrl: slot('prometheus-url', (text, where) => checkTargetUrl(text, where, add) ? text : INVALID),
        prometheusHeaders: slot('prometheus-headers', (_text, where) => headerLines(inputs['prometheus-headers'], where, issues)),
    };
}

;// CONCATENATED MODULE: ./src/config/layers/publish-layers.ts
/**
 * The publishing keys of the file's layers (the selected environment, then the top
 * level), each from the highest layer that gives it. Inputs are read by
 * publish-settings.ts and win over these; a refused value is left out (its problem is
 * already reported, so the run does not start).
 */


function publishFromLayers(layers) {
    const values = {};
    for (const key of PUBLISH_FILE_KEYS) {
        const slot = layers.map((layer) => layer.publish?.[key]).find((found) => found !== undefined);
        if (slot !== undefined && slot !== INVALID)
            values[key] = slot.value;
    }
    return values;
}

;// CONCATENATED MODULE: ./src/config/settings-error.ts
/** Every problem found in the inputs and the config file, reported together. */
class SettingsError extends Error {
    issues;
    constructor(issues) {
        const lines = issues.map((issue) => `${issue.where}: ${issue.message}`);
        super(issues.length === 1
            ? `invalid settings: ${lines[0]}`
            : `${issues.length} problems in the settings:\n${lines.map((line) => `  - ${line}`).join('\n')}`);
        this.name = 'SettingsError';
        this.issues = issues;
    }
}

;// CONCATENATED MODULE: ./src/config/proxy-settings.ts
/**
 * The proxy a runner behind a corporate proxy sets in its environment: `HTTPS_PROXY`,
 * `HTTP_PROXY`, `NO_PROXY` (lower case first, as curl and undici read them; an https
 * request with no HTTPS proxy uses the HTTP proxy). They apply to the load and to the
 * integrations alike. A proxy URL may carry credentials: they become a
 * `Proxy-Authorization` header, are masked, and are never shown (reports name the
 * proxy by `scheme://host:port` only).
 */

/** The variable's value, lower case first; '' counts as not set. */
function fromEnv(env, name) {
    for (const variable of [name.toLowerCase(), name]) {
        const value = env[variable]?.trim();
        if (value)
            return { variable, value };
    }
    return undefined;
}
function proxyServer(variable, value, add) {
    const where = `environment variable ${variable}`;
    let url;
    try {
        // `proxy:3128` without a scheme is an http proxy, as curl reads it.
        url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
    }
    catch {
        add(where, `got a value that is not a URL; expected a proxy URL such as http://proxy.example.com:3128`);
        return undefined;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        add(where, `got the scheme ${quote(url.protocol)}; expected an http or https proxy URL such as http://proxy.example.com:3128`);
        return undefined;
    }
    const port = url.port || (url.protocol === 'https:' ? '443' : '80');
    const server = {
        origin: `${url.protocol}//${url.host}`,
        label: `${url.hostname}:${port}`,
        variable,
    };
    if (url.username || url.password) {
        const credentials = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
        server.authorization = `Basic ${Buffer.from(credentials).toString('base64')}`;
    }
    return server;
}
/** The proxy settings the environment gives; undefined when a variable is not a proxy URL (reported). */
function proxySettingsFrom(env, add) {
    const http = fromEnv(env, 'HTTP_PROXY');
    const https = fromEnv(env, 'HTTPS_PROXY');
    const noProxy = fromEnv(env, 'NO_PROXY')?.value ?? '';
    const httpServer = http ? proxyServer(http.variable, http.value, add) : undefined;
    const httpsServer = https ? proxyServer(https.variable, https.value, add) : httpServer;
    if ((http && !httpServer) || (https && !httpsServer))
        return undefined;
    return {
        ...(httpServer ? { http: httpServer, httpUrl: http.value } : {}),
        ...(httpsServer ? { https: httpsServer, httpsUrl: https?.value ?? http.value } : {}),
        noProxy,
    };
}
/** Values to mask: the credentials of proxy URLs and the headers made of them. */
function proxySecrets(proxy) {
    if (!proxy)
        return [];
    const secrets = new Set();
    for (const [server, text] of [
        [proxy.http, proxy.httpUrl],
        [proxy.https, proxy.httpsUrl],
    ]) {
        if (!server?.authorization || !text)
            continue;
        secrets.add(server.authorization);
        secrets.add(server.authorization.slice('Basic '.length));
        try {
            const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
            if (url.password)
                secrets.add(decodeURIComponent(url.password));
            secrets.add(text);
        }
        catch {
            secrets.add(text);
        }
    }
    return [...secrets];
}

;// CONCATENATED MODULE: ./src/config/transport-settings.ts
/**
 * How the load reaches the target: TLS (tls-settings.ts), `resolve` overrides
 * (addressing-settings.ts), the proxy of the environment (proxy-settings.ts) and
 * `http2`. Each key is picked from the highest layer that gives it, then the rules that
 * span keys are checked here: a client certificate and its key come together and
 * belong together, a `resolve` entry names a host:port the load goes to.
 */



/** The transport of the run, or undefined when a rule that spans keys is broken (reported). */
function combineTransport(chosen, targets, env, add) {
    let ok = true;
    const { clientCert, clientKey } = chosen;
    let client;
    if (clientCert && clientKey) {
        const problem = clientPairProblem(clientCert.value, clientKey.value);
        if (problem) {
            add(clientKey.where, problem);
            ok = false;
        }
        else {
            client = { cert: clientCert.value, key: clientKey.value };
        }
    }
    else if (clientCert || clientKey) {
        const [given, missing] = clientCert ? [clientCert, 'client-key'] : [clientKey, 'client-cert'];
        add(given.where, `got ${clientCert ? 'client-cert' : 'client-key'} without ${missing}; expected both (mutual TLS needs the certificate and its private key) or neither`);
        ok = false;
    }
    const resolve = chosen.resolve?.value ?? [];
    if (!checkResolveMatches(resolve, targets, add))
        ok = false;
    const proxy = proxySettingsFrom(env, add);
    if (proxy === undefined)
        ok = false;
    if (!ok)
        return undefined;
    return {
        tls: {
            insecure: chosen.insecureTls?.value ?? false,
            ...(chosen.caFile ? { ca: chosen.caFile.value } : {}),
            ...(client ? { client } : {}),
            ...(chosen.tlsServerName ? { serverName: chosen.tlsServerName.value } : {}),
        },
        resolve,
        http2: chosen.http2?.value ?? false,
        ...(proxy && (proxy.http || proxy.https) ? { proxy } : {}),
    };
}
/** Values to mask in the log: the client key and the proxy credentials. */
function transportSecrets(transport) {
    const key = transport?.tls.client?.key.pem;
    // The runner masks line by line: a multi-line key is registered whole and by its lines.
    const keyLines = key
        ? [key, ...key.split(/\r?\n/).filter((line) => line.length >= 16 && !line.startsWith('-----'))]
        : [];
    return [...keyLines, ...proxySecrets(transport?.proxy)];
}

;// CONCATENATED MODULE: ./src/config/layers/combine-server-metrics.ts
/**
 * The server-metrics keys picked from the layers (an input > the environment block >
 * the top level, key by key) and combined by config/server-metrics-settings.ts.
 */


function serverMetricsOfLayers(layers, settings, issues) {
    const keys = [
        'prometheusUrl',
        'prometheusHeaders',
        'prometheusTimeoutMs',
        'prometheusRetries',
        'prometheusStepMs',
        'targetLabels',
        'serverMetrics',
    ];
    // A refused value is reported already; checking around it would only add noise.
    if (keys.some((key) => pick(layers, key) === INVALID))
        return undefined;
    const url = sourced(pick(layers, 'prometheusUrl'));
    const metrics = sourced(pick(layers, 'serverMetrics'));
    const headers = sourced(pick(layers, 'prometheusHeaders'))?.value;
    const timeoutMs = sourced(pick(layers, 'prometheusTimeoutMs'))?.value;
    const retries = sourced(pick(layers, 'prometheusRetries'))?.value;
    const stepMs = sourced(pick(layers, 'prometheusStepMs'))?.value;
    const labels = sourced(pick(layers, 'targetLabels'))?.value;
    return combineServerMetrics({
        ...(url ? { url } : {}),
        ...(metrics ? { metrics } : {}),
        ...(headers ? { headers } : {}),
        ...(timeoutMs !== undefined ? { timeoutMs } : {}),
        ...(retries !== undefined ? { retries } : {}),
        ...(stepMs !== undefined ? { stepMs } : {}),
        ...(labels ? { labels } : {}),
    }, settings.thresholds, settings.baseline?.source.kind === 'live', (where, message) => issues.add(where, message));
}

;// CONCATENATED MODULE: ./src/config/resolve-settings.ts
/**
 * Inputs + config file → `Settings`. Precedence, per key: an input that was given >
 * the selected `environments:` block > the file's top level > built-in defaults.
 * Every value is checked, including those a higher layer overrides (a mistake in
 * the production block is found by the staging run), and all problems are thrown
 * together as one `SettingsError`.
 *
 * This module only composes: each source is a layer (layers/), each concern checks its
 * own keys (endpoints-settings.ts, threshold-settings.ts, traffic/, …), and the layers
 * are combined key by key (layers/combine-layers.ts).
 */
















function resolveSettings(inputs, options) {
    const issues = new Issues(options.inputLabel);
    const given = (name) => {
        const value = inputs[name]?.trim();
        return value ? value : undefined;
    };
    const inputLayer = layerFromInputs(inputs, given, issues, options);
    const file = readConfigFile(given('config'), options, issues);
    const environment = given('environment');
    const { top, env } = file
        ? fileLayers(file, environment, issues, options)
        : { top: {}, env: {} };
    if (environment !== undefined && !file && given('config') === undefined) {
        issues.add(issues.input('environment'), `got ${quote(environment)}, but there is no config file (${DEFAULT_CONFIG_PATH} does not exist); expected a config file with an environments: block (${issues.input('config')}), or no environment`);
    }
    const settings = combineLayers([inputLayer, env, top], given, issues);
    const publish = resolvePublishSettings(given, issues.list, issues.input, publishFromLayers([env, top]));
    const layers = [inputLayer, env, top];
    const transportChoices = pickTransport(layers);
    const transport = transportChoices
        ? combineTransport(transportChoices, loadTargets(layers), options.env ?? process.env, (at, message) => issues.add(at, message))
        : undefined;
    if (settings)
        checkBaselineNeeded(settings.thresholds, settings.baseline, issues);
    const serverMetrics = settings
        ? serverMetricsOfLayers([inputLayer, env, top], settings, issues)
        : undefined;
    // Last, and only for a run that would start: it creates the directory.
    const reportDir = pick([inputLayer, env, top], 'reportDir');
    if (!issues.list.length && settings && reportDirOptions(options).fileSystem) {
        probeReportDir(settings.reportDir, sourced(reportDir)?.where ?? `${issues.input('report-dir')} (the default)`, options.workspace, (at, message) => issues.add(at, message));
    }
    if (issues.list.length || !settings || !transport)
        throw new SettingsError(issues.list);
    return {
        ...settings,
        publish,
        transport,
        ...(serverMetrics ? { serverMetrics } : {}),
        ...(environment !== undefined ? { environment } : {}),
        ...(file ? { configPath: file.displayPath } : {}),
    };
}

;// CONCATENATED MODULE: ./src/config/index.ts

/**
 * Resolves the settings of a run from the action's inputs (or CLI flags) and the
 * config file. Throws `SettingsError` listing every problem found.
 */
function readSettings(inputs, options) {
    return resolveSettings(inputs, options);
}






// EXTERNAL MODULE: ./src/engine/run-in-thread.ts + 4 modules
var run_in_thread = __webpack_require__(27696);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./src/metrics/merge-measurements.ts + 3 modules
var merge_measurements = __webpack_require__(28683);
// EXTERNAL MODULE: ./src/engine/executors/twin-targets.ts + 1 modules
var twin_targets = __webpack_require__(29325);
// EXTERNAL MODULE: ./src/engine/executors/load-run.ts + 1 modules
var load_run = __webpack_require__(78907);
// EXTERNAL MODULE: ./src/engine/executors/stages.ts
var stages = __webpack_require__(30112);
// EXTERNAL MODULE: ./src/engine/load-share.ts
var load_share = __webpack_require__(70190);
// EXTERNAL MODULE: ./src/metrics/merge-stats.ts
var merge_stats = __webpack_require__(1767);
;// CONCATENATED MODULE: ./src/engine/workers/live-merge.ts


class LiveMerge {
    count;
    plannedMs;
    withBaseline;
    samples;
    snapshots;
    /** Per second (t): the points of the workers that closed it. */
    seconds = new Map();
    /** The last second each worker has closed. */
    closedUpTo;
    printedUpTo = 0;
    lastRequests = 0;
    lastErrors = 0;
    lastElapsedMs = 0;
    constructor(count, plannedMs, 
    /** With a live baseline every line carries its figures, zeros before any worker has sent them. */
    withBaseline = false) {
        this.count = count;
        this.plannedMs = plannedMs;
        this.withBaseline = withBaseline;
        this.samples = new Array(count).fill(undefined);
        this.snapshots = new Array(count).fill(undefined);
        this.closedUpTo = new Array(count).fill(0);
    }
    progressOf(worker, sample) {
        this.samples[worker] = sample;
    }
    liveOf(worker, seconds, snapshot) {
        for (const point of seconds) {
            const list = this.seconds.get(point.t);
            if (list)
                list.push(point);
            else
                this.seconds.set(point.t, [point]);
            this.closedUpTo[worker] = Math.max(this.closedUpTo[worker], point.t);
        }
        if (snapshot)
            this.snapshots[worker] = snapshot;
    }
    /** Everything measured so far, as one run (for the live checks). */
    snapshot() {
        const known = this.snapshots.filter((part) => part !== undefined);
        return known.length === 0 ? undefined : (0,merge_measurements/* mergeMeasurements */.O)(known);
    }
    /** The progress line since the previous one. */
    progress(elapsedMs) {
        const samples = this.samples.filter((sample) => sample !== undefined);
        const requests = sum(samples, (sample) => sample.requests);
        const errors = sum(samples, (sample) => sample.errors);
        const intervalMs = Math.max(0, elapsedMs - this.lastElapsedMs);
        const newRequests = requests - this.lastRequests;
        const newErrors = errors - this.lastErrors;
        // Only seconds every worker has closed: a second some worker has not sent yet waits for the next line.
        const upTo = Math.min(...this.closedUpTo);
        const histograms = [];
        for (let t = this.printedUpTo + 1; t <= upTo; t++) {
            for (const point of this.seconds.get(t) ?? [])
                histograms.push(point.histogram);
            this.seconds.delete(t);
        }
        if (upTo > this.printedUpTo)
            this.printedUpTo = upTo;
        const interval = (0,merge_stats/* addHistograms */.Bh)(histograms);
        this.lastElapsedMs = elapsedMs;
        this.lastRequests = requests;
        this.lastErrors = errors;
        const baselines = samples.flatMap((sample) => (sample.baseline ? [sample.baseline] : []));
        const merged = {
            elapsedMs: Math.round(elapsedMs),
            plannedMs: this.plannedMs,
            vus: sum(samples, (sample) => sample.vus),
            requests,
            errors,
            intervalMs: Math.round(intervalMs),
            rps: intervalMs > 0 ? Math.round((newRequests * 1000 * 10) / intervalMs) / 10 : 0,
            p95Ms: interval.count > 0 ? interval.percentileMs(95) : null,
            errorPercent: newRequests > 0 ? Math.round((newErrors * 100 * 100) / newRequests) / 100 : 0,
        };
        return this.withBaseline ? { ...merged, baseline: sumBaselines(baselines, merged) } : merged;
    }
}
function sum(items, of) {
    return items.reduce((total, item) => total + of(item), 0);
}
/** The baseline's line: counts summed over the workers' last samples, the highest p95. */
function sumBaselines(samples, canary) {
    const p95s = samples.flatMap((sample) => (sample.p95Ms === null ? [] : [sample.p95Ms]));
    const requests = sum(samples, (sample) => sample.requests);
    const errors = sum(samples, (sample) => sample.errors);
    return {
        ...canary,
        vus: sum(samples, (sample) => sample.vus),
        requests,
        errors,
        rps: Math.round(sum(samples, (sample) => sample.rps) * 10) / 10,
        p95Ms: p95s.length > 0 ? Math.max(...p95s) : null,
        errorPercent: Math.max(0, ...samples.map((sample) => sample.errorPercent)),
    };
}

// EXTERNAL MODULE: ./src/engine/workers/worker-messages.ts
var worker_messages = __webpack_require__(90191);
// EXTERNAL MODULE: ./src/engine/workers/worker-script.ts
var worker_script = __webpack_require__(77816);
;// CONCATENATED MODULE: ./src/engine/workers/worker-pool.ts
/**
 * The load in several worker threads: each runs its share (load-share.ts: VU i, or the
 * i-th arrival, belongs to worker i % n) on its own event loop with its own
 * connections and recorders; the main thread only merges.
 *
 * - Every second: the live checks (abortOnFail) run here on the merged snapshot, and
 *   the progress line is built from the workers' figures (live-merge.ts). A stop (a
 *   check, the signal) is sent to every worker with its reason.
 * - At the end: mergeMeasurements of the workers' measurements (histograms added,
 *   counters summed, seconds lined up), per lane (canary, live baseline); the
 *   generator's health is the worst worker's, each worker's listed beside it.
 * - A worker that dies (throws, is terminated, exits) before its share finished stops
 *   the others and the run rejects with an error naming it ("worker 2 of 4 …"): the
 *   verdict is `error`, never a pass on part of the load.
 */









const LIVE_INTERVAL_MS = 1000;
/**
 * The threads a load runs in: the setting, but never more than the VUs (closed model)
 * or the cap on requests in flight (open model) of this share, so none idles.
 */
function workerCount(settings, share = load_share/* WHOLE_LOAD */.zL) {
    const wanted = settings.workers ?? 1;
    if (wanted <= 1 || settings.scenario === 'breakpoint')
        return 1;
    // With scenarios, a part needs a VU of the largest scenario at least (the others may have none in it).
    const most = settings.scenarios ? Math.max(...settings.scenarios.map((s) => s.maxVus)) : settings.maxVus;
    return Math.max(1, Math.min(wanted, (0,load_share/* positionsOwned */.qQ)(share, most)));
}
function runInWorkers(settings, options, count, hooks = {}) {
    return new Promise((resolve, reject) => new WorkerPoolRun(settings, options, count, hooks, resolve, reject));
}
class WorkerPoolRun {
    options;
    count;
    resolve;
    reject;
    states;
    live;
    startMs = external_node_perf_hooks_.performance.now();
    timers = [];
    stopReason;
    /** The first worker that died. */
    death;
    settled = false;
    onAbort = () => this.stop((0,load_run/* abortReasonText */.qx)(this.options.signal?.reason));
    constructor(settings, options, count, hooks, resolve, reject) {
        this.options = options;
        this.count = count;
        this.resolve = resolve;
        this.reject = reject;
        this.live = new LiveMerge(count, (0,stages/* totalDurationMs */.$v)(settings.stages), (0,twin_targets/* liveBaselineUrl */.T5)(settings) !== undefined);
        const outer = options.share ?? load_share/* WHOLE_LOAD */.zL;
        const checks = options.liveChecks ?? [];
        const workerSettings = { ...settings, workers: 1 };
        this.states = Array.from({ length: count }, (_, index) => {
            const worker = (0,worker_script/* startLoadWorker */.B)({
                marker: worker_messages/* LOAD_WORKER_MARKER */.d,
                index,
                of: count,
                settings: workerSettings,
                share: (0,load_share/* composeShares */.v6)(outer, { index, count }),
                progress: options.onProgress !== undefined,
                snapshots: checks.length > 0,
            });
            const state = { worker, ended: false };
            worker.on('message', (message) => this.onMessage(index, state, message));
            worker.on('error', (error) => this.onDeath(index, `failed: ${error.message}`));
            worker.on('exit', (code) => {
                if (state.outcome === undefined && state.failed === undefined) {
                    this.onDeath(index, `exited (code ${code}) before its share of the load finished`);
                }
                state.ended = true;
                this.settleWhenAllEnded();
            });
            return state;
        });
        hooks.onStarted?.(this.states.map((state) => state.worker));
        const signal = options.signal;
        if (signal?.aborted)
            this.stop((0,load_run/* abortReasonText */.qx)(signal.reason));
        else
            signal?.addEventListener('abort', this.onAbort, { once: true });
        if (checks.length > 0)
            this.timers.push(setInterval(() => this.runChecks(), LIVE_INTERVAL_MS));
        if (options.onProgress) {
            const interval = Math.max(1, options.progressIntervalMs ?? 5000);
            this.timers.push(setInterval(() => this.emitProgress(), interval));
        }
    }
    onMessage(index, state, message) {
        switch (message.type) {
            case 'ready':
                state.ready = true;
                // Together: the shares' schedules and per-second series then run on one clock.
                if (this.states.every((one) => one.ready)) {
                    for (const one of this.states)
                        one.worker.postMessage({ type: 'start' });
                }
                break;
            case 'progress':
                this.live.progressOf(index, message.sample);
                break;
            case 'live':
                this.live.liveOf(index, message.seconds, message.snapshot);
                break;
            case 'done':
                state.outcome = message.outcome;
                state.health = message.health;
                break;
            case 'failed':
                state.failed = message.message;
                this.stop(`failed: ${message.message}`);
                break;
        }
    }
    onDeath(index, what) {
        this.death ??= new Error(`worker ${index + 1} of ${this.count} ${what}; the load did not run in full`);
        this.stop(this.death.message);
    }
    /** Asks every worker still running to stop, with the reason its measurements will carry. */
    stop(reason) {
        if (this.stopReason !== undefined)
            return;
        this.stopReason = reason;
        const message = { type: 'stop', reason };
        for (const state of this.states)
            if (!state.ended)
                state.worker.postMessage(message);
    }
    runChecks() {
        if (this.stopReason !== undefined)
            return;
        let cached;
        const snapshot = () => (cached ??= this.live.snapshot());
        if (snapshot() === undefined)
            return;
        const live = { elapsedMs: external_node_perf_hooks_.performance.now() - this.startMs, snapshot: () => snapshot() };
        for (const check of this.options.liveChecks ?? []) {
            const reason = check(live);
            if (reason !== undefined) {
                this.stop(reason);
                return;
            }
        }
    }
    emitProgress() {
        try {
            this.options.onProgress?.(this.live.progress(external_node_perf_hooks_.performance.now() - this.startMs));
        }
        catch (error) {
            this.fail(error instanceof Error ? error : new Error(String(error)));
        }
    }
    /** Something in the main thread went wrong (an onProgress that throws): stop and reject with it. */
    fail(error) {
        this.death ??= error;
        this.stop(`failed: ${error.message}`);
    }
    settleWhenAllEnded() {
        if (this.settled || !this.states.every((state) => state.ended))
            return;
        this.settled = true;
        for (const timer of this.timers)
            clearInterval(timer);
        this.options.signal?.removeEventListener('abort', this.onAbort);
        const failed = this.states.find((state) => state.failed !== undefined)?.failed;
        if (this.death)
            return this.reject(this.death);
        if (failed !== undefined)
            return this.reject(new Error(failed));
        try {
            this.resolve(this.merged());
        }
        catch (error) {
            this.reject(error instanceof Error ? error : new Error(String(error)));
        }
    }
    merged() {
        const outcomes = this.states.map((state) => state.outcome);
        const health = this.states.map((state) => state.health);
        const lane = (parts) => {
            const merged = (0,merge_measurements/* mergeMeasurements */.O)(parts);
            return merged.generator ? { ...merged, generator: { ...merged.generator, workers: health } } : merged;
        };
        const baselines = outcomes.flatMap((outcome) => (outcome.baseline ? [outcome.baseline] : []));
        return {
            measurements: lane(outcomes.map((outcome) => outcome.measurements)),
            ...(baselines.length === outcomes.length && baselines.length > 0 ? { baseline: lane(baselines) } : {}),
        };
    }
}

;// CONCATENATED MODULE: ./src/engine/index.ts



/** Runs the load `settings` describe against `settings.targetUrl` (and a live baseline, if any): the canary's figures. */
async function runLoad(settings, options = {}) {
    return (await runLoadWithBaseline(settings, options)).measurements;
}
/**
 * Runs the load; with a live baseline, measures both targets under the same traffic at
 * the same time. With `workers` above 1, in that many threads (workers/worker-pool.ts).
 */
async function runLoadWithBaseline(settings, options = {}) {
    const workers = workerCount(settings, options.share);
    return workers > 1 ? runInWorkers(settings, options, workers) : (0,run_in_thread/* runLoadInThread */.D)(settings, options);
}

;// CONCATENATED MODULE: ./src/report/html/escape-html.ts
/** Escape text for HTML element content and quoted attribute values. */
function escapeHtml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}

;// CONCATENATED MODULE: ./src/report/html/html-style.ts
/** report.html's stylesheet, inlined into the page (no external files: see html-report.ts). */
const STYLE = `
:root{--fg:#101828;--muted:#667085;--line:#eaecf0;--bg:#f9fafb;--pass:#067647;--pass-bg:#ecfdf3;--marginal:#b54708;--marginal-bg:#fffaeb;--fail:#b42318;--fail-bg:#fef3f2;--unknown:#175cd3;--unknown-bg:#eff8ff;--error:#c11574;--error-bg:#fdf2fa}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:14px/1.45 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:1080px;margin:0 auto;padding:24px}
h1{font-size:18px;margin:0 0 16px;color:var(--muted);font-weight:600}
h2{font-size:16px;margin:28px 0 10px}
.banner{display:flex;gap:20px;align-items:center;padding:18px 22px;border-radius:10px;border:1px solid}
.verdict-pass{background:var(--pass-bg);border-color:#abefc6;color:var(--pass)}
.verdict-marginal{background:var(--marginal-bg);border-color:#fedf89;color:var(--marginal)}
.verdict-fail{background:var(--fail-bg);border-color:#fecdca;color:var(--fail)}
.verdict-inconclusive{background:var(--unknown-bg);border-color:#b2ddff;color:var(--unknown)}
.verdict-error{background:var(--error-bg);border-color:#fcceee;color:var(--error)}
.verdict-word{font-size:34px;font-weight:800;letter-spacing:.04em}
.verdict-line{font-size:16px;font-weight:600}
.target{color:var(--fg);margin-top:4px;word-break:break-all}
.stopped{margin:6px 0 0;color:var(--marginal)}
.pill{display:inline-block;margin-left:8px;padding:1px 10px;border-radius:999px;font-size:12px;font-weight:600;background:#f2f4f7;color:#344054;vertical-align:middle}
.pill-fail{background:var(--fail);color:#fff}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(140px,1fr));gap:10px;margin-top:16px}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 12px}
.card-label{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.05em}
.card-value{font-size:18px;font-weight:700;margin-top:2px}
table{width:100%;border-collapse:collapse;background:#fff;border:1px solid var(--line);border-radius:8px}
th,td{padding:8px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
thead th{background:#f2f4f7;font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:#475467}
.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.has-errors{color:var(--fail);font-weight:600}
.origin{color:var(--muted);font-size:12px}
code{font:12.5px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere}
/* A threshold wraps only where breakable-threshold.ts put a <wbr> or a space. */
code.threshold{overflow-wrap:normal;word-break:normal}
.table-wrap{overflow-x:auto;max-width:100%}
.limit{min-width:7em}
.note{min-width:16em;color:#344054}
.slo-table td:nth-child(2){min-width:19em}
.no-errors{margin:0 0 14px}
.badge{display:inline-block;min-width:76px;text-align:center;padding:2px 8px;border-radius:6px;font-size:12px;font-weight:700}
.badge-pass{background:var(--pass-bg);color:var(--pass)}
.badge-marginal{background:var(--marginal-bg);color:var(--marginal)}
.badge-fail{background:var(--fail-bg);color:var(--fail)}
.badge-inconclusive{background:var(--unknown-bg);color:var(--unknown)}
.badge-error{background:var(--error-bg);color:var(--error)}
.reasons{margin:6px 0 0;padding-left:18px}
figure{margin:0 0 14px;background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 12px}
figcaption{font-weight:600;margin-bottom:4px}
.chart{display:block;max-width:100%;height:auto}
.chart .grid{stroke:#eaecf0}
.chart .axis{stroke:#98a2b3}
.chart .tick{fill:#667085;font-size:11px}
.chart .axis-label{fill:#475467;font-size:11px}
.chart .legend{fill:#344054;font-size:12px}
.chart .guide{font-size:11px;font-weight:600}
.settings th{width:180px;color:#475467;font-weight:600;background:#fcfcfd}
.muted{color:var(--muted)}
footer{margin-top:28px;color:var(--muted);font-size:12px}
footer a{color:inherit}
/* Narrow screens: the SLO table stacks into one block per threshold; wide tables scroll in their frame. */
@media (max-width:720px){
main{padding:12px}
.banner{flex-direction:column;align-items:flex-start;gap:6px;padding:14px 16px}
.verdict-word{font-size:26px}
.slo-table thead{display:none}
.slo-table,.slo-table tbody,.slo-table tr,.slo-table td{display:block;width:100%}
.slo-table tr{border-bottom:1px solid var(--line)}
.slo-table td{border:0;padding:4px 12px;text-align:left;white-space:normal}
.slo-table td:first-child{padding-top:10px}
.slo-table td:last-child{padding-bottom:10px}
.slo-table td::before{content:attr(data-label);display:block;font-size:11px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.slo-table td:first-child::before{display:none}
.note{min-width:0}
.slo-table td:nth-child(2){min-width:0}
/* A table of many figures keeps each row on one line and scrolls in its frame instead. */
.wide td,.wide th{white-space:nowrap}
.settings th{width:auto}
/* The charts shrink with the window: their text is set larger so it stays readable. */
.chart .tick,.chart .axis-label,.chart .guide{font-size:14px}
}
`;

;// CONCATENATED MODULE: ./src/report/html/chart-axis.ts
/**
 * Axis ticks for the charts: from 0 to a round top in round steps (1, 2, 2.5 or 5 times
 * a power of ten), with enough ticks to read a value off. A count axis (failed requests
 * per second) steps by whole numbers and shows at least a few of them, so one error in
 * one second does not make an axis of just 0 and 1.
 */
const MULTIPLIERS = [1, 2, 2.5, 5];
/** Candidate steps from small to large around `top`. */
function candidates(top, integer) {
    const start = Math.floor(Math.log10(top)) - 2;
    const steps = [];
    for (let power = start; power <= start + 4; power += 1) {
        for (const m of MULTIPLIERS) {
            const step = Number((m * 10 ** power).toPrecision(12));
            if (integer && !Number.isInteger(step))
                continue;
            steps.push(step);
        }
    }
    return integer ? [1, ...steps.filter((s) => s > 1)] : steps;
}
/** The axis from 0 for values up to `top` (a top of 0 or less, or not finite, reads as 1). */
function niceAxis(top, options = {}) {
    const { maxIntervals = 6, integer = false, minIntervals = 4 } = options;
    const high = Number.isFinite(top) && top > 0 ? top : 1;
    const step = candidates(high, integer).find((s) => Math.ceil(high / s - 1e-9) <= maxIntervals) ??
        10 ** Math.ceil(Math.log10(high));
    let intervals = Math.max(1, Math.ceil(high / step - 1e-9));
    if (integer && step === 1)
        intervals = Math.max(intervals, minIntervals);
    const max = Number((intervals * step).toPrecision(12));
    const ticks = Array.from({ length: intervals + 1 }, (_, i) => Number((i * step).toPrecision(12)));
    return { max, step, ticks };
}

;// CONCATENATED MODULE: ./src/report/html/html-charts.ts



const CHART = { width: 760, height: 260, left: 60, right: 56, top: 34, bottom: 40 };
const f1 = (n) => (Math.round(n * 10) / 10).toString();
function renderChart(spec) {
    const { width, height, left, right, top, bottom } = CHART;
    const plotW = width - left - right;
    const plotH = height - top - bottom;
    const leftSeries = spec.series.filter((s) => !s.rightAxis);
    const rightSeries = spec.series.filter((s) => s.rightAxis);
    const maxX = Math.max(1, ...spec.series.flatMap((s) => s.points.map(([x]) => x)));
    const y = niceAxis(Math.max(0, ...leftSeries.flatMap((s) => s.points.map(([, v]) => v)), ...(spec.guides ?? []).map((g) => g.value), ...(spec.bands ?? []).flatMap((b) => [b.from, b.to])), { integer: spec.integer });
    const y2 = niceAxis(Math.max(0, ...rightSeries.flatMap((s) => s.points.map(([, v]) => v))), {
        integer: true,
        minIntervals: 1,
    });
    const sx = (x) => left + (x / maxX) * plotW;
    const syFor = (axis) => (v) => top + plotH - (v / axis.max) * plotH;
    const sy = syFor(y);
    const sy2 = syFor(y2);
    const parts = [];
    parts.push(`<svg class="chart" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${escapeHtml(spec.title)}" xmlns="http://www.w3.org/2000/svg">`);
    // Grid and y axis.
    for (const v of y.ticks) {
        const py = f1(sy(v));
        parts.push(`<line class="grid" x1="${left}" x2="${width - right}" y1="${py}" y2="${py}"/>`);
        parts.push(`<text class="tick" x="${left - 6}" y="${py}" text-anchor="end" dy="0.32em">${format_formatNumber(v, 2)}</text>`);
    }
    parts.push(`<text class="axis-label" x="14" y="${top + plotH / 2}" transform="rotate(-90 14 ${top + plotH / 2})" text-anchor="middle">${escapeHtml(spec.unit)}</text>`);
    const rightUnit = rightSeries[0]?.rightAxis?.unit;
    if (rightUnit !== undefined) {
        for (const v of y2.ticks) {
            parts.push(`<text class="tick" x="${width - right + 6}" y="${f1(sy2(v))}" dy="0.32em" fill="${rightSeries[0].color}">${format_formatNumber(v, 2)}</text>`);
        }
        const rx = width - 10;
        parts.push(`<text class="axis-label" x="${rx}" y="${top + plotH / 2}" transform="rotate(90 ${rx} ${top + plotH / 2})" text-anchor="middle">${escapeHtml(rightUnit)}</text>`);
    }
    // X axis.
    const xAxis = niceAxis(maxX, { maxIntervals: 8, integer: true, minIntervals: 1 });
    for (const v of xAxis.ticks.filter((t) => t <= maxX + 1e-9)) {
        const x = f1(sx(v));
        parts.push(`<line class="axis" x1="${x}" x2="${x}" y1="${top + plotH}" y2="${top + plotH + 4}"/>`);
        parts.push(`<text class="tick" x="${x}" y="${top + plotH + 16}" text-anchor="middle">${format_formatNumber(v, 1)}</text>`);
    }
    parts.push(`<line class="axis" x1="${left}" x2="${width - right}" y1="${top + plotH}" y2="${top + plotH}"/>`);
    parts.push(`<text class="axis-label" x="${left + plotW / 2}" y="${height - 4}" text-anchor="middle">seconds since start</text>`);
    // Bands under the data, so the lines stay readable across them.
    for (const b of spec.bands ?? []) {
        const low = Math.min(b.from, b.to);
        const high = Math.max(b.from, b.to);
        parts.push(`<rect class="band" x="${left}" y="${f1(sy(high))}" width="${plotW}" height="${f1(sy(low) - sy(high))}" fill="${b.color}" fill-opacity="0.14"><title>${escapeHtml(b.label)}</title></rect>`, 
        // Inside a band tall enough for the label, else just above it.
        `<text class="guide" x="${left + 4}" y="${f1(sy(low) - sy(high) >= 16 ? sy(high) + 12 : sy(high) - 4)}" fill="${b.color}">${escapeHtml(b.label)}</text>`);
    }
    if (spec.kind === 'bars') {
        const n = Math.max(1, ...spec.series.map((s) => s.points.length));
        const barW = Math.max(1, (plotW / n) * 0.7);
        for (const s of spec.series) {
            for (const [x, v] of s.points) {
                if (v <= 0)
                    continue;
                // A bar covers its one-second bucket, which ends at x.
                const bx = sx(x - 0.5) - barW / 2;
                parts.push(`<rect x="${f1(bx)}" y="${f1(sy(v))}" width="${f1(barW)}" height="${f1(sy(0) - sy(v))}" fill="${s.color}"><title>${escapeHtml(`${format_formatNumber(x)} s: ${format_formatNumber(v)} ${s.name}`)}</title></rect>`);
            }
        }
    }
    else {
        for (const s of spec.series) {
            if (s.points.length === 0)
                continue;
            const ys = s.rightAxis ? sy2 : sy;
            const d = s.points.map(([x, v], i) => `${i === 0 ? 'M' : 'L'}${f1(sx(x))} ${f1(ys(v))}`).join(' ');
            parts.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5 4"' : ''} stroke-linejoin="round"/>`);
            if (s.points.length === 1) {
                const [x, v] = s.points[0];
                parts.push(`<circle cx="${f1(sx(x))}" cy="${f1(ys(v))}" r="3" fill="${s.color}"/>`);
            }
        }
    }
    // Threshold guides, labels kept apart when the lines are close.
    let lastLabelY = -Infinity;
    for (const g of [...(spec.guides ?? [])].sort((a, b) => b.value - a.value)) {
        const py = sy(g.value);
        parts.push(`<line x1="${left}" x2="${width - right}" y1="${f1(py)}" y2="${f1(py)}" stroke="${g.color}" stroke-width="1.5" stroke-dasharray="6 4"/>`);
        const labelY = Math.max(py - 4, lastLabelY + 13);
        lastLabelY = labelY;
        parts.push(`<text class="guide" x="${width - right - 4}" y="${f1(labelY)}" text-anchor="end" fill="${g.color}">${escapeHtml(g.label)}</text>`);
    }
    // Legend along the top.
    let lx = left;
    for (const s of spec.series) {
        parts.push(`<rect x="${lx}" y="10" width="12" height="12" rx="2" fill="${s.color}"/>`);
        parts.push(`<text class="legend" x="${lx + 17}" y="20">${escapeHtml(s.name)}</text>`);
        lx += 30 + s.name.length * 7;
    }
    parts.push('</svg>');
    return parts.join('');
}
function chartsSection(ctx) {
    const series = ctx.measurements.timeSeries;
    if (series.length === 0) {
        return '<section><h2>Over time</h2><p class="muted">No time series was recorded for this run.</p></section>';
    }
    const pt = (pick) => series.map((p) => [p.t, pick(p)]);
    const drawn = ctx.evaluation.results
        .map((r) => r.threshold)
        .filter((t) => t.metric === 'http_req_duration' &&
        t.aggregation === 'p' &&
        t.relative === undefined &&
        Object.keys(t.tags).length === 0 &&
        [50, 95, 99].includes(t.percentile ?? -1));
    const latencyGuides = drawn.map((t) => ({
        value: t.limit,
        label: `p${t.percentile} limit ${format_formatMs(t.limit)}`,
        color: '#b42318',
    }));
    // Between the limit and the marginal limit a value is marginal, not failed: shade that band.
    const latencyBands = drawn.flatMap((t) => t.marginalLimit === undefined
        ? []
        : [
            {
                from: t.limit,
                to: t.marginalLimit,
                label: `p${t.percentile} marginal ${format_formatMs(Math.min(t.limit, t.marginalLimit)).replace(' ms', '')}–${format_formatMs(Math.max(t.limit, t.marginalLimit))}`,
                color: '#b54708',
            },
        ]);
    const latency = renderChart({
        title: 'Latency percentiles per second',
        unit: 'ms',
        kind: 'lines',
        series: [
            { name: 'p50', color: '#2e90fa', points: pt((p) => p.p50) },
            { name: 'p95', color: '#f79009', points: pt((p) => p.p95) },
            { name: 'p99', color: '#d92d20', points: pt((p) => p.p99) },
        ],
        guides: latencyGuides,
        bands: latencyBands,
    });
    const throughput = renderChart({
        title: 'Requests per second',
        unit: 'req/s',
        kind: 'lines',
        series: [
            { name: 'requests/s', color: '#12b76a', points: pt((p) => p.requests) },
            {
                name: 'active VUs',
                color: '#7a5af8',
                points: pt((p) => p.vus),
                dashed: true,
                rightAxis: { unit: 'VUs' },
            },
        ],
    });
    // A clean run gets a line, not an empty panel.
    const errors = series.some((p) => p.errors > 0)
        ? `<figure><figcaption>Failed requests per second</figcaption>${renderChart({
            title: 'Failed requests per second',
            unit: 'errors/s',
            kind: 'bars',
            integer: true,
            series: [{ name: 'failed requests', color: '#d92d20', points: pt((p) => p.errors) }],
        })}</figure>`
        : '<p class="muted no-errors">Failed requests per second: none in any second of the run.</p>';
    return [
        '<section><h2>Over time</h2>',
        `<figure><figcaption>Latency p50 / p95 / p99 (ms)</figcaption>${latency}</figure>`,
        `<figure><figcaption>Throughput (requests completed per second) and active VUs</figcaption>${throughput}</figure>`,
        errors,
        '</section>',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/html/html-baseline.ts
/**
 * report.html's baseline section: where the baseline came from, the regressions,
 * canary beside baseline per endpoint, and the two runs' per-second p95 overlaid on
 * one time axis. Nothing without a baseline or a relative threshold.
 */




/** Canary and baseline colours, kept apart from the page's other series. */
const CANARY_COLOR = '#f79009';
const BASELINE_COLOR = '#1570ef';
function cell(s, show) {
    const side = (v) => (v === null ? '–' : show(v));
    const change = s.change === null ? '' : ` <span class="muted">(${changeText(s.change)})</span>`;
    return `<td class="num">${escapeHtml(side(s.canary))} / ${escapeHtml(side(s.baseline))}${change}</td>`;
}
function baselineHtmlSection(ctx) {
    const { baseline, evaluation, measurements } = ctx;
    if (!baseline && !evaluation.baseline)
        return '';
    const base = baselineMeasurements(baseline);
    if (!base) {
        const missing = missingText(evaluation, baseline) ?? 'No baseline could be had.';
        return `<section><h2>Compared with the baseline</h2><p class="muted">${escapeHtml(missing)}</p></section>`;
    }
    const origin = baseline.origin;
    const link = origin.runUrl
        ? ` (<a href="${escapeHtml(origin.runUrl)}">run ${escapeHtml(String(origin.runId ?? ''))}</a>)`
        : '';
    const regressions = regressionLines(evaluation);
    const rows = sideBySideRows(measurements, base).map((s) => `<tr><td>${escapeHtml(s.name)}</td>${cell(s.p50, format_formatMs)}${cell(s.p95, format_formatMs)}${cell(s.p99, format_formatMs)}` +
        `${cell(s.errorPercent, format_formatPercent)}${cell(s.rps, (v) => format_formatNumber(v, 1))}</tr>`);
    const chart = renderChart({
        title: 'p95 per second: canary and baseline',
        unit: 'ms',
        kind: 'lines',
        series: [
            { name: 'canary p95', color: CANARY_COLOR, points: measurements.timeSeries.map((p) => [p.t, p.p95]) },
            {
                name: 'baseline p95',
                color: BASELINE_COLOR,
                dashed: true,
                points: base.timeSeries.map((p) => [p.t, p.p95]),
            },
        ],
    });
    return [
        '<section class="baseline"><h2>Compared with the baseline</h2>',
        `<p>Baseline ${escapeHtml(originText(baseline))}${link}.</p>`,
        regressions.length > 0
            ? `<p><strong>Regressions:</strong></p><ul>${regressions.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>`
            : '',
        '<div class="table-wrap"><table class="wide"><thead><tr><th>Endpoint</th><th>p50</th><th>p95</th><th>p99</th><th>Errors</th><th>req/s</th></tr></thead>',
        `<tbody>${rows.join('')}</tbody></table></div>`,
        '<p class="muted">Canary / baseline (change).</p>',
        `<figure><figcaption>p95 per second, canary and baseline (ms)</figcaption>${chart}</figure>`,
        '</section>',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/html/html-server-metrics.ts



/** How a unit's values are plotted: a factor to a readable axis unit. */
const AXES = {
    ratio: { factor: 100, unit: '%' },
    percent: { factor: 1, unit: '%' },
    bytes: { factor: 1e-6, unit: 'MB' },
    seconds: { factor: 1000, unit: 'ms' },
    count: { factor: 1, unit: '' },
    per_second: { factor: 1, unit: '/s' },
};
function points(series, factor, endSeconds) {
    return series.samples
        .filter((sample) => sample.t >= 0 && sample.t <= endSeconds)
        .map((sample) => [sample.t, sample.value * factor]);
}
function chartOf(ctx, series, baseline) {
    const name = server_metric_measure/* SERVER_METRIC_PREFIX */.eg + series.name;
    if (series.missing !== undefined) {
        return `<figure><figcaption>${escapeHtml(name)}</figcaption><p class="muted">No data: ${escapeHtml(series.missing)}</p></figure>`;
    }
    const axis = AXES[series.unit];
    const endSeconds = Math.max(1, ctx.measurements.timeSeries.at(-1)?.t ?? ctx.measurements.durationMs / 1000);
    const guides = ctx.evaluation.results
        .map((result) => result.threshold)
        .filter((threshold) => threshold.metric === name && threshold.relative === undefined)
        .map((threshold) => ({
        value: threshold.limit * axis.factor,
        label: `${threshold.source.slice(name.length + 1).trim()}`,
        color: '#b42318',
    }));
    const chart = renderChart({
        title: name,
        unit: axis.unit,
        kind: 'lines',
        series: [
            { name: baseline ? 'canary' : name, color: '#0e9384', points: points(series, axis.factor, endSeconds) },
            ...(baseline && baseline.missing === undefined
                ? [
                    {
                        name: 'baseline',
                        color: '#667085',
                        dashed: true,
                        points: points(baseline, axis.factor, endSeconds),
                    },
                ]
                : []),
            // An unlabelled, invisible point at the run's end: the time axis is the latency chart's.
            { name: '', color: 'none', points: [[endSeconds, 0]] },
        ],
        guides,
    });
    const caption = `${name} (${axis.unit || series.unit}), one sample every step`;
    return `<figure><figcaption>${escapeHtml(caption)}</figcaption>${chart}</figure>`;
}
function serverMetricsCharts(ctx) {
    const canary = ctx.measurements.serverMetrics;
    if (canary === undefined || canary.metrics.length === 0)
        return '';
    const baseline = ctx.baseline && 'measurements' in ctx.baseline ? ctx.baseline.measurements.serverMetrics : undefined;
    const charts = canary.metrics.map((series) => chartOf(ctx, series, baseline?.metrics.find((entry) => entry.name === series.name)));
    return ['<section><h2>Target resources</h2>', ...charts, '</section>'].join('\n');
}

// EXTERNAL MODULE: ./src/metrics/error-cause-counter.ts
var error_cause_counter = __webpack_require__(39156);
// EXTERNAL MODULE: ./src/metrics/measurements.ts
var measurements = __webpack_require__(37164);
;// CONCATENATED MODULE: ./src/report/error-breakdown.ts


/** How each error class is named in reports. */
const ERROR_CLASS_LABELS = {
    timeout: 'timeout',
    connection_refused: 'connection refused',
    connection_reset: 'connection reset',
    dns: 'DNS lookup failed',
    tls: 'TLS failed',
    http_4xx: 'HTTP 4xx',
    http_5xx: 'HTTP 5xx',
    unexpected_status: 'unexpected status',
    other: 'other',
};
/** Error classes with a count above zero, largest first (ties in the order of ERROR_CLASSES). */
function errorClassCounts(stats) {
    return measurements/* ERROR_CLASSES */.E.map((errorClass) => ({ errorClass, count: stats.errors[errorClass] ?? 0 }))
        .filter((entry) => entry.count > 0)
        .sort((a, b) => b.count - a.count);
}
/** Failures without a response by cause, most first; empty for results written before causes were kept. */
function errorCauseCounts(measurements) {
    return measurements.errorCauses ?? [];
}
/** `the TLS certificate is self-signed (DEPTH_ZERO_SELF_SIGNED_CERT)`; the overflow row without a code. */
function causeText(entry) {
    return entry.cause === error_cause_counter/* OTHER_CAUSES */.aX ? entry.description : `${entry.description} (${entry.cause})`;
}
/** Whether a response status counted as a failure: the endpoint's expect-status, or 200–399 by default. */
function isFailingStatus(status, expectStatus) {
    return expectStatus.length > 0 ? !expectStatus.includes(status) : status < 200 || status >= 400;
}
/**
 * Responses whose status counted as a failure, by status code (most first). Each
 * endpoint's counts are judged by that endpoint's rule; without per-endpoint data,
 * the run's counts are judged by the default rule.
 */
function failingStatuses(ctx) {
    const { measurements, settings } = ctx;
    const rules = new Map(settings.endpoints.map((e) => [e.name, e]));
    const byStatus = new Map();
    const add = (status, count, endpoint) => {
        let entry = byStatus.get(status);
        if (!entry) {
            entry = { status, count: 0, endpoints: [] };
            byStatus.set(status, entry);
        }
        entry.count += count;
        if (endpoint !== undefined)
            entry.endpoints.push({ name: endpoint, count });
    };
    const sources = measurements.endpoints.length > 0
        ? measurements.endpoints.map((e) => ({ stats: e, name: e.name }))
        : [{ stats: measurements.overall, name: undefined }];
    for (const { stats, name } of sources) {
        const expect = name === undefined ? [] : (rules.get(name)?.expectStatus ?? []);
        for (const [status, count] of Object.entries(stats.statusCounts)) {
            const code = Number(status);
            if (count > 0 && Number.isInteger(code) && isFailingStatus(code, expect))
                add(status, count, name);
        }
    }
    const list = [...byStatus.values()];
    for (const entry of list)
        entry.endpoints.sort((a, b) => b.count - a.count);
    return list.sort((a, b) => b.count - a.count || Number(a.status) - Number(b.status));
}

;// CONCATENATED MODULE: ./src/report/html/html-errors.ts
/** The page's error breakdown: by class, by cause for failures without a response, by failing status. */





function html_errors_table(header, numeric, rows) {
    const th = header.map((h, i) => `<th${numeric[i] ? ' class="num"' : ''}>${escapeHtml(h)}</th>`).join('');
    const body = rows
        .map((row) => `<tr>${row.map((cell, i) => `<td${numeric[i] ? ' class="num"' : ''}>${cell}</td>`).join('')}</tr>`)
        .join('\n');
    return `<div class="table-wrap"><table><thead><tr>${th}</tr></thead>\n<tbody>${body}</tbody></table></div>`;
}
function errorSection(ctx) {
    const { overall } = ctx.measurements;
    if (overall.failed === 0) {
        return overall.requests > 0
            ? '<section><h2>Errors</h2><p class="muted">No request failed.</p></section>'
            : '';
    }
    const share = (count) => escapeHtml(format_formatPercent((count / overall.requests) * 100));
    const parts = [
        `<p>${escapeHtml(`${partOf(overall.failed, overall.requests, 'request')} failed (${format_formatPercent(format_errorPercent(overall))}).`)}</p>`,
        html_errors_table(['Error class', 'Requests', 'Share of requests'], [false, true, true], errorClassCounts(overall).map(({ errorClass, count }) => [
            escapeHtml(ERROR_CLASS_LABELS[errorClass]),
            escapeHtml(format_formatNumber(count)),
            share(count),
        ])),
    ];
    const causes = errorCauseCounts(ctx.measurements);
    if (causes.length > 0) {
        parts.push('<h3>Causes of failures without a response</h3>', html_errors_table(['Cause', 'What happened', 'Error class', 'Requests'], [false, false, false, true], causes.map((c) => [
            c.cause === error_cause_counter/* OTHER_CAUSES */.aX ? escapeHtml(c.cause) : `<code>${escapeHtml(c.cause)}</code>`,
            escapeHtml(c.description),
            escapeHtml(ERROR_CLASS_LABELS[c.errorClass]),
            escapeHtml(format_formatNumber(c.count)),
        ])));
    }
    const statuses = failingStatuses(ctx);
    if (statuses.length > 0) {
        parts.push('<h3>Failing statuses</h3>', html_errors_table(['Status', 'Responses', 'Endpoints'], [false, true, false], statuses.map((s) => [
            escapeHtml(s.status),
            escapeHtml(format_formatNumber(s.count)),
            escapeHtml(s.endpoints.map((e) => `${e.name} (${format_formatNumber(e.count)})`).join(', ') || '–'),
        ])));
    }
    return `<section><h2>Errors</h2>\n${parts.join('\n')}</section>`;
}

;// CONCATENATED MODULE: ./src/report/scenario-figures.ts

/** The scenarios of the run, in order; empty for a run of one scenario. */
function scenario_figures_scenarioColumns(ctx) {
    const measured = ctx.measurements.scenarios ?? [];
    return measured.map((scenario) => {
        const settings = ctx.settings.scenarios?.find((one) => one.name === scenario.name);
        return {
            name: scenario.name,
            executor: scenario.executor,
            planned: settings ? plannedLoad(settings) : undefined,
            start: scenario.startTimeMs < 50 ? 'at the start' : `${formatElapsed(scenario.startTimeMs)} in`,
            measured: scenario,
            thresholds: ctx.evaluation.results.filter((result) => result.threshold.tags.scenario === scenario.name),
        };
    });
}
/** A scenario's planned load in words: `5 VUs for 30 s`, `2 req/s for 20 s (4–10 VUs)`, `3 iterations × 2 VUs`. */
function plannedLoad(scenario) {
    const vus = (n) => `${format_formatNumber(n)} VU${n === 1 ? '' : 's'}`;
    if (scenario.iterations) {
        const { kind, iterations } = scenario.iterations;
        return kind === 'per-vu'
            ? `${format_formatNumber(iterations)} iterations × ${vus(scenario.maxVus)}`
            : `${format_formatNumber(iterations)} iterations shared by ${vus(scenario.maxVus)}`;
    }
    if (scenario.model === 'open') {
        const pool = `${format_formatNumber(scenario.preAllocatedVus ?? 0)}–${vus(scenario.maxVus)}`;
        return `${describeStages(scenario.stages, 'req/s')} (${pool})`;
    }
    return describeStages(scenario.stages);
}
/** The rows of the side-by-side table: label, then one cell per scenario. */
function scenarioRows(columns) {
    const stats = columns.map((column) => column.measured.measurements.overall);
    const row = (label, cell) => ({
        label,
        cells: columns.map((_, i) => cell(i)),
    });
    return [
        row('Executor', (i) => columns[i].executor),
        row('Planned load', (i) => columns[i].planned ?? '—'),
        row('Starts', (i) => columns[i].start),
        row('Ran', (i) => formatElapsed(columns[i].measured.measurements.durationMs)),
        row('Requests', (i) => format_formatNumber(stats[i].requests)),
        row('req/s', (i) => formatRps(stats[i].rps)),
        row('p50', (i) => format_formatMs(stats[i].latency.p50)),
        row('p95', (i) => format_formatMs(stats[i].latency.p95)),
        row('p99', (i) => format_formatMs(stats[i].latency.p99)),
        row('Errors', (i) => format_formatPercent(format_errorPercent(stats[i]))),
        row('Thresholds', (i) => thresholdSummary(columns[i].thresholds)),
    ];
}
function thresholdSummary(results) {
    if (results.length === 0)
        return '—';
    const failed = results.filter((result) => result.status === 'fail').length;
    return failed > 0 ? `${failed} of ${results.length} failed` : `${results.length} held`;
}

// EXTERNAL MODULE: ./src/metrics/drift.ts
var metrics_drift = __webpack_require__(75938);
;// CONCATENATED MODULE: ./src/slo/reachability.ts
/** The classes of failure that happen before the target's HTTP server sees a request. */
const CLIENT_SIDE_CLASSES = ['tls', 'dns', 'connection_refused'];
/** What to check, by cause first, then by class. */
const UNTRUSTED_HINT = 'trust its CA with ca-file (a PEM bundle in the workspace), or for a test target only set insecure-tls: true; or check target-url';
const CAUSE_HINTS = {
    DEPTH_ZERO_SELF_SIGNED_CERT: UNTRUSTED_HINT,
    SELF_SIGNED_CERT_IN_CHAIN: UNTRUSTED_HINT,
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: UNTRUSTED_HINT,
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: UNTRUSTED_HINT,
    UNABLE_TO_GET_ISSUER_CERT: UNTRUSTED_HINT,
    CERT_HAS_EXPIRED: "renew the target's certificate, or check target-url",
    CERT_NOT_YET_VALID: "check the target's certificate and the runner's clock",
    ERR_TLS_CERT_ALTNAME_INVALID: 'check the host name in target-url, or name the one in the certificate with tls-server-name (or a Host header)',
    LOADGATE_PROXY_REFUSED: 'check the proxy (HTTPS_PROXY, HTTP_PROXY) allows the target, or exempt it with NO_PROXY',
    LOADGATE_PROXY_AUTH: 'give the proxy its credentials in HTTPS_PROXY (http://user:password@proxy:port)',
    ERR_SSL_WRONG_VERSION_NUMBER: "check target-url's scheme (http or https) and port",
};
const CLASS_HINTS = {
    tls: "check target-url's scheme and port, and the target's certificate",
    dns: 'check the host name in target-url',
    connection_refused: 'check that the target is up and listening at the port of target-url',
};
function reachability_sum(counts) {
    return Object.values(counts).reduce((total, n) => total + n, 0);
}
/** The failures in words: the one cause, or the two largest with their counts. */
function describeFailures(causes, failed) {
    const [first, second] = causes;
    if (!first)
        return undefined;
    const text = (c) => `${c.description} (${c.cause})`;
    if (first.count === failed || !second)
        return text(first);
    return `${text(first)} for ${first.count} of ${failed} requests, ${text(second)} for ${second.count}`;
}
/**
 * Why the run could not judge the target, or undefined when it could. A pure
 * function of the measurements (whole run), so results.json can be re-judged.
 */
function unreachableReason(m) {
    const { overall } = m;
    const setup = m.traffic?.setup ?? null;
    // Any response, to a gated request or to a login, shows the target was reached.
    if (overall.succeeded > 0 || reachability_sum(overall.statusCounts) > 0)
        return undefined;
    if (setup && (setup.succeeded > 0 || reachability_sum(setup.statusCounts) > 0))
        return undefined;
    let failed;
    let clientSide;
    let mainClass;
    if (overall.requests > 0) {
        failed = overall.failed;
        clientSide = CLIENT_SIDE_CLASSES.reduce((total, c) => total + overall.errors[c], 0);
        mainClass = CLIENT_SIDE_CLASSES.reduce((a, b) => (overall.errors[b] > overall.errors[a] ? b : a));
    }
    else if (setup && setup.requests > 0) {
        // No gated request was sent because every login failed: judge those.
        failed = setup.failed;
        clientSide = CLIENT_SIDE_CLASSES.reduce((total, c) => total + (setup.failures[c] ?? 0), 0);
        mainClass = CLIENT_SIDE_CLASSES.reduce((a, b) => (setup.failures[b] ?? 0) > (setup.failures[a] ?? 0) ? b : a);
    }
    else {
        return undefined;
    }
    if (failed === 0 || clientSide !== failed)
        return undefined;
    const causes = overall.requests > 0 ? (m.errorCauses ?? []) : [];
    const what = describeFailures(causes, failed) ?? `every request failed (${mainClass})`;
    const top = causes[0];
    const hint = (top && CAUSE_HINTS[top.cause]) ?? CLASS_HINTS[top?.errorClass ?? mainClass];
    // Through a proxy, a refused or failed connection may be the proxy's: say which one was used.
    const proxy = m.transport?.proxy
        ? ` (the load went through the proxy ${m.transport.proxy}: check it and NO_PROXY too)`
        : '';
    return `no request reached the target: ${what}${hint ? ` — ${hint}` : ''}${proxy}`;
}

;// CONCATENATED MODULE: ./src/slo/types.ts
/**
 * Verdicts, from best to worst. `inconclusive`: the figures cannot judge the target (the
 * load generator was the bottleneck, the plan did not run to its end, a threshold or a
 * comparison with the baseline could not be decided); `Evaluation.reasons` says why.
 * `error`: the gate could not run (bad input), or ran but no request reached the target
 * (see reachability.ts).
 */
const VERDICTS = ['pass', 'marginal', 'fail', 'inconclusive', 'error'];

;// CONCATENATED MODULE: ./src/slo/verdict.ts




/** No request reached the target (TLS trust, DNS, refused from the start): the gate, not the canary, is at fault. */
const unreachableTarget = (_thresholds, m) => {
    const reason = unreachableReason(m);
    return reason === undefined ? [] : [{ verdict: 'error', reason }];
};
/** The load generator, not the target, was the bottleneck: no figure can be trusted, a breach neither. */
const generatorBottleneck = (_thresholds, m) => (m.generator?.bottleneck ?? []).map((why) => ({
    verdict: 'inconclusive',
    reason: `the load generator, not the target, was the bottleneck: ${why}`,
}));
/** The load stopped before its plan ended (not by an abortOnFail breach, which fails). */
const partialPlan = (_thresholds, m) => {
    const plan = m.plan;
    if (plan === undefined || plan.completed || m.abortedBy !== undefined)
        return [];
    return [{ verdict: 'inconclusive', reason: describePlan(plan), unlessFail: true }];
};
/** A threshold the data cannot decide either way (e.g. a lower bound against an upper limit). */
const undecidedThresholds = (thresholds) => thresholds.results
    .filter((result) => result.status === 'inconclusive' && !result.threshold.relative && !(0,server_metric_measure/* unreadSeries */.tD)(result))
    .map((result) => ({
    verdict: 'inconclusive',
    reason: `${result.threshold.source} cannot be decided${result.note ? `: ${result.note}` : ''}`,
    unlessFail: true,
}));
/** A comparison with the baseline that could not tell: how much longer a run would likely need. */
const undecidedComparisons = (thresholds) => (0,baseline_comparison/* comparisonReasons */.Rm)(thresholds.results).map((reason) => ({
    verdict: 'inconclusive',
    reason,
    unlessFail: true,
}));
/**
 * The metrics store could not give a server metric a threshold names (the query failed,
 * found no series or several): that threshold cannot pass, and the canary was not shown
 * to be bad, so it is no rollback either. A breach measured elsewhere still fails.
 */
const unreadableServerMetrics = (thresholds) => thresholds.results.filter(server_metric_measure/* unreadSeries */.tD).map((result) => ({
    verdict: 'inconclusive',
    reason: `${result.threshold.source} has no data from the metrics source${result.note ? `: ${result.note}` : ''}`,
    unlessFail: true,
}));
const VERDICT_RULES = [
    unreachableTarget,
    generatorBottleneck,
    partialPlan,
    undecidedThresholds,
    undecidedComparisons,
    unreadableServerMetrics,
];
/** The thresholds' evaluation with the final verdict and the reasons that shaped it. */
function decideVerdict(thresholds, measurements, rules = VERDICT_RULES) {
    const findings = rules
        .flatMap((rule) => rule(thresholds, measurements))
        .filter((finding) => !(finding.unlessFail && thresholds.verdict === 'fail'));
    let verdict = thresholds.verdict;
    for (const finding of findings)
        if (rank(finding.verdict) > rank(verdict))
            verdict = finding.verdict;
    return { ...thresholds, verdict, reasons: [...thresholds.reasons, ...findings.map((f) => f.reason)] };
}
function rank(verdict) {
    return VERDICTS.indexOf(verdict);
}
/** `ran 2.0 s of a 30 s plan (7 %): cancelled (SIGTERM)`. */
function describePlan(plan) {
    const ran = `ran ${seconds(plan.ranMs)} of a ${seconds(plan.plannedMs)} plan (${percent(plan.fraction)})`;
    return plan.stoppedBy ? `${ran}: ${plan.stoppedBy}` : ran;
}
function seconds(ms) {
    const s = ms / 1000;
    return `${s >= 10 && Number.isInteger(s) ? s : s.toFixed(1)} s`;
}
function percent(fraction) {
    const value = fraction * 100;
    return `${value >= 1 || value === 0 ? Math.round(value) : value.toFixed(1)} %`;
}

;// CONCATENATED MODULE: ./src/report/verdict-notes.ts


/**
 * Why the verdict is what it is beyond the thresholds (slo/verdict.ts); empty when the
 * thresholds decided alone. A reason whose detail is empty (a bottleneck named without
 * its cause, as a merged or imported results.json may have) is said without the dangling
 * `: `, and a blank one not at all.
 */
function verdictReasons(evaluation) {
    return evaluation.reasons
        .map((reason) => reason.trim().replace(/[\s:;,.]+$/u, ''))
        .filter((reason) => reason.length > 0);
}
/** The generator's named causes of a bottleneck, blanks left out. */
function bottleneckCauses(generator) {
    return (generator?.bottleneck ?? []).map((why) => why.trim()).filter((why) => why.length > 0);
}
/** `ran 2.0 s of a 30 s plan (7 %): cancelled (SIGTERM)` when the plan did not run to its end; else undefined. */
function partialPlanNote(measurements) {
    const plan = measurements.plan;
    return plan && !plan.completed ? describePlan(plan) : undefined;
}
/** `320 req/s`, `at least 640 req/s`, or `0 req/s (the first step, 30 req/s, already broke)`. */
function capacityText(breakpoint) {
    if (breakpoint.steps.length === 0)
        return 'not measured (no step ran to its end)';
    if (breakpoint.capacityBound === 'at-least') {
        return `at least ${formatRps(breakpoint.capacityRps)} (no step broke)`;
    }
    if (breakpoint.capacityRps === 0) {
        return `0 req/s (the first step, ${formatRps(breakpoint.steps[0].rate)}, already broke)`;
    }
    return formatRps(breakpoint.capacityRps);
}
/** Said beside the step table: what part of each step its figures cover. */
const STEADY_PART_NOTE = 'Each step is judged on its steady part only (the "Judged" seconds): the seconds right after the rate changed are left out.';
/** A step's judged window, `0.5–1 s` (seconds since the start of the load). */
function judgedWindow(step) {
    const seconds = (ms) => Math.round(ms / 100) / 10;
    return `${seconds(step.judgedFromMs)}–${seconds(step.judgedToMs)} s`;
}

;// CONCATENATED MODULE: ./src/report/load-model-section.ts
/**
 * The report's account of how the load was generated and whether it can be trusted:
 * the open model's target and achieved rates, dropped requests and both latencies
 * (from the intended and from the actual send time), why the load stopped early, the
 * generator's self-check, the breakpoint steps and the soak drift. Lines of markdown,
 * also used for the job summary.
 */




/** p50, p95, p99 and max, or dashes when nothing was measured. Shared with report.html. */
function latencyCells(latency) {
    const ms = (value) => (latency.count > 0 ? format_formatMs(value) : '–');
    return [ms(latency.p50), ms(latency.p95), ms(latency.p99), ms(latency.max)];
}
/** The open model's rates, drops and concurrency as label/value pairs. Shared with report.html. */
function arrivalFacts(arrival) {
    const share = arrival.targetRps > 0 ? (arrival.achievedRps / arrival.targetRps) * 100 : 0;
    return [
        ['Target rate', `${formatRps(arrival.targetRps)} (${countOf(arrival.scheduled, 'request')} scheduled)`],
        [
            'Achieved rate',
            `${formatRps(arrival.achievedRps)} (${format_formatPercent(share)} of the target, ${format_formatNumber(arrival.sent)} sent)`,
        ],
        ['Dropped requests', format_formatNumber(arrival.dropped)],
        [
            'In flight',
            `peak ${format_formatNumber(arrival.peakInFlight)} of max-vus ${format_formatNumber(arrival.maxVus)}, over ${format_formatNumber(arrival.connections)} connections`,
        ],
    ];
}
/** A breakpoint step's figures: rate, achieved, requests, p95, errors, dropped, the seconds judged. Shared with report.html. */
function breakpointStepCells(step) {
    return [
        formatRps(step.rate),
        formatRps(step.achievedRps),
        format_formatNumber(step.requests),
        format_formatMs(step.p95),
        format_formatPercent(step.errorRate * 100),
        format_formatNumber(step.dropped),
        judgedWindow(step),
    ];
}
/** The generator's own figures in one line, without the judgement. Shared with report.html. */
function generatorFigures(health) {
    return (`Event-loop lag p99 ${format_formatMs(health.eventLoopLagP99Ms)} (max ${format_formatMs(health.eventLoopLagMaxMs)}) · ` +
        `CPU ${format_formatPercent(health.cpuPercent)} of one core · peak RSS ${format_formatNumber(health.peakRssMb, 1)} MB`);
}
/** Plain-text lines (no user text) saying what the run says about itself, for the findings. */
function loadModelNotes(ctx) {
    const m = ctx.measurements;
    const notes = [];
    if (m.abortedBy) {
        notes.push(`The load was stopped at ${formatElapsed(m.abortedBy.atMs)} because "${m.abortedBy.threshold}" failed at two evaluations in a row (abortOnFail).`);
    }
    if (m.arrival && m.arrival.dropped > 0) {
        notes.push(`${partOf(m.arrival.dropped, m.arrival.scheduled, 'scheduled request')} ${m.arrival.dropped === 1 ? 'was' : 'were'} dropped: ` +
            `all ${format_formatNumber(m.arrival.maxVus)} slots (max-vus) were busy until they had waited the request timeout.`);
    }
    if (m.breakpoint) {
        const bp = m.breakpoint;
        notes.push(bp.capacityBound === 'at-least' && bp.steps.length > 0
            ? `Capacity: at least ${formatRps(bp.capacityRps)}; every step held, so the knee lies above the staircase.`
            : bp.capacityRps > 0
                ? `Capacity: every SLO held up to ${formatRps(bp.capacityRps)}.`
                : `Capacity: ${capacityText(bp)}.`);
    }
    if (m.drift && m.drift.latencyRatio > metrics_drift/* DRIFT_RATIO_LIMIT */.a) {
        notes.push(`Latency drifted over the soak: p95 ${format_formatMs(m.drift.firstTenthP95)} in the first tenth, ${format_formatMs(m.drift.lastTenthP95)} in the last (×${m.drift.latencyRatio}).`);
    }
    return notes;
}
function loadModelSection(ctx) {
    const m = ctx.measurements;
    const lines = [];
    const notes = loadModelNotes(ctx);
    if (notes.length > 0)
        lines.push('', '## How the run went', '', ...notes.map((note) => `- ${note}`));
    const arrival = m.arrival;
    if (arrival) {
        lines.push('', '### Arrival rate (open model)', '', '| | |', '| --- | --- |', ...arrivalFacts(arrival).map(([label, value]) => `| ${label} | ${value} |`), '', 'Latency is measured from the **intended** send time (corrected for coordinated omission); ' +
            'thresholds use it. The uncorrected figure, from the actual send, is shown for comparison: ' +
            'a large gap means requests queued behind a slow or stalled target.', '', '| Latency | p50 | p95 | p99 | max |', '| --- | ---: | ---: | ---: | ---: |', `| from the intended send (corrected) | ${latencyCells(m.overall.latency).join(' | ')} |`, `| from the actual send (uncorrected) | ${latencyCells(arrival.uncorrectedLatency).join(' | ')} |`);
    }
    const breakpoint = m.breakpoint;
    if (breakpoint && breakpoint.steps.length > 0) {
        lines.push('', '### Breakpoint steps', '', `Capacity (highest rate at which every SLO held): **${capacityText(breakpoint)}**. ` +
            'The verdict and the SLO table read the data of that step. ' +
            STEADY_PART_NOTE, '', '| Rate | Achieved | Requests | p95 | Errors | Dropped | Judged | Held |', '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |', ...breakpoint.steps.map((step) => `| ${breakpointStepCells(step).join(' | ')} | ` +
            `${step.held ? '✅' : `❌ ${countOf(step.failed.length, 'SLO')} failed`} |`));
    }
    const drift = m.drift;
    if (drift) {
        lines.push('', '### Soak drift (first tenth against last tenth)', '', '| | first tenth | last tenth |', '| --- | ---: | ---: |', `| p95 latency (median of the seconds) | ${format_formatMs(drift.firstTenthP95)} | ${format_formatMs(drift.lastTenthP95)} |`, `| load generator memory (RSS) | ${format_formatNumber(drift.rssFirstTenthMb, 1)} MB | ${format_formatNumber(drift.rssLastTenthMb, 1)} MB |`);
    }
    const health = m.generator;
    if (health) {
        lines.push('', '### Load generator self-check', '', `${generatorFigures(health)} · ` +
            (health.bottleneck.length > 0
                ? '**the generator was the bottleneck** (verdict inconclusive).'
                : 'the generator kept up.'));
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/report/threshold-note.ts
/**
 * The note beside a threshold in the reports' SLO tables: what the threshold asks in
 * words, then how the run stood against it (its margin, the marginal band it fell in, or
 * why it could not be judged). Plain text; callers escape it for their format.
 */



const OPERATOR_WORDS = {
    '<': 'below',
    '<=': 'at most',
    '>': 'above',
    '>=': 'at least',
    '==': 'exactly',
    '!=': 'other than',
};
/** What a metric measures, for the aggregations that read as "<aggregation> <words>". */
const METRIC_WORDS = {
    http_req_duration: 'request latency',
    http_req_failed: 'share of failed requests',
    checks: 'share of passed checks',
    dropped_requests: 'dropped requests',
    isolation_violations: 'isolation violations',
    capacity_rps: 'capacity (highest rate at which every SLO held)',
};
/** Counters read as a total (`count`) or per second (`rate`). */
const COUNTER_WORDS = {
    http_reqs: { count: 'number of completed requests', rate: 'throughput' },
    data_received: { count: 'bytes received', rate: 'rate of bytes received' },
    data_sent: { count: 'bytes sent', rate: 'rate of bytes sent' },
    dropped_requests: { count: 'number of dropped requests', rate: 'rate of dropped requests' },
    isolation_violations: { count: 'number of isolation violations', rate: 'rate of isolation violations' },
};
/** `95th`, `99.9th`, `1st`, `12th`. */
function ordinal(n) {
    if (!Number.isInteger(n))
        return `${n}th`;
    const tens = n % 100;
    if (tens >= 11 && tens <= 13)
        return `${n}th`;
    const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
    return `${n}${suffix}`;
}
function statisticWords(threshold) {
    const { metric, aggregation } = threshold;
    const counter = COUNTER_WORDS[metric];
    if (counter && (aggregation === 'count' || aggregation === 'rate'))
        return counter[aggregation];
    const words = METRIC_WORDS[metric] ?? (0,metric_catalog/* findMetric */.GF)(metric)?.description ?? metric;
    switch (aggregation) {
        case 'p':
            return `${ordinal(threshold.percentile ?? 0)}-percentile ${words}`;
        case 'avg':
            return `mean ${words}`;
        case 'med':
            return `median ${words}`;
        case 'min':
            return `lowest ${words}`;
        case 'max':
            return `highest ${words}`;
        case 'count':
            return `total ${words}`;
        case 'last':
            return `last sampled ${words}`;
        case 'rate':
        case 'value':
            return words;
    }
}
function scopeWords(tags) {
    const entries = Object.entries(tags);
    if (entries.length === 0)
        return ' over the whole run';
    return ` for ${entries.map(([key, value]) => `${key} ${value}`).join(', ')}`;
}
/** `95th-percentile request latency over the whole run must stay below 250 ms`. */
function thresholdMeaning(threshold) {
    const unit = (0,metric_catalog/* thresholdValueUnit */.LM)(threshold);
    const limit = threshold.relative
        ? (0,relative_limits/* writeRelativeLimit */.lJ)(threshold.relative, unit).replace(/\*/g, '×')
        : formatThresholdValue(threshold, threshold.limit);
    const verb = threshold.operator === '<' || threshold.operator === '<=' ? 'must stay' : 'must be';
    return `${statisticWords(threshold)}${scopeWords(threshold.tags)} ${verb} ${OPERATOR_WORDS[threshold.operator]} ${limit}`;
}
/** `68 ms (27 %) under the limit`, `20 req/s (20 %) short of it`; undefined when it has no direction. */
function margin(threshold, actual) {
    const { operator, limit } = threshold;
    const upper = operator === '<' || operator === '<=';
    if (!upper && operator !== '>' && operator !== '>=')
        return undefined;
    const unit = (0,metric_catalog/* thresholdValueUnit */.LM)(threshold);
    const diff = upper ? limit - actual : actual - limit;
    const size = Math.abs(diff);
    const amount = unit === 'ratio'
        ? `${format_formatPercent(size * 100).replace(' %', '')} percentage points`
        : formatThresholdValue(threshold, size);
    // A share of the limit helps up to 100 %; beyond it (3,000 % over) the amount says more.
    const percent = limit > 0 ? (size / limit) * 100 : Infinity;
    const share = unit !== 'ratio' && percent < 100 ? ` (${format_formatPercent(percent)})` : '';
    if (size === 0)
        return 'exactly at the limit';
    if (diff > 0)
        return `${amount}${share} ${upper ? 'under' : 'above'} the limit`;
    return `${amount}${share} ${upper ? 'over' : 'short of'} the limit`;
}
const capitalise = (text) => text.charAt(0).toUpperCase() + text.slice(1);
/**
 * The whole note: the meaning, then the run's standing. A note the evaluation gave (no
 * data, a marginal band, a comparison with the baseline) is kept; the margin is added to
 * it for a plain limit.
 */
function thresholdNote(result) {
    const { threshold, actual, status, note } = result;
    const meaning = `${capitalise(thresholdMeaning(threshold))}.`;
    const standing = actual === null || threshold.relative ? undefined : margin(threshold, actual);
    const measured = actual === null
        ? undefined
        : `${formatThresholdValue(threshold, actual)}${standing ? `, ${standing}` : ''}`;
    if (note) {
        const said = capitalise(note.trim().replace(/\.$/u, ''));
        return `${meaning} ${said}${measured && !threshold.relative ? `: ${measured}` : ''}.`;
    }
    if (measured === undefined)
        return `${meaning} No data to judge it.`;
    const lead = status === 'pass' ? 'Met' : status === 'fail' ? 'Failed' : capitalise(status);
    return `${meaning} ${lead}: ${measured}.`;
}

;// CONCATENATED MODULE: ./src/report/html/breakable-threshold.ts
/**
 * A threshold as HTML that a narrow column wraps only between its parts: after `{`, `,`,
 * `:` and `/`, and before a comparison, never inside a metric name, a number or a unit
 * (`p(95)<20 ms` stays whole, the browser is given no place to cut `ms`).
 */

/** Where a line may end: after these characters … */
const BREAK_AFTER = new Set(['{', ',', ':', '/']);
/** … and before a run of these (the comparison), unless the run already began. */
const COMPARISON = new Set(['<', '>', '=', '!']);
function breakableThreshold(source) {
    const chars = [...source];
    let out = '';
    chars.forEach((char, i) => {
        const previous = chars[i - 1];
        if (COMPARISON.has(char) && previous !== undefined && !COMPARISON.has(previous) && previous !== ' ')
            out += '<wbr>';
        out += escapeHtml(char);
        const next = chars[i + 1];
        if (BREAK_AFTER.has(char) && next !== undefined && next !== ' ')
            out += '<wbr>';
    });
    return out;
}

;// CONCATENATED MODULE: ./src/report/transport-text.ts
const PROTOCOL_WORDS = {
    h2: 'HTTP/2 (h2)',
    'http/1.1': 'HTTP/1.1',
    mixed: 'HTTP/2 and HTTP/1.1 (connections differed)',
    none: 'no connection was opened',
};
/** The connection in one line, such as `HTTP/2 (h2) · through the proxy proxy:3128 (latency includes it)`. */
function transportLine(transport) {
    if (!transport)
        return undefined;
    const parts = [PROTOCOL_WORDS[transport.protocol]];
    if (transport.http2Offered && transport.protocol === 'http/1.1')
        parts.push('HTTP/2 offered, the target chose HTTP/1.1');
    if (transport.proxy)
        parts.push(`through the proxy ${transport.proxy} (latency includes it)`);
    parts.push(...tlsParts(transport.tls));
    for (const { host, port, address } of transport.resolve ?? [])
        parts.push(`resolve ${host}:${port} → ${address}`);
    return parts.join(' · ');
}
function tlsParts(tls) {
    if (!tls)
        return [];
    return [
        ...(tls.verified ? [] : ['TLS certificate NOT verified (insecure-tls)']),
        ...(tls.caFile
            ? [
                `CA bundle ${tls.caFile} (${tls.caCertificates === 1 ? '1 certificate' : `${tls.caCertificates ?? 0} certificates`})`,
            ]
            : []),
        ...(tls.clientCertificate ? [`client certificate ${tls.clientCertificate}`] : []),
        ...(tls.serverName ? [`TLS server name ${tls.serverName}`] : []),
    ];
}
/** The warning every report carries when certificates were not checked. */
function insecureTlsWarning(transport) {
    return transport?.tls && !transport.tls.verified
        ? "The target's TLS certificate was not verified (insecure-tls: true): this run cannot tell the canary from anything else answering at that address."
        : undefined;
}

;// CONCATENATED MODULE: ./src/report/source-text.ts
/** Files named in the header before the rest are counted. */
const MAX_FILES_NAMED = 4;
function describeSource(source) {
    const files = source.files;
    const named = files.slice(0, MAX_FILES_NAMED).join(', ');
    const more = files.length > MAX_FILES_NAMED ? ` and ${files.length - MAX_FILES_NAMED} more` : '';
    const what = source.kind === 'k6-summary'
        ? 'an end-of-test summary (aggregates only)'
        : files.length === 1
            ? 'one NDJSON stream'
            : `${files.length} NDJSON streams merged`;
    return `k6: ${what} (${named}${more})`;
}

;// CONCATENATED MODULE: ./src/report/scenarios-text.ts
/** The text summary's lines per scenario (with `scenarios:`): what each ran and measured, k6-style. */


const WIDTH = 24;
function dotted(label, value) {
    return `      ${label}${'.'.repeat(Math.max(2, WIDTH - label.length))}: ${value}`;
}
function scenarioTextLines(ctx) {
    const columns = scenarioColumns(ctx);
    if (columns.length === 0)
        return [];
    const lines = ['', '  SCENARIOS'];
    for (const column of columns) {
        const { overall } = column.measured.measurements;
        const l = overall.latency;
        lines.push('', `    ${column.name} (${[column.executor, column.planned, column.start].filter(Boolean).join(', ')})`, dotted('http_req_duration', l.count === 0
            ? 'no data'
            : `med=${formatMs(l.p50)} p(95)=${formatMs(l.p95)} p(99)=${formatMs(l.p99)}`.replaceAll(' ms', 'ms')), dotted('http_req_failed', `${formatPercent(errorPercent(overall))}  ${formatNumber(overall.failed)} of ${formatNumber(overall.requests)}`), dotted('http_reqs', `${formatNumber(overall.requests)}  ${formatNumber(overall.rps, 1)}/s`));
        for (const result of column.thresholds)
            lines.push(`      ${result.status === 'fail' ? '✗' : '✓'} ${result.threshold.source}`);
    }
    return lines;
}
/** The header's load line: the scenarios by name and executor, or the one load's stages. */
function loadLine(ctx) {
    const scenarios = ctx.settings.scenarios;
    if (!scenarios?.length)
        return describeStages(ctx.settings.stages, stageUnit(ctx.settings));
    return `${scenarios.length} scenario${scenarios.length === 1 ? '' : 's'}: ${scenarios.map((s) => `${s.name} (${s.executor})`).join(', ')}`;
}
/** Endpoints of the run: with scenarios, the distinct names over all of them. */
function endpointCount(settings) {
    if (!settings.scenarios)
        return settings.endpoints.length;
    return new Set(settings.scenarios.flatMap((s) => s.endpoints.map((e) => e.name))).size;
}

;// CONCATENATED MODULE: ./src/report/html/html-sections.ts










const STATUS_LABELS = {
    pass: 'PASS',
    marginal: 'MARGINAL',
    fail: 'FAIL',
    inconclusive: 'INCONCLUSIVE',
};
function banner(ctx) {
    const { verdict, results } = ctx.evaluation;
    const count = (s) => results.filter((r) => r.status === s).length;
    const parts = [`${partOf(count('pass'), results.length, 'SLO')} met`];
    if (count('marginal'))
        parts.push(`${count('marginal')} marginal`);
    if (count('fail'))
        parts.push(`${count('fail')} failed`);
    if (count('inconclusive'))
        parts.push(`${count('inconclusive')} inconclusive`);
    const rollback = ctx.rollback
        ? '<span class="pill pill-fail">Rollback signalled</span>'
        : '<span class="pill">No rollback</span>';
    const partial = partialPlanNote(ctx.measurements);
    const stopped = ctx.measurements.stoppedEarly
        ? `<p class="stopped">Load stopped early: ${escapeHtml(ctx.measurements.stoppedEarly)}${partial ? ` (${escapeHtml(partial)})` : ''}</p>`
        : '';
    const reasons = verdictReasons(ctx.evaluation);
    const insecure = insecureTlsWarning(ctx.measurements.transport);
    const insecureNote = insecure ? `<p class="stopped">${escapeHtml(insecure)}</p>` : '';
    const why = verdict === 'error'
        ? reasons.map((reason) => `<p class="stopped">Not judged: ${escapeHtml(reason)}.</p>`).join('')
        : reasons.length > 0
            ? `<ul class="reasons">${reasons.map((reason) => `<li>${escapeHtml(reason)}</li>`).join('')}</ul>`
            : '';
    return `<header class="banner verdict-${escapeHtml(verdict)}">
<div class="verdict-word">${VERDICT_LABELS[verdict]}</div>
<div class="verdict-detail"><div class="verdict-line">${escapeHtml(parts.join(' · '))} ${rollback}</div>
<div class="target">${escapeHtml(displayUrl(ctx.settings.targetUrl))}${ctx.settings.environment ? ` · environment <b>${escapeHtml(ctx.settings.environment)}</b>` : ''}</div>${stopped}${why}${insecureNote}</div>
</header>`;
}
function keyFigures(ctx) {
    const o = ctx.measurements.overall;
    const cards = [
        ['Requests', format_formatNumber(o.requests)],
        ['Throughput', formatRps(o.rps)],
        ['Errors', `${format_formatPercent(format_errorPercent(o))} (${format_formatNumber(o.failed)})`],
        ['p50', format_formatMs(o.latency.p50)],
        ['p95', format_formatMs(o.latency.p95)],
        ['p99', format_formatMs(o.latency.p99)],
        ['Duration', `${format_formatNumber(ctx.measurements.durationMs / 1000, 1)} s`],
        ['Max VUs', format_formatNumber(ctx.measurements.maxVusReached)],
        // Time to first byte beside the whole duration: a slow server or a slow body (report.md's Request timing).
        ...(o.timings ? [['TTFB p95', format_formatMs(o.timings.phases.waiting.p95)]] : []),
    ];
    return `<section class="cards">${cards
        .map(([label, value]) => `<div class="card"><div class="card-label">${escapeHtml(label)}</div><div class="card-value">${escapeHtml(value)}</div></div>`)
        .join('')}</section>`;
}
function sloTable(ctx) {
    if (ctx.evaluation.results.length === 0)
        return '<section><h2>SLOs</h2><p class="muted">No thresholds were set.</p></section>';
    const rows = ctx.evaluation.results.map((r) => `<tr class="row-${r.status}">
<td data-label="Status"><span class="badge badge-${r.status}">${STATUS_LABELS[r.status]}</span></td>
<td data-label="Threshold"><code class="threshold">${breakableThreshold(r.threshold.source)}</code><div class="origin">${escapeHtml(r.threshold.origin)}</div></td>
<td data-label="Actual" class="num">${escapeHtml(formatThresholdValue(r.threshold, r.actual))}</td>
<td data-label="Limit" class="limit">${escapeHtml(formatCondition(r.threshold))}</td>
<td data-label="Note" class="note">${escapeHtml(thresholdNote(r))}</td>
</tr>`);
    return `<section><h2>SLOs</h2>
<div class="table-wrap"><table class="slo-table"><thead><tr><th>Status</th><th>Threshold</th><th class="num">Actual</th><th>Limit</th><th>Note</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div></section>`;
}
function endpointTable(ctx) {
    const rows = [
        ...ctx.measurements.endpoints.map((e) => ({
            label: e.name,
            detail: `${e.method} ${e.path}`,
            stats: e,
        })),
        { label: 'All endpoints', detail: '', stats: ctx.measurements.overall },
    ];
    const cells = rows.map(({ label, detail, stats }) => {
        const errorClass = stats.failed > 0 ? ' class="num has-errors"' : ' class="num"';
        return `<tr><td><b>${escapeHtml(label)}</b>${detail && detail !== label ? `<div class="origin">${escapeHtml(detail)}</div>` : ''}</td>
<td class="num">${format_formatNumber(stats.requests)}</td><td class="num">${escapeHtml(formatRps(stats.rps))}</td>
<td${errorClass}>${escapeHtml(format_formatPercent(format_errorPercent(stats)))}</td>
<td class="num">${escapeHtml(format_formatMs(stats.latency.p50))}</td><td class="num">${escapeHtml(format_formatMs(stats.latency.p95))}</td>
<td class="num">${escapeHtml(format_formatMs(stats.latency.p99))}</td><td class="num">${escapeHtml(format_formatMs(stats.latency.max))}</td>
<td>${escapeHtml(statusSummary(stats))}</td></tr>`;
    });
    return `<section><h2>Endpoints</h2>
<div class="table-wrap"><table class="wide"><thead><tr><th>Endpoint</th><th class="num">Requests</th><th class="num">Throughput</th><th class="num">Errors</th><th class="num">p50</th><th class="num">p95</th><th class="num">p99</th><th class="num">Max</th><th>Status codes / errors</th></tr></thead>
<tbody>${cells.join('\n')}</tbody></table></div></section>`;
}
function latencyRow(label, latency) {
    return `<tr><td>${escapeHtml(label)}</td>${latencyCells(latency)
        .map((cell) => `<td class="num">${escapeHtml(cell)}</td>`)
        .join('')}</tr>`;
}
/**
 * How the load was generated and whether its figures can be trusted, as in report.md's
 * "How the run went": notes, the open model's rates and both latencies, the breakpoint
 * steps, the soak drift and the generator's self-check.
 */
function runSection(ctx) {
    const m = ctx.measurements;
    const parts = [];
    const notes = loadModelNotes(ctx);
    if (notes.length > 0)
        parts.push(`<ul>${notes.map((note) => `<li>${escapeHtml(note)}</li>`).join('')}</ul>`);
    const a = m.arrival;
    if (a) {
        const rows = arrivalFacts(a).map(([label, value]) => `<tr><th>${escapeHtml(label)}</th><td${label === 'Dropped requests' && a.dropped > 0 ? ' class="has-errors"' : ''}>${escapeHtml(value)}</td></tr>`);
        parts.push(`<h3>Arrival rate (open model)</h3>
<table class="settings"><tbody>
${rows.join('\n')}
</tbody></table>
<div class="table-wrap"><table><thead><tr><th>Latency</th><th class="num">p50</th><th class="num">p95</th><th class="num">p99</th><th class="num">Max</th></tr></thead><tbody>
${latencyRow('from the intended send (corrected; thresholds use it)', m.overall.latency)}
${latencyRow('from the actual send (uncorrected)', a.uncorrectedLatency)}
</tbody></table></div>`);
    }
    const breakpoint = m.breakpoint;
    if (breakpoint && breakpoint.steps.length > 0) {
        const rows = breakpoint.steps.map((step) => `<tr class="row-${step.held ? 'pass' : 'fail'}">${breakpointStepCells(step)
            .map((cell) => `<td class="num">${escapeHtml(cell)}</td>`)
            .join('')}` +
            `<td>${step.held ? 'held' : `${countOf(step.failed.length, 'SLO')} failed`}</td></tr>`);
        parts.push(`<h3>Breakpoint steps</h3>
<p>Capacity (highest rate at which every SLO held): <b>${escapeHtml(capacityText(breakpoint))}</b>. ${escapeHtml(STEADY_PART_NOTE)}</p>
<div class="table-wrap"><table><thead><tr><th class="num">Rate</th><th class="num">Achieved</th><th class="num">Requests</th><th class="num">p95</th><th class="num">Errors</th><th class="num">Dropped</th><th class="num">Judged</th><th>Held</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div>`);
    }
    const drift = m.drift;
    if (drift) {
        parts.push(`<h3>Soak drift (first tenth against last tenth)</h3>
<table class="settings"><tbody>
<tr><th>p95 latency</th><td>${escapeHtml(format_formatMs(drift.firstTenthP95))} → ${escapeHtml(format_formatMs(drift.lastTenthP95))}</td></tr>
<tr><th>Generator memory (RSS)</th><td>${escapeHtml(format_formatNumber(drift.rssFirstTenthMb, 1))} MB → ${escapeHtml(format_formatNumber(drift.rssLastTenthMb, 1))} MB</td></tr>
</tbody></table>`);
    }
    const g = m.generator;
    if (g) {
        const causes = bottleneckCauses(g);
        const verdict = g.bottleneck.length === 0
            ? 'the generator kept up.'
            : `<b class="has-errors">the generator was the bottleneck</b> (verdict inconclusive)${causes.length > 0 ? `: ${escapeHtml(causes.join('; '))}` : '.'}`;
        parts.push(`<h3>Load generator self-check</h3>
<p>${escapeHtml(generatorFigures(g))} · ${verdict}</p>`);
    }
    return parts.length === 0 ? '' : `<section><h2>How the run went</h2>\n${parts.join('\n')}</section>`;
}
function statusSummary(stats) {
    const codes = Object.entries(stats.statusCounts)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([code, n]) => `${code}: ${format_formatNumber(n)}`);
    const errors = Object.entries(stats.errors)
        .filter(([cls, n]) => n > 0 && cls !== 'http_4xx' && cls !== 'http_5xx')
        .map(([cls, n]) => `${cls}: ${format_formatNumber(n)}`);
    return [...codes, ...errors].join(', ');
}
function settingsSection(ctx) {
    const s = ctx.settings;
    // Header values may be credentials: only their names are shown, anywhere in the page.
    const headerNames = [
        ...new Set([...Object.keys(s.headers), ...s.endpoints.flatMap((e) => Object.keys(e.headers))]),
    ];
    const rows = [
        ['Target', displayUrl(s.targetUrl)],
        ['Environment', s.environment ?? '—'],
        ['Config file', s.configPath ?? '—'],
        ctx.measurements.source
            ? ['Results of', describeSource(ctx.measurements.source)]
            : ['Load shape', s.scenarios ? loadLine(ctx) : describeStages(s.stages, stageUnit(s))],
        ['Request timeout', format_formatMs(s.timeoutMs)],
        ['Connection', transportLine(ctx.measurements.transport) ?? '—'],
        [
            'Request mix',
            s.scenarios
                ? 'per scenario (see Scenarios)'
                : s.endpoints.map((e) => `${e.name} ×${format_formatNumber(e.weight, 2)}`).join(', '),
        ],
        ['Headers sent', headerNames.length ? `${headerNames.join(', ')} (values not shown)` : '—'],
        ['Fail on breach', String(s.failOnBreach)],
        ['Auto rollback', String(s.autoRollback)],
    ];
    return `<section><h2>Run settings</h2><table class="settings"><tbody>${rows
        .map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`)
        .join('')}</tbody></table></section>`;
}

;// CONCATENATED MODULE: ./src/report/html/html-scenarios.ts



function scenariosHtmlSection(ctx) {
    const columns = scenario_figures_scenarioColumns(ctx);
    if (columns.length === 0)
        return '';
    const head = columns.map((column) => `<th class="num">${escapeHtml(column.name)}</th>`).join('');
    const rows = scenarioRows(columns).map((row) => `<tr><td>${escapeHtml(row.label)}</td>${row.cells.map((cell) => `<td class="num">${escapeHtml(cell)}</td>`).join('')}</tr>`);
    const thresholds = columns.flatMap((column) => column.thresholds.map((result) => `<li><span class="badge badge-${result.status}">${STATUS_LABELS[result.status]}</span> <b>${escapeHtml(column.name)}</b>: <code>${escapeHtml(result.threshold.source)}</code></li>`));
    return `<section id="scenarios"><h2>Scenarios</h2>
<div class="table-wrap"><table class="wide scenarios"><thead><tr><th></th>${head}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div>${thresholds.length > 0 ? `\n<ul class="scenario-thresholds">${thresholds.join('')}</ul>` : ''}</section>`;
}

;// CONCATENATED MODULE: ./src/report/html/html-report.ts
/**
 * report.html: one self-contained page (inline CSS, inline SVG charts, no script and
 * no network), so it opens the same from a downloaded artifact as from a file share.
 *
 * The charts are drawn here as plain SVG rather than with a chart library: a run has
 * at most a few thousand one-second points and three simple chart shapes, which a
 * hundred lines of SVG cover, while an inlined library would add hundreds of KB of
 * script to every artifact and need JavaScript enabled to show anything.
 */









/** The whole page. Every piece of run data is escaped; header values never appear. */
function renderHtmlReport(ctx) {
    const title = `loadgate ${VERDICT_LABELS[ctx.evaluation.verdict]}: ${displayUrl(ctx.settings.targetUrl)}`;
    const runLink = ctx.runUrl ? ` · <a href="${escapeHtml(ctx.runUrl)}">workflow run</a>` : '';
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="loadgate ${escapeHtml(ctx.toolVersion)}">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>loadgate performance gate</h1>
${banner(ctx)}
${keyFigures(ctx)}
${sloTable(ctx)}
${chartsSection(ctx)}
${serverMetricsCharts(ctx)}
${baselineHtmlSection(ctx)}
${scenariosHtmlSection(ctx)}
${endpointTable(ctx)}
${errorSection(ctx)}
${runSection(ctx)}
${settingsSection(ctx)}
<footer>Generated ${escapeHtml(ctx.generatedAt)} by loadgate ${escapeHtml(ctx.toolVersion)} · load ran ${escapeHtml(ctx.measurements.startedAt)} – ${escapeHtml(ctx.measurements.finishedAt)}${runLink}</footer>
</main>
</body>
</html>
`;
}

;// CONCATENATED MODULE: ./src/report/junit-report.ts
/**
 * junit.xml: one test case per SLO threshold, so CI systems that read JUnit
 * (GitHub test reporters, GitLab, Jenkins, Buildkite) show the gate like a test run.
 *
 * - pass: a passing case;
 * - marginal: a passing case whose `<system-out>` says it is in the marginal band;
 * - fail: a case with `<failure>` giving the actual value against the limit.
 *
 * The document follows the common JUnit schema (the Jenkins xUnit plugin's junit-10.xsd,
 * which the tests validate against), so strict readers accept it as well as lenient ones.
 */




const JUNIT_CLASSNAME = 'loadgate.slo';
// XML 1.0 allows tab, LF, CR and everything from U+0020 except the surrogates and U+FFFE/U+FFFF.
// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
/** Escape text for XML content; attribute values also keep their line breaks and tabs. */
function escapeXml(text, attribute = false) {
    let out = text
        .replace(INVALID_XML_CHARS, '\uFFFD')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;');
    if (attribute)
        out = out.replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
    return out;
}
const attr = (name, value) => ` ${name}="${escapeXml(String(value), true)}"`;
function junit_report_seconds(ms) {
    return (Math.max(0, ms) / 1000).toFixed(3);
}
function failureMessage(result) {
    // A relative threshold: the change against the baseline and its interval.
    const regression = result.threshold.relative
        ? (0,baseline_comparison/* regressionsOf */.W2)([result]).map((r) => regressionText(r, result.threshold))[0]
        : undefined;
    if (regression)
        return `${regression} against the baseline (limit ${formatCondition(result.threshold)})`;
    return `actual ${formatThresholdValue(result.threshold, result.actual)}, limit ${formatCondition(result.threshold)}`;
}
function testcase(result) {
    const t = result.threshold;
    const open = `    <testcase${attr('name', t.source)}${attr('classname', JUNIT_CLASSNAME)}${attr('time', '0')}>`;
    const detail = [
        `threshold: ${t.source}`,
        `from: ${t.origin}`,
        `actual: ${formatThresholdValue(t, result.actual)}`,
        `limit: ${formatCondition(t)}`,
        ...(result.note ? [`note: ${result.note}`] : []),
    ].join('\n');
    if (result.status === 'fail') {
        return `${open}\n      <failure${attr('message', failureMessage(result))}${attr('type', 'SLOBreach')}>${escapeXml(detail)}</failure>\n    </testcase>`;
    }
    if (result.status === 'inconclusive') {
        return `${open}\n      <skipped${attr('message', `cannot be decided: ${result.note ?? t.source}`)}/>\n      <system-out>${escapeXml(detail)}</system-out>\n    </testcase>`;
    }
    if (result.status === 'marginal') {
        const note = `MARGINAL: ${failureMessage(result)}; within the marginal band, counted as passed.\n${detail}`;
        return `${open}\n      <system-out>${escapeXml(note)}</system-out>\n    </testcase>`;
    }
    return `${open}</testcase>`;
}
function renderJunitReport(ctx) {
    const results = ctx.evaluation.results;
    const failures = results.filter((r) => r.status === 'fail').length;
    const time = junit_report_seconds(ctx.measurements.durationMs);
    const suiteName = `loadgate SLOs: ${displayUrl(ctx.settings.targetUrl)}${ctx.settings.environment ? ` (${ctx.settings.environment})` : ''}`;
    const skipped = results.filter((r) => r.status === 'inconclusive').length;
    const counts = `${attr('tests', results.length)}${attr('failures', failures)}${attr('errors', 0)}`;
    const properties = [
        ['verdict', ctx.evaluation.verdict],
        ...verdictReasons(ctx.evaluation).map((reason) => ['verdict.reason', reason]),
        ['rollback', String(ctx.rollback)],
        ['target', displayUrl(ctx.settings.targetUrl)],
        ...(ctx.settings.environment ? [['environment', ctx.settings.environment]] : []),
        ['tool.version', ctx.toolVersion],
        ...(ctx.runUrl ? [['run.url', ctx.runUrl]] : []),
    ].map(([name, value]) => `      <property${attr('name', name ?? '')}${attr('value', value ?? '')}/>`);
    const lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        // The common JUnit schema allows `skipped` on a suite, not on `testsuites`.
        `<testsuites${attr('name', 'loadgate')}${counts}${attr('time', time)}>`,
        `  <testsuite${attr('name', suiteName)}${counts}${attr('skipped', skipped)}${attr('time', time)}${attr('timestamp', ctx.measurements.startedAt)}>`,
        '    <properties>',
        ...properties,
        '    </properties>',
        ...results.map(testcase),
    ];
    // One system-err per suite (the JUnit schema allows one): why the verdict is what it is, why it stopped.
    const partial = partialPlanNote(ctx.measurements);
    const notes = [
        ...verdictReasons(ctx.evaluation).map((reason) => `${ctx.evaluation.verdict === 'error' ? 'Not judged' : `Verdict ${ctx.evaluation.verdict}`}: ${reason}`),
        ...(ctx.measurements.stoppedEarly
            ? [`Load stopped early: ${ctx.measurements.stoppedEarly}${partial ? ` (${partial})` : ''}`]
            : []),
    ];
    if (notes.length > 0)
        lines.push(`    <system-err>${escapeXml(notes.join('\n'))}</system-err>`);
    lines.push('  </testsuite>', '</testsuites>', '');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/report/prometheus-metrics.ts
/** The value of `loadgate_slo_status` for each threshold status (-1: the data cannot decide it). */
const SLO_STATUS_VALUE = {
    pass: 1,
    marginal: 0.5,
    fail: 0,
    inconclusive: -1,
};
/** The latency quantiles of `loadgate_request_duration_seconds`, as fractions. */
const LATENCY_QUANTILES = [
    { quantile: '0.5', key: 'p50' },
    { quantile: '0.9', key: 'p90' },
    { quantile: '0.95', key: 'p95' },
    { quantile: '0.99', key: 'p99' },
];
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
/** A valid label name from any text: other characters become `_`; a leading digit gets a `_` before it. */
function sanitizeLabelName(name) {
    let out = name.replace(/[^a-zA-Z0-9_]/g, '_');
    if (!/^[a-zA-Z_]/.test(out))
        out = `_${out}`;
    // Names starting with `__` are reserved for Prometheus itself.
    if (out.startsWith('__'))
        out = `x${out}`;
    return LABEL_NAME.test(out) ? out : 'label';
}
/** Escape a label value: backslash, double quote and line feed. */
function escapeLabelValue(value) {
    return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
/** Escape HELP text: backslash and line feed. */
function escapeHelp(text) {
    return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}
function formatSampleValue(value) {
    if (Number.isNaN(value))
        return 'NaN';
    if (value === Infinity)
        return '+Inf';
    if (value === -Infinity)
        return '-Inf';
    return String(value);
}
function labelSet(labels) {
    const entries = Object.entries(labels);
    if (entries.length === 0)
        return '';
    return `{${entries.map(([name, value]) => `${name}="${escapeLabelValue(value)}"`).join(',')}}`;
}
/** Valid, non-empty labels only: names sanitized, undefined or empty values dropped. */
function cleanLabels(labels) {
    const out = {};
    for (const [name, value] of Object.entries(labels)) {
        if (value === undefined || value === '')
            continue;
        out[sanitizeLabelName(name)] = value;
    }
    return out;
}
/** Milliseconds to seconds, rounded to the microsecond the histograms resolve (no float noise like 0.15692699999999998). */
const msToSeconds = (value) => Math.round(value * 1000) / 1e6;
/**
 * Render the exposition text. `labels` (e.g. `{ environment: 'staging' }`) go on every
 * sample; names are sanitized, undefined or empty values dropped.
 */
function renderPrometheusMetrics(ctx, labels = {}, run = {}) {
    const common = cleanLabels(labels);
    const o = ctx.measurements.overall;
    const one = (value) => [{ labels: common, value }];
    const seen = new Map();
    const statusSamples = ctx.evaluation.results.map((r) => {
        const n = (seen.get(r.threshold.source) ?? 0) + 1;
        seen.set(r.threshold.source, n);
        const threshold = n === 1 ? r.threshold.source : `${r.threshold.source} #${n}`;
        return { labels: { ...common, threshold }, value: SLO_STATUS_VALUE[r.status] };
    });
    const verdict = ctx.evaluation.verdict;
    const finished = Date.parse(ctx.measurements.finishedAt);
    const families = [
        {
            name: 'loadgate_request_duration_seconds',
            help: 'Request latency over the run, in seconds.',
            type: 'summary',
            samples: [
                ...LATENCY_QUANTILES.map(({ quantile, key }) => ({
                    labels: { ...common, quantile },
                    value: msToSeconds(o.latency[key]),
                })),
                { suffix: '_sum', labels: common, value: msToSeconds(o.latency.mean * o.latency.count) },
                { suffix: '_count', labels: common, value: o.latency.count },
            ],
        },
        {
            name: 'loadgate_requests_total',
            help: 'Requests completed during the run, successful or not.',
            type: 'counter',
            samples: one(o.requests),
        },
        {
            name: 'loadgate_failed_requests_total',
            help: 'Requests that failed during the run (an error or a status the gate counts as failed).',
            type: 'counter',
            samples: one(o.failed),
        },
        {
            name: 'loadgate_error_ratio',
            help: 'Failed requests as a fraction of all requests, 0 to 1.',
            type: 'gauge',
            samples: one(o.requests > 0 ? o.failed / o.requests : 0),
        },
        {
            name: 'loadgate_throughput_requests_per_second',
            help: 'Completed requests per second over the run.',
            type: 'gauge',
            samples: one(o.rps),
        },
        {
            name: 'loadgate_run_duration_seconds',
            help: 'Wall time the load ran, in seconds.',
            type: 'gauge',
            samples: one(msToSeconds(ctx.measurements.durationMs)),
        },
        {
            name: 'loadgate_run_finished_timestamp_seconds',
            help: 'When the load ended, in seconds since the Unix epoch.',
            type: 'gauge',
            samples: Number.isFinite(finished) ? one(finished / 1000) : [],
        },
        {
            name: 'loadgate_slo_passed',
            help: 'Gate verdict: 1 for pass or marginal, 0 otherwise.',
            type: 'gauge',
            samples: one(verdict === 'pass' || verdict === 'marginal' ? 1 : 0),
        },
        {
            name: 'loadgate_rollback',
            help: '1 when the gate signalled a rollback, else 0.',
            type: 'gauge',
            samples: one(ctx.rollback ? 1 : 0),
        },
        {
            name: 'loadgate_slo_status',
            help: 'Status of each SLO threshold: 1 pass, 0.5 marginal, 0 fail.',
            type: 'gauge',
            samples: statusSamples,
        },
        {
            name: 'loadgate_run_info',
            help: 'Always 1; the labels say which run and verdict the other figures belong to.',
            type: 'gauge',
            samples: [
                {
                    labels: { ...common, ...cleanLabels({ verdict, version: ctx.toolVersion, run_id: run.runId }) },
                    value: 1,
                },
            ],
        },
    ];
    const lines = [];
    for (const family of families) {
        if (family.samples.length === 0)
            continue;
        lines.push(`# HELP ${family.name} ${escapeHelp(family.help)}`);
        lines.push(`# TYPE ${family.name} ${family.type}`);
        for (const sample of family.samples) {
            const name = `${family.name}${sample.suffix ?? ''}`;
            lines.push(`${name}${labelSet(sample.labels)} ${formatSampleValue(sample.value)}`);
        }
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/report/report-bundle.ts
/**
 * The report bundle: the files written beside report.md and results.json, and the
 * list of everything that makes up the artifact.
 */






/** Files the bundle writes. */
const BUNDLE_FILES = ['report.html', 'junit.xml', 'metrics.prom', 'histograms.json'];
/** Files the gate itself writes into the same directory. */
const GATE_FILES = ['report.md', 'results.json'];
/** The encoded HDR histograms of the run, so other tools can merge runs or recompute percentiles. */
function buildHistogramsDocument(ctx) {
    return {
        format: 'hdr-histogram-compressed-base64',
        unit: 'microseconds',
        significantDigits: 3,
        overall: ctx.measurements.overall.histogram,
        endpoints: ctx.measurements.endpoints.map((e) => ({
            name: e.name,
            method: e.method,
            path: e.path,
            histogram: e.histogram,
        })),
    };
}
/**
 * Write report.html, junit.xml, metrics.prom and histograms.json into `dir` (created
 * if needed). Returns the absolute paths of the whole bundle: report.md and
 * results.json first when they are in `dir`, then the four files written here.
 */
async function writeReportBundle(ctx, dir, options = {}) {
    const root = external_node_path_default().resolve(dir);
    await (0,promises_.mkdir)(root, { recursive: true });
    const labels = options.prometheusLabels ?? {
        target: displayUrl(ctx.settings.targetUrl),
        environment: ctx.settings.environment,
    };
    const contents = {
        'report.html': renderHtmlReport(ctx),
        'junit.xml': renderJunitReport(ctx),
        'metrics.prom': renderPrometheusMetrics(ctx, labels),
        'histograms.json': `${JSON.stringify(buildHistogramsDocument(ctx), null, 2)}\n`,
    };
    for (const name of BUNDLE_FILES)
        await (0,promises_.writeFile)(external_node_path_default().join(root, name), contents[name]);
    const present = [];
    for (const name of GATE_FILES) {
        const file = external_node_path_default().join(root, name);
        try {
            await (0,promises_.access)(file);
            present.push(file);
        }
        catch {
            // The gate did not write it (e.g. a render-only call): leave it out of the bundle.
        }
    }
    return [...present, ...BUNDLE_FILES.map((name) => external_node_path_default().join(root, name))];
}

;// CONCATENATED MODULE: ./src/report/findings.ts
/**
 * Short findings drawn from the measurements, for the top of the report: one sentence
 * each, with its figures, and only what the data shows. Patterns need enough data to
 * mean anything (see the minimums below); below them nothing is said.
 */






/** Fewer failed requests than this are too few to say where errors concentrate. */
const MIN_ERRORS_FOR_PATTERNS = 5;
/** Below this many latency samples p99 is close to the maximum, so a tail says little. */
const MIN_SAMPLES_FOR_TAIL = 100;
/** p99 above this many times p95 is called a long tail. */
const LONG_TAIL_RATIO = 3;
/** Share of all errors above which they are said to come from one endpoint. */
const ERROR_CONCENTRATION = 0.5;
/** … and whose error rate is at least this many times that of the other endpoints. */
const ERROR_RATE_CONTRAST = 2;
/** An endpoint whose p95 is this many times the typical p95 of the others is called much slower … */
const SLOW_ENDPOINT_RATIO = 3;
/** … when it is also this many ms slower (tiny latencies differ by large ratios for no reason). */
const SLOW_ENDPOINT_MIN_GAP_MS = 5;
/** Latency samples an endpoint needs to be compared with the others. */
const MIN_SAMPLES_PER_ENDPOINT = 20;
/** Throughput below this share of what a threshold asks is called well below. */
const LOW_THROUGHPUT_SHARE = 0.8;
/** Share of the failed requests above which they are said to have one cause. */
const SHARED_CAUSE_SHARE = 0.8;
const CONNECTION_CLASSES = new Set([
    'connection_refused',
    'connection_reset',
    'dns',
    'tls',
]);
/** Classes whose own finding says no more than their cause does: with a cause sentence it is left out. */
const SAID_BY_CAUSE = new Set(['dns', 'tls', 'other']);
/**
 * An endpoint whose answers mostly failed (a 404 on every request answers fast) has a
 * latency that says nothing about serving: it is left out of latency comparisons.
 */
const MOSTLY_FAILED_SHARE = 0.5;
function mostlyFailed(stats) {
    return stats.requests > 0 && stats.failed / stats.requests > MOSTLY_FAILED_SHARE;
}
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1
        ? sorted[middle]
        : (sorted[middle - 1] + sorted[middle]) / 2;
}
/** `503 × 40, 500 × 2` for the failing statuses in a range. */
function statusList(ctx, from, to) {
    const statuses = failingStatuses(ctx).filter((s) => Number(s.status) >= from && Number(s.status) <= to);
    const shown = statuses.slice(0, 3).map((s) => `${s.status} × ${format_formatNumber(s.count)}`);
    if (statuses.length > 3)
        shown.push(`${statuses.length - 3} more`);
    return shown.length > 0 ? ` (${shown.join(', ')})` : '';
}
function oneClassFinding(ctx, errorClass, n) {
    const all = n === 1 ? 'The one error was' : `All ${format_formatNumber(n)} errors were`;
    switch (errorClass) {
        case 'timeout':
            return `${all} timeouts (after ${durations_formatDuration(ctx.settings.timeoutMs)}): the timeout may be too low for this target, or the target is overloaded.`;
        case 'connection_refused':
            return `${all} refused connections: nothing accepted connections at the target, which may be down or listening on another port.`;
        case 'connection_reset':
            return `${all} connections reset mid-request: the target or a proxy in front of it dropped them, as happens when it restarts or runs out of workers.`;
        case 'dns':
            return `${all} DNS lookup failures: the target's host name did not resolve.`;
        case 'tls':
            return `${all} TLS failures: the handshake or the certificate check failed.`;
        case 'http_5xx':
            return `${all} 5xx responses${statusList(ctx, 500, 599)}: the target failed on its side under this load.`;
        case 'http_4xx':
            return `${all} 4xx responses${statusList(ctx, 400, 499)}: check the endpoints' paths, bodies and credentials.`;
        case 'unexpected_status':
            return `${all} responses with an unexpected status${statusList(ctx, 0, 999)}: check the endpoints' expect-status.`;
        case 'other':
            return `${all} of no known class: see results.json for the status counts.`;
    }
}
/** The cause most failed requests share: all of them, or SHARED_CAUSE_SHARE with enough failures. */
function sharedCause(ctx) {
    const { overall } = ctx.measurements;
    const [top] = errorCauseCounts(ctx.measurements);
    if (!top || top.cause === error_cause_counter/* OTHER_CAUSES */.aX || overall.failed === 0)
        return undefined;
    if (top.count === overall.failed)
        return top;
    return overall.failed >= MIN_ERRORS_FOR_PATTERNS && top.count >= SHARED_CAUSE_SHARE * overall.failed
        ? top
        : undefined;
}
function errorFindings(ctx) {
    const { overall, endpoints } = ctx.measurements;
    const out = [];
    const classes = errorClassCounts(overall);
    const cause = sharedCause(ctx);
    const causeOfAll = cause !== undefined && cause.count === overall.failed;
    if (overall.failed === overall.requests && causeOfAll) {
        const all = overall.failed === 1 ? 'The one request' : `All ${format_formatNumber(overall.failed)} requests`;
        out.push(`${all} failed: ${causeText(cause)}.`);
    }
    else if (overall.failed === overall.requests) {
        const connection = classes.length > 0 && classes.every((c) => CONNECTION_CLASSES.has(c.errorClass));
        out.push(`Every request failed (${format_formatNumber(overall.failed)} of ${format_formatNumber(overall.requests)})` +
            (connection ? ', all at the connection: the target looks unreachable.' : '.'));
    }
    if (cause && !(overall.failed === overall.requests && causeOfAll) && SAID_BY_CAUSE.has(cause.errorClass)) {
        out.push(causeOfAll
            ? `All ${countOf(overall.failed, 'failed request')} had one cause: ${causeText(cause)}.`
            : `${format_formatPercent((cause.count / overall.failed) * 100)} of the failed requests (${format_formatNumber(cause.count)} of ` +
                `${format_formatNumber(overall.failed)}) had one cause: ${causeText(cause)}.`);
    }
    const [top] = classes;
    if (overall.failed >= MIN_ERRORS_FOR_PATTERNS &&
        classes.length === 1 &&
        top &&
        top.count === overall.failed &&
        !(causeOfAll && SAID_BY_CAUSE.has(top.errorClass))) {
        out.push(oneClassFinding(ctx, top.errorClass, top.count));
    }
    if (overall.failed >= MIN_ERRORS_FOR_PATTERNS && endpoints.length > 1) {
        const worst = [...endpoints].sort((a, b) => b.failed - a.failed)[0];
        const restRequests = worst ? overall.requests - worst.requests : 0;
        const restRate = worst && restRequests > 0 ? (overall.failed - worst.failed) / restRequests : 0;
        // Most errors from the endpoint that gets most requests is no concentration: its rate must stand out too.
        if (worst &&
            worst.failed / overall.failed > ERROR_CONCENTRATION &&
            format_errorPercent(worst) / 100 >= ERROR_RATE_CONTRAST * restRate) {
            const rest = restRequests > 0 ? ` against ${format_formatPercent(restRate * 100)} for the other endpoints` : '';
            out.push(`${format_formatPercent((worst.failed / overall.failed) * 100)} of the errors (${format_formatNumber(worst.failed)} of ` +
                `${format_formatNumber(overall.failed)}) came from ${worst.name}, whose error rate was ` +
                `${format_formatPercent(format_errorPercent(worst))}${rest}.`);
        }
    }
    return out;
}
function throughputFindings(ctx) {
    const { measurements, evaluation } = ctx;
    const out = [];
    for (const result of evaluation.results) {
        const t = result.threshold;
        if (t.metric !== 'http_reqs' || t.aggregation !== 'rate' || result.actual === null)
            continue;
        if (t.relative)
            continue;
        if ((t.operator !== '>' && t.operator !== '>=') || t.limit <= 0)
            continue;
        if (result.actual >= t.limit * LOW_THROUGHPUT_SHARE)
            continue;
        const scope = t.tags.endpoint === undefined ? '' : ` for ${t.tags.endpoint}`;
        let sentence = `Throughput${scope} was ${formatRps(result.actual)}, ${format_formatPercent((1 - result.actual / t.limit) * 100)} ` +
            `below the ${formatRps(t.limit)} that "${t.source}" asks`;
        // A closed model cannot go faster than VUs ÷ latency (Little's law).
        const { mean } = measurements.overall.latency;
        const vus = measurements.maxVusReached;
        if (ctx.settings.model !== 'open' && t.tags.endpoint === undefined && mean > 0 && vus > 0) {
            const ceiling = (vus * 1000) / mean;
            if (ceiling < t.limit) {
                sentence +=
                    `; ${countOf(vus, 'VU')} at a mean latency of ${format_formatMs(mean)} can send at most about ` +
                        `${formatRps(ceiling)}, so more VUs are needed to reach it`;
            }
        }
        out.push(`${sentence}.`);
    }
    return out;
}
function latencyFindings(ctx) {
    const { overall, endpoints } = ctx.measurements;
    const out = [];
    const { p95, p99, count: samples } = overall.latency;
    if (samples >= MIN_SAMPLES_FOR_TAIL && p95 > 0 && p99 > LONG_TAIL_RATIO * p95) {
        out.push(`p99 (${format_formatMs(p99)}) is ${format_formatNumber(p99 / p95, 1)}× p95 (${format_formatMs(p95)}): a long tail, ` +
            `where about 1 request in 100 is far slower than the rest.`);
    }
    const measured = endpoints.filter((e) => e.latency.count >= MIN_SAMPLES_PER_ENDPOINT && !mostlyFailed(e));
    if (measured.length >= 2) {
        const slowest = [...measured].sort((a, b) => b.latency.p95 - a.latency.p95)[0];
        const typical = median(measured.filter((e) => e !== slowest).map((e) => e.latency.p95));
        const slow = slowest.latency.p95;
        if (typical > 0 && slow >= SLOW_ENDPOINT_RATIO * typical && slow - typical >= SLOW_ENDPOINT_MIN_GAP_MS) {
            const others = measured.length === 2 ? 'the other endpoint' : `the median of the other ${measured.length - 1}`;
            out.push(`${slowest.name} is much slower than the other endpoints: p95 ${format_formatMs(slow)} against ${format_formatMs(typical)} ` +
                `for ${others} (${format_formatNumber(slow / typical, 1)}×).`);
        }
    }
    return out;
}
/** Findings for the top of the report, most important first; empty when nothing stands out. */
function deriveFindings(ctx) {
    const { measurements, settings } = ctx;
    const findings = [];
    if (measurements.stoppedEarly) {
        findings.push(`The load stopped early (${measurements.stoppedEarly}) after ${formatElapsed(measurements.durationMs)} of ` +
            `the planned ${durations_formatDuration(plannedDurationMs(settings.stages))}; the figures cover that part only.`);
    }
    if (measurements.overall.requests === 0) {
        const judged = ctx.evaluation.results.length > 0 ? ', and every threshold fails for lack of data' : '';
        findings.push(`No requests completed in ${formatElapsed(measurements.durationMs)}, so nothing was measured: ` +
            `the target may be unreachable${judged}.`);
        return [...findings, ...trafficFindings(ctx)];
    }
    return [
        ...findings,
        ...trafficFindings(ctx),
        ...errorFindings(ctx),
        ...throughputFindings(ctx),
        ...latencyFindings(ctx),
    ];
}

;// CONCATENATED MODULE: ./src/report/baseline-section.ts



const baseline_section_row = (cells) => `| ${cells.join(' | ')} |`;
function figure(s, show) {
    const side = (v) => (v === null ? '–' : show(v));
    const change = s.change === null ? '' : ` (${changeText(s.change)})`;
    return `${side(s.canary)} / ${side(s.baseline)}${change}`;
}
function intervalText(r) {
    const j = r.comparison?.judge;
    if (!j || j.lower === null || j.upper === null)
        return '–';
    const show = (v) => j.form === 'ratio' ? changeText(v) : formatThresholdValue(r.threshold, v).replace(/^(?=\d)/, '+');
    return `${show(j.lower)} to ${show(j.upper)} (${format_formatNumber(j.confidence * 100)} %)`;
}
function estimateText(r) {
    const j = r.comparison?.judge;
    if (j && j.estimate !== null) {
        return j.form === 'ratio' ? changeText(j.estimate) : formatThresholdValue(r.threshold, j.estimate);
    }
    return changeText(r.comparison?.change ?? null);
}
function comparisonTable(results) {
    const relative = results.filter((r) => r.threshold.relative);
    if (relative.length === 0)
        return [];
    const rows = relative.map((r) => {
        const c = r.comparison;
        const j = c?.judge;
        return baseline_section_row([
            codeSpan(r.threshold.source),
            formatThresholdValue(r.threshold, r.actual),
            formatThresholdValue(r.threshold, c?.baseline ?? null),
            estimateText(r),
            intervalText(r),
            j ? (j.significant ? 'yes' : 'no') : '–',
            `${STATUS_ICONS[r.status]} ${r.status}`,
        ]);
    });
    return [
        '',
        '### Relative thresholds',
        '',
        baseline_section_row(['Threshold', 'Canary', 'Baseline', 'Change', 'Interval', 'Significant', 'Status']),
        baseline_section_row(['---', '---:', '---:', '---:', '---:', '---', '---']),
        ...rows,
    ];
}
/** The section, or nothing when the run had no baseline and no relative threshold. */
function baselineSection(ctx) {
    const { baseline, evaluation, measurements } = ctx;
    if (!baseline && !evaluation.baseline)
        return [];
    const lines = ['', '## Compared with the baseline', ''];
    const missing = missingBaseline(evaluation, baseline);
    const base = baselineMeasurements(baseline);
    if (!base) {
        const from = missing?.origin ? ` (${markdownText(missing.origin)})` : '';
        const why = missing ? `: ${markdownText(missing.why)}; ${missing.effect}.` : ' could be had.';
        lines.push(`> [!WARNING]`, `> No baseline${from}${why}`);
        return lines;
    }
    const origin = baseline.origin;
    const link = origin.runUrl ? ` ([run ${origin.runId ?? ''}](${encodeURI(origin.runUrl)}))` : '';
    lines.push(`Baseline ${markdownText(originText(baseline))}${link}.`);
    const regressions = regressionLines(evaluation);
    if (regressions.length > 0) {
        lines.push('', '**Regressions:**', '', ...regressions.map((r) => `- ${markdownText(r)}`));
    }
    else if (evaluation.results.some((r) => r.threshold.relative)) {
        lines.push('', 'No relative threshold failed.');
    }
    const sides = sideBySideRows(measurements, base).map((s) => baseline_section_row([
        s.name === 'Total' ? '**Total**' : markdownText(s.name),
        figure(s.p50, format_formatMs),
        figure(s.p95, format_formatMs),
        figure(s.p99, format_formatMs),
        figure(s.errorPercent, format_formatPercent),
        figure(s.rps, (v) => format_formatNumber(v, 1)),
    ]));
    lines.push('', 'Canary / baseline (change):', '', baseline_section_row(['Endpoint', 'p50', 'p95', 'p99', 'Errors', 'req/s']), baseline_section_row(['---', '---:', '---:', '---:', '---:', '---:']), ...sides, ...comparisonTable(evaluation.results));
    return lines;
}

;// CONCATENATED MODULE: ./src/report/scenarios-section.ts
/**
 * report.md's section per scenario (with `scenarios:`): the scenarios side by side
 * (executor, planned load, requests, p50/p95/p99, errors, req/s), then each one's
 * thresholds and its endpoints. Nothing for a run of one scenario.
 */



function scenariosSection(ctx) {
    const columns = scenario_figures_scenarioColumns(ctx);
    if (columns.length === 0)
        return [];
    const lines = [
        '',
        '## Scenarios',
        '',
        `| | ${columns.map((column) => `**${markdownText(column.name)}**`).join(' | ')} |`,
        `| :-- | ${columns.map(() => '--:').join(' | ')} |`,
        ...scenarioRows(columns).map((row) => `| ${row.label} | ${row.cells.map(markdownText).join(' | ')} |`),
    ];
    for (const column of columns) {
        const m = column.measured.measurements;
        lines.push('', `### Scenario ${markdownText(column.name)}`, '');
        lines.push(`${markdownText(column.executor)}${column.planned ? `, ${markdownText(column.planned)}` : ''}, ${markdownText(column.start)}: ` +
            `${format_formatNumber(m.overall.requests)} requests, ${formatRps(m.overall.rps)} req/s, p95 ${format_formatMs(m.overall.latency.p95)}, errors ${format_formatPercent(format_errorPercent(m.overall))}.`);
        if (column.thresholds.length > 0) {
            lines.push('');
            for (const result of column.thresholds) {
                lines.push(`- ${STATUS_ICONS[result.status]} ${codeSpan(result.threshold.source)}${result.note ? ` — ${markdownText(result.note)}` : ''}`);
            }
        }
        if (m.endpoints.length > 1) {
            lines.push('', '| Endpoint | Requests | p95 | Errors |', '| :-- | --: | --: | --: |');
            for (const e of m.endpoints) {
                lines.push(`| ${markdownText(e.name)} | ${format_formatNumber(e.requests)} | ${format_formatMs(e.latency.p95)} | ${format_formatPercent(format_errorPercent(e))} |`);
            }
        }
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/report/shards-section.ts
/**
 * The report's account of a sharded run: for a matrix leg, that its figures are a
 * share of the load and the merge job decides; for a merged run, the legs it was merged
 * from. Lines of markdown (also the job summary); nothing for a run on one runner.
 */


function shardsSection(ctx) {
    if (ctx.shard) {
        const { k, n, fingerprint } = ctx.shard;
        return [
            '',
            '## Shard',
            '',
            `This is shard ${k} of ${n} of plan \`${fingerprint.slice(0, 12)}\`: its figures are ${k === n && n === 1 ? 'the whole' : 'a share of the'} load, and its thresholds above are only this leg's view. The verdict comes from the merge job (mode: merge), which judges the legs' merged data once.`,
        ];
    }
    const parts = ctx.mergedFrom;
    if (!parts?.length)
        return [];
    const total = parts.reduce((sum, part) => sum + part.requests, 0);
    return [
        '',
        '## Shards',
        '',
        `Merged from ${parts.length} legs (${format_formatNumber(total)} requests); histograms added, counters summed, thresholds judged once on the whole.`,
        '',
        '| Shard | Requests | Bundle |',
        '| :-- | --: | :-- |',
        ...parts.map((part) => `| ${markdownText(part.shard)} | ${format_formatNumber(part.requests)} | ${markdownText(part.source)} |`),
    ];
}

;// CONCATENATED MODULE: ./src/report/server-metric-values.ts


/** A value in its unit: `53.2 %`, `512 MB`, `180 ms`, `42`, `12.5/s`. */
function formatServerValue(unit, value) {
    if (value === null || !Number.isFinite(value))
        return '–';
    switch (unit) {
        case 'ratio':
            return `${format_formatNumber(value * 100, 1)} %`;
        case 'percent':
            return `${format_formatNumber(value, 1)} %`;
        case 'bytes':
            return formatBytes(value);
        case 'seconds':
            return format_formatMs(value * 1000);
        case 'per_second':
            return `${format_formatNumber(value, 2)}/s`;
        case 'count':
            return format_formatNumber(value, Math.abs(value) >= 100 ? 0 : 3);
    }
}
function summarizeSeries(series) {
    const values = series.samples.map((sample) => sample.value);
    return {
        min: (0,server_metric_measure/* aggregateSamples */.zu)(values, 'min'),
        avg: (0,server_metric_measure/* aggregateSamples */.zu)(values, 'avg'),
        max: (0,server_metric_measure/* aggregateSamples */.zu)(values, 'max'),
        samples: values.length,
    };
}

;// CONCATENATED MODULE: ./src/report/server-metrics-section.ts




const server_metrics_section_row = (cells) => `| ${cells.join(' | ')} |`;
function thresholdCell(series, results) {
    const on = results.filter((result) => result.threshold.metric === server_metric_measure/* SERVER_METRIC_PREFIX */.eg + series.name);
    if (on.length === 0)
        return '–';
    return on
        .map((result) => {
        const actual = result.actual === null ? '' : ` (${formatServerValue(series.unit, result.actual)})`;
        return `${STATUS_ICONS[result.status]} ${codeSpan(result.threshold.source)}${actual}`;
    })
        .join('<br>');
}
function seriesRow(series, side, results) {
    const summary = summarizeSeries(series);
    const name = `${codeSpan(server_metric_measure/* SERVER_METRIC_PREFIX */.eg + series.name)}${side ? ` (${side})` : ''}`;
    const show = (value) => formatServerValue(series.unit, value);
    return server_metrics_section_row([
        name,
        show(summary.min),
        show(summary.avg),
        show(summary.max),
        String(summary.samples),
        side === 'baseline' ? '–' : thresholdCell(series, results),
    ]);
}
function sourceLine(server, side) {
    return `- ${side}: ${markdownText(server.source)}, ${codeSpan('{{target}}')} = ${codeSpan(server.target)}, one sample every ${server.stepSeconds} s`;
}
function serverMetricsSection(ctx) {
    const canary = ctx.measurements.serverMetrics;
    if (canary === undefined)
        return [];
    const baseline = ctx.baseline && 'measurements' in ctx.baseline ? ctx.baseline.measurements.serverMetrics : undefined;
    const results = ctx.evaluation.results;
    const lines = [
        '### Target resources',
        '',
        sourceLine(canary, baseline ? 'Canary' : 'Source'),
        ...(baseline ? [sourceLine(baseline, 'Baseline')] : []),
        '',
        server_metrics_section_row(['Metric', 'Min', 'Avg', 'Max', 'Samples', 'Threshold']),
        server_metrics_section_row(['---', '---:', '---:', '---:', '---:', '---']),
    ];
    for (const series of canary.metrics) {
        lines.push(seriesRow(series, baseline ? 'canary' : undefined, results));
        const other = baseline?.metrics.find((entry) => entry.name === series.name);
        if (other)
            lines.push(seriesRow(other, 'baseline', results));
    }
    const missing = [
        ...canary.metrics.map((series) => ({ series, side: baseline ? 'canary' : '' })),
        ...(baseline?.metrics ?? []).map((series) => ({ series, side: 'baseline' })),
    ].filter(({ series }) => series.missing !== undefined);
    if (missing.length > 0) {
        lines.push('', '**No data:**', '');
        for (const { series, side } of missing) {
            const label = `${server_metric_measure/* SERVER_METRIC_PREFIX */.eg}${series.name}${side ? ` (${side})` : ''}`;
            lines.push(`- ${codeSpan(label)}: ${markdownText(series.missing ?? '')}`);
        }
    }
    lines.push('', '<details><summary>Queries as sent</summary>', '');
    for (const series of [...canary.metrics, ...(baseline?.metrics ?? [])]) {
        lines.push(`- ${codeSpan(server_metric_measure/* SERVER_METRIC_PREFIX */.eg + series.name)}: ${codeSpan(series.query)}`);
    }
    lines.push('', '</details>', '');
    return lines;
}

// EXTERNAL MODULE: ./src/metrics/timing-measurements.ts
var timing_measurements = __webpack_require__(40177);
;// CONCATENATED MODULE: ./src/report/timing-section.ts



/** Endpoints shown; the rest are in results.json. */
const MAX_ROWS = 20;
const HEADINGS = {
    blocked: 'blocked',
    connecting: 'connecting',
    tlsHandshaking: 'TLS',
    sending: 'sending',
    waiting: 'waiting (TTFB)',
    receiving: 'receiving',
};
const timing_section_row = (cells) => `| ${cells.join(' | ')} |`;
/** The p95 of each phase, and how many of the timed requests opened their connection. */
function timingRow(name, stats) {
    const timings = stats.timings;
    if (timings === undefined)
        return undefined;
    return timing_section_row([
        name,
        format_formatNumber(timings.count),
        format_formatNumber(timings.connectionsOpened),
        ...timing_measurements/* TIMING_PHASES */.q.map((phase) => format_formatMs(timings.phases[phase].p95)),
    ]);
}
/** Iterations, their p95, and the VUs, in one line. */
function executionLine(m) {
    const execution = m.execution;
    if (execution === undefined)
        return undefined;
    const seconds = m.durationMs / 1000;
    const rate = seconds > 0 ? ` (${format_formatNumber(execution.iterations / seconds, 1)}/s)` : '';
    const p95 = execution.iterationDuration.count > 0
        ? `, iteration_duration p95 ${format_formatMs(execution.iterationDuration.p95)}`
        : '';
    const dropped = execution.droppedIterations > 0
        ? `, ${format_formatNumber(execution.droppedIterations)} dropped iterations`
        : '';
    return `${format_formatNumber(execution.iterations)} iterations${rate}${p95}; vus ${format_formatNumber(execution.vus)}, vus_max ${format_formatNumber(execution.vusMax)}${dropped}`;
}
function timingSection(ctx) {
    const m = ctx.measurements;
    const rows = m.endpoints
        .map((endpoint) => timingRow(markdownText(endpoint.name), endpoint))
        .filter((line) => line !== undefined);
    const total = timingRow('**Total**', m.overall);
    const execution = executionLine(m);
    if (total === undefined && execution === undefined)
        return [];
    const lines = ['', '### Request timing', ''];
    if (total !== undefined) {
        lines.push('p95 of each phase of a request (k6’s `http_req_blocked` … `http_req_receiving`); connection phases count on the requests that opened a connection only.', '', timing_section_row(['Endpoint', 'Timed', 'New connections', ...timing_measurements/* TIMING_PHASES */.q.map((phase) => HEADINGS[phase])]), timing_section_row(['---', ...Array(2 + timing_measurements/* TIMING_PHASES */.q.length).fill('---:')]), ...rows.slice(0, MAX_ROWS), total);
        if (rows.length > MAX_ROWS)
            lines.push('', `…and ${format_formatNumber(rows.length - MAX_ROWS)} more endpoints, in results.json.`);
    }
    if (execution !== undefined)
        lines.push(...(total !== undefined ? [''] : []), `Iterations: ${execution}.`);
    return lines;
}

;// CONCATENATED MODULE: ./src/report/markdown-report.ts


















/** Rows a table shows at most; the rest is counted in a line below it. */
const MAX_TABLE_ROWS = 250;
function markdown_report_table(header, align, rows, options = {}) {
    const row = (cells) => `| ${cells.join(' | ')} |`;
    const lines = [
        row(header),
        row(align.map((a) => (a === 'r' ? '---:' : '---'))),
        ...rows.slice(0, MAX_TABLE_ROWS).map(row),
        ...(options.last ? [row(options.last)] : []),
    ];
    if (rows.length > MAX_TABLE_ROWS) {
        const more = `${format_formatNumber(rows.length - MAX_TABLE_ROWS)} more ${options.rowsAre ?? 'rows'}`;
        lines.push('', `…and ${more}, in results.json.`);
    }
    return lines;
}
/** A URL for a markdown link target: percent-encoded, parentheses included. */
function linkTarget(url) {
    return encodeURI(url).replace(/\(/g, '%28').replace(/\)/g, '%29');
}
function sloCount(results) {
    const total = results.length;
    if (total === 0)
        return 'no thresholds were set';
    const failed = results.filter((r) => r.status === 'fail').length;
    const marginal = results.filter((r) => r.status === 'marginal').length;
    const inconclusive = results.filter((r) => r.status === 'inconclusive').length;
    if (failed > 0)
        return `${partOf(failed, total, 'SLO')} failed`;
    if (inconclusive > 0)
        return `${partOf(inconclusive, total, 'SLO')} inconclusive against the baseline`;
    if (marginal > 0)
        return `${partOf(marginal, total, 'SLO')} marginal`;
    return total === 1 ? 'the SLO was met' : `all ${total} SLOs met`;
}
function headline(ctx) {
    const { evaluation, measurements, settings } = ctx;
    const { overall } = measurements;
    const where = settings.environment ? ` on ${markdownText(settings.environment)}` : '';
    const p95 = overall.latency.count > 0 ? format_formatMs(overall.latency.p95) : 'no data';
    const lines = [
        `# ${VERDICT_ICONS[evaluation.verdict]} ${VERDICT_LABELS[evaluation.verdict]}: performance gate${where}`,
        '',
        `**${format_formatNumber(overall.requests)}** requests in ${formatElapsed(measurements.durationMs)} ` +
            `(**${format_formatNumber(overall.rps, 1)}** req/s) · p95 **${p95}** · ` +
            `errors **${format_formatPercent(format_errorPercent(overall))}** · ${sloCount(evaluation.results)}`,
    ];
    const reasons = verdictReasons(evaluation);
    if (evaluation.verdict === 'error' && reasons.length > 0) {
        lines.push('', '> [!WARNING]', ...reasons.map((reason) => `> **Not judged**: ${markdownText(reason)}.`), '> The verdict is ERROR and no rollback is signalled: the figures below describe the gate, not the canary.');
    }
    else if (reasons.length > 0) {
        lines.push('', `**Why ${VERDICT_LABELS[evaluation.verdict]}:**`, '', ...reasons.map((reason) => `- ${markdownText(reason)}`));
    }
    const insecure = insecureTlsWarning(measurements.transport);
    if (insecure)
        lines.push('', '> [!WARNING]', `> ${markdownText(insecure)}`);
    if (ctx.rollback) {
        lines.push('', '> [!CAUTION]', '> **Rollback signalled**: the verdict is FAIL and auto-rollback is on, so the `rollback` output is `true`.');
    }
    const findings = deriveFindings(ctx);
    if (findings.length > 0)
        lines.push('', '### Key findings', '', ...findings.map((f) => `- ${markdownText(f)}`));
    return lines;
}
/** `; ran 2.0 s of a 30 s plan (7 %): cancelled (SIGTERM)`, or why it stopped when the plan still counts as run. */
function stoppedNote(measurements) {
    const partial = partialPlanNote(measurements);
    if (partial)
        return `; ${markdownText(partial)}`;
    return measurements.stoppedEarly ? `; stopped early: ${markdownText(measurements.stoppedEarly)}` : '';
}
function scenarioSection(ctx) {
    const { settings, measurements } = ctx;
    const rows = [['Target', markdownText(displayUrl(settings.targetUrl))]];
    if (settings.environment)
        rows.push(['Environment', markdownText(settings.environment)]);
    if (settings.configPath)
        rows.push(['Config', codeSpan(settings.configPath)]);
    rows.push([
        measurements.source ? 'Results of' : 'Load',
        measurements.source
            ? markdownText(describeSource(measurements.source))
            : settings.scenarios
                ? `${markdownText(loadLine(ctx))} (${formatSpan(plannedDurationMs(settings.stages))} planned; see Scenarios)`
                : `${describeStages(settings.stages, stageUnit(settings))} (${settings.model === 'open' ? 'open model: arrival rate' : 'closed model'}${settings.scenario ? `, ${settings.scenario} scenario` : ''}, ${formatSpan(plannedDurationMs(settings.stages))} planned)`,
    ], [
        'Ran',
        `${markdownText(measurements.startedAt)} for ${formatElapsed(measurements.durationMs)}, ` +
            `up to ${countOf(measurements.maxVusReached, 'VU')}` +
            stoppedNote(measurements),
    ], ['Timeout', `${durations_formatDuration(settings.timeoutMs)} per request`]);
    const connection = transportLine(measurements.transport);
    if (connection)
        rows.push(['Connection', markdownText(connection)]);
    const headerNames = Object.keys(settings.headers);
    if (headerNames.length > 0) {
        rows.push(['Headers', `${headerNames.map((name) => codeSpan(name)).join(', ')} (values not shown)`]);
    }
    if (ctx.runUrl)
        rows.push(['Workflow run', `[${markdownText(ctx.runUrl)}](${linkTarget(ctx.runUrl)})`]);
    const totalWeight = settings.endpoints.reduce((sum, e) => sum + e.weight, 0);
    const mix = settings.endpoints.map((e) => {
        const success = e.expectStatus.length > 0 ? e.expectStatus.join(', ') : '200–399';
        const extras = [
            ...(e.body !== undefined ? ['with a body'] : []),
            ...(Object.keys(e.headers).length > 0
                ? [
                    `headers ${Object.keys(e.headers)
                        .map((name) => codeSpan(name))
                        .join(', ')}`,
                ]
                : []),
        ];
        return [
            markdownText(e.name),
            `${codeSpan(`${e.method} ${e.path}`)}${extras.length > 0 ? ` (${extras.join('; ')})` : ''}`,
            format_formatNumber(e.weight, 3),
            totalWeight > 0 ? format_formatPercent((e.weight / totalWeight) * 100) : '–',
            success,
        ];
    });
    return [
        '',
        '## Environment and scenario',
        '',
        ...markdown_report_table(['', ''], ['l', 'l'], rows),
        '',
        '### Endpoint mix',
        '',
        ...markdown_report_table(['Endpoint', 'Request', 'Weight', 'Share', 'Success status'], ['l', 'l', 'r', 'r', 'l'], mix, {
            rowsAre: 'endpoints',
        }),
    ];
}
function statsRow(name, stats) {
    const { latency } = stats;
    const ms = (value) => (latency.count > 0 ? format_formatMs(value) : '–');
    return [
        name,
        format_formatNumber(stats.requests),
        format_formatNumber(stats.rps, 1),
        ms(latency.p50),
        ms(latency.p90),
        ms(latency.p95),
        ms(latency.p99),
        ms(latency.max),
        stats.requests > 0 ? format_formatPercent(format_errorPercent(stats)) : '–',
    ];
}
function resultsSection(ctx) {
    const { overall, endpoints } = ctx.measurements;
    const rows = endpoints.map((e) => statsRow(markdownText(e.name), e));
    const header = ['Endpoint', 'Requests', 'req/s', 'p50', 'p90', 'p95', 'p99', 'max', 'Errors'];
    const align = ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'];
    return [
        '',
        '## Results',
        '',
        ...markdown_report_table(header, align, rows, { rowsAre: 'endpoints', last: statsRow('**Total**', overall) }),
    ];
}
function sloSection(ctx) {
    const { results } = ctx.evaluation;
    if (results.length === 0) {
        return [
            '',
            '## SLOs',
            '',
            'No thresholds were set, so nothing was checked and the verdict is PASS by default. ' +
                'Add `thresholds` (e.g. `http_req_duration: p(95)<250`) to gate on latency, errors and throughput.',
        ];
    }
    const withNotes = results.some((r) => r.note);
    const rows = results.map((r) => {
        const row = [
            codeSpan(r.threshold.source),
            markdownText(formatCondition(r.threshold)),
            formatThresholdValue(r.threshold, r.actual),
            `${STATUS_ICONS[r.status]} ${r.status}`,
        ];
        if (withNotes)
            row.push(r.note ? markdownText(r.note) : '');
        return row;
    });
    const header = ['Threshold', 'Target', 'Actual', 'Status', ...(withNotes ? ['Note'] : [])];
    const align = ['l', 'l', 'r', 'l', ...(withNotes ? ['l'] : [])];
    return ['', '## SLOs', '', ...markdown_report_table(header, align, rows, { rowsAre: 'thresholds' })];
}
function markdown_report_errorSection(ctx) {
    const { overall } = ctx.measurements;
    if (overall.failed === 0)
        return overall.requests > 0 ? ['', '## Errors', '', 'No request failed.'] : [];
    const byClass = errorClassCounts(overall).map(({ errorClass, count }) => [
        ERROR_CLASS_LABELS[errorClass],
        format_formatNumber(count),
        format_formatPercent((count / overall.requests) * 100),
    ]);
    const lines = [
        '',
        '## Errors',
        '',
        `${partOf(overall.failed, overall.requests, 'request')} failed ` +
            `(${format_formatPercent(format_errorPercent(overall))}).`,
        '',
        ...markdown_report_table(['Error class', 'Requests', 'Share of requests'], ['l', 'r', 'r'], byClass),
    ];
    const causes = errorCauseCounts(ctx.measurements).map((c) => [
        c.cause === error_cause_counter/* OTHER_CAUSES */.aX ? markdownText(c.cause) : codeSpan(c.cause),
        markdownText(c.description),
        ERROR_CLASS_LABELS[c.errorClass],
        format_formatNumber(c.count),
    ]);
    if (causes.length > 0) {
        lines.push('', ...markdown_report_table(['Cause (no response)', 'What happened', 'Error class', 'Requests'], ['l', 'l', 'l', 'r'], causes, {
            rowsAre: 'causes',
        }));
    }
    const statuses = failingStatuses(ctx);
    if (statuses.length > 0) {
        const rows = statuses.map((s) => {
            const shown = s.endpoints.slice(0, 3).map((e) => `${markdownText(e.name)} (${format_formatNumber(e.count)})`);
            if (s.endpoints.length > 3)
                shown.push(`${s.endpoints.length - 3} more`);
            return [markdownText(s.status), format_formatNumber(s.count), shown.join(', ') || '–'];
        });
        lines.push('', ...markdown_report_table(['Failing status', 'Responses', 'Endpoints'], ['l', 'r', 'l'], rows, {
            rowsAre: 'status codes',
        }));
    }
    return lines;
}
function footer(ctx) {
    const run = ctx.runUrl ? ` · [workflow run](${linkTarget(ctx.runUrl)})` : '';
    return [
        '',
        '---',
        '',
        `<sub>loadgate ${markdownText(ctx.toolVersion)} · generated ${markdownText(ctx.generatedAt)}${run} · ` +
            `all figures in results.json</sub>`,
        '',
    ];
}
/** The markdown report: verdict and findings, scenario, results, SLOs, errors, footer. */
function renderMarkdownReport(ctx) {
    return [
        ...headline(ctx),
        ...scenarioSection(ctx),
        ...resultsSection(ctx),
        ...timingSection(ctx),
        ...scenariosSection(ctx),
        ...loadModelSection(ctx),
        ...shardsSection(ctx),
        ...trafficSection(ctx),
        ...sloSection(ctx),
        ...serverMetricsSection(ctx),
        ...baselineSection(ctx),
        ...markdown_report_errorSection(ctx),
        ...footer(ctx),
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/plan-identity.ts
/**
 * The identity of a sharded plan: what every leg of a matrix must share for their
 * measurements to add up to one run (target, load shape, endpoints, thresholds, timeout,
 * data), its fingerprint (a hash of it), and the block a leg writes into its
 * results.json so the merge can check the set (`shard` in results-document.ts).
 *
 * Header values and test data values are not part of it: they may be secrets, and the
 * hash is written in artifact names. The data file's name, columns and size are.
 */


/** The fields compared across legs, in words for messages, by key. */
const PLAN_FIELDS = {
    target: 'target-url',
    model: 'the load model (vus or rate)',
    stages: 'the load shape (duration, vus, rate, ramp-up, stages)',
    maxVus: 'max-vus',
    scenario: 'scenario',
    endpoints: 'endpoints',
    thresholds: 'thresholds',
    timeoutMs: 'timeout',
    data: 'the test data file',
    scenarios: 'scenarios (their executors, loads, start times and endpoints)',
};
/** The first characters of the fingerprint, as artifact names carry it. */
const SHORT_FINGERPRINT_LENGTH = 12;
function planIdentity(settings) {
    const data = settings.traffic?.data;
    return {
        target: displayUrl(settings.targetUrl),
        model: settings.model ?? 'closed',
        stages: settings.stages.map((s) => [s.durationMs, s.target]),
        maxVus: settings.maxVus,
        scenario: settings.scenario ?? null,
        endpoints: settings.endpoints.map((e) => [e.name, e.method, e.path, e.weight]),
        thresholds: settings.thresholds.map((t) => t.source),
        timeoutMs: settings.timeoutMs,
        data: data ? [data.file, data.order, data.columns, data.records.length] : null,
        // Only with scenarios:, so the fingerprints of plans without them stay what they were.
        scenarios: settings.scenarios?.map((s) => [
            s.name,
            s.executor,
            s.startTimeMs,
            s.gracefulStopMs,
            s.stages.map((stage) => [stage.durationMs, stage.target]),
            s.maxVus,
            s.preAllocatedVus ?? null,
            s.iterations ?? null,
            s.endpoints.map((e) => [e.name, e.method, e.path, e.weight]),
        ]),
    };
}
function planFingerprint(identity) {
    const ordered = Object.keys(PLAN_FIELDS)
        .filter((key) => key !== 'scenarios' || identity.scenarios !== undefined)
        .map((key) => identity[key]);
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(ordered)).digest('hex');
}
/** The fields in which two plans differ, in words (empty when they match). */
function planDifferences(expected, got) {
    return Object.keys(PLAN_FIELDS)
        .filter((key) => JSON.stringify(expected[key]) !== JSON.stringify(got[key]))
        .map((key) => PLAN_FIELDS[key]);
}
/** The shard record of a leg run with `settings`; undefined for a run that is no leg. */
function shardRecord(settings, runId) {
    if (!settings.shard)
        return undefined;
    const plan = planIdentity(settings);
    return {
        fingerprint: planFingerprint(plan),
        plan,
        k: settings.shard.index + 1,
        n: settings.shard.count,
        runId: runId ?? null,
    };
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./src/sources/shards/start-at.ts
/**
 * `start-at`: every leg of a matrix starts its load at the same instant. A leg that is
 * early waits; one that is late starts at once, the legs' seconds shifted by its delay;
 * one that is later than its whole plan would overlap none of the other legs' load, so
 * its figures would not add up to one run: refused.
 */

/** Whether to wait (and how long) or refuse, at `now`, for a plan of `plannedMs`. */
function decideStart(startAt, plannedMs, now) {
    const delta = startAt.epochMs - now;
    if (delta >= 0)
        return { waitMs: delta };
    const lateMs = -delta;
    if (lateMs <= plannedMs)
        return { waitMs: 0 };
    return {
        lateMs,
        problem: `got ${startAt.text}, ${start_at_seconds(lateMs)} ago, more than this leg's planned ${start_at_seconds(plannedMs)}: its load would not overlap the other legs'; expected an instant in the future, computed by an earlier job (e.g. date -u -d '+90 seconds' +%FT%TZ) with enough time for every leg to start`,
    };
}
/** Waits `ms`, or less when `signal` aborts (the run is cancelled before it started). */
async function waitUntilStart(ms, signal) {
    if (ms <= 0)
        return;
    try {
        await (0,external_node_timers_promises_.setTimeout)(ms, undefined, signal ? { signal } : {});
    }
    catch (error) {
        if (error.name !== 'AbortError')
            throw error;
    }
}
function start_at_seconds(ms) {
    return ms >= 10_000 ? `${Math.round(ms / 1000)} s` : `${(ms / 1000).toFixed(1)} s`;
}

;// CONCATENATED MODULE: ./src/sources/prometheus/fill-query.ts
/** The value `{{target}}` stands for on one side; the side's name when none is given (then unused: see settings). */
function targetLabel(metric, labels, side) {
    return metric.labels?.[side] ?? labels[side] ?? side;
}
function promDuration(ms) {
    return `${Math.max(1, Math.round(ms / 1000))}s`;
}
function fillQuery(metric, labels, side, windowMs) {
    return metric.query.replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (whole, name) => {
        if (name === 'target')
            return targetLabel(metric, labels, side);
        if (name === 'window')
            return promDuration(windowMs);
        return whole;
    });
}

;// CONCATENATED MODULE: ./src/sources/prometheus/prometheus-client.ts
const MAX_REASON = 300;
function endpoint(base, api) {
    return `${base.replace(/\/+$/, '')}${api}`;
}
/** A series over [start, end] (unix seconds), one sample per step. */
function queryRange(options, query, window) {
    return ask(options, '/api/v1/query_range', {
        query,
        start: window.start.toFixed(3),
        end: window.end.toFixed(3),
        step: String(window.stepSeconds),
    });
}
/** The value of `query` at `time` (unix seconds). */
function queryInstant(options, query, time) {
    return ask(options, '/api/v1/query', { query, time: time.toFixed(3) });
}
async function ask(options, api, form) {
    // Loaded when used: most runs never read a metrics store.
    const { default: got } = await __webpack_require__.e(/* import() */ 212).then(__webpack_require__.bind(__webpack_require__, 66212));
    let statusCode;
    let text;
    try {
        const response = await got.post(endpoint(options.url, api), {
            form,
            headers: { accept: 'application/json', ...options.headers },
            timeout: { request: options.timeoutMs },
            retry: {
                limit: options.retries,
                methods: ['POST'],
                statusCodes: [408, 429, 500, 502, 503, 504],
                backoffLimit: 2_000,
                noise: 100,
            },
            throwHttpErrors: false,
            followRedirect: false,
            ...(options.signal ? { signal: options.signal } : {}),
        });
        statusCode = response.statusCode;
        text = response.body;
    }
    catch (error) {
        return { ok: false, reason: networkReason(error, options.timeoutMs) };
    }
    return readAnswer(statusCode, text);
}
/** The answer's series, or the API's own error text. */
function readAnswer(statusCode, text) {
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        return { ok: false, reason: `HTTP ${statusCode} without a Prometheus API answer: ${prometheus_client_excerpt(text)}` };
    }
    if (body.status !== 'success') {
        const kind = typeof body.errorType === 'string' ? `${body.errorType}: ` : '';
        const message = typeof body.error === 'string' ? body.error : `HTTP ${statusCode}`;
        return { ok: false, reason: `Prometheus answered ${kind}${prometheus_client_excerpt(message)}` };
    }
    const result = body.data?.result;
    const type = body.data?.resultType;
    if (!Array.isArray(result))
        return { ok: false, reason: 'the answer holds no result list' };
    if (type === 'matrix')
        return { ok: true, series: result.map(matrixSeries) };
    if (type === 'vector')
        return { ok: true, series: result.map(vectorSeries) };
    if (type === 'scalar')
        return { ok: true, series: [{ metric: {}, samples: samplesOf([result]) }] };
    return { ok: false, reason: `the query gave a ${String(type)}; expected a number per time (a vector)` };
}
function matrixSeries(entry) {
    return { metric: entry.metric ?? {}, samples: samplesOf(entry.values ?? []) };
}
function vectorSeries(entry) {
    return { metric: entry.metric ?? {}, samples: samplesOf(entry.value === undefined ? [] : [entry.value]) };
}
/** `[unix seconds, "value"]` pairs; NaN and infinite samples (a division by zero) are left out. */
function samplesOf(pairs) {
    const samples = [];
    for (const pair of pairs) {
        if (!Array.isArray(pair))
            continue;
        const time = Number(pair[0]);
        const value = Number(pair[1]);
        if (Number.isFinite(time) && Number.isFinite(value))
            samples.push({ time, value });
    }
    return samples;
}
function networkReason(error, timeoutMs) {
    const { code, message } = error;
    if (code === 'ETIMEDOUT')
        return `no answer within ${timeoutMs / 1000} s`;
    if (code === 'ECONNREFUSED')
        return 'the connection was refused (is Prometheus running at that address?)';
    if (code === 'ENOTFOUND')
        return 'the host name was not found';
    return prometheus_client_excerpt(code ? `${code}: ${message ?? ''}` : (message ?? 'the query failed'));
}
function prometheus_client_excerpt(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > MAX_REASON ? `${flat.slice(0, MAX_REASON - 1)}…` : flat;
}
/** The one series a server metric needs, as samples relative to `startSeconds`, or why there is none. */
function singleSeries(answer, startSeconds) {
    if (!answer.ok)
        return { missing: answer.reason };
    if (answer.series.length === 0)
        return { missing: 'no series' };
    if (answer.series.length > 1) {
        const shown = answer.series.slice(0, 2).map((series) => labelText(series.metric));
        return {
            missing: `${answer.series.length} series (${shown.join(', ')}${answer.series.length > 2 ? ', …' : ''}); expected one: aggregate the query, e.g. sum(…) or max(…)`,
        };
    }
    const samples = answer.series[0].samples.map((sample) => ({
        t: Math.round((sample.time - startSeconds) * 1000) / 1000,
        value: sample.value,
    }));
    return samples.length === 0 ? { missing: 'no samples in the load window' } : { samples };
}
function labelText(metric) {
    const pairs = Object.entries(metric).map(([name, value]) => `${name}="${value}"`);
    return prometheus_client_excerpt(`{${pairs.join(',')}}`);
}

;// CONCATENATED MODULE: ./src/sources/prometheus/read-server-metrics.ts


function queryOptions(settings) {
    return {
        url: settings.url,
        headers: settings.headers,
        timeoutMs: settings.timeoutMs,
        retries: settings.retries,
    };
}
/** The label value `{{target}}` stood for, as the report names the side. */
function sideLabel(settings, side) {
    return settings.labels[side] ?? side;
}
async function readServerMetrics(settings, side, window) {
    const options = queryOptions(settings);
    const stepSeconds = settings.stepMs / 1000;
    const windowMs = Math.max(0, window.endMs - window.startMs);
    const start = window.startMs / 1000;
    const metrics = await Promise.all(settings.metrics.map(async (metric) => {
        const query = fillQuery(metric, settings.labels, side, windowMs);
        const answer = await queryRange(options, query, { start, end: window.endMs / 1000, stepSeconds });
        const series = singleSeries(answer, start);
        return 'missing' in series
            ? { name: metric.name, unit: metric.unit, query, samples: [], missing: series.missing }
            : { name: metric.name, unit: metric.unit, query, samples: series.samples };
    }));
    // The URL holds no credentials: settings refuse them.
    return { source: settings.url, stepSeconds, target: sideLabel(settings, side), metrics };
}
/** The load window of a run's measurements. */
function windowOf(measurements) {
    return { startMs: Date.parse(measurements.startedAt), endMs: Date.parse(measurements.finishedAt) };
}

;// CONCATENATED MODULE: ./src/sources/prometheus/poll-server-metrics.ts




class ServerMetricsPoller {
    settings;
    series;
    timer;
    startMs = Date.now();
    inFlight = false;
    constructor(settings, names) {
        this.settings = settings;
        this.series = settings.metrics
            .filter((metric) => names.includes(metric.name))
            .map((metric) => ({ name: metric.name, unit: metric.unit, query: metric.query, samples: [] }));
    }
    /** The poller for the abortOnFail thresholds on server metrics, or undefined when there is none. */
    static forThresholds(settings, thresholds) {
        if (settings === undefined)
            return undefined;
        const names = thresholds
            .filter((threshold) => threshold.abortOnFail)
            .map((threshold) => (0,server_metric_measure/* serverMetricKey */.n3)(threshold.metric))
            .filter((key) => key !== undefined);
        return names.length === 0 ? undefined : new ServerMetricsPoller(settings, names);
    }
    start() {
        void this.poll();
        this.timer = setInterval(() => void this.poll(), this.settings.stepMs);
        this.timer.unref();
    }
    stop() {
        if (this.timer)
            clearInterval(this.timer);
        this.timer = undefined;
    }
    /** The samples so far, as a run's server metrics. */
    measurements() {
        return {
            source: this.settings.url,
            stepSeconds: this.settings.stepMs / 1000,
            target: sideLabel(this.settings, 'canary'),
            metrics: this.series.map((series) => ({ ...series, samples: [...series.samples] })),
        };
    }
    /** The abort check with the samples so far added to what it sees. */
    wrap(check) {
        return (live) => check({
            elapsedMs: live.elapsedMs,
            snapshot: () => ({ ...live.snapshot(), serverMetrics: this.measurements() }),
        });
    }
    async poll() {
        // A slow store must not pile queries up: one round at a time.
        if (this.inFlight)
            return;
        this.inFlight = true;
        try {
            const options = queryOptions(this.settings);
            const now = Date.now();
            await Promise.all(this.series.map(async (series) => {
                const metric = this.settings.metrics.find((entry) => entry.name === series.name);
                const query = fillQuery(metric, this.settings.labels, 'canary', now - this.startMs);
                series.query = query;
                const read = singleSeries(await queryInstant(options, query, now / 1000), this.startMs / 1000);
                if ('samples' in read)
                    series.samples.push(...read.samples);
            }));
        }
        finally {
            this.inFlight = false;
        }
    }
}

// EXTERNAL MODULE: ./src/slo/evaluate-thresholds.ts + 5 modules
var evaluate_thresholds = __webpack_require__(19412);
;// CONCATENATED MODULE: ./src/slo/abort-rules.ts

/** Failing evaluations in a row (one a second) that make a breach sustained. */
const SUSTAINED_EVALUATIONS = 2;
class AbortRules {
    /** Set when a threshold stopped the load. */
    record;
    rules;
    streaks;
    constructor(thresholds) {
        this.rules = thresholds.filter((threshold) => threshold.abortOnFail);
        this.streaks = this.rules.map(() => 0);
    }
    /** The live check for the engine, or undefined when no threshold has abortOnFail. */
    check() {
        if (this.rules.length === 0)
            return undefined;
        return (live) => {
            const due = this.rules.filter((rule) => live.elapsedMs >= (rule.delayAbortEvalMs ?? 0));
            if (due.length === 0)
                return undefined;
            const results = (0,evaluate_thresholds/* evaluateThresholds */.S$)(due, live.snapshot()).results;
            for (const result of results) {
                const index = this.rules.indexOf(result.threshold);
                const breached = result.status === 'fail' && result.actual !== null;
                this.streaks[index] = breached ? this.streaks[index] + 1 : 0;
                if (this.streaks[index] >= SUSTAINED_EVALUATIONS) {
                    this.record = {
                        threshold: result.threshold.source,
                        atMs: Math.round(live.elapsedMs),
                        actual: result.actual,
                    };
                    return `${result.threshold.source} failed during the run (abortOnFail) at ${Math.round(live.elapsedMs / 1000)}s`;
                }
            }
            return undefined;
        };
    }
}
/**
 * A run stopped by an abortOnFail threshold fails, whatever the final figures say: that
 * threshold's result is marked failed with a note saying when the load was stopped.
 */
function applyAbort(evaluation, measurements) {
    const record = measurements.abortedBy;
    if (record === undefined)
        return evaluation;
    const note = `stopped the load at ${Math.round(record.atMs / 100) / 10}s (abortOnFail): sustained breach`;
    const results = evaluation.results.map((result) => result.threshold.source === record.threshold
        ? { ...result, status: 'fail', note: result.note ? `${note}; ${result.note}` : note }
        : result);
    return { ...evaluation, verdict: 'fail', results };
}

;// CONCATENATED MODULE: ./src/slo/generator-stall.ts
const GAP_FACTOR = 2;
const GAP_MS = 5;
const STALL_LAG_MAX_MS = 10;
const STALL_DELAY_P99_MS = 5;
/**
 * Why the corrected latency may be the generator's; empty when it is not in doubt.
 * @param health the generator's, shared by the canary and a live baseline
 * @param to which target, in words (empty with one target)
 */
function generatorStall(m, health, to = '') {
    const arrival = m.arrival;
    if (arrival === undefined || m.stoppedEarly !== undefined)
        return [];
    const corrected = m.overall.latency.p99;
    const uncorrected = arrival.uncorrectedLatency.p99;
    if (!(corrected > GAP_FACTOR * uncorrected + GAP_MS))
        return [];
    const delayP99 = arrival.generatorDelay?.p99 ?? 0;
    const lateSends = delayP99 >= STALL_DELAY_P99_MS;
    // Every connection held: the target queued the requests, and a lagging loop alone does not say otherwise.
    if (arrival.peakInFlight >= arrival.maxVus && !lateSends)
        return [];
    if (health.eventLoopLagMaxMs < STALL_LAG_MAX_MS && !lateSends)
        return [];
    return [
        `the corrected p99${to} (${corrected} ms) is more than ${GAP_FACTOR} × the uncorrected p99 (${uncorrected} ms) + ${GAP_MS} ms ` +
            `while the load generator itself stalled (event loop up to ${health.eventLoopLagMaxMs} ms late, its own send delay ${delayP99} ms at p99), ` +
            `so the wait cannot be told apart from the generator's`,
    ];
}

;// CONCATENATED MODULE: ./src/slo/self-check.ts

const MAX_LAG_P99_MS = 100;
const MAX_RATE_SHORTFALL = 0.1;
const MAX_CPU_PERCENT = 95;
const CPU_LAG_P99_MS = 20;
/**
 * Why the generator was the bottleneck; empty when it was not.
 * @param baseline the live baseline's measurements, when the generator loaded one beside the canary
 */
function self_check_generatorBottleneck(settings, m, baseline) {
    const reasons = [];
    const health = m.generator;
    if (health === undefined)
        return reasons;
    const both = baseline === undefined ? '' : ' (loading the canary and the live baseline at once)';
    // With worker threads the figures are the worst worker's: name it.
    const which = (key) => {
        const workers = health.workers ?? [];
        const worst = workers.find((worker) => worker[key] === health[key]);
        return worst ? ` in worker ${worst.worker} of ${worst.of}` : '';
    };
    if (health.eventLoopLagP99Ms > MAX_LAG_P99_MS) {
        reasons.push(`the load generator's event loop${which('eventLoopLagP99Ms')} lagged ${health.eventLoopLagP99Ms} ms at p99 (limit ${MAX_LAG_P99_MS} ms, max ${health.eventLoopLagMaxMs} ms)${both}, so requests left late and latencies were read late`);
    }
    // With scenarios, the arrival-rate ones' figures (the merged `arrival`) are checked the same way.
    const open = settings.model === 'open' || settings.scenarios?.some((s) => s.model === 'open') === true;
    if (open && m.stoppedEarly === undefined) {
        const targets = [
            [m, baseline === undefined ? '' : ' to the canary'],
            [baseline, ' to the live baseline'],
        ];
        for (const [measured, to] of targets) {
            const arrival = measured?.arrival;
            if (arrival !== undefined &&
                arrival.targetRps > 0 &&
                arrival.achievedRps < arrival.targetRps * (1 - MAX_RATE_SHORTFALL) &&
                arrival.peakInFlight < arrival.maxVus) {
                reasons.push(`the load generator sent ${arrival.achievedRps} req/s${to} of the ${arrival.targetRps} req/s asked for although max-vus (${arrival.maxVus}) was never reached`);
            }
            if (measured !== undefined)
                reasons.push(...generatorStall(measured, health, to));
        }
        if (m.arrival !== undefined &&
            health.cpuPercent >= MAX_CPU_PERCENT &&
            health.eventLoopLagP99Ms > CPU_LAG_P99_MS) {
            reasons.push(`the load generator${which('cpuPercent')} used ${health.cpuPercent}% CPU with its event loop ${health.eventLoopLagP99Ms} ms late at p99${both}: it could not keep the schedule`);
        }
    }
    return reasons;
}

;// CONCATENATED MODULE: ./src/gate.ts
/**
 * The gate itself, shared by the action and the CLI: settings → engine →
 * measurements → verdict → report files. It touches neither `@actions/*` nor any
 * network but the target, so both front ends (and tests) drive it the same way.
 */


















async function runGate(given, options = {}) {
    // A source may bring its own thresholds (those written in k6 files).
    const settings = options.measured?.thresholds
        ? { ...given, thresholds: options.measured.thresholds }
        : given;
    const abortRules = new AbortRules(settings.thresholds);
    const loaded = options.measured ? undefined : await measureLoad(settings, options, abortRules);
    const measurements = loaded
        ? judgeRun(settings, loaded.measurements, abortRules, loaded.baseline)
        : options.measured.measurements;
    const shard = shardRecord(settings, options.runId);
    const baseline = liveBaseline(settings, loaded?.baseline, measurements) ?? options.baseline;
    const evaluation = decide(settings, measurements, baseline);
    const rollback = evaluation.verdict === 'fail' && settings.autoRollback;
    const report = {
        settings,
        measurements,
        evaluation,
        rollback,
        generatedAt: new Date().toISOString(),
        toolVersion: TOOL_VERSION,
        ...(options.runUrl ? { runUrl: options.runUrl } : {}),
        ...(baseline ? { baseline } : {}),
        ...(shard ? { shard } : {}),
        ...(options.measured?.mergedFrom ? { mergedFrom: options.measured.mergedFrom } : {}),
    };
    const markdown = renderMarkdownReport(report);
    const reportDir = external_node_path_default().resolve(settings.reportDir);
    await (0,promises_.mkdir)(reportDir, { recursive: true });
    const reportPath = external_node_path_default().join(reportDir, 'report.md');
    const resultsPath = external_node_path_default().join(reportDir, 'results.json');
    await (0,promises_.writeFile)(reportPath, markdown);
    await (0,promises_.writeFile)(resultsPath, `${JSON.stringify(buildResultsDocument(report), null, 2)}\n`);
    const bundleFiles = await writeReportBundle(report, reportDir);
    return {
        settings,
        measurements,
        ...(baseline ? { baseline } : {}),
        evaluation,
        rollback,
        report,
        markdown,
        reportPath,
        resultsPath,
        bundleFiles,
        reportDir,
        ...(shard ? { shard } : {}),
    };
}
/** The engine's load: a leg's share of it (waiting for `start-at` first), or the whole. */
async function measureLoad(settings, options, abortRules) {
    if (settings.startAt) {
        const start = decideStart(settings.startAt, (0,stages/* totalDurationMs */.$v)(settings.stages), Date.now());
        if ('problem' in start) {
            throw new SettingsError([
                { where: settings.startAt.where ?? "input 'start-at'", message: start.problem },
            ]);
        }
        if (start.waitMs > 0)
            options.onWaiting?.(start.waitMs);
        await waitUntilStart(start.waitMs, options.signal);
    }
    // A server-metric threshold with abortOnFail is polled during the load (sources/prometheus/).
    const poller = ServerMetricsPoller.forThresholds(settings.serverMetrics, settings.thresholds);
    const rawCheck = abortRules.check();
    const abortCheck = rawCheck && poller ? poller.wrap(rawCheck) : rawCheck;
    const loadOptions = {
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        ...(options.progressIntervalMs ? { progressIntervalMs: options.progressIntervalMs } : {}),
        ...(abortCheck ? { liveChecks: [abortCheck] } : {}),
        // The engine runs every n-th VU or arrival of the global plan (engine/load-share.ts).
        ...(settings.shard ? { share: settings.shard } : {}),
    };
    poller?.start();
    const loaded = await runLoadWithBaseline(settings, loadOptions).finally(() => poller?.stop());
    return withServerMetrics(settings, loaded);
}
/**
 * The target's own metrics over the load window, read after the load (a live
 * baseline's with `{{target}}` standing for its label); without server-metrics, the
 * run as it was.
 */
async function withServerMetrics(settings, outcome) {
    const server = settings.serverMetrics;
    if (server === undefined)
        return outcome;
    const live = outcome.baseline;
    const [canary, baseline] = await Promise.all([
        readServerMetrics(server, 'canary', windowOf(outcome.measurements)),
        live ? readServerMetrics(server, 'baseline', windowOf(live)) : undefined,
    ]);
    return {
        ...outcome,
        measurements: { ...outcome.measurements, serverMetrics: canary },
        ...(live && baseline ? { baseline: { ...live, serverMetrics: baseline } } : {}),
    };
}
/** What the run says about itself: the abort, the generator's health (for both targets), the soak drift. */
function judgeRun(settings, measured, abortRules, baseline) {
    const measurements = { ...measured };
    if (abortRules.record)
        measurements.abortedBy = abortRules.record;
    if (measurements.generator) {
        measurements.generator = {
            ...measurements.generator,
            bottleneck: self_check_generatorBottleneck(settings, measurements, baseline),
        };
    }
    if (settings.scenario === 'soak') {
        const drift = (0,metrics_drift/* measureDrift */.Q)(measurements);
        if (drift)
            measurements.drift = drift;
    }
    return measurements;
}
/** The live baseline as the judge sees it: its own figures, the generator's health judged with the canary's. */
function liveBaseline(settings, measured, canary) {
    const source = settings.baseline?.source;
    if (measured === undefined || source?.kind !== 'live')
        return undefined;
    const measurements = { ...measured };
    if (canary.generator)
        measurements.generator = canary.generator;
    if (settings.scenario === 'soak') {
        const drift = (0,metrics_drift/* measureDrift */.Q)(measurements);
        if (drift)
            measurements.drift = drift;
    }
    return { origin: { kind: 'live', label: (0,twin_targets/* liveBaselineLabel */.M2)(source.url) }, measurements };
}
/**
 * The verdict: the thresholds on the run's data (for breakpoint, on the steady part of
 * the highest step that held, with the staircase's capacity; relative ones against the
 * baseline), failed by an abortOnFail stop, then what the run says about itself
 * (slo/verdict.ts: an unreachable target, the generator, a plan cut short, a comparison
 * that could not tell).
 */
function decide(settings, measurements, baseline) {
    const breakpoint = measurements.breakpoint;
    const server = measurements.serverMetrics ? { serverMetrics: measurements.serverMetrics } : {};
    const judged = breakpoint
        ? { ...(breakpoint.verdictStep ?? measurements), breakpoint, ...server }
        : measurements;
    const judging = {
        ...(baseline ? { baseline } : {}),
        ...(settings.baseline
            ? { missing: settings.baseline.missing, confidence: settings.baseline.confidence }
            : {}),
    };
    const evaluation = applyAbort((0,evaluate_thresholds/* evaluateThresholds */.S$)(settings.thresholds, judged, judging), measurements);
    return decideVerdict(evaluation, measurements);
}

// EXTERNAL MODULE: ./src/slo/threshold-selections.ts
var threshold_selections = __webpack_require__(66535);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/sources/k6/json-object.ts
/** A parsed JSON value that is an object (not null, not a list). */
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/sources/k6/k6-summary-forms.ts
/**
 * k6's end-of-test summaries, each read into one list of metrics with their values and
 * thresholds. Three forms exist (grafana/k6 internal/js/summary.go, summary-wrapper.js,
 * internal/lib/summary/machine_readable.go):
 *
 * - `handleSummary(data)`'s data, as a script writes it with `JSON.stringify(data)`:
 *   `metrics.NAME = {type, contains, values: {…}, thresholds: {"p(95)<500": {ok: true}}}`,
 *   and `state.testRunDurationMs`.
 * - `--summary-export=FILE` (the older form): `metrics.NAME = {…values…, thresholds:
 *   {"p(95)<500": false}}`, without `type` or `state`, where a threshold's boolean is
 *   TRUE WHEN IT FAILED: summary-wrapper.js writes `thresholds[name] = !threshold.ok`
 *   (k6 issue #1498, k6-docs issue #30). A rate's value is `value`, not `rate`.
 * - The machine-readable summary (k6's `--new-machine-readable-summary`, schema version
 *   1.x): `results.metrics = [{name, type, contains, values}]`, `config.duration` in
 *   seconds, and no thresholds.
 *
 * Values: a trend gives the `summaryTrendStats` (by default avg, min, med, max, p(90),
 * p(95)); a counter `count` and `rate` (per second of the test); a rate `rate` (or
 * `value`), `passes` (values that were true) and `fails`; a gauge `value`, `min`, `max`.
 */

/** The form of a parsed JSON document, or undefined when it is not a k6 summary. */
function summaryForm(document) {
    if (!isObject(document))
        return undefined;
    if (isObject(document.results) && Array.isArray(document.results.metrics) && 'version' in document) {
        return 'machine-readable';
    }
    if (!isObject(document.metrics))
        return undefined;
    const first = Object.values(document.metrics).find(isObject);
    if (first === undefined)
        return isObject(document.state) ? 'handleSummary' : 'summary-export';
    return isObject(first.values) && typeof first.type === 'string' ? 'handleSummary' : 'summary-export';
}
function readSummaryForm(document, form) {
    if (form === 'machine-readable')
        return machineReadable(document);
    const metrics = [];
    for (const [name, raw] of Object.entries(document.metrics)) {
        if (!isObject(raw))
            continue;
        if (form === 'handleSummary') {
            const thresholds = isObject(raw.thresholds)
                ? Object.entries(raw.thresholds).map(([text, result]) => ({
                    text,
                    ok: isObject(result) && result.ok === true,
                }))
                : [];
            metrics.push({ name, values: numbers(raw.values), thresholds });
        }
        else {
            // --summary-export: true means the threshold FAILED (see above).
            const thresholds = isObject(raw.thresholds)
                ? Object.entries(raw.thresholds).map(([text, failed]) => ({ text, ok: failed === false }))
                : [];
            const values = numbers(raw);
            if (values.value !== undefined && values.passes !== undefined && values.rate === undefined) {
                values.rate = values.value;
            }
            metrics.push({ name, values, thresholds });
        }
    }
    const state = isObject(document.state) ? document.state : {};
    const duration = state.testRunDurationMs;
    return {
        form,
        metrics,
        ...(typeof duration === 'number' && duration > 0 ? { durationMs: duration } : {}),
        checks: groupChecks(document.root_group),
    };
}
function machineReadable(document) {
    const results = document.results;
    const metrics = [];
    for (const raw of results.metrics) {
        if (!isObject(raw) || typeof raw.name !== 'string')
            continue;
        const values = numbers(raw.values);
        if (raw.type === 'rate' && values.matches !== undefined && values.total !== undefined) {
            values.passes = values.matches;
            values.fails = values.total - values.matches;
        }
        metrics.push({ name: raw.name, values, thresholds: [] });
    }
    const checks = [];
    const checkResults = isObject(results.checks) ? results.checks.results : undefined;
    if (Array.isArray(checkResults)) {
        for (const check of checkResults) {
            if (isObject(check) && typeof check.name === 'string') {
                checks.push({ name: check.name, passes: num(check.passes), fails: num(check.fails) });
            }
        }
    }
    const config = isObject(document.config) ? document.config : {};
    const seconds = config.duration;
    return {
        form: 'machine-readable',
        metrics,
        ...(typeof seconds === 'number' && seconds > 0 ? { durationMs: seconds * 1000 } : {}),
        checks,
    };
}
/** Checks of a group and its subgroups; groups and checks are lists (handleSummary) or keyed objects (export). */
function groupChecks(group, into = []) {
    if (!isObject(group))
        return into;
    for (const check of k6_summary_forms_listOf(group.checks)) {
        if (isObject(check) && typeof check.name === 'string') {
            into.push({ name: check.name, passes: num(check.passes), fails: num(check.fails) });
        }
    }
    for (const child of k6_summary_forms_listOf(group.groups))
        groupChecks(child, into);
    return into;
}
function k6_summary_forms_listOf(value) {
    if (Array.isArray(value))
        return value;
    return isObject(value) ? Object.values(value) : [];
}
function numbers(value) {
    const out = {};
    if (!isObject(value))
        return out;
    for (const [key, v] of Object.entries(value))
        if (typeof v === 'number' && Number.isFinite(v))
            out[key] = v;
    return out;
}
function num(value) {
    return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

;// CONCATENATED MODULE: ./src/sources/k6/detect-k6-file.ts
/**
 * Which k6 output a file is, by its content (the file name says nothing: k6 writes
 * wherever `--out json=…`, `--summary-export=…` or a `handleSummary` key points). An
 * NDJSON stream's first record is a JSON object with `"type":"Metric"` or `"Point"`; a
 * summary is one JSON document with k6's `metrics` (or the machine-readable
 * `results.metrics`). A gzipped stream (`--out json=results.gz`) is recognised by its
 * magic bytes.
 */




/** A k6 summary larger than this is no summary (they are a few kilobytes). */
const MAX_SUMMARY_BYTES = 16 * 1024 * 1024;
/** Enough of a file to see its first record. */
const PEEK_BYTES = 64 * 1024;
async function detectK6File(absolute) {
    const head = await peek(absolute);
    let text;
    if (head[0] === 0x1f && head[1] === 0x8b) {
        try {
            // A partial gzip member: decode what there is, enough for the first line.
            text = (0,external_node_zlib_.gunzipSync)(head, { finishFlush: 2 /* Z_SYNC_FLUSH */ }).toString('utf8');
        }
        catch {
            return undefined;
        }
    }
    else {
        text = head.toString('utf8');
    }
    const trimmed = text.trimStart();
    if (!trimmed.startsWith('{'))
        return undefined;
    const firstLine = trimmed.slice(0, trimmed.indexOf('\n') < 0 ? undefined : trimmed.indexOf('\n'));
    try {
        const record = JSON.parse(firstLine);
        if (isObject(record) && (record.type === 'Metric' || record.type === 'Point'))
            return 'k6-ndjson';
    }
    catch {
        // Not one record on the first line: a pretty-printed summary, or not k6's.
    }
    return (await isSummary(absolute)) ? 'k6-summary' : undefined;
}
/** A summary is small (kilobytes): parsed whole, it must have k6's top-level form. */
async function isSummary(absolute) {
    const { size } = await (0,promises_.stat)(absolute);
    if (size > MAX_SUMMARY_BYTES)
        return false;
    try {
        return summaryForm(JSON.parse(await (0,promises_.readFile)(absolute, 'utf8'))) !== undefined;
    }
    catch {
        // Not JSON at all, or cut short: a summary that cannot be read is still named as one when it looks like one.
        return /^\s*\{\s*"(?:root_group|metrics|options|state|setup_data)"\s*:/.test(await (0,promises_.readFile)(absolute, 'utf8'));
    }
}
async function peek(absolute) {
    const handle = await (0,promises_.open)(absolute, 'r');
    try {
        const buffer = Buffer.alloc(PEEK_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, PEEK_BYTES, 0);
        return buffer.subarray(0, bytesRead);
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./src/sources/k6/k6-problems.ts
/**
 * Problems in a k6 file, each at its file and line, in the `file:line:col` form the
 * settings' problems use, so the action shows each one as an `::error::` annotation on
 * that line and the verdict is `error`.
 */



/** Problems reported per file before reading it stops: the first few say enough. */
const MAX_PROBLEMS_PER_FILE = 5;
class K6Problems {
    issues = [];
    perFile = new Map();
    /** Adds a problem; false when the file has reached its limit (stop reading it). */
    add(file, line, message) {
        const count = (this.perFile.get(file) ?? 0) + 1;
        this.perFile.set(file, count);
        if (count <= MAX_PROBLEMS_PER_FILE) {
            this.issues.push({ where: formatFileLocation({ file, line, col: 1 }, 'k6 results'), message });
        }
        return count < MAX_PROBLEMS_PER_FILE;
    }
    throwIfAny() {
        if (this.issues.length > 0)
            throw new SettingsError(this.issues);
    }
}
/** A line of the file, quoted short for a message (k6 lines hold no secrets, but may be long). */
function lineExcerpt(text) {
    return excerpt(text.trim());
}

// EXTERNAL MODULE: ./src/metrics/endpoint-accumulator.ts
var endpoint_accumulator = __webpack_require__(81043);
// EXTERNAL MODULE: ./src/metrics/latency-histogram.ts
var latency_histogram = __webpack_require__(62016);
;// CONCATENATED MODULE: ./src/sources/k6/growable.ts
/** A growable Float64Array: one number per sample, with no object per sample. */
class GrowableColumn {
    data;
    length = 0;
    constructor(capacity = 1024) {
        this.data = new Float64Array(capacity);
    }
    push(value) {
        if (this.length === this.data.length) {
            const next = new Float64Array(this.data.length * 2);
            next.set(this.data);
            this.data = next;
        }
        this.data[this.length++] = value;
    }
    at(index) {
        return this.data[index];
    }
}

;// CONCATENATED MODULE: ./src/sources/k6/k6-execution-samples.ts
/**
 * k6's execution samples (`iterations`, `iteration_duration`, `vus`, `vus_max`,
 * `dropped_iterations`) into the run's `execution` figures. Each file is one k6
 * instance; instances ran side by side, so their last `vus` and `vus_max` samples add up.
 */

class K6ExecutionSamples {
    iterations = 0;
    sawIterations = false;
    durations = new latency_histogram/* LatencyHistogram */.t2();
    dropped = 0;
    /** Per file: the time and value of its latest `vus` sample, and its highest `vus_max`. */
    lastVus = new Map();
    vusMax = new Map();
    addIteration(value) {
        this.sawIterations = true;
        this.iterations += value;
    }
    addIterationDuration(ms) {
        this.sawIterations = true;
        this.durations.recordMicros(ms * 1000);
    }
    addDropped(value) {
        this.dropped += value;
    }
    addVus(file, time, value) {
        const last = this.lastVus.get(file);
        if (last === undefined || time >= last.time)
            this.lastVus.set(file, { time, value });
    }
    addVusMax(file, value) {
        this.vusMax.set(file, Math.max(this.vusMax.get(file) ?? 0, value));
    }
    /** Undefined when the files held none of these samples (nothing to judge them on). */
    build() {
        if (!this.sawIterations && this.lastVus.size === 0 && this.vusMax.size === 0)
            return undefined;
        let vus = 0;
        for (const { value } of this.lastVus.values())
            vus += value;
        let vusMax = 0;
        for (const value of this.vusMax.values())
            vusMax += value;
        return {
            iterations: this.iterations,
            iterationDuration: this.durations.summary(),
            iterationHistogram: this.durations.encode(),
            vus,
            vusMax,
            droppedIterations: this.dropped,
        };
    }
}

;// CONCATENATED MODULE: ./src/sources/k6/k6-error-class.ts
function k6ErrorClass(status, errorCode) {
    if (status >= 400 && status < 500)
        return 'http_4xx';
    if (status >= 500 && status < 600)
        return 'http_5xx';
    if (status > 0)
        return 'unexpected_status';
    const code = errorCode ?? 0;
    if (code === 1050 || code === 1211)
        return 'timeout';
    if (code === 1212)
        return 'connection_refused';
    if (code === 1220 || code === 1201)
        return 'connection_reset';
    if (code >= 1100 && code < 1200)
        return 'dns';
    if (code >= 1300 && code < 1400)
        return 'tls';
    return 'other';
}
/** k6's codes that name the same failure as one of the causes the engine records (metrics/error-causes.ts). */
const SAME_CAUSE = {
    1050: 'LOADGATE_REQUEST_TIMEOUT',
    1101: 'ENOTFOUND',
    1201: 'EPIPE',
    1211: 'ETIMEDOUT',
    1212: 'ECONNREFUSED',
    1220: 'ECONNRESET',
};
/** The cause of a failure without a response: the engine's code for the same failure, else k6's code as `K6_ERROR_<code>`. */
function k6ErrorCause(errorCode) {
    if (errorCode === undefined)
        return 'K6_ERROR';
    return SAME_CAUSE[errorCode] ?? `K6_ERROR_${errorCode}`;
}

// EXTERNAL MODULE: ./src/metrics/tag-set.ts
var tag_set = __webpack_require__(11700);
;// CONCATENATED MODULE: ./src/sources/k6/k6-selections.ts
/**
 * The tag selections of a k6 stream: k6 writes every system tag (and the script's own)
 * on each sample, so a sample falls in a selection when it carries each of the
 * selection's tags with its value (`name` is loadgate's `endpoint`). Counted as the
 * builder counts endpoints: requests and statuses from `http_reqs`, failures from
 * `http_req_failed` (or, from k6 before v0.31, statuses outside 200–399), latencies
 * from `http_req_duration`. Whole-run figures only: no per-second points, so a
 * relative threshold on a selection of k6 data is judged on its values alone.
 */



class K6Selections {
    kept;
    constructor(selections) {
        this.kept = selections.flatMap((selection) => {
            const tags = (0,tag_set/* canonicalTags */.MV)(selection);
            if (tags === undefined)
                return [];
            return [
                {
                    tags,
                    entries: Object.entries(tags),
                    acc: new endpoint_accumulator/* EndpointAccumulator */.g4(),
                    derivedFailed: 0,
                    derivedErrors: new Float64Array(Object.keys(endpoint_accumulator/* ERROR_INDEX */.IC).length),
                },
            ];
        });
    }
    addRequest(value, status, errorCode, tags) {
        for (const kept of this.matching(tags)) {
            kept.acc.requests += value;
            if (status > 0 && status < endpoint_accumulator/* STATUS_SLOTS */.fl)
                kept.acc.statusCounts[status] += value;
            if (status < 200 || status >= 400) {
                kept.derivedFailed += value;
                kept.derivedErrors[endpoint_accumulator/* ERROR_INDEX */.IC[k6ErrorClass(status, errorCode)]] += value;
            }
        }
    }
    addFailed(status, errorCode, tags) {
        for (const kept of this.matching(tags)) {
            kept.acc.failed++;
            kept.acc.errorCounts[endpoint_accumulator/* ERROR_INDEX */.IC[k6ErrorClass(status, errorCode)]]++;
        }
    }
    addDuration(us, tags) {
        for (const kept of this.matching(tags))
            kept.acc.histogram.recordMicros(us);
    }
    /** The selections' figures; undefined when none was asked for. */
    build(durationMs, sawFailedMetric) {
        if (this.kept.length === 0)
            return undefined;
        return this.kept.map(({ tags, acc, derivedFailed, derivedErrors }) => {
            if (!sawFailedMetric) {
                acc.failed = derivedFailed;
                acc.errorCounts.set(derivedErrors);
            }
            acc.succeeded = acc.requests - acc.failed;
            return { tags: { ...tags }, stats: acc.toStats(durationMs), points: [] };
        });
    }
    *matching(tags) {
        for (const kept of this.kept) {
            let all = true;
            for (const [key, value] of kept.entries) {
                if (tags[key] !== value) {
                    all = false;
                    break;
                }
            }
            if (all)
                yield kept;
        }
    }
}

;// CONCATENATED MODULE: ./src/sources/k6/k6-sample-builder.ts
/**
 * k6's samples (the Points of `k6 run --out json`) into the measurements the engine
 * produces. One builder takes the samples of any number of files, so the execution
 * segments of one test, run by several k6 instances, add up exactly: the same
 * histograms and counts as if one instance had written every sample.
 *
 * Per request k6 writes several samples with the same time and tags: `http_reqs` (1),
 * `http_req_duration` (ms), `http_req_failed` (1 when the response was not expected),
 * and the phases (`http_req_blocked` … `http_req_receiving`, into each endpoint's timing
 * breakdown; a request counts as timed at its `http_req_waiting`). An endpoint is k6's
 * `name` tag (k6 sets it to the URL unless the script names the request). `data_sent`
 * and `data_received` are written per iteration, without a request's tags, so bytes are
 * known for the whole run only.
 *
 * Time: the run starts at the first sample and ends at the last, whatever the time-zone
 * offset each was written with; second k covers [start + (k-1)·1000, start + k·1000), as
 * the engine's recorder counts them. The samples' times, endpoints and latencies are
 * kept in typed columns (a few bytes per request, far less than the file) until the end.
 * Epoch milliseconds in a double keep about a quarter of a microsecond, finer than any
 * latency the histograms tell apart.
 */







/** A trailing partial second shorter than this is folded into the one before (as the recorder does). */
const MIN_TRAILING_BUCKET_MS = 500;
/** Samples of one kind: when, which endpoint, and a value. */
class Events {
    times = new GrowableColumn();
    endpoints = new GrowableColumn();
    values = new GrowableColumn();
    push(time, endpoint, value) {
        this.times.push(time);
        this.endpoints.push(endpoint);
        this.values.push(value);
    }
}
class K6SampleBuilder {
    endpoints = [];
    byName = new Map();
    causes = new error_cause_counter/* ErrorCauseCounter */.oV();
    checks = new Map();
    requests = new Events();
    failures = new Events();
    durations = new Events();
    vus = new Events();
    /** iterations, iteration_duration, vus (last), vus_max, dropped_iterations. */
    execution = new K6ExecutionSamples();
    /** Which file (k6 instance) the samples come from: instances run side by side, so their VUs add up. */
    file = 0;
    bytesSent = 0;
    bytesReceived = 0;
    first = Number.POSITIVE_INFINITY;
    last = Number.NEGATIVE_INFINITY;
    /** Whether any `http_req_failed` sample was read (k6 before v0.31 wrote none). */
    sawFailedMetric = false;
    /** Requests by status, kept to derive failures when no `http_req_failed` sample exists. */
    statusByEndpoint = [];
    selections;
    /** @param selections the tag sets thresholds select (slo/threshold-selections.ts), kept apart */
    constructor(selections = []) {
        this.selections = new K6Selections(selections);
    }
    /** Any sample's time: the run spans the first to the last. */
    seen(time) {
        if (time < this.first)
            this.first = time;
        if (time > this.last)
            this.last = time;
    }
    get sampleCount() {
        return this.requests.times.length + this.durations.times.length;
    }
    get requestCount() {
        return this.requests.times.length;
    }
    addRequest(time, value, tags) {
        if (value === 0)
            return;
        const index = this.endpoint(tags);
        const acc = this.endpoints[index].acc;
        acc.requests += value;
        const status = statusOf(tags);
        if (status > 0 && status < endpoint_accumulator/* STATUS_SLOTS */.fl)
            acc.statusCounts[status] += value;
        this.requests.push(time, index, value);
        this.selections.addRequest(value, status, errorCodeOf(tags), tags);
        if (!this.sawFailedMetric) {
            const errorCode = errorCodeOf(tags);
            this.statusByEndpoint.push({ endpoint: index, status, ...(errorCode ? { errorCode } : {}) });
        }
    }
    addFailed(time, value, tags) {
        if (!this.sawFailedMetric) {
            this.sawFailedMetric = true;
            this.statusByEndpoint.length = 0;
        }
        if (value === 0)
            return;
        const index = this.endpoint(tags);
        this.countFailure(index, statusOf(tags), errorCodeOf(tags));
        this.selections.addFailed(statusOf(tags), errorCodeOf(tags), tags);
        this.failures.push(time, index, 1);
    }
    addDuration(time, ms, tags) {
        const index = this.endpoint(tags);
        const us = ms * 1000;
        this.endpoints[index].acc.histogram.recordMicros(us);
        this.durations.push(time, index, us);
        this.selections.addDuration(us, tags);
    }
    /** The samples that follow come from another k6 instance (its own `vus` gauge). */
    nextFile() {
        this.file++;
    }
    addVus(time, value) {
        this.vus.push(time, this.file, value);
        this.execution.addVus(this.file, time, value);
    }
    addVusMax(value) {
        this.execution.addVusMax(this.file, value);
    }
    /** One phase of one request (k6 writes each phase as its own sample, with the request's tags). */
    addPhase(phase, ms, tags) {
        this.endpoints[this.endpoint(tags)].acc.timing.recordPhase(phase, ms * 1000);
    }
    addBytes(direction, value) {
        if (direction === 'sent')
            this.bytesSent += value;
        else
            this.bytesReceived += value;
    }
    addCheck(value, tags) {
        const name = tags.check ?? '';
        let entry = this.checks.get(name);
        if (entry === undefined)
            this.checks.set(name, (entry = { passes: 0, fails: 0 }));
        if (value !== 0)
            entry.passes++;
        else
            entry.fails++;
    }
    /** The measurements of every sample read; undefined when no HTTP request was among them. */
    build() {
        if (this.requests.times.length === 0 || !Number.isFinite(this.first))
            return undefined;
        if (!this.sawFailedMetric)
            this.deriveFailures();
        const start = this.first;
        const durationMs = Math.max(0, this.last - start);
        const total = new endpoint_accumulator/* EndpointAccumulator */.g4();
        for (const { acc } of this.endpoints) {
            acc.succeeded = acc.requests - acc.failed;
            acc.addTo(total);
        }
        total.bytesSent = this.bytesSent;
        total.bytesReceived = this.bytesReceived;
        const endpoints = this.endpoints.map(({ name, method, path, acc }) => ({
            name,
            method,
            path,
            ...acc.toStats(durationMs),
        }));
        const { timeSeries, overall, perEndpoint } = this.seconds(start, durationMs);
        const measurements = {
            startedAt: new Date(Math.floor(start)).toISOString(),
            finishedAt: new Date(Math.floor(this.last)).toISOString(),
            durationMs: Math.round(durationMs),
            maxVusReached: Math.max(0, ...timeSeries.map((p) => p.vus)),
            overall: total.toStats(durationMs),
            endpoints,
            timeSeries,
            intervals: {
                overall,
                endpoints: this.endpoints.map((endpoint, index) => ({
                    name: endpoint.name,
                    points: perEndpoint[index],
                })),
            },
            errorCauses: this.causes.counts(),
        };
        const selections = this.selections.build(durationMs, this.sawFailedMetric);
        if (selections !== undefined)
            measurements.selections = selections;
        const execution = this.execution.build();
        if (execution !== undefined)
            measurements.execution = execution;
        const checks = this.checkMeasurements();
        if (checks.length > 0) {
            measurements.traffic = { setup: null, reauthentications: 0, checks, isolation: null };
        }
        return measurements;
    }
    countFailure(index, status, errorCode) {
        const acc = this.endpoints[index].acc;
        acc.failed++;
        const errorClass = k6ErrorClass(status, errorCode);
        acc.errorCounts[endpoint_accumulator/* ERROR_INDEX */.IC[errorClass]]++;
        if (status === 0)
            this.causes.add(k6ErrorCause(errorCode), errorClass);
    }
    /** Without `http_req_failed`: k6's default expected statuses, 200–399, succeed; the rest fail. */
    deriveFailures() {
        this.statusByEndpoint.forEach(({ endpoint, status, errorCode }, i) => {
            if (status >= 200 && status < 400)
                return;
            this.countFailure(endpoint, status, errorCode);
            this.failures.push(this.requests.times.at(i), endpoint, 1);
        });
    }
    endpoint(tags) {
        const name = tags.name ?? tags.url ?? '(unnamed)';
        let index = this.byName.get(name);
        if (index === undefined) {
            index = this.endpoints.length;
            this.byName.set(name, index);
            this.endpoints.push({
                name,
                method: tags.method ?? '',
                path: pathOf(tags.url ?? name),
                acc: new endpoint_accumulator/* EndpointAccumulator */.g4(),
            });
        }
        return index;
    }
    checkMeasurements() {
        return [...this.checks].map(([name, { passes, fails }]) => ({ name, endpoint: '', passes, fails }));
    }
    /** The per-second series: the time series, and the interval points overall and per endpoint. */
    seconds(start, durationMs) {
        const count = Math.max(1, Math.ceil(durationMs / 1000));
        const lastMs = durationMs - (count - 1) * 1000;
        const fold = count > 1 && lastMs < MIN_TRAILING_BUCKET_MS;
        const buckets = fold ? count - 1 : count;
        const bucketOf = (time) => Math.min(buckets - 1, Math.floor((time - start) / 1000));
        const lengthOf = (b) => b < buckets - 1 ? 1000 : fold ? 1000 + lastMs : Math.max(1, Math.round(lastMs));
        const scopes = this.endpoints.length;
        const requests = new Float64Array(buckets * (scopes + 1));
        const failed = new Float64Array(buckets * (scopes + 1));
        const add = (into, events) => {
            for (let i = 0; i < events.times.length; i++) {
                const b = bucketOf(events.times.at(i));
                const value = events.values.at(i);
                into[b * (scopes + 1)] += value;
                into[b * (scopes + 1) + 1 + events.endpoints.at(i)] += value;
            }
        };
        add(requests, this.requests);
        add(failed, this.failures);
        // Per instance, its highest `vus` of each second (-1: none that second, the last one holds).
        const files = this.file + 1;
        const vus = new Float64Array(buckets * files).fill(-1);
        for (let i = 0; i < this.vus.times.length; i++) {
            const at = bucketOf(this.vus.times.at(i)) * files + this.vus.endpoints.at(i);
            vus[at] = Math.max(vus[at], this.vus.values.at(i));
        }
        const carried = new Float64Array(files);
        const order = bucketOrder(this.durations, buckets, bucketOf);
        const overallHistogram = new latency_histogram/* LatencyHistogram */.t2();
        const endpointHistograms = this.endpoints.map(() => new latency_histogram/* LatencyHistogram */.t2());
        const timeSeries = [];
        const overall = [];
        const perEndpoint = this.endpoints.map(() => []);
        for (let b = 0; b < buckets; b++) {
            overallHistogram.reset();
            endpointHistograms.forEach((histogram) => histogram.reset());
            for (let k = order.starts[b]; k < order.starts[b + 1]; k++) {
                const i = order.indices[k];
                const us = this.durations.values.at(i);
                overallHistogram.recordMicros(us);
                endpointHistograms[this.durations.endpoints.at(i)].recordMicros(us);
            }
            let vusNow = 0;
            for (let f = 0; f < files; f++) {
                if (vus[b * files + f] >= 0)
                    carried[f] = vus[b * files + f];
                vusNow += carried[f];
            }
            const t = b + 1;
            const ms = lengthOf(b);
            const row = b * (scopes + 1);
            timeSeries.push({
                t,
                vus: vusNow,
                requests: requests[row],
                errors: failed[row],
                p50: overallHistogram.percentileMs(50),
                p95: overallHistogram.percentileMs(95),
                p99: overallHistogram.percentileMs(99),
            });
            overall.push(point(t, ms, requests[row], failed[row], overallHistogram));
            endpointHistograms.forEach((histogram, e) => {
                perEndpoint[e].push(point(t, ms, requests[row + 1 + e], failed[row + 1 + e], histogram));
            });
        }
        return { timeSeries, overall, perEndpoint };
    }
}
/** The latency samples' indices grouped by second (a counting sort): second b's are indices[starts[b] … starts[b+1]). */
function bucketOrder(events, buckets, bucketOf) {
    const n = events.times.length;
    const bucket = new Int32Array(n);
    const starts = new Int32Array(buckets + 1);
    for (let i = 0; i < n; i++) {
        bucket[i] = bucketOf(events.times.at(i));
        starts[bucket[i] + 1]++;
    }
    for (let b = 0; b < buckets; b++)
        starts[b + 1] += starts[b];
    const next = starts.slice(0, buckets);
    const indices = new Int32Array(n);
    for (let i = 0; i < n; i++)
        indices[next[bucket[i]]++] = i;
    return { starts, indices };
}
function point(t, ms, requests, failed, histogram) {
    return { t, ms, requests, failed, histogram: histogram.count > 0 ? histogram.encode() : '' };
}
function statusOf(tags) {
    const status = Number(tags.status);
    return Number.isInteger(status) && status >= 0 ? status : 0;
}
function errorCodeOf(tags) {
    const code = Number(tags.error_code);
    return tags.error_code !== undefined && Number.isInteger(code) ? code : undefined;
}
/** The path of a URL (k6 tags the full URL), or the text itself when it is not one. */
function pathOf(url) {
    try {
        return new URL(url).pathname;
    }
    catch {
        return url;
    }
}

;// CONCATENATED MODULE: ./src/sources/k6/k6-scenario-builder.ts

/** k6's name of the scenario of a test without `scenarios`. */
const K6_DEFAULT_SCENARIO = 'default';
class ScenarioSampleBuilder extends K6SampleBuilder {
    selectionsOf;
    byScenario = new Map();
    files = 0;
    /** `selectionsOf`: the tag selections a scenario's own builder keeps (without the scenario key). */
    constructor(selections = [], selectionsOf = () => []) {
        super(selections);
        this.selectionsOf = selectionsOf;
    }
    scenario(tags, time) {
        const name = tags.scenario;
        if (name === undefined || name === '')
            return undefined;
        let builder = this.byScenario.get(name);
        if (builder === undefined) {
            builder = new K6SampleBuilder(this.selectionsOf(name));
            for (let i = 0; i < this.files; i++)
                builder.nextFile();
            this.byScenario.set(name, builder);
        }
        if (time !== undefined)
            builder.seen(time);
        return builder;
    }
    addRequest(time, value, tags) {
        super.addRequest(time, value, tags);
        this.scenario(tags, time)?.addRequest(time, value, tags);
    }
    addFailed(time, value, tags) {
        super.addFailed(time, value, tags);
        this.scenario(tags, time)?.addFailed(time, value, tags);
    }
    addDuration(time, ms, tags) {
        super.addDuration(time, ms, tags);
        this.scenario(tags, time)?.addDuration(time, ms, tags);
    }
    addPhase(phase, ms, tags) {
        super.addPhase(phase, ms, tags);
        this.scenario(tags)?.addPhase(phase, ms, tags);
    }
    addCheck(value, tags) {
        super.addCheck(value, tags);
        this.scenario(tags)?.addCheck(value, tags);
    }
    nextFile() {
        super.nextFile();
        this.files++;
        for (const builder of this.byScenario.values())
            builder.nextFile();
    }
    build() {
        const run = super.build();
        const names = [...this.byScenario.keys()];
        if (run === undefined || names.length === 0 || (names.length === 1 && names[0] === K6_DEFAULT_SCENARIO)) {
            return run;
        }
        const start = Date.parse(run.startedAt);
        const scenarios = [];
        for (const [name, builder] of this.byScenario) {
            const measurements = builder.build();
            if (measurements === undefined)
                continue;
            // k6 does not write a scenario's executor into its samples.
            scenarios.push({
                name,
                executor: 'unknown',
                startTimeMs: Math.max(0, Date.parse(measurements.startedAt) - start),
                measurements,
            });
        }
        return { ...run, scenarios };
    }
}

// EXTERNAL MODULE: ./src/slo/threshold-condition.ts
var threshold_condition = __webpack_require__(33563);
;// CONCATENATED MODULE: ./src/sources/k6/k6-threshold-text.ts
/**
 * k6's thresholds as the files carry them, and their translation into loadgate's
 * thresholds (the same grammar, slo/threshold-parser.ts), so they are judged on the
 * measurements like any other.
 *
 * k6 writes `metric{tag:value,…}` as the key and `aggregation operator number` as the
 * condition (k6 metrics/thresholds_parser.go). The number is in the metric's own unit:
 * ms for `http_req_duration`, a 0..1 ratio for rates, a count or bytes for counters,
 * which is what a bare number means in loadgate too. The tag list is split as k6 splits
 * it (threshold-condition.ts splitTagList); `delayAbortEval` is read as k6 reads it (a
 * number of ms, a duration string, or null).
 *
 * Translated: http_req_duration, http_req_failed, http_reqs, data_sent, data_received,
 * checks, the timing phases (http_req_blocked … http_req_receiving) and the execution
 * metrics (iterations, iteration_duration, dropped_iterations, vus, vus_max), on the
 * whole run or with `{name:…}` / `{url:…}` (the endpoint, which k6
 * names by the `name` tag, the URL unless the script names the request), and
 * `checks{check:…}`. Refused, with the reason: any other metric (`group_duration`,
 * custom metrics, whose samples are not read), any other tag
 * (`{status:200}`, `{expected_response:true}`, `{scenario:…}`: not kept apart), and
 * bytes per endpoint (k6 counts bytes per iteration, not per request).
 */


const TRANSLATED_METRICS = new Set([
    'http_req_duration',
    'http_req_failed',
    'http_reqs',
    'data_sent',
    'data_received',
    'checks',
    // The timing breakdown and the execution metrics (metric-catalog-timing.ts).
    'http_req_blocked',
    'http_req_connecting',
    'http_req_tls_handshaking',
    'http_req_sending',
    'http_req_waiting',
    'http_req_receiving',
    'iterations',
    'iteration_duration',
    'dropped_iterations',
    'vus',
    'vus_max',
]);
/** The threshold in loadgate's grammar, or why it cannot be translated. */
function translateK6Threshold(k6) {
    const head = /^([A-Za-z_][\w.]*)(?:\{(.*)\})?$/s.exec(k6.metric.trim());
    if (!head)
        return { refused: `the metric ${JSON.stringify(k6.metric)} is not of k6's form metric{tag:value}` };
    const metric = head[1];
    if (!TRANSLATED_METRICS.has(metric)) {
        return {
            refused: `loadgate does not read k6's ${metric} samples, so it cannot judge ${JSON.stringify(k6.metric)}`,
        };
    }
    const tags = head[2] === undefined ? [] : splitTags(head[2]);
    if ('problem' in tags)
        return { refused: `the tags of ${JSON.stringify(k6.metric)} cannot be read: ${tags.problem}` };
    const translated = [];
    for (const { key, value } of tags) {
        if ((key === 'name' || key === 'url') && metric !== 'checks') {
            if (metric === 'data_sent' || metric === 'data_received') {
                return {
                    refused: `k6 counts ${metric} per iteration, not per request, so ${JSON.stringify(k6.metric)} has no data`,
                };
            }
            translated.push(`endpoint:${quoteTag(value)}`);
        }
        else if (key === 'check' && metric === 'checks') {
            translated.push(`check:${quoteTag(value)}`);
        }
        else {
            return {
                refused: `the tag {${key}:${value}} of ${JSON.stringify(k6.metric)} is not kept apart in the measurements (${metric} is split by ${metric === 'checks' ? 'check' : 'name or url'} only)`,
            };
        }
    }
    const text = `${metric}${translated.length > 0 ? `{${translated.join(',')}}` : ''}: ${k6.text}`;
    const k6Options = {
        abortOnFail: k6.abortOnFail,
        ...(k6.delayAbortEval !== undefined ? { delayAbortEval: k6.delayAbortEval } : {}),
    };
    try {
        return (0,threshold_parser/* parseThreshold */.B7)({ text, origin: `${k6.where} (k6 threshold ${k6.metric}: ${k6.text})`, k6Options });
    }
    catch (error) {
        if (error instanceof threshold_parser/* ThresholdSyntaxError */.Vt)
            return { refused: error.message };
        throw error;
    }
}
/** `name:login,method:GET` → [{name, login}, {method, GET}], split as k6 splits it. */
function splitTags(text) {
    try {
        return (0,threshold_condition/* splitTagList */.nx)(text, 'as k6 writes them, e.g. {name:login}');
    }
    catch (error) {
        if (error instanceof threshold_parser/* ThresholdSyntaxError */.Vt)
            return { problem: error.message };
        throw error;
    }
}
/** A tag value quoted for loadgate's grammar when it holds characters the grammar splits on. */
function quoteTag(value) {
    return /[,{}:"\s]/.test(value) ? JSON.stringify(value) : value;
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ./src/sources/k6/k6-time.ts
/**
 * k6's timestamps: Go's `time.Time` in JSON, RFC 3339 with up to nine fractional digits
 * and the offset of the machine that ran k6 (`2017-05-09T14:34:45.625742514+02:00`, or
 * `…Z`). `Date.parse` is not required to take more than three fractional digits, so the
 * text is read here, to epoch milliseconds with the sub-millisecond part kept.
 */
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?([Zz]|([+-])(\d{2}):(\d{2}))$/;
/** Epoch milliseconds (fractional), or undefined when `text` is not an RFC 3339 instant. */
function parseK6Time(text) {
    const match = RFC3339.exec(text);
    if (!match)
        return undefined;
    const [, year, month, day, hour, minute, second, fraction, zone, sign, offsetHours, offsetMinutes] = match;
    const mo = Number(month);
    const d = Number(day);
    const h = Number(hour);
    const mi = Number(minute);
    const s = Number(second);
    // A leap second (…:60) is not a time JavaScript can hold; k6 (Go) never writes one.
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59)
        return undefined;
    const base = Date.UTC(Number(year), mo - 1, d, h, mi, s);
    if (new Date(base).getUTCDate() !== d)
        return undefined; // e.g. 31 April
    const sub = fraction === undefined ? 0 : Number(`0.${fraction}`) * 1000;
    let offsetMs = 0;
    if (zone !== 'Z' && zone !== 'z') {
        const oh = Number(offsetHours);
        const om = Number(offsetMinutes);
        if (oh > 23 || om > 59)
            return undefined;
        offsetMs = (sign === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
    }
    return base + sub - offsetMs;
}

;// CONCATENATED MODULE: ./src/sources/k6/read-k6-ndjson.ts
/**
 * The NDJSON stream of `k6 run --out json=FILE` (grafana/k6 internal/output/json): one
 * JSON object a line, either
 *
 *   {"type":"Metric","data":{"name":…,"type":"trend","contains":"time","thresholds":[…],"submetrics":…},"metric":"http_req_duration"}
 *   {"type":"Point","data":{"time":"2024-03-01T10:00:00.123456789+02:00","value":12.5,"tags":{…}},"metric":"http_req_duration"}
 *
 * A Metric record comes before the metric's first Point, and carries the thresholds
 * written on the whole metric (k6 writes no record for a submetric such as
 * `http_req_duration{name:x}`, so thresholds on one are not in this file). k6 gzips the
 * stream when the file name ends in `.gz`; a gzipped file (by its magic bytes) is read
 * through gunzip.
 *
 * Problems, at their line: a line that is not JSON, a record without its fields, a time
 * that is not RFC 3339, a last line cut short (k6 stopped while writing). A record of
 * another `type` is skipped and counted (k6 may add kinds), as is a Point of a metric
 * loadgate does not judge (`http_req_looking_up`, group_duration, custom metrics).
 */







const POINT_HANDLERS = {
    http_reqs: (b, time, value, tags) => b.addRequest(time, value, tags),
    http_req_failed: (b, time, value, tags) => b.addFailed(time, value, tags),
    http_req_duration: (b, time, value, tags) => b.addDuration(time, value, tags),
    vus: (b, time, value) => b.addVus(time, value),
    data_sent: (b, _time, value) => b.addBytes('sent', value),
    data_received: (b, _time, value) => b.addBytes('received', value),
    checks: (b, _time, value, tags) => b.addCheck(value, tags),
    http_req_blocked: (b, _time, value, tags) => b.addPhase('blocked', value, tags),
    http_req_connecting: (b, _time, value, tags) => b.addPhase('connecting', value, tags),
    http_req_tls_handshaking: (b, _time, value, tags) => b.addPhase('tlsHandshaking', value, tags),
    http_req_sending: (b, _time, value, tags) => b.addPhase('sending', value, tags),
    http_req_waiting: (b, _time, value, tags) => b.addPhase('waiting', value, tags),
    http_req_receiving: (b, _time, value, tags) => b.addPhase('receiving', value, tags),
    iterations: (b, _time, value) => b.execution.addIteration(value),
    iteration_duration: (b, _time, value) => b.execution.addIterationDuration(value),
    dropped_iterations: (b, _time, value) => b.execution.addDropped(value),
    vus_max: (b, _time, value) => b.addVusMax(value),
};
/** Reads one NDJSON file into `builder`; problems go to `problems` with their line. */
async function readK6Ndjson(absolute, displayPath, builder, problems) {
    const result = { thresholds: [], skippedRecords: 0, ignoredPoints: new Map(), lines: 0 };
    const reader = new LineReader(displayPath, builder, problems, result);
    const stream = (0,external_node_fs_.createReadStream)(absolute);
    const source = (await isGzip(absolute)) ? stream.pipe((0,external_node_zlib_.createGunzip)()) : stream;
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    let rest = '';
    try {
        for await (const chunk of source) {
            const text = rest + decoder.write(chunk);
            let start = 0;
            for (let end = text.indexOf('\n', start); end >= 0; end = text.indexOf('\n', start)) {
                if (!reader.line(text.slice(start, end)))
                    return result;
                start = end + 1;
            }
            rest = text.slice(start);
        }
    }
    catch (error) {
        problems.add(displayPath, reader.lineNumber + 1, `the file could not be read: ${readError(error)}`);
        return result;
    }
    rest += decoder.end();
    if (rest.trim() !== '')
        reader.line(rest, true);
    return result;
}
class LineReader {
    file;
    builder;
    problems;
    result;
    lineNumber = 0;
    constructor(file, builder, problems, result) {
        this.file = file;
        this.builder = builder;
        this.problems = problems;
        this.result = result;
    }
    /** Reads one line; false when reading the file should stop. */
    line(text, unterminated = false) {
        const n = ++this.lineNumber;
        this.result.lines = n;
        if (text.trim() === '')
            return true;
        let record;
        try {
            record = JSON.parse(text);
        }
        catch {
            return this.problem(n, unterminated
                ? `the last line is cut short (${lineExcerpt(text)}): k6 stopped before it finished writing the file; run k6 to its end, or remove the line`
                : `the line is not JSON: ${lineExcerpt(text)}; expected one k6 record a line, as written by k6 run --out json=FILE`);
        }
        if (!isObject(record) || typeof record.type !== 'string') {
            return this.problem(n, `the line is not a k6 record: ${lineExcerpt(text)}; expected {"type":"Point"|"Metric", "data":{…}, "metric":"…"}`);
        }
        if (record.type === 'Point')
            return this.point(n, record, text);
        if (record.type === 'Metric')
            return this.metric(n, record, text);
        this.result.skippedRecords++;
        return true;
    }
    point(n, record, text) {
        const { metric, data } = record;
        if (typeof metric !== 'string' || !isObject(data)) {
            return this.problem(n, `a Point without "metric" or "data": ${lineExcerpt(text)}`);
        }
        const time = typeof data.time === 'string' ? parseK6Time(data.time) : undefined;
        if (time === undefined) {
            return this.problem(n, `the Point's time ${lineExcerpt(String(data.time))} is not an RFC 3339 time; expected e.g. "2024-03-01T10:00:00.123456+02:00"`);
        }
        const value = data.value;
        if (typeof value !== 'number' || !Number.isFinite(value)) {
            return this.problem(n, `the Point's value ${lineExcerpt(JSON.stringify(value) ?? 'none')} is not a number`);
        }
        const tags = data.tags ?? {};
        if (!isObject(tags))
            return this.problem(n, `the Point's tags are not an object: ${lineExcerpt(text)}`);
        this.builder.seen(time);
        const handler = POINT_HANDLERS[metric];
        if (handler)
            handler(this.builder, time, value, stringTags(tags));
        else
            this.result.ignoredPoints.set(metric, (this.result.ignoredPoints.get(metric) ?? 0) + 1);
        return true;
    }
    metric(n, record, text) {
        const { data } = record;
        const metric = typeof record.metric === 'string' ? record.metric : isObject(data) ? data.name : undefined;
        if (typeof metric !== 'string' || !isObject(data)) {
            return this.problem(n, `a Metric record without "metric" or "data": ${lineExcerpt(text)}`);
        }
        const thresholds = data.thresholds ?? [];
        if (!Array.isArray(thresholds)) {
            return this.problem(n, `the thresholds of ${metric} are not a list: ${lineExcerpt(text)}`);
        }
        for (const entry of thresholds) {
            const threshold = read_k6_ndjson_thresholdText(entry);
            if (threshold === undefined) {
                return this.problem(n, `a threshold of ${metric} is neither a text nor {"threshold": …}: ${lineExcerpt(JSON.stringify(entry) ?? '')}`);
            }
            this.result.thresholds.push({ metric, ...threshold, where: `${this.file}:${n}` });
        }
        return true;
    }
    problem(n, message) {
        return this.problems.add(this.file, n, message);
    }
}
/** k6 writes a threshold as its text, or as {threshold, abortOnFail, delayAbortEval} when it aborts. */
function read_k6_ndjson_thresholdText(entry) {
    if (typeof entry === 'string')
        return { text: entry, abortOnFail: false };
    if (!isObject(entry) || typeof entry.threshold !== 'string')
        return undefined;
    const delay = entry.delayAbortEval;
    return {
        text: entry.threshold,
        abortOnFail: entry.abortOnFail === true,
        // k6 writes a duration string ("10s") or null; a number (ms) is read as k6 reads it too.
        ...(typeof delay === 'string' || typeof delay === 'number' ? { delayAbortEval: delay } : {}),
    };
}
/** k6 gzips when the name ends in `.gz`; the magic bytes tell a renamed file too. */
async function isGzip(absolute) {
    const handle = await (0,promises_.open)(absolute, 'r');
    try {
        const head = Buffer.alloc(2);
        const { bytesRead } = await handle.read(head, 0, 2, 0);
        return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
    }
    finally {
        await handle.close();
    }
}
function stringTags(tags) {
    const out = {};
    for (const [key, value] of Object.entries(tags)) {
        if (typeof value === 'string')
            out[key] = value;
        else if (typeof value === 'number' || typeof value === 'boolean')
            out[key] = String(value);
    }
    return out;
}
function readError(error) {
    const code = error.code;
    return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/sources/k6/k6-summary-timing.ts
/**
 * The timing phases and the execution metrics of a k6 end-of-test summary: the phase
 * trends (`http_req_waiting` …, and their `{name:…}`/`{url:…}` submetrics per endpoint)
 * as each scope's `timings` with the statistics k6 listed and no histogram, and
 * `iterations`, `iteration_duration`, `vus`, `vus_max`, `dropped_iterations` as the
 * run's `execution`. What the summary does not list has no data (NaN, see
 * slo/summary-figures.ts), never a guess.
 */


/** The phases of one scope: the whole run (`endpoint` undefined) or the submetrics of one endpoint. */
function summaryTimings(byName, requests, endpoint) {
    const values = timing_measurements/* TIMING_PHASES */.q.map((phase) => phaseValues(byName, timing_measurements/* PHASE_METRICS */.y[phase], endpoint));
    if (values.every((v) => v === undefined))
        return undefined;
    const phases = {};
    const histograms = {};
    const summary = {};
    timing_measurements/* TIMING_PHASES */.q.forEach((phase, i) => {
        const given = values[i] ?? {};
        phases[phase] = trendSummary(given, requests);
        histograms[phase] = '';
        summary[phase] = { ...given };
    });
    return { count: requests, connectionsOpened: 0, phases, histograms, summary };
}
function phaseValues(byName, metric, endpoint) {
    if (endpoint === undefined)
        return byName.get(metric)?.values;
    for (const key of [`${metric}{name:${endpoint}}`, `${metric}{url:${endpoint}}`]) {
        const found = byName.get(key)?.values;
        if (found !== undefined)
            return found;
    }
    return undefined;
}
function summaryExecution(byName) {
    const iterations = byName.get('iterations')?.values;
    const duration = byName.get('iteration_duration')?.values;
    const vus = byName.get('vus')?.values;
    const vusMax = byName.get('vus_max')?.values;
    if (!iterations && !duration && !vus && !vusMax)
        return undefined;
    const count = iterations?.count ?? 0;
    return {
        iterations: count,
        iterationDuration: trendSummary(duration ?? {}, count),
        iterationHistogram: '',
        // A gauge's summary value is its last sample, as k6's threshold reads it.
        vus: vus?.value ?? 0,
        vusMax: vusMax?.value ?? vusMax?.max ?? 0,
        droppedIterations: byName.get('dropped_iterations')?.values.count ?? 0,
        summary: { ...(duration ?? {}) },
    };
}
function trendSummary(values, count) {
    if (Object.keys(values).length === 0)
        return { ...latency_histogram/* EMPTY_LATENCY_SUMMARY */.sN };
    const read = (...keys) => {
        for (const key of keys)
            if (values[key] !== undefined)
                return values[key];
        return Number.NaN;
    };
    return {
        count,
        min: read('min'),
        mean: read('avg'),
        stdev: Number.NaN,
        p50: read('med', 'p(50)'),
        p90: read('p(90)'),
        p95: read('p(95)'),
        p99: read('p(99)'),
        p999: read('p(99.9)'),
        max: read('max'),
    };
}

;// CONCATENATED MODULE: ./src/sources/k6/summary-measurements.ts
/**
 * A k6 summary's aggregates as measurements. A summary holds no sample, so what it
 * cannot give stays marked as absent rather than guessed: the histogram is empty, the
 * latency statistics it does not list are NaN (and a threshold on one has no data, see
 * slo/summary-figures.ts), there is no per-second series, and the failures' classes
 * are unknown (counted as `other`). Endpoints are the submetrics k6 kept for
 * thresholds with a `name` or `url` tag (`http_req_duration{name:login}`).
 *
 * Which k6 metric gives what: `http_reqs` count → requests; `http_req_failed` passes
 * (its true values) → failed requests, passes + fails → requests when `http_reqs` is
 * missing; `http_req_duration` → the latency statistics; `data_sent`/`data_received`
 * count → bytes; `vus` max (or `vus_max` value) → maxVusReached; the groups' checks →
 * checks. The test's length is `state.testRunDurationMs`, or the machine-readable
 * summary's `config.duration`, or for `--summary-export` (which has neither) the
 * `http_reqs` count over its rate per second.
 */



/** The measurements, or what the summary lacks to give any (no HTTP metric at all). */
function summaryMeasurements(data, finishedAtMs) {
    const byName = new Map(data.metrics.map((metric) => [metric.name, metric]));
    const overallScope = {
        ...optional('duration', byName.get('http_req_duration')),
        ...optional('reqs', byName.get('http_reqs')),
        ...optional('failed', byName.get('http_req_failed')),
    };
    if (overallScope.reqs === undefined && overallScope.failed === undefined) {
        return {
            missing: 'it has neither http_reqs nor http_req_failed, so it holds no HTTP request to judge (was the test an HTTP test?)',
        };
    }
    const durationMs = data.durationMs ?? durationFromRate(overallScope.reqs) ?? 0;
    const overall = stats(overallScope, durationMs);
    overall.bytesSent = byName.get('data_sent')?.values.count ?? 0;
    overall.bytesReceived = byName.get('data_received')?.values.count ?? 0;
    const endpoints = [...endpointScopes(data.metrics)].map(([name, scope]) => ({
        name,
        method: '',
        path: summary_measurements_pathOf(name),
        ...stats(scope, durationMs),
    }));
    const overallTimings = summaryTimings(byName, overall.requests);
    if (overallTimings)
        overall.timings = overallTimings;
    for (const endpoint of endpoints) {
        const timings = summaryTimings(byName, endpoint.requests, endpoint.name);
        if (timings)
            endpoint.timings = timings;
    }
    const execution = summaryExecution(byName);
    const vus = byName.get('vus')?.values.max ?? byName.get('vus_max')?.values.value ?? 0;
    const measurements = {
        startedAt: new Date(Math.floor(finishedAtMs - durationMs)).toISOString(),
        finishedAt: new Date(Math.floor(finishedAtMs)).toISOString(),
        durationMs: Math.round(durationMs),
        maxVusReached: vus,
        overall,
        endpoints,
        timeSeries: [],
        ...(execution ? { execution } : {}),
    };
    const checks = data.checks.length > 0 ? data.checks : overallChecks(byName.get('checks'));
    if (checks.length > 0) {
        measurements.traffic = {
            setup: null,
            reauthentications: 0,
            checks: checks.map((check) => ({ ...check, endpoint: '' })),
            isolation: null,
        };
    }
    return { measurements };
}
function optional(key, metric) {
    return metric === undefined ? {} : { [key]: metric };
}
/** A summary-export gives no duration: the request count over its rate per second is the test's length. */
function durationFromRate(reqs) {
    const count = reqs?.values.count;
    const rate = reqs?.values.rate;
    return count !== undefined && rate !== undefined && rate > 0 ? (count / rate) * 1000 : undefined;
}
function stats(scope, durationMs) {
    const reqs = scope.reqs?.values.count;
    const passes = scope.failed?.values.passes;
    const fails = scope.failed?.values.fails;
    const requests = reqs ?? (passes !== undefined && fails !== undefined ? passes + fails : undefined);
    const failed = passes ??
        (scope.failed?.values.rate !== undefined && requests !== undefined
            ? Math.round(scope.failed.values.rate * requests)
            : undefined);
    // Without http_req_failed the failures are not known: the count is not given.
    const counted = requests !== undefined && failed !== undefined;
    const latency = scope.duration?.values ?? {};
    return {
        requests: counted ? requests : 0,
        succeeded: counted ? requests - failed : 0,
        failed: counted ? failed : 0,
        rps: counted && durationMs > 0 ? Math.round((requests * 1_000_000) / durationMs) / 1000 : 0,
        bytesSent: 0,
        bytesReceived: 0,
        statusCounts: {},
        errors: (0,measurements/* errorCounts */.v)(counted && failed > 0 ? { other: failed } : {}),
        latency: latencySummary(latency, counted ? requests : 0),
        histogram: '',
        summary: { latency: { ...latency }, counted },
    };
}
function latencySummary(values, count) {
    if (Object.keys(values).length === 0)
        return { ...latency_histogram/* EMPTY_LATENCY_SUMMARY */.sN };
    const read = (...keys) => {
        for (const key of keys)
            if (values[key] !== undefined)
                return values[key];
        return Number.NaN;
    };
    return {
        count,
        min: read('min'),
        mean: read('avg'),
        stdev: Number.NaN,
        p50: read('med', 'p(50)'),
        p90: read('p(90)'),
        p95: read('p(95)'),
        p99: read('p(99)'),
        p999: read('p(99.9)'),
        max: read('max'),
    };
}
/** The submetrics by endpoint: `http_req_duration{name:x}` and `{url:x}` (one tag only) are endpoint x. */
function endpointScopes(metrics) {
    const scopes = new Map();
    const keys = {
        http_req_duration: 'duration',
        http_reqs: 'reqs',
        http_req_failed: 'failed',
    };
    for (const metric of metrics) {
        const match = /^(http_req_duration|http_reqs|http_req_failed)\{\s*(?:name|url)\s*:(.*)\}$/s.exec(metric.name);
        if (!match || match[2].includes(','))
            continue;
        const endpoint = match[2].trim().replace(/^(["'])(.*)\1$/s, '$2');
        const scope = scopes.get(endpoint) ?? {};
        scope[keys[match[1]]] = metric;
        scopes.set(endpoint, scope);
    }
    return scopes;
}
function overallChecks(checks) {
    const passes = checks?.values.passes;
    const fails = checks?.values.fails;
    return passes === undefined || fails === undefined ? [] : [{ name: '(all checks)', passes, fails }];
}
function summary_measurements_pathOf(url) {
    try {
        return new URL(url).pathname;
    }
    catch {
        return url;
    }
}

;// CONCATENATED MODULE: ./src/sources/k6/read-k6-summary.ts
/**
 * One k6 end-of-test summary file (see k6-summary-forms.ts) read into measurements and
 * k6's thresholds. Problems carry the file and line: a file that is not JSON (at the
 * line JSON.parse stopped), a document that is no k6 summary, a summary without the
 * HTTP metrics (at the line of its `"metrics"` key).
 */



async function readK6Summary(absolute, displayPath, problems) {
    let text;
    let modifiedMs;
    try {
        text = await (0,promises_.readFile)(absolute, 'utf8');
        modifiedMs = (await (0,promises_.stat)(absolute)).mtimeMs;
    }
    catch (error) {
        problems.add(displayPath, 1, `the file could not be read: ${error.code ?? String(error)}`);
        return undefined;
    }
    let document;
    try {
        document = JSON.parse(text);
    }
    catch (error) {
        const line = lineOfParseError(text, error);
        const truncated = line >= lineCount(text) ? ' (the file ends too early: was it cut short?)' : '';
        problems.add(displayPath, line, `the k6 summary is not valid JSON${truncated}; expected the JSON of handleSummary(data) or of k6 run --summary-export=FILE`);
        return undefined;
    }
    const form = summaryForm(document);
    if (form === undefined) {
        problems.add(displayPath, 1, 'the JSON is not a k6 summary: it has no "metrics" object; expected the data of handleSummary(data), or the file of k6 run --summary-export=FILE');
        return undefined;
    }
    const data = readSummaryForm(document, form);
    const built = summaryMeasurements(data, modifiedMs);
    const metricsLine = lineOf(text, form === 'machine-readable' ? '"results"' : '"metrics"');
    if ('missing' in built) {
        problems.add(displayPath, metricsLine, `the k6 summary cannot be judged: ${built.missing}`);
        return undefined;
    }
    const thresholds = [];
    const failedInK6 = [];
    for (const metric of data.metrics) {
        for (const threshold of metric.thresholds) {
            const line = lineOf(text, JSON.stringify(threshold.text), lineOf(text, JSON.stringify(metric.name)));
            thresholds.push({
                metric: metric.name,
                text: threshold.text,
                abortOnFail: false,
                where: `${displayPath}:${line}`,
            });
            if (!threshold.ok)
                failedInK6.push(`${metric.name}: ${threshold.text}`);
        }
    }
    return { form, measurements: built.measurements, thresholds, failedInK6 };
}
/** 1-based line of the first `needle` at or after line `from`; `from` (or 1) when absent. */
function lineOf(text, needle, from = 1) {
    let offset = 0;
    for (let line = 1; line < from; line++) {
        const next = text.indexOf('\n', offset);
        if (next < 0)
            return from;
        offset = next + 1;
    }
    const at = text.indexOf(needle, offset);
    return at < 0 ? from : from + countNewlines(text, offset, at);
}
function countNewlines(text, from, to) {
    let count = 0;
    for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1))
        count++;
    return count;
}
function lineCount(text) {
    return countNewlines(text.trimEnd(), 0, text.length) + 1;
}
/** The line JSON.parse stopped at (V8 names the position, or the line and column, in its message). */
function lineOfParseError(text, error) {
    const message = error instanceof Error ? error.message : '';
    const lineColumn = /line (\d+) column \d+/.exec(message);
    if (lineColumn)
        return Number(lineColumn[1]);
    const position = /position (\d+)/.exec(message);
    if (position)
        return countNewlines(text, 0, Number(position[1])) + 1;
    return /Unexpected end of JSON input/.test(message) ? lineCount(text) : 1;
}

;// CONCATENATED MODULE: ./src/sources/k6/read-k6-results.ts
/**
 * k6's own results as a run's measurements: the NDJSON streams of one or more k6
 * instances (execution segments of one test, or repeated runs read as one), or one
 * end-of-test summary. The streams' samples all go into one builder, so several
 * instances merge exactly (the same histograms and counts as one instance writing
 * every sample) and the thresholds are judged once on the whole, which k6 itself
 * cannot do across instances. Summaries hold no samples, so two of them cannot merge
 * exactly and are refused, as is a summary beside streams.
 *
 * The thresholds judged are loadgate's when any is configured, else those written in
 * the k6 files (translated, k6-threshold-text.ts; one that cannot be translated is an
 * error naming it, never dropped), else loadgate's default.
 *
 * Every problem is a SettingsError issue at its file and line; nothing here throws
 * anything else for a bad file.
 */








/** The origin loadgate's default threshold carries (config/layers/combine-layers.ts). */
const DEFAULT_ORIGIN = 'the default thresholds';
async function readK6Results(files, configured) {
    const problems = new K6Problems();
    if (files.length === 0)
        throw new SettingsError([{ where: "input 'k6-results'", message: 'no file given' }]);
    const kinds = await Promise.all(files.map((file) => read_k6_results_kindOf(file, problems)));
    problems.throwIfAny();
    const summaries = files.filter((_, i) => kinds[i] === 'k6-summary');
    if (summaries.length > 0 && (summaries.length > 1 || files.length > 1)) {
        throw new SettingsError([
            {
                where: `${summaries[0].displayPath}:1:1 (k6 results)`,
                message: `got ${files.length} k6 files of which ${summaries.length} ${summaries.length === 1 ? 'is a summary' : 'are summaries'}: ` +
                    "a summary holds no samples, so it cannot be merged exactly with another file; expected one summary alone, or the NDJSON of every instance's k6 run --out json",
            },
        ]);
    }
    const read = summaries.length === 1
        ? await fromSummary(summaries[0], problems)
        : await fromStreams(files, problems, configured);
    problems.throwIfAny();
    // k6 writes no submetric thresholds in its NDJSON, so the files' own never need a selection.
    const { measurements, k6Thresholds, notes } = read;
    const thresholds = chooseThresholds(configured, k6Thresholds, notes);
    checkConfiguredOnK6(thresholds);
    return { measurements, thresholds, notes };
}
async function read_k6_results_kindOf(file, problems) {
    try {
        const kind = await detectK6File(file.absolute);
        if (kind === undefined) {
            problems.add(file.displayPath, 1, 'the file is not a k6 output; expected the NDJSON of k6 run --out json=FILE, the JSON of handleSummary(data), or k6 run --summary-export=FILE');
        }
        return kind;
    }
    catch (error) {
        problems.add(file.displayPath, 1, `the file could not be read: ${error.code ?? String(error)}`);
        return undefined;
    }
}
async function fromStreams(files, problems, configured) {
    // Each scenario's builder keeps the selections of the thresholds on it, as the engine's recorders do.
    const builder = new ScenarioSampleBuilder((0,threshold_selections/* thresholdSelections */.T)(configured), (scenario) => (0,threshold_selections/* thresholdSelections */.T)(configured, scenario));
    const results = [];
    for (const [index, file] of files.entries()) {
        if (index > 0)
            builder.nextFile();
        const before = builder.requestCount;
        const result = await readK6Ndjson(file.absolute, file.displayPath, builder, problems);
        results.push(result);
        if (builder.requestCount === before && problems.issues.length === 0) {
            problems.add(file.displayPath, Math.max(1, result.lines), 'the k6 stream holds no http_reqs sample, so there is no HTTP request to judge (was the test an HTTP test, and did k6 run --out json write it to the end?)');
        }
    }
    if (problems.issues.length > 0)
        return undefined;
    const measurements = builder.build();
    const skipped = skippedNotes(results);
    measurements.source = { kind: 'k6-ndjson', files: files.map((file) => file.displayPath), skipped };
    const notes = [
        `read ${files.length === 1 ? 'one k6 stream' : `${files.length} k6 streams, merged`} (${files.map((f) => f.displayPath).join(', ')}): ${measurements.overall.requests} requests`,
        ...skipped.map((line) => `skipped: ${line}`),
    ];
    return { measurements, k6Thresholds: uniqueThresholds(results.flatMap((r) => r.thresholds)), notes };
}
async function fromSummary(file, problems) {
    const result = await readK6Summary(file.absolute, file.displayPath, problems);
    if (result === undefined)
        return undefined;
    const skipped = ['a summary holds aggregates only: no histogram, no per-second series, no status codes'];
    result.measurements.source = { kind: 'k6-summary', files: [file.displayPath], skipped };
    const notes = [
        `read the k6 summary ${file.displayPath} (${result.form}): aggregates only, no per-request samples`,
        ...(result.failedInK6.length > 0 ? [`k6 itself found failed: ${result.failedInK6.join('; ')}`] : []),
    ];
    return { measurements: result.measurements, k6Thresholds: result.thresholds, notes };
}
/** Segments of one test carry the same thresholds: each once. */
function uniqueThresholds(thresholds) {
    const seen = new Set();
    return thresholds.filter((t) => {
        const key = `${t.metric}\0${t.text}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function skippedNotes(results) {
    const records = results.reduce((sum, r) => sum + r.skippedRecords, 0);
    const ignored = new Map();
    for (const result of results) {
        for (const [metric, count] of result.ignoredPoints)
            ignored.set(metric, (ignored.get(metric) ?? 0) + count);
    }
    return [
        ...(records > 0
            ? [`${records} record${records === 1 ? '' : 's'} of a type other than Metric and Point`]
            : []),
        ...(ignored.size > 0
            ? [
                `samples of metrics not judged: ${[...ignored]
                    .sort((a, b) => b[1] - a[1])
                    .map(([metric, count]) => `${metric} (${count})`)
                    .join(', ')}`,
            ]
            : []),
    ];
}
function chooseThresholds(configured, k6, notes) {
    const ownConfigured = configured.filter((threshold) => threshold.origin !== DEFAULT_ORIGIN);
    if (ownConfigured.length > 0 || k6.length === 0) {
        if (k6.length > 0)
            notes.push(`the ${k6.length} threshold(s) written in the k6 files are not judged: loadgate's thresholds are set`);
        return [...configured];
    }
    const translated = [];
    const refused = [];
    for (const threshold of k6) {
        const result = translateK6Threshold(threshold);
        if ('refused' in result) {
            refused.push({
                where: `${threshold.where}:1 (k6 threshold)`,
                message: `cannot judge the k6 threshold ${JSON.stringify(`${threshold.metric}: ${threshold.text}`)}: ${result.refused}; ` +
                    "expected a threshold on http_req_duration, http_req_failed, http_reqs, data_sent, data_received or checks, or set loadgate's thresholds input to judge with those instead",
            });
        }
        else {
            translated.push(result);
        }
    }
    if (refused.length > 0)
        throw new SettingsError(refused);
    notes.push(`judging the ${translated.length} threshold(s) written in the k6 files`);
    return translated;
}
/** Bytes are counted per k6 iteration, not per request: a threshold on one endpoint's bytes has no data. */
function checkConfiguredOnK6(thresholds) {
    const issues = thresholds
        .filter((t) => (t.metric === 'data_sent' || t.metric === 'data_received') && Object.keys(t.tags).length > 0)
        .map((t) => ({
        where: t.origin,
        message: `got ${JSON.stringify(t.source)}, but k6 counts ${t.metric} per iteration, not per request, so no endpoint or tag selection has its own; expected ${t.metric} on the whole run`,
    }));
    if (issues.length > 0)
        throw new SettingsError(issues);
}

;// CONCATENATED MODULE: ./src/sources/k6/k6-measured-run.ts

/** Throws SettingsError at the file and line of a problem. */
async function readK6Source(files, settings) {
    const read = await readK6Results(files, settings.thresholds);
    return { measurements: read.measurements, thresholds: read.thresholds, notes: read.notes };
}
/** The run of the settings' `k6-results`; undefined when they name none. */
async function k6MeasuredRun(settings) {
    return settings.k6Results === undefined ? undefined : readK6Source(settings.k6Results.files, settings);
}

;// CONCATENATED MODULE: ./src/gate-outputs.ts

/** Round for outputs: enough precision to compare, short enough to read. */
function gate_outputs_figure(value) {
    return String(Math.round(value * 100) / 100);
}
function gateOutputs(outcome) {
    const { overall } = outcome.measurements;
    const errorPercent = overall.requests === 0 ? 0 : (overall.failed / overall.requests) * 100;
    const failed = outcome.evaluation.results.filter((r) => r.status === 'fail');
    return {
        ...verdictOutputs(outcome),
        'p50-ms': gate_outputs_figure(overall.latency.p50),
        'p95-ms': gate_outputs_figure(overall.latency.p95),
        'p99-ms': gate_outputs_figure(overall.latency.p99),
        'error-percent': gate_outputs_figure(errorPercent),
        rps: gate_outputs_figure(overall.rps),
        requests: String(overall.requests),
        ...loadModelOutputs(outcome),
        ...baselineOutputs(outcome),
        'failed-slos': failed.map((r) => r.threshold.source).join(', '),
        // Thresholds may contain commas: the JSON array keeps them apart.
        'failed-slos-json': JSON.stringify(failed.map((r) => r.threshold.source)),
        'report-path': outcome.reportPath,
        'results-path': outcome.resultsPath,
    };
}
/**
 * A matrix leg decides nothing: `verdict=shard` (the merge job gives the verdict), and
 * `passed` says whether the leg's own step passes (false only after its abortOnFail stop).
 */
function verdictOutputs(outcome) {
    const verdict = outcome.evaluation.verdict;
    if (outcome.shard) {
        return {
            verdict: 'shard',
            passed: String(outcome.measurements.abortedBy === undefined),
            rollback: 'false',
        };
    }
    return {
        verdict,
        passed: String(verdict === 'pass' || verdict === 'marginal'),
        rollback: String(outcome.rollback),
    };
}
/** Outputs when the gate could not run at all (bad input): nothing measured, no rollback. */
function errorOutputs() {
    return { verdict: 'error', passed: 'false', rollback: 'false', 'failed-slos-json': '[]' };
}
/**
 * The baseline's overall p95, the canary's change against it in percent, and the failed
 * relative thresholds as a JSON array; empty (`[]`) without a baseline.
 */
function baselineOutputs(outcome) {
    const regressions = JSON.stringify((0,baseline_comparison/* regressionsOf */.W2)(outcome.evaluation.results));
    const baseline = outcome.report.baseline;
    if (baseline === undefined || 'missing' in baseline || baseline.measurements.overall.latency.count === 0) {
        return { 'baseline-p95-ms': '', 'p95-change-percent': '', regressions };
    }
    const baselineP95 = baseline.measurements.overall.latency.p95;
    const canary = outcome.measurements.overall.latency;
    const change = canary.count > 0 && baselineP95 > 0 ? gate_outputs_figure((canary.p95 / baselineP95 - 1) * 100) : '';
    return { 'baseline-p95-ms': gate_outputs_figure(baselineP95), 'p95-change-percent': change, regressions };
}
/** Open model and breakpoint outputs: empty (capacity, rates) or 0 (dropped) when they do not apply. */
function loadModelOutputs(outcome) {
    const { arrival, breakpoint } = outcome.measurements;
    return {
        'dropped-requests': String(arrival?.dropped ?? 0),
        'target-rps': arrival ? gate_outputs_figure(arrival.targetRps) : '',
        'achieved-rps': arrival ? gate_outputs_figure(arrival.achievedRps) : '',
        'capacity-rps': breakpoint ? gate_outputs_figure(breakpoint.capacityRps) : '',
    };
}

;// CONCATENATED MODULE: ./src/integrations/job-summary.ts

/** GitHub rejects a step summary over 1 MiB; keep well inside it. */
const JOB_SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;
/** Cut a markdown document to fit the job summary, saying so at the end. */
function fitJobSummary(markdown, limitBytes = JOB_SUMMARY_LIMIT_BYTES) {
    if (Buffer.byteLength(markdown) <= limitBytes)
        return markdown;
    const note = '\n\n> The report was cut to fit the job summary; the whole report is in the report directory.\n';
    const room = limitBytes - Buffer.byteLength(note);
    let cut = Buffer.from(markdown).subarray(0, room).toString();
    // A cut in the middle of a multi-byte character leaves a replacement character: drop it.
    cut = cut.replace(/\uFFFD$/, '');
    return cut.slice(0, cut.lastIndexOf('\n') + 1) + note;
}
/** Append the report to the job summary. */
async function publishJobSummary(markdown) {
    await core/* summary */.z.addRaw(fitJobSummary(markdown), true).write();
}

;// CONCATENATED MODULE: ./src/integrations/run-url.ts
/** Link to the current workflow run, when running inside GitHub Actions. */
function workflowRunUrl(env = process.env) {
    const server = env.GITHUB_SERVER_URL;
    const repository = env.GITHUB_REPOSITORY;
    const runId = env.GITHUB_RUN_ID;
    if (!server || !repository || !runId)
        return undefined;
    return `${server}/${repository}/actions/runs/${runId}`;
}

;// CONCATENATED MODULE: ./src/progress-line.ts


/** e.g. `http://canary:8080, 3 endpoints, up to 20 VUs for 30s`, then `, the same traffic to the live baseline http://old:8080` */
function describeRun(settings) {
    const totalMs = settings.stages.reduce((sum, stage) => sum + stage.durationMs, 0);
    const count = settings.scenarios
        ? new Set(settings.scenarios.flatMap((s) => s.endpoints.map((e) => e.name))).size
        : settings.endpoints.length;
    const endpoints = count === 1 ? '1 endpoint' : `${count} endpoints`;
    const load = settings.model === 'open'
        ? `up to ${Math.max(...settings.stages.map((stage) => stage.target))} req/s (max-vus ${settings.maxVus})`
        : `up to ${settings.maxVus} VUs`;
    const scenario = settings.scenarios
        ? `, ${settings.scenarios.length} scenario${settings.scenarios.length === 1 ? '' : 's'} (${settings.scenarios.map((s) => `${s.name}: ${s.executor}`).join(', ')})`
        : settings.scenario
            ? `, ${settings.scenario} scenario`
            : '';
    const baselineUrl = (0,twin_targets/* liveBaselineUrl */.T5)(settings);
    const baseline = baselineUrl === undefined
        ? ''
        : `, the same traffic to the live baseline ${(0,twin_targets/* liveBaselineLabel */.M2)(baselineUrl)}`;
    const shard = settings.shard
        ? `; this leg runs shard ${settings.shard.index + 1}/${settings.shard.count} of it`
        : '';
    return `${settings.targetUrl}, ${endpoints}, ${load} for ${durations_formatDuration(totalMs)}${scenario}${baseline}${shard}`;
}
/**
 * e.g. `[ 10s/30s] vus=20 req/s=812.4 p95=23.1ms errors=0.00% (8,124 requests)`; with a
 * live baseline both targets, e.g.
 * `[ 10s/30s] vus=20 canary req/s=812.4 p95=12.0ms errors=0.00% | baseline req/s=809.0 p95=11.0ms errors=0.00% (8,124 + 8,090 requests)`
 */
function formatProgressLine(sample) {
    const seconds = (ms) => `${Math.round(ms / 1000)}s`;
    const elapsed = sample.plannedMs > 0
        ? `${seconds(sample.elapsedMs)}/${seconds(sample.plannedMs)}`
        : seconds(sample.elapsedMs);
    const figures = (of) => {
        const p95 = of.p95Ms === null ? 'n/a' : `${of.p95Ms.toFixed(1)}ms`;
        return `req/s=${of.rps.toFixed(1)} p95=${p95} errors=${of.errorPercent.toFixed(2)}%`;
    };
    const count = (of) => of.requests.toLocaleString('en-US');
    const head = `[${elapsed.padStart(8)}] vus=${sample.vus}`;
    const baseline = sample.baseline;
    if (baseline === undefined)
        return `${head} ${figures(sample)} (${count(sample)} requests)`;
    return (`${head} canary ${figures(sample)} | baseline ${figures(baseline)} ` +
        `(${count(sample)} + ${count(baseline)} requests)`);
}

;// CONCATENATED MODULE: ./src/integrations/check-run-content.ts


/** The Checks API's limits: summary and text in characters, annotations per request. */
const CHECK_RUN_LIMITS = {
    summary: 65_535,
    annotationsPerRequest: 50,
    /** Not documented; a title is one line in the checks list, so it is kept short. */
    title: 200,
    /** An annotation's message may be 64 KB; a few lines are what a reader needs. */
    annotationMessage: 2_000,
};
/**
 * `marginal` is neutral: it holds, with a warning. `inconclusive` is action_required:
 * the figures cannot judge the target, so it is neither a pass nor a breach, and a
 * person has to act (a bigger runner, less load) before the gate means anything.
 */
const CHECK_CONCLUSIONS = {
    pass: 'success',
    marginal: 'neutral',
    fail: 'failure',
    inconclusive: 'action_required',
    error: 'failure',
};
/**
 * `loadgate: gate (staging)`: the job key, and the environment (else the target's host)
 * so matrix legs get a check each. Never the job key alone: that is the name of the
 * job's own check run, which must not be found and updated in its place.
 */
function checkRunName(job, settings) {
    let host = settings.targetUrl;
    try {
        host = new URL(settings.targetUrl).host;
    }
    catch {
        // Keep the text as it is.
    }
    return `loadgate: ${job || 'gate'} (${settings.environment ?? host})`;
}
/** `p95`, `avg`, `error rate`: how a figure is named in a title. */
function figureName(result) {
    const t = result.threshold;
    const stat = t.aggregation === 'p' ? `p${format_formatNumber(t.percentile ?? 0, 3)}` : t.aggregation;
    const base = t.metric === 'http_req_duration'
        ? stat
        : t.metric === 'http_req_failed' && t.aggregation === 'rate'
            ? 'error rate'
            : `${t.metric} ${stat}`;
    const endpoint = t.tags.endpoint;
    return endpoint ? `${base} of ${endpoint}` : base;
}
/** `p95 312 ms > 250 ms`: the measured figure beside the limit it crossed. */
function headlineFigure(result) {
    const { threshold, actual } = result;
    const name = figureName(result);
    if (actual === null)
        return `${name}: no data`;
    const limit = threshold.limit;
    const sign = actual > limit ? '>' : actual < limit ? '<' : '=';
    return `${name} ${formatThresholdValue(threshold, actual)} ${sign} ${formatThresholdValue(threshold, limit)}`;
}
/** One line: the verdict, the figure that decided it, the rollback signal. */
function checkRunTitle(ctx) {
    const { verdict, results } = ctx.evaluation;
    const parts = [VERDICT_LABELS[verdict]];
    const failed = results.filter((r) => r.status === 'fail');
    const marginal = results.filter((r) => r.status === 'marginal');
    if (verdict === 'inconclusive') {
        parts.push('the load generator was the bottleneck');
    }
    else if (failed.length > 0) {
        parts.push(headlineFigure(failed[0]));
        if (failed.length > 1)
            parts.push(`${failed.length - 1} more SLO${failed.length > 2 ? 's' : ''} failed`);
    }
    else if (marginal.length > 0) {
        parts.push(`${headlineFigure(marginal[0])} (marginal)`);
    }
    else if (results.length > 0) {
        parts.push(results.length === 1 ? 'the SLO was met' : `all ${results.length} SLOs met`);
    }
    else {
        parts.push('no thresholds were set');
    }
    if (ctx.rollback)
        parts.push('rollback signalled');
    const title = parts.join(' · ');
    return title.length <= CHECK_RUN_LIMITS.title ? title : `${title.slice(0, CHECK_RUN_LIMITS.title - 1)}…`;
}
/** The report's top, cut at a line break to the API's limit, saying so when it was cut. */
function fitCheckRunSummary(markdown, limit = CHECK_RUN_LIMITS.summary) {
    if (markdown.length <= limit)
        return markdown;
    const note = `\n\n> ✂️ The report was cut to fit the check's ${format_formatNumber(limit)}-character limit; the whole report is in the artifact and the job summary.\n`;
    let cut = markdown.slice(0, limit - note.length);
    // Never end between the two halves of a surrogate pair.
    if (/[\uD800-\uDBFF]$/.test(cut))
        cut = cut.slice(0, -1);
    const lastBreak = cut.lastIndexOf('\n');
    if (lastBreak > 0)
        cut = cut.slice(0, lastBreak);
    return cut + note;
}
/**
 * A failed SLO (a marginal one as a warning) at the line of the config file that set
 * it. SLOs given as inputs, or in a file outside the repository, have no line to point at.
 */
function sloAnnotations(results) {
    const annotations = [];
    for (const result of results) {
        if (result.status === 'pass')
            continue;
        const at = parseFileLocation(result.threshold.origin);
        const path = at && repositoryPath(at.file);
        if (!at || !path)
            continue;
        const message = [
            `${result.threshold.source}`,
            `measured ${formatThresholdValue(result.threshold, result.actual)}, limit ${formatCondition(result.threshold)}`,
            ...(result.note ? [result.note] : []),
        ].join('\n');
        annotations.push({
            path,
            start_line: at.line,
            end_line: at.line,
            start_column: at.col,
            end_column: at.col,
            annotation_level: result.status === 'fail' ? 'failure' : 'warning',
            title: `SLO ${result.status === 'fail' ? 'failed' : 'marginal'}: ${headlineFigure(result)}`.slice(0, 255),
            message: message.length <= CHECK_RUN_LIMITS.annotationMessage
                ? message
                : `${message.slice(0, CHECK_RUN_LIMITS.annotationMessage - 1)}…`,
        });
    }
    return annotations;
}
function buildCheckRun(ctx, markdown, options) {
    return {
        name: checkRunName(options.job, ctx.settings),
        conclusion: CHECK_CONCLUSIONS[ctx.evaluation.verdict],
        title: checkRunTitle(ctx),
        summary: fitCheckRunSummary(markdown),
        annotations: sloAnnotations(ctx.evaluation.results),
        ...(options.detailsUrl ? { detailsUrl: options.detailsUrl } : {}),
    };
}

;// CONCATENATED MODULE: ./src/integrations/check-run.ts
/**
 * The gate's own check run (Checks API), so the verdict sits in the pull request's
 * checks list beside the build. One per job and environment on a commit: a re-run finds
 * it by name and updates it in place. The API appends annotations on every update and
 * cannot remove them, so a predecessor that carries annotations is superseded by a new
 * run of the same name instead (GitHub shows the newest); otherwise old failures would
 * stay pinned to the config file after the SLO holds again.
 */

async function publishCheckRun(options) {
    try {
        return await upsertCheckRun(options);
    }
    catch (error) {
        const status = error?.status;
        if (status === 403 && error instanceof Error) {
            throw new Error(`${error.message} (the token needs the checks: write permission)`, { cause: error });
        }
        throw error;
    }
}
/** Annotations in the API's batches of at most 50. */
function annotationBatches(annotations) {
    const batches = [];
    for (let i = 0; i < annotations.length; i += CHECK_RUN_LIMITS.annotationsPerRequest) {
        batches.push(annotations.slice(i, i + CHECK_RUN_LIMITS.annotationsPerRequest));
    }
    return batches;
}
async function upsertCheckRun(options) {
    const [owner, repo, ...rest] = options.repository.split('/');
    if (!owner || !repo || rest.length)
        throw new Error(`repository must be owner/name, got ${options.repository}`);
    if (!/^[0-9a-f]{40}$|^[0-9a-f]{64}$/i.test(options.headSha))
        throw new Error(`the commit is not a SHA: ${options.headSha.slice(0, 80)}`);
    // Loaded when used: the client library is large, and most runs never need it.
    const { getOctokit } = await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351));
    const octokit = getOctokit(options.token, options.apiUrl ? { baseUrl: options.apiUrl.replace(/\/+$/, '') } : {});
    const request = options.signal ? { signal: options.signal } : {};
    const { content } = options;
    const { data: found } = await octokit.rest.checks.listForRef({
        owner,
        repo,
        ref: options.headSha,
        check_name: content.name,
        filter: 'latest',
        per_page: 100,
        request,
    });
    const previous = found.check_runs.filter((run) => run.name === content.name).sort((a, b) => b.id - a.id)[0];
    const reusable = previous !== undefined && (previous.output.annotations_count ?? 0) === 0;
    const [first = [], ...more] = annotationBatches(content.annotations);
    const output = (annotations) => ({
        title: content.title,
        summary: content.summary,
        ...(annotations.length ? { annotations } : {}),
    });
    const fields = {
        owner,
        repo,
        name: content.name,
        status: 'completed',
        conclusion: content.conclusion,
        ...(options.startedAt ? { started_at: options.startedAt } : {}),
        completed_at: options.completedAt ?? new Date().toISOString(),
        ...(content.detailsUrl ? { details_url: content.detailsUrl } : {}),
        output: output(first),
        request,
    };
    const { data } = reusable
        ? await octokit.rest.checks.update({ ...fields, check_run_id: previous.id })
        : await octokit.rest.checks.create({ ...fields, head_sha: options.headSha });
    // Each update appends its batch to the annotations already there.
    for (const batch of more) {
        await octokit.rest.checks.update({ owner, repo, check_run_id: data.id, output: output(batch), request });
    }
    return {
        action: reusable ? 'updated' : 'created',
        id: data.id,
        url: data.html_url ?? '',
        annotations: content.annotations.length,
    };
}

;// CONCATENATED MODULE: ./src/integrations/pr-comment.ts
/**
 * A sticky pull-request comment: one per job, found again on the next run by a hidden
 * HTML-comment marker and updated in place instead of piling up new comments.
 */



/** GitHub rejects issue comments longer than this. */
const PR_COMMENT_LIMIT = 65_536;
/** Events whose payload is a pull request the comment can go on. */
const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** The hidden marker for a job: `<!-- loadgate:<job key> -->` (the key made safe inside an HTML comment). */
function prCommentMarker(jobKey) {
    const key = jobKey
        .replace(/[^A-Za-z0-9 ._:/@()=,+-]/g, '_')
        .replace(/-{2,}/g, '-')
        .trim();
    return `<!-- loadgate:${key || 'default'} -->`;
}
const VERDICT_ICON = {
    pass: '✅',
    marginal: '⚠️',
    fail: '❌',
    inconclusive: '❔',
    error: '❌',
};
const STATUS_ICON = {
    pass: '✅',
    marginal: '⚠️',
    fail: '❌',
    inconclusive: '❔',
};
/** Text for a markdown table cell: no HTML, no markdown emphasis or links, no cell breaks. */
function pr_comment_cell(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]|~])/g, '\\$1')
        .replace(/\r?\n/g, '<br>');
}
/** A code span for any text: a fence longer than any backtick run inside, pipes escaped for tables. */
function codeCell(text) {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|')}${pad}${fence}`;
}
/** Cut a comment to GitHub's limit at a line break, keeping the marker and saying it was cut. */
function fitPrComment(body, limit = PR_COMMENT_LIMIT) {
    if (body.length <= limit)
        return body;
    const note = `\n\n> ✂️ This comment was cut to fit GitHub's ${format_formatNumber(limit)}-character limit; the whole report is in the artifact.\n`;
    let cut = body.slice(0, limit - note.length);
    // Never end between the two halves of a surrogate pair.
    if (/[\uD800-\uDBFF]$/.test(cut))
        cut = cut.slice(0, -1);
    const lastBreak = cut.lastIndexOf('\n');
    if (lastBreak > 0)
        cut = cut.slice(0, lastBreak);
    return cut + note;
}
/** The regressions against the baseline first, then where the baseline came from (or that it was missing). */
function baselineLead(ctx) {
    if (!ctx.baseline && !ctx.evaluation.baseline)
        return [];
    const missing = missingText(ctx.evaluation, ctx.baseline);
    if (!baselineMeasurements(ctx.baseline))
        return [`**Baseline:** ${pr_comment_cell(missing ?? 'none could be had')}`, ''];
    const regressions = regressionLines(ctx.evaluation);
    const origin = `Compared with the baseline ${pr_comment_cell(originText(ctx.baseline))}.`;
    if (regressions.length === 0)
        return [origin, ''];
    return [
        `**Regressions against the baseline:**`,
        '',
        ...regressions.map((r) => `- 🔺 ${pr_comment_cell(r)}`),
        '',
        origin,
        '',
    ];
}
/** The comment's markdown: regressions, verdict, SLO table, headline numbers, links. */
function buildPrComment(ctx, content) {
    const { verdict, results } = ctx.evaluation;
    const o = ctx.measurements.overall;
    const count = (s) => results.filter((r) => r.status === s).length;
    const target = displayUrl(ctx.settings.targetUrl);
    const env = ctx.settings.environment ? ` (${pr_comment_cell(ctx.settings.environment)})` : '';
    const summary = [`${count('pass')} of ${results.length} SLOs met`];
    if (count('marginal'))
        summary.push(`${count('marginal')} marginal`);
    if (count('fail'))
        summary.push(`${count('fail')} failed`);
    const partial = partialPlanNote(ctx.measurements);
    const lines = [
        content.marker,
        `### ${VERDICT_ICON[verdict]} loadgate: ${VERDICT_LABELS[verdict]} for ${pr_comment_cell(target)}${env}`,
        '',
        ...baselineLead(ctx),
        `**${summary.join(', ')}.** ${ctx.rollback ? '**Rollback signalled.**' : 'No rollback.'}${ctx.measurements.stoppedEarly ? ` Load stopped early: ${pr_comment_cell(ctx.measurements.stoppedEarly)}.` : ''}${partial ? ` The load ${pr_comment_cell(partial)}.` : ''}`,
        '',
        ...(verdict === 'error'
            ? verdictReasons(ctx.evaluation).flatMap((reason) => [`**Not judged**: ${pr_comment_cell(reason)}.`, ''])
            : [
                ...verdictReasons(ctx.evaluation).map((reason) => `- ${VERDICT_LABELS[verdict]}: ${pr_comment_cell(reason)}`),
                ...(verdictReasons(ctx.evaluation).length > 0 ? [''] : []),
            ]),
        `p50 **${format_formatMs(o.latency.p50)}** · p95 **${format_formatMs(o.latency.p95)}** · p99 **${format_formatMs(o.latency.p99)}** · errors **${format_formatPercent(format_errorPercent(o))}** · throughput **${formatRps(o.rps)}** · ${format_formatNumber(o.requests)} requests`,
        '',
    ];
    if (results.length) {
        lines.push('| Status | Threshold | Actual | Limit | Note |', '| --- | --- | ---: | ---: | --- |');
        for (const r of results) {
            lines.push(`| ${STATUS_ICON[r.status]} ${r.status} | ${codeCell(r.threshold.source)} | ${pr_comment_cell(formatThresholdValue(r.threshold, r.actual))} | ${pr_comment_cell(formatCondition(r.threshold))} | ${r.note ? pr_comment_cell(r.note) : ''} |`);
        }
        lines.push('');
    }
    const links = [
        ...(content.artifactUrl ? [`📦 [Full report (HTML, JUnit, metrics)](${content.artifactUrl})`] : []),
        ...(ctx.runUrl ? [`[Workflow run](${ctx.runUrl})`] : []),
    ];
    if (links.length)
        lines.push(links.join(' · '), '');
    lines.push(`<sub>loadgate ${pr_comment_cell(ctx.toolVersion)} · ${pr_comment_cell(ctx.generatedAt)}</sub>`, '');
    return fitPrComment(lines.join('\n'));
}
async function publishPrComment(options) {
    try {
        return await upsertComment(options);
    }
    catch (error) {
        const status = error?.status;
        if (status === 403 && error instanceof Error) {
            throw new Error(`${error.message} (the token needs the pull-requests: write permission)`, {
                cause: error,
            });
        }
        throw error;
    }
}
async function upsertComment(options) {
    if (!options.eventName || !PR_EVENTS.has(options.eventName)) {
        return { action: 'skipped', reason: `not a pull request event (${options.eventName ?? 'none'})` };
    }
    if (!options.pullRequestNumber)
        return { action: 'skipped', reason: 'the event has no pull request number' };
    const [owner, repo, ...rest] = options.repository.split('/');
    if (!owner || !repo || rest.length)
        throw new Error(`repository must be owner/name, got ${options.repository}`);
    if (!options.body.includes(options.marker))
        throw new Error('the comment body does not contain its marker');
    // Loaded when used: the client library is large, and most runs never need it.
    const { getOctokit } = await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351));
    const octokit = getOctokit(options.token, options.apiUrl ? { baseUrl: options.apiUrl.replace(/\/+$/, '') } : {});
    const request = options.signal ? { signal: options.signal } : {};
    const issue = { owner, repo, issue_number: options.pullRequestNumber };
    let existing;
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        ...issue,
        per_page: 100,
        request,
    });
    for await (const page of pages) {
        existing = page.data.find((comment) => comment.body?.includes(options.marker))?.id;
        if (existing !== undefined)
            break;
    }
    if (existing !== undefined) {
        const { data } = await octokit.rest.issues.updateComment({
            owner,
            repo,
            comment_id: existing,
            body: options.body,
            request,
        });
        return { action: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await octokit.rest.issues.createComment({ ...issue, body: options.body, request });
    return { action: 'created', id: data.id, url: data.html_url };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
;// CONCATENATED MODULE: ./src/integrations/proxied-http.ts
/**
 * The environment's proxy (HTTPS_PROXY, HTTP_PROXY, NO_PROXY) for the integrations
 * that do not honour it by themselves. Which client each integration uses:
 *
 * - Slack (`@slack/webhook`): the global `fetch`, which ignores the proxy variables
 *   unless Node runs with NODE_USE_ENV_PROXY, so it gets undici's `fetch` with an
 *   `EnvHttpProxyAgent` when a proxy is set.
 * - Pushgateway (got, on Node's `http`/`https`): Node's agents with `proxyEnv`.
 * - GitHub API (PR comment, check run, baseline artifact) and the artifact upload: the
 *   `@actions/*` clients read the variables themselves (`@actions/http-client`).
 *
 * Without a proxy nothing changes: the default clients are used as before.
 */


function variables(source) {
    if ('noProxy' in source && typeof source.noProxy === 'string') {
        const settings = source;
        return {
            ...(settings.httpUrl ? { http: settings.httpUrl } : {}),
            ...(settings.httpsUrl ? { https: settings.httpsUrl } : {}),
            noProxy: settings.noProxy,
        };
    }
    const env = source;
    const read = (name) => env[name.toLowerCase()]?.trim() || env[name]?.trim() || undefined;
    const httpUrl = read('HTTP_PROXY');
    const httpsUrl = read('HTTPS_PROXY') ?? httpUrl;
    return {
        ...(httpUrl ? { http: httpUrl } : {}),
        ...(httpsUrl ? { https: httpsUrl } : {}),
        noProxy: read('NO_PROXY') ?? '',
    };
}
/** A `fetch` that goes through the proxy, or undefined when none is set (use the global one). */
async function proxiedFetch(source) {
    const proxy = source ? variables(source) : undefined;
    if (!proxy || (!proxy.http && !proxy.https))
        return undefined;
    const { EnvHttpProxyAgent, fetch: undiciFetch } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 46752, 19));
    // '' (not undefined): the agent must not fall back to process.env for a variable the settings left unset.
    const dispatcher = new EnvHttpProxyAgent({
        httpProxy: proxy.http ?? '',
        httpsProxy: proxy.https ?? '',
        noProxy: proxy.noProxy,
    });
    return ((input, init) => undiciFetch(input, { ...init, dispatcher }));
}
/** Node agents for got that go through the proxy, or undefined when none is set. */
function proxyAgents(source) {
    const proxy = source ? variables(source) : undefined;
    if (!proxy || (!proxy.http && !proxy.https))
        return undefined;
    const proxyEnv = {
        ...(proxy.http ? { HTTP_PROXY: proxy.http } : {}),
        ...(proxy.https ? { HTTPS_PROXY: proxy.https } : {}),
        NO_PROXY: proxy.noProxy,
    };
    return { http: new (external_node_http_default()).Agent({ proxyEnv }), https: new (external_node_https_default()).Agent({ proxyEnv }) };
}

;// CONCATENATED MODULE: ./src/integrations/pushgateway.ts
/**
 * Push the run's metrics to a Prometheus Pushgateway with got: short time limit,
 * a few retries with backoff, then give up.
 *
 * The grouping key goes in the path, `/metrics/job/<job>/<label>/<value>…`; a value
 * with a `/` (or an empty one) uses the `<label>@base64/<base64url value>` form the
 * Pushgateway defines for that.
 *
 * The key names what the series describe (job, repository, environment, target), not
 * the run: with PUT each push replaces the group's previous metrics, so the gateway
 * holds one group per gated target instead of one more per run, forever. The run id
 * travels as a label value of `loadgate_run_info`.
 */



/** One path segment pair of the grouping key. */
function groupingPair(name, value) {
    if (value === '')
        return `${name}@base64/=`;
    if (value.includes('/'))
        return `${name}@base64/${Buffer.from(value, 'utf8').toString('base64url')}`;
    return `${name}/${encodeURIComponent(value)}`;
}
/**
 * The push URL for a job and grouping labels (in the given order; undefined values
 * are left out). Label names are sanitized to what Prometheus allows.
 */
function pushgatewayUrl(baseUrl, job, labels = {}) {
    const base = baseUrl.replace(/\/+$/, '');
    const parts = [groupingPair('job', job)];
    for (const [name, value] of Object.entries(labels)) {
        if (value === undefined)
            continue;
        const labelName = sanitizeLabelName(name);
        if (labelName === 'job')
            continue;
        parts.push(groupingPair(labelName, value));
    }
    return `${base}/metrics/${parts.join('/')}`;
}
/** The grouping labels loadgate uses after `job`: repository, environment, target. */
function pushgatewayGrouping(ctx, where) {
    return {
        repository: where.repository,
        environment: ctx.settings.environment,
        target: displayUrl(ctx.settings.targetUrl),
    };
}
async function publishPushgateway(options) {
    const target = pushgatewayUrl(options.url, options.job ?? 'loadgate', options.groupingLabels);
    const method = options.method ?? 'PUT';
    // Loaded when used: the client library is large, and most runs never need it.
    const { default: got } = await __webpack_require__.e(/* import() */ 212).then(__webpack_require__.bind(__webpack_require__, 66212));
    const agent = proxyAgents(options.proxy);
    const response = await got(target, {
        ...(agent ? { agent } : {}),
        method,
        body: options.metrics,
        headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8', ...options.headers },
        timeout: { request: options.timeoutMs ?? 5_000 },
        retry: {
            limit: options.retries ?? 2,
            methods: [method],
            statusCodes: [408, 429, 500, 502, 503, 504],
            backoffLimit: 2_000,
            noise: 100,
        },
        throwHttpErrors: true,
        followRedirect: false,
        ...(options.signal ? { signal: options.signal } : {}),
    });
    return { url: displayUrl(target), statusCode: response.statusCode };
}

;// CONCATENATED MODULE: ./src/integrations/slack-limits.ts
const SLACK_LIMITS = {
    /** Blocks in one message. */
    blocks: 50,
    /** A header block's plain text. */
    headerText: 150,
    /** A section block's text. */
    sectionText: 3000,
    /** Fields in one section block. */
    fields: 10,
    /** One field's text. */
    fieldText: 2000,
    /** Elements in one context block. */
    contextElements: 10,
    /** One context element's text. */
    contextText: 3000,
    /** The notification text (fallback); Slack cuts at 40,000, phones show far less. */
    fallbackText: 3000,
};
const ELLIPSIS = '…';
/**
 * `text` cut to at most `max` characters, ending in `…` when cut. In mrkdwn the cut moves
 * back so that it never splits a link (`<url|label>`) or an entity (`&amp;`); it never
 * splits a surrogate pair.
 */
function truncateSlackText(text, max, mrkdwn = true) {
    if (text.length <= max)
        return text;
    if (max <= ELLIPSIS.length)
        return ELLIPSIS.slice(0, Math.max(0, max));
    let cut = max - ELLIPSIS.length;
    // A low surrogate at the cut would leave half a character.
    const code = text.charCodeAt(cut);
    if (code >= 0xdc00 && code <= 0xdfff)
        cut--;
    let head = text.slice(0, cut);
    if (mrkdwn) {
        const open = head.lastIndexOf('<');
        if (open > head.lastIndexOf('>'))
            head = head.slice(0, open);
        const amp = head.lastIndexOf('&');
        if (amp > head.lastIndexOf(';') && /^&[a-z#0-9]*$/i.test(head.slice(amp)))
            head = head.slice(0, amp);
    }
    return head + ELLIPSIS;
}
/** Escape the three characters Slack's mrkdwn treats as control characters. */
function escapeSlack(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/**
 * `text` escaped for mrkdwn and at most `max` characters long once escaped, shortened
 * in the middle before escaping so that no entity is split (escaping can make a text
 * five times longer).
 */
function escapeAndShorten(text, max) {
    let room = max;
    let out = escapeSlack(shortenMiddle(text, room));
    while (out.length > max && room > 1) {
        room = Math.max(1, Math.min(room - 1, Math.floor((room * max) / out.length)));
        out = escapeSlack(shortenMiddle(text, room));
    }
    return out;
}
/** A long text shortened in the middle (`https://host/aaa…zzz`), for names whose both ends matter. */
function shortenMiddle(text, max) {
    if (text.length <= max)
        return text;
    const keep = max - ELLIPSIS.length;
    const head = Math.ceil(keep / 2);
    return `${text.slice(0, head)}${ELLIPSIS}${text.slice(text.length - (keep - head))}`;
}
function fitText(object, max) {
    if (!object || typeof object !== 'object')
        return object;
    const text = object;
    if (typeof text.text !== 'string')
        return object;
    return { ...text, text: truncateSlackText(text.text, max, text.type === 'mrkdwn') };
}
function fitBlock(block) {
    switch (block.type) {
        case 'header':
            return { ...block, text: fitText(block.text, SLACK_LIMITS.headerText) };
        case 'section': {
            const out = { ...block };
            if (block.text)
                out.text = fitText(block.text, SLACK_LIMITS.sectionText);
            if (Array.isArray(block.fields)) {
                out.fields = block.fields
                    .slice(0, SLACK_LIMITS.fields)
                    .map((field) => fitText(field, SLACK_LIMITS.fieldText));
            }
            return out;
        }
        case 'context':
            return Array.isArray(block.elements)
                ? {
                    ...block,
                    elements: block.elements
                        .slice(0, SLACK_LIMITS.contextElements)
                        .map((element) => fitText(element, SLACK_LIMITS.contextText)),
                }
                : block;
        default:
            return block;
    }
}
/**
 * The message within every limit above: texts cut, fields and context elements beyond
 * the limit left out, and past 50 blocks the last one kept says how many were left out.
 */
function fitSlackMessage(message) {
    const out = { ...message };
    if (typeof message.text === 'string') {
        out.text = truncateSlackText(message.text, SLACK_LIMITS.fallbackText);
    }
    if (message.blocks) {
        let blocks = message.blocks.map(fitBlock);
        if (blocks.length > SLACK_LIMITS.blocks) {
            const kept = blocks.slice(0, SLACK_LIMITS.blocks - 1);
            const left = blocks.length - kept.length;
            blocks = [
                ...kept,
                { type: 'context', elements: [{ type: 'mrkdwn', text: `_${left} more blocks left out._` }] },
            ];
        }
        out.blocks = blocks;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/integrations/slack.ts
/**
 * Slack notification through an incoming webhook (@slack/webhook), as a Block Kit
 * message. The webhook URL is a credential: it never appears in a message, a log line
 * or an error this module throws. Every message goes through `fitSlackMessage`, so no
 * input (a long URL, a hundred thresholds) can push it past Slack's limits.
 */






const BAD_VERDICTS = new Set(['fail', 'error', 'inconclusive']);
/**
 * Whether to notify: `failure` covers fail, error and inconclusive; `marginal` covers
 * marginal and everything `failure` covers; `always` and `never` say what they mean.
 */
function shouldNotifySlack(verdict, notifyOn) {
    switch (notifyOn) {
        case 'never':
            return false;
        case 'always':
            return true;
        case 'failure':
            return BAD_VERDICTS.has(verdict);
        case 'marginal':
            return verdict === 'marginal' || BAD_VERDICTS.has(verdict);
    }
}

const STATUS_EMOJI = {
    pass: ':white_check_mark:',
    marginal: ':warning:',
    fail: ':x:',
    inconclusive: ':grey_question:',
};
const VERDICT_EMOJI = {
    pass: ':white_check_mark:',
    marginal: ':warning:',
    fail: ':rotating_light:',
    inconclusive: ':grey_question:',
    error: ':x:',
};
/** The first untagged threshold on a metric, e.g. p(95) of http_req_duration over the whole run. */
function findResult(results, match) {
    return results.find((r) => Object.keys(r.threshold.tags).length === 0 && match(r.threshold));
}
function withThreshold(value, result) {
    if (!result)
        return `${value}\n_no SLO_`;
    return `${value} ${STATUS_EMOJI[result.status]}\nSLO ${escapeSlack(formatCondition(result.threshold))}`;
}
const MAX_LISTED = 10;
/** Room for ten list items in one section (3,000 characters). */
const MAX_ITEM_LENGTH = 250;
/** Longer URLs are shown shortened and not linked: a link must keep its whole URL. */
const MAX_LINKED_URL = 1000;
/** A section listing thresholds by their source, the first ten, then how many more. */
function sloListSection(title, results) {
    const listed = results
        .slice(0, MAX_LISTED)
        .map((r) => `• \`${escapeAndShorten(r.threshold.source, MAX_ITEM_LENGTH)}\``);
    if (results.length > MAX_LISTED)
        listed.push(`…and ${results.length - MAX_LISTED} more`);
    return { type: 'section', text: { type: 'mrkdwn', text: `*${title}*\n${listed.join('\n')}` } };
}
/** The target as a link (or, when very long, as shortened text). */
function slackTargetLink(target) {
    const label = escapeAndShorten(target, 200);
    return target.length <= MAX_LINKED_URL ? `<${escapeSlack(target)}|${label}>` : label;
}
function buildSlackMessage(ctx, options = {}) {
    const { verdict, results } = ctx.evaluation;
    const o = ctx.measurements.overall;
    const target = displayUrl(ctx.settings.targetUrl);
    const environment = ctx.settings.environment;
    const runUrl = options.runUrl ?? ctx.runUrl;
    const percentile = (p) => (t) => t.metric === 'http_req_duration' && t.aggregation === 'p' && t.percentile === p;
    const failed = results.filter((r) => r.status === 'fail');
    const marginal = results.filter((r) => r.status === 'marginal');
    const heading = `${verdict.toUpperCase()}: performance gate${environment ? ` (${environment})` : ''}`;
    const blocks = [
        { type: 'header', text: { type: 'plain_text', text: heading.slice(0, 150), emoji: true } },
        {
            type: 'section',
            text: {
                type: 'mrkdwn',
                text: `${VERDICT_EMOJI[verdict]} *${verdict.toUpperCase()}* for ${slackTargetLink(target)}: ${results.length - failed.length - marginal.length} of ${results.length} SLOs met${marginal.length ? `, ${marginal.length} marginal` : ''}${failed.length ? `, ${failed.length} failed` : ''}.`,
            },
        },
        {
            type: 'section',
            fields: [
                { type: 'mrkdwn', text: `*Target*\n${escapeAndShorten(target, 500)}` },
                { type: 'mrkdwn', text: `*Environment*\n${escapeAndShorten(environment ?? '—', 200)}` },
                {
                    type: 'mrkdwn',
                    text: `*p95 latency*\n${withThreshold(format_formatMs(o.latency.p95), findResult(results, percentile(95)))}`,
                },
                {
                    type: 'mrkdwn',
                    text: `*p99 latency*\n${withThreshold(format_formatMs(o.latency.p99), findResult(results, percentile(99)))}`,
                },
                {
                    type: 'mrkdwn',
                    text: `*Error rate*\n${withThreshold(format_formatPercent(format_errorPercent(o)), findResult(results, (t) => t.metric === 'http_req_failed' && t.aggregation === 'rate'))}`,
                },
                {
                    type: 'mrkdwn',
                    text: `*Throughput*\n${withThreshold(formatRps(o.rps), findResult(results, (t) => t.metric === 'http_reqs' && t.aggregation === 'rate'))}`,
                },
            ],
        },
    ];
    const reasons = verdictReasons(ctx.evaluation);
    if (reasons.length) {
        const lead = verdict === 'error' ? '*Not judged*' : `*Why ${verdict.toUpperCase()}*`;
        blocks.push({
            type: 'section',
            text: {
                type: 'mrkdwn',
                text: truncateSlackText(`${lead}\n${reasons.map((r) => `• ${escapeSlack(r)}`).join('\n')}`, SLACK_LIMITS.sectionText),
            },
        });
    }
    const regressions = regressionLines(ctx.evaluation);
    if (regressions.length) {
        // A section's text is at most 3,000 characters: cut at a whole line.
        let text = '*Regressions against the baseline*';
        for (const line of regressions.map((r) => `\n• ${escapeSlack(r)}`)) {
            if (text.length + line.length > SLACK_LIMITS.sectionText - 20) {
                text += '\n…and more';
                break;
            }
            text += line;
        }
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text } });
    }
    if (failed.length)
        blocks.push(sloListSection('Failed SLOs', failed));
    if (marginal.length)
        blocks.push(sloListSection('Marginal SLOs (within the marginal band)', marginal));
    blocks.push({
        type: 'section',
        text: {
            type: 'mrkdwn',
            text: ctx.rollback
                ? ':rewind: *Rollback signalled*: the `rollback` output is `true`.'
                : `*Rollback*: not signalled${verdict === 'fail' ? ' (auto-rollback is off)' : ''}.`,
        },
    });
    blocks.push(slackFooter([
        ...(runUrl ? [[runUrl, 'Workflow run']] : []),
        ...(options.artifactUrl ? [[options.artifactUrl, 'Report artifact']] : []),
    ], [`loadgate ${ctx.toolVersion}`, ctx.generatedAt]));
    const fallback = `loadgate ${verdict.toUpperCase()} for ${shortenMiddle(target, 200)}${environment ? ` (${environment})` : ''}: p95 ${format_formatMs(o.latency.p95)}, errors ${format_formatPercent(format_errorPercent(o))}${failed.length ? `, ${failed.length} SLO(s) failed` : ''}${marginal.length ? `, marginal: ${marginal.map((r) => r.threshold.source).join('; ')}` : ''}${ctx.rollback ? ', rollback signalled' : ''}`;
    return fitSlackMessage({ text: fallback, blocks });
}
/** The last block: links (dropped when too long to link whole) and plain notes, `·`-separated. */
function slackFooter(links, notes) {
    const parts = [
        ...links
            .filter(([url]) => url.length <= MAX_LINKED_URL)
            .map(([url, label]) => `<${escapeSlack(url)}|${label}>`),
        ...notes.map(escapeSlack),
    ];
    return { type: 'context', elements: [{ type: 'mrkdwn', text: parts.join(' · ') }] };
}
/** Post the message. Errors thrown carry no trace of the webhook URL. */
async function publishSlack(options) {
    const { webhookUrl, signal } = options;
    // Loaded when used: the client library is large, and most runs never need it.
    const { IncomingWebhook, IncomingWebhookHTTPError } = await __webpack_require__.e(/* import() */ 443).then(__webpack_require__.t.bind(__webpack_require__, 54443, 23));
    const send = (await proxiedFetch(options.proxy)) ?? fetch;
    const webhook = new IncomingWebhook(webhookUrl, {
        timeout: options.timeoutMs ?? 10_000,
        retryConfig: { retries: options.retries ?? 1, minTimeout: 250, maxTimeout: 1_000, factor: 2 },
        fetch: (url, init) => {
            const signals = [init?.signal, signal].filter((s) => s !== undefined);
            return send(url, { ...init, ...(signals.length ? { signal: AbortSignal.any(signals) } : {}) });
        },
    });
    try {
        await webhook.send(options.message);
    }
    catch (error) {
        // Slack says why in the body of a refusal (`invalid_token`, `no_service`, `channel_is_archived`).
        const cause = error instanceof IncomingWebhookHTTPError
            ? `Slack answered HTTP ${error.statusCode}${error.body ? `: ${error.body.slice(0, 200)}` : ''}`
            : describeError(error);
        // The library's errors may quote the URL (e.g. "Failed to parse URL from …"): keep the
        // scrubbed text only, not the original error as `cause`.
        // eslint-disable-next-line preserve-caught-error
        throw new Error(scrubSecrets(cause, [webhookUrl]));
    }
}

;// CONCATENATED MODULE: ./src/integrations/slack-error-message.ts


const slack_error_message_MAX_LISTED = 10;
const slack_error_message_MAX_ITEM_LENGTH = 280;
function buildSlackErrorMessage(context) {
    const { issues, target, environment } = context;
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    const where = target ? ` for ${slackTargetLink(target)}` : '';
    const listed = issues
        .slice(0, slack_error_message_MAX_LISTED)
        .map((issue) => `• ${escapeAndShorten(`${issue.where}: ${issue.message}`, slack_error_message_MAX_ITEM_LENGTH)}`);
    if (issues.length > slack_error_message_MAX_LISTED)
        listed.push(`…and ${issues.length - slack_error_message_MAX_LISTED} more (see the log)`);
    const blocks = [
        {
            type: 'header',
            text: {
                type: 'plain_text',
                text: `ERROR: performance gate${environment ? ` (${environment})` : ''}`,
                emoji: true,
            },
        },
        {
            type: 'section',
            text: {
                type: 'mrkdwn',
                text: `:x: *ERROR*${where}: the gate could not run, ${count} in its settings. No request was sent to the target and no rollback is signalled.`,
            },
        },
        { type: 'section', text: { type: 'mrkdwn', text: `*Settings problems*\n${listed.join('\n')}` } },
        slackFooter(context.runUrl ? [[context.runUrl, 'Workflow run']] : [], [
            `loadgate ${context.toolVersion}`,
            context.generatedAt,
        ]),
    ];
    const fallback = `loadgate ERROR${target ? ` for ${shortenMiddle(target, 200)}` : ''}${environment ? ` (${environment})` : ''}: ${count} in the settings, no load sent`;
    return fitSlackMessage({ text: fallback, blocks });
}

;// CONCATENATED MODULE: ./src/publish.ts
/**
 * Sends the decided verdict where people and systems act on it: the workflow
 * artifact, a sticky PR comment, a check run, Slack and a Prometheus Pushgateway. Each runs in
 * its own try/catch with a time limit (runIntegration): a failure is one warning,
 * and nothing here can change the verdict, the outputs' figures or the files on disk.
 */













/** Time limits: the artifact client retries a 500 five times from 3 s and cannot be cancelled. */
const ARTIFACT_TIMEOUT_MS = 120_000;
const NOTIFY_TIMEOUT_MS = 20_000;
function pullRequestNumber(eventPath) {
    if (!eventPath)
        return undefined;
    try {
        const event = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8'));
        const number = event.pull_request?.number;
        return typeof number === 'number' ? number : undefined;
    }
    catch {
        return undefined;
    }
}
function pullRequestHeadSha(eventPath) {
    if (!eventPath)
        return undefined;
    try {
        const event = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8'));
        const sha = event.pull_request?.head?.sha;
        return typeof sha === 'string' && sha ? sha : undefined;
    }
    catch {
        return undefined;
    }
}
function runnerContext(env = process.env) {
    const pr = pullRequestNumber(env.GITHUB_EVENT_PATH);
    const headSha = pullRequestHeadSha(env.GITHUB_EVENT_PATH) ?? env.GITHUB_SHA;
    return {
        ...(env.GITHUB_JOB ? { job: env.GITHUB_JOB } : {}),
        ...(env.GITHUB_SERVER_URL ? { serverUrl: env.GITHUB_SERVER_URL } : {}),
        ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
        ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
        ...(env.GITHUB_EVENT_NAME ? { eventName: env.GITHUB_EVENT_NAME } : {}),
        ...(pr !== undefined ? { pullRequestNumber: pr } : {}),
        ...(headSha ? { headSha } : {}),
        canUploadArtifacts: Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL),
    };
}
async function publishResults(outcome, runner, log) {
    const { publish } = outcome.settings;
    const ctx = outcome.report;
    const jobKey = deriveJobKey(runner.job, outcome.settings);
    const result = {};
    if (publish.uploadArtifact && runner.canUploadArtifacts) {
        const uploaded = await runIntegration('Artifact upload', ARTIFACT_TIMEOUT_MS, () => publishArtifact({
            name: publish.artifactName,
            jobKey,
            files: outcome.bundleFiles,
            rootDir: outcome.reportDir,
            ...(publish.artifactRetentionDays !== undefined
                ? { retentionDays: publish.artifactRetentionDays }
                : {}),
            ...(runner.serverUrl ? { serverUrl: runner.serverUrl } : {}),
            ...(runner.repository ? { repository: runner.repository } : {}),
            ...(runner.runId ? { runId: runner.runId } : {}),
        }), log.warn);
        if (uploaded) {
            result.artifactId = uploaded.id;
            result.artifactName = uploaded.name;
            const url = uploaded.url ?? artifactUrl(uploaded.id, runner);
            if (url)
                result.artifactUrl = url;
            log.info(`Artifact ${uploaded.name} uploaded (id ${uploaded.id})`);
        }
    }
    else if (publish.uploadArtifact) {
        log.info('Artifact upload skipped: the artifact service is only reachable from a GitHub Actions job.');
    }
    const artifactLink = result.artifactUrl ? { artifactUrl: result.artifactUrl } : {};
    const tasks = [];
    if (publish.commentOnPr &&
        publish.githubToken &&
        runner.repository &&
        runner.pullRequestNumber !== undefined) {
        const token = publish.githubToken;
        const repository = runner.repository;
        const marker = prCommentMarker(jobKey);
        tasks.push(runIntegration('PR comment', NOTIFY_TIMEOUT_MS, (signal) => publishPrComment({
            token,
            repository,
            eventName: runner.eventName,
            pullRequestNumber: runner.pullRequestNumber,
            body: buildPrComment(ctx, { ...artifactLink, marker }),
            marker,
            signal,
        }), log.warn, { secrets: [token] }).then((comment) => {
            if (comment?.action === 'skipped')
                log.info(`PR comment skipped: ${comment.reason}.`);
            else if (comment)
                log.info(`PR comment ${comment.action}: ${comment.url}`);
        }));
    }
    if (publish.checkRun && publish.githubToken && runner.repository && runner.headSha) {
        const token = publish.githubToken;
        const repository = runner.repository;
        const headSha = runner.headSha;
        const content = buildCheckRun(ctx, outcome.markdown, { job: runner.job, detailsUrl: ctx.runUrl });
        tasks.push(runIntegration('Check run', NOTIFY_TIMEOUT_MS, async (signal) => {
            const done = await publishCheckRun({
                token,
                repository,
                headSha,
                content,
                startedAt: outcome.measurements.startedAt,
                completedAt: outcome.measurements.finishedAt,
                signal,
            });
            log.info(`Check run "${content.name}" ${done.action} (${done.annotations} annotations): ${done.url}`);
        }, log.warn, { secrets: [token] }));
    }
    const webhookUrl = publish.slackWebhookUrl;
    if (webhookUrl && shouldNotifySlack(outcome.evaluation.verdict, publish.slackNotifyOn)) {
        tasks.push(runIntegration('Slack notification', NOTIFY_TIMEOUT_MS, async (signal) => {
            await publishSlack({
                webhookUrl,
                message: buildSlackMessage(ctx, artifactLink),
                signal,
                ...(ctx.settings.transport?.proxy ? { proxy: ctx.settings.transport.proxy } : {}),
            });
            return true;
        }, log.warn, { secrets: [webhookUrl] }).then((sent) => {
            if (sent)
                log.info(`Slack notification sent (${outcome.evaluation.verdict}).`);
        }));
    }
    const pushgatewayUrl = publish.pushgatewayUrl;
    if (pushgatewayUrl) {
        tasks.push(runIntegration('Pushgateway push', NOTIFY_TIMEOUT_MS, (signal) => publishPushgateway({
            url: pushgatewayUrl,
            groupingLabels: pushgatewayGrouping(ctx, runner),
            metrics: renderPrometheusMetrics(ctx, {}, runner.runId ? { runId: runner.runId } : {}),
            signal,
            ...(ctx.settings.transport?.proxy ? { proxy: ctx.settings.transport.proxy } : {}),
        }), log.warn).then((pushed) => {
            if (pushed)
                log.info(`Pushgateway push: ${pushed.url} (HTTP ${pushed.statusCode}).`);
        }));
    }
    await Promise.all(tasks);
    return result;
}
/** Inputs as the settings read them: trimmed, '' for not given. */
function givenInput(inputs) {
    return (name) => inputs[name]?.trim() || undefined;
}
/**
 * The `error` verdict in Slack: the settings were refused, so nothing ran. Only Slack
 * hears of it (the other integrations report figures, and there are none), and only
 * when its own inputs are usable and `slack-notify-on` covers failures.
 */
async function publishSettingsError(inputs, issues, runUrl, log) {
    const given = givenInput(inputs);
    // Problems in these inputs were reported with the others: an unusable webhook means no message.
    const publish = resolvePublishSettings(given, []);
    const webhookUrl = publish.slackWebhookUrl;
    if (!webhookUrl || !shouldNotifySlack('error', publish.slackNotifyOn))
        return;
    const targetInput = given('target-url');
    const target = targetInput && URL.canParse(targetInput) ? displayUrl(targetInput) : undefined;
    const environment = given('environment');
    const message = buildSlackErrorMessage({
        issues,
        ...(target ? { target } : {}),
        ...(environment ? { environment } : {}),
        ...(runUrl ? { runUrl } : {}),
        toolVersion: TOOL_VERSION,
        generatedAt: new Date().toISOString(),
    });
    const sent = await runIntegration('Slack notification', NOTIFY_TIMEOUT_MS, async (signal) => {
        // No settings on this path: the proxy comes from the environment.
        await publishSlack({ webhookUrl, message, signal, proxy: process.env });
        return true;
    }, log.warn, { secrets: [webhookUrl] });
    if (sent)
        log.info('Slack notification sent (error).');
}

;// CONCATENATED MODULE: ./src/settings-annotations.ts

/** One annotation per issue: the inputs' in the order found, then the file's by position. */
function settingsAnnotations(issues) {
    // The `where` of a file problem is written by formatFileLocation (config/file/load-config-file.ts).
    const located = issues.map((issue) => {
        const at = parseFileLocation(issue.where);
        const file = at && repositoryPath(at.file);
        return { issue, at: at && file ? { ...at, file } : undefined };
    });
    const inputs = located.filter((entry) => entry.at === undefined);
    const inFile = located
        .filter((entry) => entry.at !== undefined)
        .sort((a, b) => a.at.file.localeCompare(b.at.file) || a.at.line - b.at.line || a.at.col - b.at.col);
    return [...inputs, ...inFile].map(({ issue, at }) => ({
        message: `${issue.where}: ${issue.message}`,
        properties: at
            ? { title: 'loadgate: invalid config', file: at.file, startLine: at.line, startColumn: at.col }
            : { title: 'loadgate: invalid settings' },
    }));
}

// EXTERNAL MODULE: ./src/engine/http/transport.ts + 1 modules
var http_transport = __webpack_require__(47202);
;// CONCATENATED MODULE: ./src/transport-notices.ts

function transportNotices(settings) {
    const transport = settings.transport;
    const warnings = [];
    const info = [];
    if (transport?.tls.insecure) {
        warnings.push("insecure-tls is true: the target's TLS certificate is not verified, so anything answering at that address is measured as the canary. Prefer ca-file.");
    }
    const proxy = (0,http_transport/* proxyFor */.iJ)(transport?.proxy, new URL(settings.targetUrl));
    if (proxy) {
        info.push(`The load goes through the proxy ${proxy.label} (from ${proxy.variable}); its latency is in every figure. NO_PROXY exempts a target.`);
    }
    if (transport?.http2)
        info.push('HTTP/2 is offered to the target (http2: true); the protocol negotiated is recorded.');
    return { warnings, info };
}

;// CONCATENATED MODULE: ./src/integrations/shard-artifact.ts
/**
 * A matrix leg's shard bundle as a workflow artifact: its results.json alone, under a
 * name the merge job finds by: `loadgate-shard-<fingerprint>-<k>-of-<n>`, where the
 * fingerprint is the first 12 hex digits of the plan's (report/plan-identity.ts). Legs of
 * one plan share the stem; two sharded gates in one workflow run differ in it.
 */



const SHARD_ARTIFACT_PREFIX = 'loadgate-shard-';
function shardArtifactName(record) {
    return `${SHARD_ARTIFACT_PREFIX}${record.fingerprint.slice(0, SHORT_FINGERPRINT_LENGTH)}-${record.k}-of-${record.n}`;
}
/** Whether an artifact name is a shard bundle's (of any plan). */
function isShardArtifactName(name) {
    return /^loadgate-shard-[0-9a-f]{12}-\d+-of-\d+$/.test(name);
}
async function publishShardBundle(resultsPath, record, retentionDays) {
    return publishArtifact({
        name: shardArtifactName(record),
        files: [resultsPath],
        rootDir: external_node_path_default().dirname(resultsPath),
        ...(retentionDays !== undefined ? { retentionDays } : {}),
    });
}

;// CONCATENATED MODULE: ./src/sources/shards/check-shard-set.ts

function checkShardSet(bundles, expected) {
    const fingerprint = planFingerprint(expected.plan);
    const short = fingerprint.slice(0, SHORT_FINGERPRINT_LENGTH);
    const issues = [];
    const add = (where, message) => void issues.push({ where, message });
    if (bundles.length === 0) {
        add('mode merge', `found no shard bundle of plan ${short}; expected the bundles the matrix legs (shard: k/n) uploaded in this workflow run, from a job that needs: the matrix`);
        return { issues };
    }
    for (const bundle of bundles) {
        if (planFingerprint(bundle.record.plan) !== bundle.record.fingerprint) {
            add(bundle.source, 'its plan does not match its own fingerprint (edited by hand?); expected the bundle as the leg wrote it');
        }
    }
    const ours = bundles.filter((b) => b.record.fingerprint === fingerprint);
    const others = bundles.filter((b) => b.record.fingerprint !== fingerprint);
    const describeOther = (bundle) => {
        const differs = planDifferences(expected.plan, bundle.record.plan);
        return `shard ${bundle.record.k}/${bundle.record.n} of another plan (${bundle.record.fingerprint.slice(0, SHORT_FINGERPRINT_LENGTH)}): it differs in ${differs.join(', ') || 'its fingerprint'}`;
    };
    if (expected.strict) {
        for (const bundle of others) {
            add(bundle.source, `${describeOther(bundle)}; expected every leg to run the plan this merge judges`);
        }
    }
    const counts = [...new Set(ours.map((b) => b.record.n))];
    if (ours.length === 0) {
        if (!expected.strict) {
            for (const bundle of others)
                add(bundle.source, `${describeOther(bundle)}; no leg ran plan ${short}`);
        }
        if (issues.length === 0)
            add('mode merge', `found no shard bundle of plan ${short}`);
        return { issues };
    }
    if (counts.length > 1) {
        for (const bundle of ours) {
            add(bundle.source, `is shard ${bundle.record.k} of ${bundle.record.n}, but the legs of plan ${short} disagree on n (${counts.join(', ')}); expected every leg's shard input to end in the same /n`);
        }
        return { issues };
    }
    const n = counts[0];
    const runIds = [...new Set(ours.map((b) => b.record.runId ?? 'none'))];
    if (expected.runId !== undefined) {
        for (const bundle of ours.filter((b) => b.record.runId !== expected.runId)) {
            add(bundle.source, `is from workflow run ${bundle.record.runId ?? 'none'}; expected run ${expected.runId}, the merge job's`);
        }
    }
    else if (runIds.length > 1) {
        for (const bundle of ours) {
            add(bundle.source, `is from workflow run ${bundle.record.runId ?? 'none'}, but the bundles come from several runs (${runIds.join(', ')}); expected the legs of one run`);
        }
    }
    for (let k = 1; k <= n; k++) {
        const legs = ours.filter((b) => b.record.k === k);
        if (legs.length > 1) {
            add(`shard ${k}/${n}`, `found ${legs.length} bundles (${legs.map((b) => b.source).join(', ')}); expected each leg once: is a shard number repeated in the matrix?`);
        }
        else if (legs.length === 0) {
            const stand = others.filter((b) => b.record.k === k && b.record.n === n);
            const instead = stand.length > 0
                ? `; found instead ${stand.map((b) => `${b.source}, ${describeOther(b)}`).join('; ')}`
                : '';
            add(`shard ${k}/${n}`, `missing: no bundle of plan ${short} for leg ${k} of ${n}${instead}; expected a bundle from every leg (did the leg fail before its upload, or is the matrix shorter than ${n}?)`);
        }
    }
    if (issues.length > 0)
        return { issues };
    return { set: [...ours].sort((a, b) => a.record.k - b.record.k), setAside: expected.strict ? [] : others };
}

;// CONCATENATED MODULE: ./src/sources/shards/merge-shard-bundles.ts
/**
 * The legs of one plan as one run: their measurements merged exactly (metrics/
 * merge-measurements.ts: histograms added, counters summed, seconds lined up by wall
 * clock), so the thresholds are judged once on the whole load.
 */

function mergeShardBundles(set, setAside) {
    const measurements = (0,merge_measurements/* mergeMeasurements */.O)(set.map((bundle) => bundle.measurements));
    const n = set[0]?.record.n ?? 0;
    return {
        measurements,
        mergedFrom: set.map((bundle) => ({
            shard: `${bundle.record.k}/${bundle.record.n}`,
            source: bundle.source,
            requests: bundle.measurements.overall.requests,
        })),
        notes: [
            `Merged ${set.length} of ${n} shards: ${set.map((b) => `${b.record.k}/${n} ${b.measurements.overall.requests} requests`).join(', ')}; ${measurements.overall.requests} in all.`,
            ...(setAside.length > 0
                ? [
                    `Set aside ${setAside.length} bundle(s) of other plans: ${setAside.map((b) => b.source).join(', ')}.`,
                ]
                : []),
        ],
    };
}

;// CONCATENATED MODULE: ./src/sources/shards/read-shard-bundle.ts
/**
 * A shard bundle: the results.json a matrix leg writes, with its measurements (encoded
 * HDR histograms, counters, per-second points) and its `shard` block (the plan identity,
 * its fingerprint, k, n and the workflow run). Whatever is wrong with a file is a
 * problem naming it, never a crash.
 */




// `scenarios` is written only by plans that have them (plan-identity.ts).
const planSchema = schemas/* object */.Ikc(Object.fromEntries(Object.keys(PLAN_FIELDS).map((key) => [key, key === 'scenarios' ? schemas/* unknown */.L5J().optional() : schemas/* unknown */.L5J()])));
const shardSchema = schemas/* object */.Ikc({
    fingerprint: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/),
    plan: planSchema,
    k: schemas/* int */.Whr().min(1),
    n: schemas/* int */.Whr().min(1),
    runId: schemas/* string */.YjP().nullable(),
});
/** Whether a parsed JSON document is a shard bundle (has the `shard` block), for telling sources apart. */
function looksLikeShardBundle(document) {
    return (typeof document === 'object' &&
        document !== null &&
        'schemaVersion' in document &&
        typeof document.shard === 'object');
}
function parseShardBundle(text, source) {
    const parsed = parseResultsDocument(text, source, { allowEmpty: true });
    if ('problem' in parsed)
        return parsed;
    const shard = JSON.parse(text).shard;
    if (shard === undefined) {
        return {
            problem: `${source} is a results.json without a shard block; expected the bundle of a leg run with shard: k/n`,
        };
    }
    const checked = shardSchema.safeParse(shard);
    if (!checked.success) {
        const issue = checked.error.issues[0];
        return {
            problem: `${source} has a broken shard block (shard.${issue.path.join('.')}: ${issue.message})`,
        };
    }
    const record = checked.data;
    if (record.k > record.n)
        return { problem: `${source} says it is shard ${record.k} of ${record.n}` };
    return { source, record, measurements: parsed.measurements };
}
async function readShardBundle(file) {
    try {
        if ((await (0,promises_.stat)(file.absolute)).size > MAX_RESULTS_FILE_BYTES) {
            return { problem: `${file.displayPath} is larger than ${MAX_RESULTS_FILE_BYTES / 1024 / 1024} MB` };
        }
        return parseShardBundle(await (0,promises_.readFile)(file.absolute, 'utf8'), file.displayPath);
    }
    catch (error) {
        const code = error.code;
        return { problem: `${file.displayPath} could not be read (${code ?? String(error)})` };
    }
}

;// CONCATENATED MODULE: ./src/sources/read-measurement-source.ts
/**
 * Paths (files or directories) → the measurements of a run made elsewhere than the
 * engine: the dispatch point of `mode: merge` and `loadgate merge`. A directory gives
 * every file in it (a few levels down) that a source recognises; a file named one by
 * one must be recognised. Each kind of source has its reader (shards/, k6/; another
 * kind adds a detector to detectSourceKind and a branch in readMeasurementSource).
 *
 * Every problem is a SettingsError issue naming the file or the shard.
 */











/** How deep a directory is searched: an unzipped artifact nests its files a level or two. */
const MAX_DEPTH = 4;
/** More files than this in the directories given is a wrong path (a workspace, a home directory). */
const MAX_FILES = 2000;
/** Bytes read to tell what a file is. */
const read_measurement_source_PEEK_BYTES = 256;
/** What kind of source a file is, by its content; undefined when none recognises it. */
async function detectSourceKind(absolute) {
    // k6 names no file (--out json=…, --summary-export=…, handleSummary keys): its content tells.
    if ((await detectK6File(absolute).catch(() => undefined)) !== undefined)
        return 'k6';
    if (!absolute.endsWith('.json'))
        return undefined;
    const size = (await (0,promises_.stat)(absolute).catch(() => undefined))?.size ?? 0;
    if (size === 0 || size > MAX_RESULTS_FILE_BYTES)
        return undefined;
    const handle = await (0,promises_.readFile)(absolute).catch(() => undefined);
    if (!handle || handle.subarray(0, read_measurement_source_PEEK_BYTES).toString('utf8').trimStart()[0] !== '{')
        return undefined;
    try {
        return looksLikeShardBundle(JSON.parse(handle.toString('utf8'))) ? 'shard-bundle' : undefined;
    }
    catch {
        return undefined;
    }
}
/** The files of the paths given, with their kind; a named file nothing recognises is an issue. */
async function listSourceFiles(paths, workspace) {
    const files = [];
    const issues = [];
    for (const entry of paths) {
        const given = typeof entry === 'string' ? entry : entry.label;
        const absolute = external_node_path_default().resolve(workspace, typeof entry === 'string' ? entry : entry.path);
        const display = (file) => typeof entry === 'string'
            ? external_node_path_default().relative(workspace, file) || file
            : file === absolute
                ? entry.label
                : `${entry.label} (${external_node_path_default().relative(absolute, file)})`;
        const info = await (0,promises_.stat)(absolute).catch(() => undefined);
        if (!info) {
            issues.push({
                where: given,
                message: 'no such file or directory; expected shard bundles (results.json of the legs) or a directory holding them',
            });
        }
        else if (info.isDirectory()) {
            const found = await filesUnder(absolute, 0);
            if (found.length > MAX_FILES) {
                issues.push({
                    where: given,
                    message: `holds more than ${MAX_FILES} files; expected a directory of shard bundles`,
                });
                continue;
            }
            for (const file of found) {
                const kind = await detectSourceKind(file);
                if (kind)
                    files.push({ absolute: file, displayPath: display(file), kind });
            }
        }
        else {
            const kind = await detectSourceKind(absolute);
            if (kind)
                files.push({ absolute, displayPath: display(absolute), kind });
            else
                issues.push({
                    where: given,
                    message: 'is not a shard bundle (a results.json with a shard block, written by a leg run with shard: k/n) nor a k6 output (k6 run --out json=FILE, handleSummary data, --summary-export)',
                });
        }
    }
    return { files, issues };
}
async function filesUnder(dir, depth) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    const files = entries.filter((e) => e.isFile()).map((e) => external_node_path_default().join(dir, e.name));
    if (depth >= MAX_DEPTH)
        return files;
    for (const sub of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
        files.push(...(await filesUnder(external_node_path_default().join(dir, sub.name), depth + 1)));
        if (files.length > MAX_FILES)
            break;
    }
    return files.sort();
}
/** The measurements the paths hold, merged into one run; throws SettingsError naming what is wrong. */
async function readMeasurementSource(paths, settings, options) {
    const { files, issues } = await listSourceFiles(paths, options.workspace);
    if (issues.length > 0)
        throw new SettingsError(issues);
    const k6 = files.filter((file) => file.kind === 'k6');
    if (k6.length === 0)
        return readShardSource(files, settings, options);
    if (k6.length < files.length) {
        throw new SettingsError([
            {
                where: 'mode merge',
                message: `got ${k6.length} k6 output(s) and ${files.length - k6.length} shard bundle(s); expected one kind: the shard bundles of loadgate's legs, or k6's outputs`,
            },
        ]);
    }
    return readK6Source(k6, settings);
}
async function readShardSource(files, settings, options) {
    const bundles = [];
    const issues = [];
    for (const file of files) {
        const read = await readShardBundle(file);
        if ('problem' in read)
            issues.push({ where: file.displayPath, message: read.problem });
        else
            bundles.push(read);
    }
    if (issues.length > 0)
        throw new SettingsError(issues);
    const checked = checkShardSet(bundles, {
        plan: planIdentity(settings),
        strict: options.strict,
        ...(options.runId !== undefined ? { runId: options.runId } : {}),
    });
    if ('issues' in checked)
        throw new SettingsError(checked.issues);
    try {
        return mergeShardBundles(checked.set, checked.setAside);
    }
    catch (error) {
        if (!(error instanceof merge_measurements/* MeasurementsMergeError */.c))
            throw error;
        throw new SettingsError([
            { where: 'mode merge', message: `the shards cannot be merged: ${error.message}` },
        ]);
    }
}

;// CONCATENATED MODULE: ./src/sources/shards/download-shard-artifacts.ts
/**
 * The shard bundles of this workflow run, from the artifact service: every artifact
 * named like a shard bundle (integrations/shard-artifact.ts) listed and downloaded with
 * @actions/artifact (the run's own artifacts: the runtime token the runner gives the
 * step, no GitHub token needed), each into a directory of its own.
 *
 * A listing or a download that fails is an issue naming the artifact: the merge cannot
 * judge without every leg, so it is `error`, never a pass on what arrived.
 */






/** Bundles of more than two sharded gates at their largest is a wrong workflow. */
const MAX_ARTIFACTS = 2 * MAX_SHARDS;
/** The client retries a 5xx five times, up to 25 s apart, and cannot be cancelled: this bounds the whole download. */
const SHARD_DOWNLOAD_TIMEOUT_MS = 300_000;
/** Every shard bundle of this run, downloaded under `tempDir`; a SettingsError when that fails or takes too long. */
async function downloadShardArtifacts(tempDir, timeoutMs = SHARD_DOWNLOAD_TIMEOUT_MS) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new SettingsError([
            {
                where: 'mode merge',
                message: `the shard bundles were not downloaded within ${timeoutMs / 1000} s; expected the artifact service to answer`,
            },
        ])), timeoutMs);
        timer.unref();
    });
    try {
        return await Promise.race([download(tempDir), timeout]);
    }
    finally {
        clearTimeout(timer);
    }
}
async function download(tempDir) {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(645)]).then(__webpack_require__.bind(__webpack_require__, 9645));
    const client = new DefaultArtifactClient();
    let artifacts;
    try {
        ({ artifacts } = await client.listArtifacts({ latest: true }));
    }
    catch (error) {
        throw new SettingsError([
            {
                where: 'mode merge',
                message: `the artifacts of this workflow run could not be listed (${describeError(error)}); expected the merge to run in a GitHub Actions job of the same workflow run as the legs`,
            },
        ]);
    }
    const shards = artifacts.filter((a) => isShardArtifactName(a.name)).slice(0, MAX_ARTIFACTS);
    const root = await (0,promises_.mkdtemp)(external_node_path_default().join(tempDir, 'loadgate-shards-'));
    const dirs = [];
    for (const artifact of shards.sort((a, b) => a.name.localeCompare(b.name))) {
        const dir = external_node_path_default().join(root, artifact.name);
        await (0,promises_.mkdir)(dir, { recursive: true });
        try {
            await client.downloadArtifact(artifact.id, { path: dir });
        }
        catch (error) {
            throw new SettingsError([
                {
                    where: artifact.name,
                    message: `the shard bundle could not be downloaded (${describeError(error)})`,
                },
            ]);
        }
        dirs.push({ name: artifact.name, dir });
    }
    return { root, dirs };
}

;// CONCATENATED MODULE: ./src/shard-phases.ts
/**
 * The action's two sharded phases, beside main.ts's: a matrix leg publishes only its
 * shard bundle and fails its step only on its own abortOnFail stop; a merge job reads
 * every leg's bundle from this workflow run's artifacts before the verdict.
 */







/** The artifact client retries a 5xx five times from 3 s and cannot be cancelled. */
const BUNDLE_UPLOAD_TIMEOUT_MS = 120_000;
/** mode merge: the legs' bundles of this run, checked and merged (a SettingsError names what is missing). */
async function mergePhase(settings) {
    core/* startGroup */.Oh('Merge: the shard bundles of this workflow run');
    const tempDir = process.env.RUNNER_TEMP || external_node_os_default().tmpdir();
    let downloaded;
    try {
        downloaded = await downloadShardArtifacts(tempDir);
        core/* info */.pq(`Downloaded ${downloaded.dirs.length} shard bundle(s): ${downloaded.dirs.map((d) => d.name).join(', ') || 'none'}`);
        const runId = process.env.GITHUB_RUN_ID;
        const measured = await readMeasurementSource(downloaded.dirs.map(({ name, dir }) => ({ path: dir, label: name })), settings, {
            workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
            strict: false,
            ...(runId ? { runId } : {}),
        });
        for (const note of measured.notes)
            core/* info */.pq(note);
        return measured;
    }
    finally {
        if (downloaded)
            await (0,promises_.rm)(downloaded.root, { recursive: true, force: true });
        core/* endGroup */.N4();
    }
}
/** A leg: its bundle as the artifact the merge job finds; nothing else is published. */
async function publishLeg(outcome) {
    const record = outcome.shard;
    core/* startGroup */.Oh('Publish: the shard bundle');
    try {
        core/* info */.pq(`Results: ${outcome.resultsPath}`);
        if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
            core/* warning */.$e('Shard bundle not uploaded: the artifact service is only reachable from a GitHub Actions job.');
            return {};
        }
        const uploaded = await runIntegration('Shard bundle upload', BUNDLE_UPLOAD_TIMEOUT_MS, () => publishShardBundle(outcome.resultsPath, record, outcome.settings.publish.artifactRetentionDays), core/* warning */.$e);
        if (uploaded)
            core/* info */.pq(`Shard bundle ${uploaded.name} uploaded (id ${uploaded.id}).`);
        return uploaded ? { name: uploaded.name, id: uploaded.id } : {};
    }
    catch (error) {
        core/* warning */.$e(`Shard bundle not uploaded (${shardArtifactName(record)}): ${describeError(error)}`);
        return {};
    }
    finally {
        core/* endGroup */.N4();
    }
}
/** A leg decides nothing: its step fails only when its own abortOnFail threshold stopped it. */
function concludeLeg(outcome) {
    const { k, n } = outcome.shard;
    const { overall, abortedBy } = outcome.measurements;
    if (abortedBy) {
        core/* setFailed */.C1(`Shard ${k}/${n} stopped by abortOnFail at ${Math.round(abortedBy.atMs / 100) / 10} s: ${abortedBy.threshold} breached. Its bundle still goes to the merge job, which fails the gate.`);
        return;
    }
    core/* notice */.lm(`Shard ${k}/${n}: ${overall.requests} requests sent; the verdict comes from the merge job (mode: merge).`);
}

;// CONCATENATED MODULE: ./src/main.ts
/**
 * The action's orchestration: read settings, run the gate, publish, set outputs.
 * The single try/catch lives here; every phase below it either returns or throws.
 */





















async function run() {
    // Cancelling the workflow sends SIGINT/SIGTERM: stop the load, keep the partial report.
    const cancel = new AbortController();
    const onSignal = (signal) => cancel.abort(`cancelled (${signal})`);
    // `on`, not `once`: a signal can come twice, sent to the process group and passed on by the launcher (relaunch.ts).
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    const inputs = readActionInputs();
    try {
        const runnerTemp = process.env.RUNNER_TEMP;
        const settings = readSettings(inputs, {
            workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
            // Workflows often put outputs under the runner's temp directory; nothing else outside the workspace.
            outputRoots: runnerTemp ? [runnerTemp] : [],
        });
        for (const secret of secretsOf(settings))
            core/* setSecret */.Pq(secret);
        const notices = transportNotices(settings);
        for (const warning of notices.warnings)
            core/* warning */.$e(warning);
        for (const line of notices.info)
            core/* info */.pq(line);
        // A merge reads the legs' bundles (or k6's results) before anything else: without them there is nothing to judge.
        const measured = settings.mode !== 'merge'
            ? undefined
            : settings.k6Results
                ? await readK6Phase(settings)
                : await mergePhase(settings);
        // A leg decides nothing, so it compares with nothing; the merge job loads the baseline.
        const baseline = settings.shard ? undefined : await loadBaselinePhase(settings);
        const outcome = await runLoadPhase(settings, cancel.signal, baseline, measured);
        // The verdict is decided: outputs first, so nothing that follows can lose them.
        setOutputs(gateOutputs(outcome));
        if (outcome.shard) {
            const uploaded = await publishLeg(outcome);
            setOutputs({
                'artifact-id': uploaded.id === undefined ? '' : String(uploaded.id),
                'artifact-name': uploaded.name ?? '',
            });
            concludeLeg(outcome);
            return;
        }
        const published = await publish(outcome);
        setOutputs({
            'artifact-id': published.artifactId === undefined ? '' : String(published.artifactId),
            'artifact-url': published.artifactUrl ?? '',
            'artifact-name': published.artifactName ?? '',
        });
        concludeStep(outcome);
    }
    catch (error) {
        setOutputs(errorOutputs());
        if (error instanceof SettingsError) {
            // A user mistake: one annotation per issue, no stack trace.
            for (const { message, properties } of settingsAnnotations(error.issues))
                core/* error */.z3(message, properties);
            // Not core.ExitCode: @github/local-action's stand-in for @actions/core has no such export.
            process.exitCode = 1;
            // `slack-notify-on: failure` covers this verdict too; no load has run.
            for (const secret of [inputs['slack-webhook-url'], inputs['github-token']]) {
                if (secret.trim())
                    core/* setSecret */.Pq(secret.trim());
            }
            for (const line of inputs['prometheus-headers'].split(/\r?\n/)) {
                const value = line.slice(line.indexOf(':') + 1).trim();
                if (value)
                    core/* setSecret */.Pq(value);
                const credential = /^\S+\s+(\S.*)$/.exec(value)?.[1];
                if (credential)
                    core/* setSecret */.Pq(credential);
            }
            await publishSettingsError(inputs, error.issues, workflowRunUrl(), {
                info: core/* info */.pq,
                warn: core/* warning */.$e,
            });
        }
        else {
            const message = error instanceof Error ? error.message : String(error);
            if (error instanceof Error && error.stack)
                core/* debug */.Yz(error.stack);
            core/* setFailed */.C1(`loadgate could not complete: ${message}`);
        }
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}
/** Before any request: a baseline that cannot be had is one warning, and the run goes on. */
async function loadBaselinePhase(settings) {
    const whenMissing = settings.baseline?.missing ?? 'fail';
    const kind = settings.baseline?.source.kind;
    if (kind !== 'results' && kind !== 'artifact')
        return undefined;
    core/* startGroup */.Oh(`Baseline: ${kind === 'results' ? 'an earlier results.json' : 'the last successful run'}`);
    try {
        const baseline = await loadBaseline(settings);
        if (baseline && 'missing' in baseline)
            core/* warning */.$e(describeBaseline(baseline, whenMissing));
        else if (baseline)
            core/* info */.pq(describeBaseline(baseline, whenMissing));
        return baseline;
    }
    finally {
        core/* endGroup */.N4();
    }
}
/** k6's results instead of a load (`k6-results`); what was skipped is a warning, so it is never silent. */
async function readK6Phase(settings) {
    core/* startGroup */.Oh('k6 results');
    try {
        const k6 = await k6MeasuredRun(settings);
        for (const note of k6?.notes ?? [])
            (note.startsWith('skipped: ') ? core/* warning */.$e : core/* info */.pq)(note);
        return k6;
    }
    finally {
        core/* endGroup */.N4();
    }
}
async function runLoadPhase(settings, signal, baseline, measured) {
    const merged = settings.k6Results ? 'Verdict: the k6 results' : 'Verdict: the merged shards';
    core/* startGroup */.Oh(measured ? merged : `Load: ${describeRun(settings)}`);
    try {
        const runUrl = workflowRunUrl();
        const runId = process.env.GITHUB_RUN_ID;
        return await runGate(settings, {
            signal,
            onProgress: (sample) => core/* info */.pq(formatProgressLine(sample)),
            onWaiting: (ms) => core/* info */.pq(`Waiting ${Math.round(ms / 100) / 10} s for start-at ${settings.startAt?.text ?? ''}`),
            ...(runUrl ? { runUrl } : {}),
            ...(runId ? { runId } : {}),
            ...(baseline ? { baseline } : {}),
            ...(measured ? { measured } : {}),
        });
    }
    finally {
        core/* endGroup */.N4();
    }
}
function secretsOf(settings) {
    const { slackWebhookUrl, githubToken } = settings.publish;
    // Captured values (tokens) are not known up front: they are never logged or written instead.
    return [
        ...sensitiveHeaderValues(settings),
        ...trafficSecretValues(settings.traffic),
        ...transportSecrets(settings.transport),
        ...serverMetricsSecretValues(settings.serverMetrics),
        slackWebhookUrl,
        githubToken,
    ].filter((s) => Boolean(s));
}
/** Integrations never change the verdict: each failure is one warning. */
async function publish(outcome) {
    core/* startGroup */.Oh('Publish');
    try {
        core/* info */.pq(`Report: ${outcome.reportPath}`);
        core/* info */.pq(`Results: ${outcome.resultsPath}`);
        try {
            await publishJobSummary(outcome.markdown);
            core/* info */.pq('Job summary written.');
        }
        catch (error) {
            core/* warning */.$e(`Job summary not written: ${describeError(error)}`);
        }
        try {
            return await publishResults(outcome, runnerContext(), { info: core/* info */.pq, warn: core/* warning */.$e });
        }
        catch (error) {
            // Each integration already isolates its own failures; this guards the code around them.
            core/* warning */.$e(`Publishing stopped: ${describeError(error)}`);
            return {};
        }
    }
    finally {
        core/* endGroup */.N4();
    }
}
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        core/* setOutput */.uH(name, value);
}
function concludeStep(outcome) {
    const { verdict, results } = outcome.evaluation;
    const failed = results.filter((r) => r.status === 'fail').map((r) => r.threshold.source);
    const marginal = results.filter((r) => r.status === 'marginal').map((r) => r.threshold.source);
    const partial = partialPlanNote(outcome.measurements);
    const stopped = outcome.measurements.stoppedEarly
        ? ` Load stopped early: ${outcome.measurements.stoppedEarly}${partial ? ` (${partial})` : ''}.`
        : '';
    if (verdict === 'error') {
        // The target was not reached: a setup problem, so the step fails as for bad input, whatever fail-on-breach says.
        const why = outcome.evaluation.reasons.join('; ') || 'the run could not judge the target';
        core/* setFailed */.C1(`Performance gate error: ${why}. The canary was not judged; no rollback is signalled.${stopped}`);
    }
    else if (verdict === 'inconclusive') {
        const why = outcome.evaluation.reasons.join('; ');
        const message = `Performance gate inconclusive: ${why}. The figures cannot judge the target; no rollback is signalled.`;
        if (outcome.settings.failOnBreach)
            core/* setFailed */.C1(message);
        else
            core/* warning */.$e(`${message} The step passes because fail-on-breach is false.`);
    }
    else if (verdict === 'fail') {
        const regressions = regressionLines(outcome.evaluation);
        const against = regressions.length > 0 ? ` Against the baseline: ${regressions.join('; ')}.` : '';
        const message = `Performance gate failed: ${failed.length} of ${results.length} SLOs breached (${failed.join('; ')}).${against}${stopped}${outcome.rollback ? ' Rollback signalled.' : ''}`;
        if (outcome.settings.failOnBreach)
            core/* setFailed */.C1(message);
        else
            core/* warning */.$e(`${message} The step passes because fail-on-breach is false.`);
    }
    else if (verdict === 'marginal') {
        core/* warning */.$e(`Performance gate marginal: ${marginal.join('; ')} within the marginal band.${stopped}`);
    }
    else if (results.length === 0) {
        core/* notice */.lm(`Performance gate passed: no thresholds were set.${stopped}`);
    }
    else {
        core/* notice */.lm(`Performance gate passed: ${results.length} SLOs met.${stopped}`);
    }
}


/***/ })

};

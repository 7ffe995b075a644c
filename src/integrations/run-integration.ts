/**
 * Failure isolation for the integrations (artifact, Slack, Pushgateway, PR comment):
 * none of them may change the verdict or stop the others. Each runs with its own
 * time limit and its own try/catch; whatever goes wrong becomes one warning.
 */

export type WarnFn = (message: string) => void;

export interface RunIntegrationOptions {
  /** Values that must never appear in the warning (webhook URLs, tokens, passwords). */
  secrets?: readonly string[];
}

const REDACTED = '***';

/**
 * Replace every secret in `text` (also in its URL-encoded form) with `***`, and any
 * `user:password@` part of a URL.
 */
export function scrubSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text;
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (!secret || secret.length < 4) continue;
    forms.add(secret);
    forms.add(encodeURIComponent(secret));
    forms.add(encodeURI(secret));
    try {
      // A URL as the WHATWG parser prints it (e.g. a trailing slash added).
      forms.add(new URL(secret).href);
    } catch {
      // Not a URL.
    }
  }
  // Longest first, so a secret that contains another is replaced whole.
  for (const form of [...forms].sort((a, b) => b.length - a.length)) out = out.split(form).join(REDACTED);
  // Credentials in any URL, and Slack webhook paths even when not passed as secrets.
  out = out.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/\s:@]+(?::[^/\s@]*)?@/gi, `$1${REDACTED}@`);
  out = out.replace(
    /(hooks\.slack(?:-gov)?\.com\/(?:services|workflows|triggers)\/)[^\s"'<>]+/gi,
    `$1${REDACTED}`,
  );
  return out;
}

/** One line naming what went wrong, following `cause` chains (fetch hides the socket error there). */
export function describeError(error: unknown): string {
  if (error === undefined || error === null) return `unknown error (${String(error)} was thrown)`;
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current !== undefined && current !== null; depth++) {
    const text = describeOne(current);
    if (text && !parts.some((p) => p.includes(text))) parts.push(text);
    current = current instanceof Error ? current.cause : undefined;
  }
  const line = parts.join(': ').replace(/\s+/g, ' ').trim();
  return line.length > 600 ? `${line.slice(0, 597)}...` : line || 'unknown error';
}

function describeOne(value: unknown): string {
  if (value instanceof AggregateError) {
    const inner = value.errors.map(describeOne).filter(Boolean);
    const code = (value as { code?: unknown }).code;
    return [value.message, typeof code === 'string' ? code : '', ...inner].filter(Boolean).join('; ');
  }
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    const message = value.message || value.name;
    // System error codes (ECONNREFUSED…) say more than some messages; library codes do not.
    return typeof code === 'string' && /^E[A-Z0-9_]+$/.test(code) && !message.includes(code)
      ? `${message} (${code})`
      : message;
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'object') {
    try {
      return JSON.stringify(value) ?? String(value);
    } catch {
      return Object.prototype.toString.call(value);
    }
  }
  return String(value);
}

class IntegrationTimeout extends Error {
  constructor(timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms (timed out)`);
  }
}

/**
 * Run one integration. `fn` gets a signal that aborts when the time is up, to pass on
 * to its HTTP client. Resolves to `fn`'s result, or to undefined after exactly one
 * `warn` call naming the integration and the cause (secrets scrubbed). Never rejects.
 */
export async function runIntegration<T>(
  name: string,
  timeoutMs: number,
  fn: (signal: AbortSignal) => Promise<T> | T,
  warn: WarnFn,
  options: RunIntegrationOptions = {},
): Promise<T | undefined> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
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
  } catch (error) {
    const message = `${name} failed: ${scrubSecrets(describeError(error), options.secrets)}`;
    try {
      warn(message);
    } catch {
      // A broken warn must not break the caller either.
    }
    return undefined;
  } finally {
    clearTimeout(timer);
    timeout.catch(() => undefined);
  }
}

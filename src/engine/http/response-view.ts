/**
 * One response as captures, checks and isolation read it: the status, the headers
 * and the kept start of the body, with the body decoded and parsed as JSON at most
 * once, and only when something asks for it.
 */
import type { ExchangeResult } from './http-client.js';

const NOT_PARSED = Symbol('not parsed');
const UNPARSABLE = Symbol('unparsable');

export class ResponseView {
  private parsed: unknown = NOT_PARSED;
  private decoded: string | undefined;

  constructor(private readonly result: ExchangeResult) {}

  /** HTTP status; 0 when no complete response arrived. */
  get status(): number {
    return this.result.error === null ? this.result.outcome.status : 0;
  }

  get latencyMs(): number {
    return this.result.latencyUs / 1000;
  }

  /** A response header (name in lower case), several values joined with ", ". */
  header(name: string): string | undefined {
    const value = this.result.headers?.[name];
    return Array.isArray(value) ? value.join(', ') : value;
  }

  /** The body as text (only the kept start of a long body). */
  text(): string {
    if (this.decoded === undefined) this.decoded = this.result.body?.toString('utf8') ?? '';
    return this.decoded;
  }

  /** The body as JSON, or undefined when it is missing, cut at the size cap, or not JSON. */
  json(): { value: unknown } | undefined {
    if (this.parsed === NOT_PARSED) {
      if (this.result.body === null || this.result.bodyTruncated || this.status === 0) {
        this.parsed = UNPARSABLE;
      } else {
        try {
          this.parsed = JSON.parse(this.text());
        } catch {
          this.parsed = UNPARSABLE;
        }
      }
    }
    return this.parsed === UNPARSABLE ? undefined : { value: this.parsed };
  }
}

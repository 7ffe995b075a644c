/**
 * Realistic traffic per virtual user, for any executor. A {@link TrafficPlan} is
 * built once per run (templates, captures, checks and isolation compiled; data
 * shared read-only); each VU gets a {@link VuSession} that decides what it sends next
 * and what a response means:
 *
 *   const out = session.next(pickEndpointIndex);   // setup step, a retry, or the mix
 *   connection.send(out.endpoint, out.options);
 *   …
 *   const done = session.complete(result);         // captures, checks, isolation, 401 → re-login
 *   if (done.record) recorder.record(…result…);    // gated traffic only
 *   wait done.delayMs, then next()                 // think time, or the setup back-off
 *
 * Setup: before its first request a VU sends the setup requests in order, each must
 * get an expected status and every capture it declares; if one fails the VU waits
 * {@link SETUP_RETRY_MS} and starts the setup again. Setup requests are recorded in
 * the {@link TrafficRecorder}, never with the gated traffic.
 *
 * Re-login: a 401 on gated traffic (when there is a setup) is not recorded as a gated
 * request; it counts as a re-authentication, the VU runs its setup again and then
 * retries that request once, which is recorded whatever its outcome.
 *
 * Random choices (endpoint, think time, `randomInt`) come from {@link SessionDraws}:
 * the run's shared source for a lone target, or numbers tied to the gated request's
 * number for twins, so a canary's VU and its baseline twin choose alike whatever their
 * targets answer (see executors/twin-targets.ts).
 */
import type { Dispatcher } from 'undici';

import type { Settings, TrafficSettings } from '../../config/settings.js';
import { TrafficRecorder, type CheckDefinition } from '../../metrics/traffic-recorder.js';
import { renderTemplate, type TemplateScope } from '../../syntax/templates.js';
import type { ExchangeResult, SendOptions } from '../http/http-client.js';
import { prepareTarget, type PreparedEndpoint, type PreparedTarget } from '../http/prepared-target.js';
import { ResponseView } from '../http/response-view.js';
import type { RandomSource } from './endpoint-picker.js';
import { compileIsolation, type IsolationCheck } from './isolation.js';
import { planRequest, type RequestPlan } from './request-plan.js';

export { MAX_KEPT_BODY_BYTES, type RequestPlan } from './request-plan.js';

/** Where a session's random numbers come from. */
export interface SessionDraws {
  /** The source the templates of gated request `request` (0, 1, …; a retry keeps its number) draw from. */
  templates(request: number): RandomSource;
  /** The source the setup requests' templates draw from. */
  setupTemplates(): RandomSource;
  /** A uniform number in [0, 1) for the think time after gated request `request`. */
  think(request: number): number;
}

/** Pause before a VU whose setup failed tries again. */
export const SETUP_RETRY_MS = 1000;

export interface Outgoing {
  endpoint: PreparedEndpoint;
  /** Undefined when the endpoint's prepared request is sent as it is. */
  options: SendOptions | undefined;
  /** A setup request (not gated traffic). */
  setup: boolean;
}

export interface Completion {
  /** Record the result as gated traffic. */
  record: boolean;
  /** Wait this long before the next request. */
  delayMs: number;
}

/** Whether the settings ask for anything a plain closed-model VU does not do. */
export function needsSessions(settings: Pick<Settings, 'traffic'>): boolean {
  return settings.traffic !== undefined;
}

/** Everything the sessions of one run share. */
export class TrafficPlan {
  readonly recorder: TrafficRecorder;
  readonly setup: readonly RequestPlan[];
  readonly endpoints: readonly RequestPlan[];
  readonly isolation: IsolationCheck | null;
  readonly traffic: TrafficSettings;
  private sessions = 0;
  /** A lone target's sessions all draw from the run's source, in the order they ask. */
  private readonly sharedDraws: SessionDraws;

  /**
   * @param target the gated endpoints as the executor prepared them (same order as `settings.endpoints`)
   * @param random uniform numbers in [0, 1) for random data order, think time and `randomInt`
   */
  constructor(
    settings: Settings,
    target: PreparedTarget,
    readonly random: () => number = Math.random,
  ) {
    this.sharedDraws = { templates: () => random, setupTemplates: () => random, think: () => random() };
    const traffic = settings.traffic ?? { setup: [] };
    this.traffic = traffic;
    this.isolation = traffic.isolation ? compileIsolation(traffic.isolation) : null;

    const definitions: CheckDefinition[] = [];
    const slotsFor = (endpointName: string) => (checkName: string) => {
      definitions.push({ name: checkName, endpoint: endpointName });
      return definitions.length - 1;
    };
    this.endpoints = settings.endpoints.map((source, i) =>
      planRequest(target.endpoints[i]!, source, slotsFor(source.name), this.isolation),
    );
    const setupTarget =
      traffic.setup.length > 0
        ? prepareTarget({
            targetUrl: settings.targetUrl,
            endpoints: traffic.setup,
            headers: settings.headers,
            timeoutMs: settings.timeoutMs,
            transport: settings.transport,
          })
        : null;
    this.setup = traffic.setup.map((source, i) =>
      planRequest(setupTarget!.endpoints[i]!, source, () => -1, null),
    );
    this.recorder = new TrafficRecorder(
      traffic.setup.map((step) => step.name),
      definitions,
      settings.endpoints.map((endpoint) => endpoint.name),
      this.isolation !== null,
    );
  }

  /**
   * A new VU's session; VUs take data records round-robin by their global index
   * (`position`: the order sessions are made, unless the load is split into parts, where
   * it keeps the rows of two parts apart), or at random.
   */
  session(draws: SessionDraws = this.sharedDraws, position = this.sessions): VuSession {
    const data = this.traffic.data;
    let record: Readonly<Record<string, string>> | undefined;
    if (data && data.records.length > 0) {
      const index =
        data.order === 'random'
          ? Math.floor(this.random() * data.records.length)
          : position % data.records.length;
      record = data.records[index];
    }
    this.sessions++;
    return new VuSession(this, record, draws);
  }

  /** A session with a given data record: a baseline twin takes its canary VU's record. */
  sessionWith(record: Readonly<Record<string, string>> | undefined, draws: SessionDraws): VuSession {
    this.sessions++;
    return new VuSession(this, record, draws);
  }

  /** The think time after gated request `request`; draws nothing when there is none. */
  thinkTimeMs(request: number, draws: SessionDraws): number {
    const think = this.traffic.thinkTime;
    if (!think) return 0;
    return think.minMs + (think.maxMs - think.minMs) * draws.think(request);
  }
}

/** Header values must stay on one line whatever a record or a response put in them. */
function oneLine(value: string): string {
  return value.includes('\r') || value.includes('\n') ? value.replace(/[\r\n]+/g, ' ') : value;
}

export class VuSession {
  readonly captures = new Map<string, string>();
  private readonly scope: TemplateScope;
  private readonly ownTenant: string | undefined;
  /** Index of the next setup request; -1 when the setup is done. */
  private setupStep: number;
  private started = false;
  private loggedIn = false;
  private failedOnce = false;
  /** The gated request to send again after a re-login. */
  private retry: RequestPlan | null = null;
  /** The request in flight is that retry. */
  private retrying = false;
  /** Gated requests taken from the mix so far; the current one's number (a retry keeps it). */
  private picked = 0;
  private requestNumber = 0;
  private current: RequestPlan | null = null;
  private currentIsSetup = false;
  private readonly outgoing: Outgoing = { endpoint: undefined as never, options: undefined, setup: false };
  private readonly completion: Completion = { record: false, delayMs: 0 };

  constructor(
    private readonly plan: TrafficPlan,
    readonly record: Readonly<Record<string, string>> | undefined,
    private readonly draws: SessionDraws,
  ) {
    this.scope = { captures: this.captures, record };
    this.setupStep = plan.setup.length > 0 ? 0 : -1;
    const field = plan.isolation?.field;
    this.ownTenant = field === undefined ? undefined : record?.[field];
  }

  /** True while the VU is (re)running its setup. */
  get inSetup(): boolean {
    return this.setupStep >= 0;
  }

  /** The next request is a new gated one (not a setup step, not a re-login's retry): a new iteration. */
  get nextIsNew(): boolean {
    return this.setupStep < 0 && this.retry === null;
  }

  /**
   * The next request: a setup step, the request to retry after a re-login, or one from
   * the mix (`pickEndpoint` gets the gated request's number).
   */
  next(pickEndpoint: (request: number) => number): Outgoing {
    let request: RequestPlan;
    if (this.setupStep >= 0) {
      if (!this.started) {
        this.started = true;
        this.plan.recorder.userStarted();
      }
      request = this.plan.setup[this.setupStep]!;
      this.currentIsSetup = true;
    } else if (this.retry !== null) {
      request = this.retry;
      this.retry = null;
      this.retrying = true;
      this.currentIsSetup = false;
    } else {
      this.requestNumber = this.picked++;
      request = this.plan.endpoints[pickEndpoint(this.requestNumber)]!;
      this.retrying = false;
      this.currentIsSetup = false;
    }
    this.current = request;
    const out = this.outgoing;
    out.endpoint = request.endpoint;
    out.setup = this.currentIsSetup;
    out.options = this.sendOptions(request);
    return out;
  }

  private sendOptions(request: RequestPlan): SendOptions | undefined {
    if (!request.templated) {
      return request.keepBodyBytes > 0 || request.keepHeaders
        ? { keepBodyBytes: request.keepBodyBytes, keepHeaders: request.keepHeaders }
        : undefined;
    }
    const random = this.currentIsSetup
      ? this.draws.setupTemplates()
      : this.draws.templates(this.requestNumber);
    const headers: string[] = [];
    for (const header of request.headers) {
      const rendered = renderTemplate(header.value, this.scope, 'none', random);
      // A header naming a capture not made yet (e.g. the token before the login) is not sent.
      if (rendered.missing > 0) continue;
      headers.push(header.name, oneLine(rendered.text));
    }
    const body =
      request.body === null
        ? null
        : renderTemplate(request.body, this.scope, request.bodyEscape, random).text;
    const dispatchOptions: Dispatcher.DispatchOptions = {
      path: renderTemplate(request.path, this.scope, 'uri', random).text,
      method: request.endpoint.method,
      headers,
      body: body === null || body === '' ? null : Buffer.from(body, 'utf8'),
    };
    return { dispatchOptions, keepBodyBytes: request.keepBodyBytes, keepHeaders: request.keepHeaders };
  }

  /** What the response to the last {@link next} means; call it once per result that was not cancelled. */
  complete(result: ExchangeResult): Completion {
    const request = this.current;
    if (request === null) throw new Error('VuSession.complete without a request');
    this.current = null;
    const done = this.completion;
    const response = new ResponseView(result);
    return this.currentIsSetup
      ? this.completeSetup(request, result, response, done)
      : this.completeGated(request, result, response, done);
  }

  private completeSetup(
    request: RequestPlan,
    result: ExchangeResult,
    response: ResponseView,
    done: Completion,
  ): Completion {
    const recorder = this.plan.recorder;
    const { outcome } = result;
    let failure: string | null = null;
    if (!outcome.ok) {
      failure =
        outcome.status > 0 && result.error === null
          ? String(outcome.status)
          : (outcome.errorClass ?? 'other');
    } else {
      for (const capture of request.captures) {
        const value = capture.read(response);
        if (value === undefined) {
          failure = `capture "${capture.name}" not found`;
          break;
        }
        this.captures.set(capture.name, value);
      }
    }
    recorder.recordSetup(
      this.setupStep,
      result.latencyUs,
      outcome.sent,
      result.error === null ? outcome.status : 0,
      failure,
    );
    done.record = false;
    if (failure !== null) {
      if (!this.failedOnce) {
        this.failedOnce = true;
        recorder.userFailed();
      }
      this.setupStep = 0;
      done.delayMs = SETUP_RETRY_MS;
      return done;
    }
    this.setupStep++;
    if (this.setupStep >= this.plan.setup.length) {
      this.setupStep = -1;
      if (!this.loggedIn) {
        this.loggedIn = true;
        recorder.userLoggedIn();
      }
    }
    done.delayMs = 0;
    return done;
  }

  private completeGated(
    request: RequestPlan,
    result: ExchangeResult,
    response: ResponseView,
    done: Completion,
  ): Completion {
    const recorder = this.plan.recorder;
    const status = response.status;
    if (status === 401 && this.plan.setup.length > 0 && !this.retrying) {
      // Expired or revoked credentials: log in again, then send this request once more.
      recorder.reauthenticated();
      this.retry = request;
      this.setupStep = 0;
      done.record = false;
      done.delayMs = 0;
      return done;
    }
    this.retrying = false;
    done.record = true;

    if (result.outcome.ok) {
      for (const capture of request.captures) {
        const value = capture.read(response);
        if (value !== undefined) this.captures.set(capture.name, value);
      }
    }
    for (const check of request.checks) recorder.recordCheck(check.slot, check.test(response));
    const isolation = this.plan.isolation;
    if (isolation !== null && this.ownTenant !== undefined) {
      const verdict = isolation.judge(response, this.ownTenant);
      if (verdict.shown) recorder.isolationJudged(request.endpoint.index, this.ownTenant, verdict.foreign);
      else if (status > 0) recorder.isolationNotShown();
    }
    done.delayMs = this.plan.thinkTimeMs(this.requestNumber, this.draws);
    return done;
  }
}

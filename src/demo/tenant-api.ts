/**
 * The demo target's multi-tenant side: `POST /api/auth/login` with a JSON
 * `{email, password}` gives `{access_token, token_type, expires_in, tenant}`; a
 * request with `Authorization: Bearer <token>` gets the data of the token's tenant,
 * with the tenant in the body (`tenant`, also on every position and trade) and in the
 * `x-tenant` header; an unknown or expired token gets 401.
 *
 * Users: five tenants, `trader<N>@<tenant>.example` with the password
 * `<tenant>-pass-<N>` (see {@link demoUsers}; examples/users.csv lists some).
 *
 * The leak switch (`leakRate`, or LOADGATE_DEMO_LEAK for the demo server process)
 * makes that fraction of tenant-scoped responses carry another tenant's data, the
 * bug tenant-isolation checks exist for; `stats.leaks` counts the leaking responses
 * actually sent, so tests can compare the gate's count with the truth.
 */
import { randomBytes } from 'node:crypto';

export const DEMO_TENANTS = ['acme', 'globex', 'initech', 'umbrella', 'hooli'] as const;

export interface DemoUser {
  tenant: string;
  email: string;
  password: string;
}

/** `perTenant` users of each demo tenant, tenant by tenant interleaved (acme 1, globex 1, …, acme 2, …). */
export function demoUsers(perTenant: number): DemoUser[] {
  const users: DemoUser[] = [];
  for (let n = 1; n <= perTenant; n++) {
    for (const tenant of DEMO_TENANTS) {
      users.push({ tenant, email: `trader${n}@${tenant}.example`, password: `${tenant}-pass-${n}` });
    }
  }
  return users;
}

/** The tenant of a valid demo login, or undefined. */
function tenantOfLogin(email: unknown, password: unknown): string | undefined {
  if (typeof email !== 'string' || typeof password !== 'string') return undefined;
  const match = /^trader(\d+)@([a-z]+)\.example$/.exec(email);
  if (!match) return undefined;
  const [, n, tenant] = match as unknown as [string, string, string];
  if (!(DEMO_TENANTS as readonly string[]).includes(tenant) || Number(n) < 1 || Number(n) > 10_000)
    return undefined;
  return password === `${tenant}-pass-${n}` ? tenant : undefined;
}

export interface TenantApiOptions {
  /** Lifetime of an access token. Default 10 minutes. */
  tokenTtlMs?: number;
  /** Fraction (0..1) of tenant-scoped responses that carry another tenant's data. Default 0. */
  leakRate?: number;
  /** Random numbers in [0, 1), for the leak decision. Default Math.random. */
  random?: () => number;
  now?: () => number;
}

export interface TenantApiStats {
  logins: number;
  failedLogins: number;
  /** Requests refused because their token had expired. */
  expired: number;
  /** Requests refused for a missing or unknown token. */
  unauthorized: number;
  /** Tenant-scoped responses sent in full. */
  tenantResponses: number;
  /** Of which carried another tenant's data. */
  leaks: number;
}

export interface TenantReply {
  status: number;
  body: unknown;
  headers: Record<string, string>;
  /** Call once the response was sent in full. */
  sent?: () => void;
}

/** Upper bound of live tokens kept; the oldest are forgotten beyond it. */
const MAX_TOKENS = 100_000;

export class TenantApi {
  readonly stats: TenantApiStats = {
    logins: 0,
    failedLogins: 0,
    expired: 0,
    unauthorized: 0,
    tenantResponses: 0,
    leaks: 0,
  };
  private readonly tokens = new Map<string, { tenant: string; expiresAt: number }>();
  private readonly ttlMs: number;
  private readonly leakRate: number;
  private readonly random: () => number;
  private readonly now: () => number;

  constructor(options: TenantApiOptions = {}) {
    this.ttlMs = options.tokenTtlMs ?? 600_000;
    this.leakRate = Math.min(1, Math.max(0, options.leakRate ?? 0));
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
  }

  login(body: string): TenantReply {
    let email: unknown;
    let password: unknown;
    try {
      ({ email, password } = JSON.parse(body) as { email?: unknown; password?: unknown });
    } catch {
      // handled below as a failed login
    }
    const tenant = tenantOfLogin(email, password);
    if (tenant === undefined) {
      this.stats.failedLogins++;
      return { status: 401, body: { error: 'invalid credentials' }, headers: {} };
    }
    this.stats.logins++;
    const token = randomBytes(18).toString('base64url');
    if (this.tokens.size >= MAX_TOKENS) this.tokens.delete(this.tokens.keys().next().value!);
    this.tokens.set(token, { tenant, expiresAt: this.now() + this.ttlMs });
    return {
      status: 200,
      body: { access_token: token, token_type: 'Bearer', expires_in: Math.round(this.ttlMs / 1000), tenant },
      headers: {},
    };
  }

  /** The tenant a request's Authorization header stands for, or a 401 reply. */
  authenticate(authorization: string): { tenant: string } | TenantReply {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization.trim())?.[1];
    const entry = token === undefined ? undefined : this.tokens.get(token);
    if (entry === undefined) {
      this.stats.unauthorized++;
      return { status: 401, body: { error: 'unauthorized' }, headers: { 'www-authenticate': 'Bearer' } };
    }
    if (entry.expiresAt <= this.now()) {
      this.tokens.delete(token!);
      this.stats.expired++;
      return {
        status: 401,
        body: { error: 'token expired' },
        headers: { 'www-authenticate': 'Bearer error="invalid_token"' },
      };
    }
    return { tenant: entry.tenant };
  }

  /** A tenant-scoped answer: the route's body with the tenant in it, sometimes another tenant's (leak switch). */
  scoped(tenant: string, status: number, body: Record<string, unknown>): TenantReply {
    const leaking = this.leakRate > 0 && this.random() < this.leakRate;
    const shown = leaking ? otherTenant(tenant, this.random) : tenant;
    return {
      status,
      body: withTenant(body, shown),
      headers: { 'x-tenant': shown },
      sent: () => {
        this.stats.tenantResponses++;
        if (leaking) this.stats.leaks++;
      },
    };
  }
}

function otherTenant(tenant: string, random: () => number): string {
  const others = DEMO_TENANTS.filter((t) => t !== tenant);
  return others[Math.floor(random() * others.length)] ?? others[0]!;
}

/** The body with `tenant` at the top and on each item of its lists of objects. */
function withTenant(body: Record<string, unknown>, tenant: string): Record<string, unknown> {
  const out: Record<string, unknown> = { tenant };
  for (const [key, value] of Object.entries(body)) {
    out[key] = Array.isArray(value)
      ? value.map((item) => (item !== null && typeof item === 'object' ? { ...item, tenant } : item))
      : value;
  }
  return out;
}

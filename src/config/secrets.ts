/** Header values that must be masked in logs. */
import type { Settings, TrafficSettings } from './settings.js';

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
export function isSensitiveHeader(name: string): boolean {
  return SENSITIVE_NAMES.has(name.toLowerCase()) || SENSITIVE_PARTS.test(name);
}

/**
 * Values of sensitive headers (global and per endpoint), for the caller to mask.
 * For `Authorization: Bearer abc` both the whole value and the credential `abc` are
 * returned, so that the credential is masked wherever it shows up alone.
 */
export function sensitiveHeaderValues(settings: Pick<Settings, 'headers' | 'endpoints'>): string[] {
  const values = new Set<string>();
  const collect = (headers: Record<string, string>): void => {
    for (const [name, value] of Object.entries(headers)) {
      if (!isSensitiveHeader(name) || value.trim() === '') continue;
      values.add(value);
      const credential = /^(?:bearer|basic|token|digest)\s+(\S.*)$/i.exec(value.trim())?.[1];
      if (credential) values.add(credential);
    }
  };
  collect(settings.headers);
  for (const endpoint of settings.endpoints) collect(endpoint.headers);
  return [...values];
}

/** Values of secret data columns, for the action to mask in the log. */
export function trafficSecretValues(traffic: TrafficSettings | undefined): string[] {
  const data = traffic?.data;
  if (!data || data.secretColumns.length === 0) return [];
  const values = new Set<string>();
  for (const record of data.records) {
    for (const column of data.secretColumns) {
      const value = record[column];
      if (value) values.add(value);
    }
  }
  return [...values];
}

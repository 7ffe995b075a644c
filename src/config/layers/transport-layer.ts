/**
 * The transport keys of one layer (inputs or a block of the file): TLS files, `resolve`,
 * `http2`. Inputs are text (`resolve` one entry per line, booleans as `true`/`false`);
 * the file gives typed values the schema has checked. Both go through the same checks,
 * so a message reads the same wherever the value was given.
 */
import { resolveListFrom } from '../addressing-settings.js';
import { quote } from '../describe.js';
import { meaningfulLines } from '../inputs.js';
import type { PemReadOptions } from '../tls-settings.js';
import { caFileFrom, clientCertFrom, clientKeyFrom, serverNameFrom } from '../tls-settings.js';
import type { TransportChoices } from '../transport-settings.js';
import { INVALID, pick, sourced, type Invalid, type Issues, type Layer, type Slot } from './layer.js';

export const TRANSPORT_KEYS = [
  'ca-file',
  'insecure-tls',
  'client-cert',
  'client-key',
  'tls-server-name',
  'resolve',
  'http2',
] as const;
export type TransportKey = (typeof TRANSPORT_KEYS)[number];

/** A key as one layer gives it: INVALID when the schema already refused it. */
export type GivenKey =
  { value: unknown; where: string; locate?: (index: number) => string } | Invalid | undefined;

type TransportLayer = Pick<
  Layer,
  'caFile' | 'insecureTls' | 'clientCert' | 'clientKey' | 'tlsServerName' | 'resolve' | 'http2'
>;

export function transportLayer(
  get: (key: TransportKey) => GivenKey,
  source: 'inputs' | 'file',
  pem: PemReadOptions,
  issues: Issues,
): TransportLayer {
  const add = (where: string, message: string): void => issues.add(where, message);
  const slot = <T>(
    key: TransportKey,
    convert: (value: unknown, where: string, locate?: (index: number) => string) => T | undefined,
  ): Slot<T> => {
    const given = get(key);
    if (given === undefined || given === INVALID) return given;
    return issues.slot(given.where, () => convert(given.value, given.where, given.locate) ?? INVALID);
  };
  const boolean = (value: unknown, where: string): boolean | undefined => {
    if (typeof value === 'boolean') return value;
    if (typeof value === 'string' && /^(?:true|True|TRUE)$/.test(value.trim())) return true;
    if (typeof value === 'string' && /^(?:false|False|FALSE)$/.test(value.trim())) return false;
    add(where, `got ${quote(value)}; expected true or false`);
    return undefined;
  };
  const textOf = (value: unknown): string => String(value).trim();
  return {
    caFile: slot('ca-file', (value, where) => caFileFrom(textOf(value), where, pem, add)),
    insecureTls: slot('insecure-tls', boolean),
    clientCert: slot('client-cert', (value, where) => clientCertFrom(String(value), where, pem, add)),
    clientKey: slot('client-key', (value, where) =>
      clientKeyFrom(String(value), where, pem, add, source === 'inputs'),
    ),
    tlsServerName: slot('tls-server-name', (value, where) => serverNameFrom(textOf(value), where, add)),
    resolve: slot('resolve', (value, where, locate) => {
      const entries =
        typeof value === 'string' && source === 'inputs'
          ? meaningfulLines(value).flatMap(({ line, text }) =>
              // A line may hold several entries, separated by spaces.
              text
                .split(/\s+/)
                .flatMap((entry) => (entry ? [{ text: entry, where: `${where} line ${line}` }] : [])),
            )
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
export function pickTransport(layers: Layer[]): TransportChoices | undefined {
  const keys = [
    'caFile',
    'insecureTls',
    'clientCert',
    'clientKey',
    'tlsServerName',
    'resolve',
    'http2',
  ] as const;
  const chosen: Record<string, unknown> = {};
  for (const key of keys) {
    const slot = pick(layers, key);
    if (slot === INVALID) return undefined;
    if (slot !== undefined) chosen[key] = slot;
  }
  return chosen as TransportChoices;
}

/** The URLs the load goes to (the canary, and a live baseline), for checking `resolve` entries. */
export function loadTargets(layers: Layer[]): { name: string; url: string }[] {
  const target = sourced(pick(layers, 'targetUrl'));
  const baseline = sourced(pick(layers, 'baselineSource'));
  return [
    ...(target ? [{ name: 'target-url', url: target.value }] : []),
    ...(baseline?.value?.kind === 'live' ? [{ name: 'baseline-url', url: baseline.value.url }] : []),
  ];
}

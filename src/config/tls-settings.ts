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
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { createSecureContext } from 'node:tls';

import { quote, shorten } from './describe.js';
import type { AddIssue } from './settings-error.js';
import { checkWorkspacePath, type WorkspacePathOptions } from './workspace-path.js';

/** A PEM file as read, with the path messages and reports name it by. */
export interface PemSource {
  pem: string;
  /** The path as given (relative to the workspace), or `the client-key input` for PEM text. */
  origin: string;
}

export interface TlsSettings {
  /** Certificates trusted besides the system's (PEM), with the file they came from. */
  ca?: PemSource & { certificates: number };
  /** Certificates are not verified: only with `insecure-tls: true`. */
  insecure: boolean;
  /** Mutual TLS: the certificate (chain) and its private key. The key is a secret. */
  client?: { cert: PemSource; key: PemSource };
  /** Sent as SNI and checked against the certificate instead of the URL's host (or the Host header). */
  serverName?: string;
}

export interface PemReadOptions {
  workspace: string;
  readRoots?: readonly string[];
  /** Reads a file as UTF-8; undefined when it does not exist (throws for other failures). */
  read: (absolutePath: string) => string | undefined;
  followLinks: boolean;
}

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n[\s\S]*?\r?\n-----END \1-----/g;
/** Largest PEM file read: a CA bundle of a few hundred certificates is well below it. */
const MAX_PEM_BYTES = 4 * 1024 * 1024;

/** The PEM blocks of a text, with their labels (`CERTIFICATE`, `PRIVATE KEY`, …). */
function pemBlocks(text: string): { label: string; block: string }[] {
  return [...text.matchAll(PEM_BLOCK)].map((match) => ({ label: match[1]!, block: match[0] }));
}

/** Reads a PEM file inside the workspace, or reports why it cannot be read. */
function readPemFile(
  given: string,
  where: string,
  name: string,
  options: PemReadOptions,
  add: AddIssue,
): string | undefined {
  const pathOptions: WorkspacePathOptions = {
    workspace: options.workspace,
    ...(options.readRoots ? { extraRoots: options.readRoots } : {}),
    followLinks: options.followLinks,
    expected: `the path of a PEM file inside the workspace for ${name}, such as certs/${name === 'ca-file' ? 'internal-ca.pem' : `${name}.pem`}`,
  };
  const checked = checkWorkspacePath(given, where, pathOptions, add);
  if (!checked) return undefined;
  let text: string | undefined;
  try {
    text = options.read(checked.absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    add(
      where,
      `could not read ${quote(given)}: ${code === 'EISDIR' ? 'it is a directory' : (code ?? 'unknown error')}; expected a PEM file for ${name}`,
    );
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
export function caFileFrom(
  given: string,
  where: string,
  options: PemReadOptions,
  add: AddIssue,
): TlsSettings['ca'] | undefined {
  const text = readPemFile(given, where, 'ca-file', options, add);
  if (text === undefined) return undefined;
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
      add(
        where,
        `certificate ${index + 1} of ${certificates.length} in ${quote(given)} is not a valid PEM certificate; ${notPem}`,
      );
      return undefined;
    }
  }
  return {
    pem: certificates.map((b) => b.block).join('\n'),
    origin: given,
    certificates: certificates.length,
  };
}

function parsesAsCertificate(block: string): boolean {
  try {
    new X509Certificate(block);
    return true;
  } catch {
    return false;
  }
}

/** `client-cert`: a PEM certificate (or chain), from a file; PEM text given in an input is taken as is. */
export function clientCertFrom(
  given: string,
  where: string,
  options: PemReadOptions,
  add: AddIssue,
): PemSource | undefined {
  const inline = given.includes('-----BEGIN');
  const text = inline ? given : readPemFile(given, where, 'client-cert', options, add);
  if (text === undefined) return undefined;
  const origin = inline ? 'the PEM text given' : given;
  const blocks = pemBlocks(text).filter((b) => b.label === 'CERTIFICATE');
  if (blocks.length === 0 || !blocks.every(({ block }) => parsesAsCertificate(block))) {
    add(
      where,
      `${inline ? 'the value' : `the file ${quote(given)}`} is not a valid PEM certificate; expected the client certificate (-----BEGIN CERTIFICATE-----), its chain after it`,
    );
    return undefined;
  }
  return { pem: blocks.map((b) => b.block).join('\n'), origin };
}

/**
 * `client-key`: a PEM private key (unencrypted), from a file or, in an input, as PEM
 * text (a secret). `inlineAllowed` is false in the config file.
 */
export function clientKeyFrom(
  given: string,
  where: string,
  options: PemReadOptions,
  add: AddIssue,
  inlineAllowed: boolean,
): PemSource | undefined {
  const inline = given.includes('-----BEGIN');
  if (inline && !inlineAllowed) {
    add(
      where,
      'got the key itself in the config file (it is never quoted); expected the path of a key file written at run time, or the key as the client-key input from a secret',
    );
    return undefined;
  }
  const text = inline ? given : readPemFile(given, where, 'client-key', options, add);
  if (text === undefined) return undefined;
  const block = pemBlocks(text).find((b) => /PRIVATE KEY$/.test(b.label));
  const what = inline ? 'the value' : `the file ${quote(given)}`;
  if (!block) {
    add(
      where,
      `${what} holds no PEM private key; expected an unencrypted private key (-----BEGIN PRIVATE KEY-----)`,
    );
    return undefined;
  }
  if (block.label === 'ENCRYPTED PRIVATE KEY' || /Proc-Type: 4,ENCRYPTED/.test(block.block)) {
    add(
      where,
      `${what} holds an encrypted private key; expected an unencrypted private key (decrypt it in an earlier step)`,
    );
    return undefined;
  }
  try {
    createPrivateKey(block.block);
  } catch {
    add(
      where,
      `${what} is not a valid PEM private key; expected an unencrypted private key (-----BEGIN PRIVATE KEY-----)`,
    );
    return undefined;
  }
  return { pem: block.block, origin: inline ? 'the client-key input' : given };
}

/** Whether the key belongs to the certificate; a message when it does not. */
export function clientPairProblem(cert: PemSource, key: PemSource): string | undefined {
  try {
    createSecureContext({ cert: cert.pem, key: key.pem });
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const why = /KEY_VALUES_MISMATCH|mismatch/i.test(`${code} ${(error as Error).message}`)
      ? 'the key does not belong to the certificate'
      : `the certificate and key cannot be used together (${shorten(code || 'unknown error', 60)})`;
    return `${why} (${quote(cert.origin)}); expected client-cert and client-key of the same pair`;
  }
}

const DNS_NAME =
  /^(?=.{1,253}$)(?:[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.?$/;

/** `tls-server-name`: a DNS name (SNI carries no IP address or port). */
export function serverNameFrom(given: string, where: string, add: AddIssue): string | undefined {
  const name = given.trim();
  if (/^\d+(?:\.\d+){3}$/.test(name) || name.includes(':') || !DNS_NAME.test(name)) {
    add(
      where,
      `got ${quote(given)}; expected a DNS name such as canary.example.com (no scheme, port or IP address: SNI carries a host name only)`,
    );
    return undefined;
  }
  return name.replace(/\.$/, '').toLowerCase();
}

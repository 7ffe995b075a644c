/**
 * Throwaway TLS certificates made with the openssl command at test time, in a temp
 * directory: self-signed, signed by a throwaway CA (valid, expired, or for another
 * host name). EC P-256 keys, so making them takes milliseconds. Nothing here is
 * trusted by the system; a test that needs the CA trusted says so itself.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface KeyPair {
  cert: string;
  key: string;
}

export interface TestCertificates {
  /** The throwaway CA's certificate (PEM), and its path for NODE_EXTRA_CA_CERTS. */
  ca: string;
  caPath: string;
  /** Self-signed, for 127.0.0.1. */
  selfSigned: KeyPair;
  /** Signed by the CA, for 127.0.0.1, valid now. */
  valid: KeyPair;
  /** Signed by the CA, for 127.0.0.1, valid only on 1 January 2020. */
  expired: KeyPair;
  /** Signed by the CA, valid now, for other.example only. */
  otherHost: KeyPair;
  /** Signed by the CA, valid now, for canary.example.test only (resolve, Host and SNI tests). */
  canaryHost: KeyPair;
  /** A client certificate signed by the CA (mutual TLS), CN loadgate-client. */
  client: KeyPair;
  /** The temp directory the files are in: `ca.pem`, `<name>.pem` and `<name>.key` for self, valid, other, canary, client. */
  dir: string;
  remove(): void;
}

const EC_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];

// `openssl ca` is the one subcommand of OpenSSL 3.0 that takes explicit dates (for the expired certificate).
const CA_CONFIG = `[ ca ]
default_ca = test_ca
[ test_ca ]
database = ./index.txt
new_certs_dir = .
serial = ./serial
default_md = sha256
policy = any_name
copy_extensions = copy
unique_subject = no
[ any_name ]
commonName = supplied
`;

export function makeTestCertificates(): TestCertificates {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'loadgate-tls-'));
  const openssl = (...args: string[]): void => {
    execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  };
  const read = (name: string): string => readFileSync(path.join(dir, name), 'utf8');
  writeFileSync(path.join(dir, 'ca.cnf'), CA_CONFIG);
  writeFileSync(path.join(dir, 'index.txt'), '');
  writeFileSync(path.join(dir, 'serial'), '01\n');

  openssl(
    'req',
    '-x509',
    ...EC_KEY,
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-subj',
    '/CN=loadgate test CA',
    '-days',
    '2',
  );
  openssl(
    'req',
    '-x509',
    ...EC_KEY,
    '-keyout',
    'self.key',
    '-out',
    'self.pem',
    '-subj',
    '/CN=127.0.0.1',
    '-addext',
    'subjectAltName=IP:127.0.0.1',
    '-days',
    '2',
  );
  const signed = (name: string, subject: string, san: string, dates: string[]): KeyPair => {
    openssl(
      'req',
      '-new',
      ...EC_KEY,
      '-keyout',
      `${name}.key`,
      '-out',
      `${name}.csr`,
      '-subj',
      subject,
      '-addext',
      `subjectAltName=${san}`,
    );
    openssl(
      'ca',
      '-batch',
      '-config',
      'ca.cnf',
      '-cert',
      'ca.pem',
      '-keyfile',
      'ca.key',
      '-notext',
      '-in',
      `${name}.csr`,
      '-out',
      `${name}.pem`,
      ...dates,
    );
    return { cert: read(`${name}.pem`), key: read(`${name}.key`) };
  };
  const valid = signed('valid', '/CN=127.0.0.1', 'IP:127.0.0.1', ['-days', '2']);
  const expired = signed('expired', '/CN=127.0.0.1', 'IP:127.0.0.1', [
    '-startdate',
    '20200101000000Z',
    '-enddate',
    '20200102000000Z',
  ]);
  const otherHost = signed('other', '/CN=other.example', 'DNS:other.example', ['-days', '2']);
  const canaryHost = signed('canary', '/CN=canary.example.test', 'DNS:canary.example.test', ['-days', '2']);
  const client = signed('client', '/CN=loadgate-client', 'DNS:loadgate-client', ['-days', '2']);

  return {
    ca: read('ca.pem'),
    caPath: path.join(dir, 'ca.pem'),
    selfSigned: { cert: read('self.pem'), key: read('self.key') },
    valid,
    expired,
    otherHost,
    canaryHost,
    client,
    dir,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface HttpsTarget {
  url: string;
  /** Requests that got through the handshake. */
  requests: number;
  close(): Promise<void>;
}

/** An HTTPS server on 127.0.0.1 (port 0) that answers 200 `ok` to every request that gets through. */
export async function startHttpsTarget(pair: KeyPair): Promise<HttpsTarget> {
  const target = { requests: 0 };
  const server = https.createServer(pair, (_request, response) => {
    target.requests++;
    response.end('ok');
  });
  // Handshakes the client rejects end in errors on the server's side too: expected here.
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(target, {
    url: `https://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}

/**
 * The transport settings: TLS files, resolve, tls-server-name, http2 and the proxy of
 * the environment, from inputs and from the config file. Good values come out as
 * Settings.transport; each mistake is one issue at its input, `file:line` or
 * variable, that quotes nothing of a certificate or key.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { rawInputs, resolveSettings, SettingsError, type RawInputs } from '../src/config/index.js';
import { transportSecrets } from '../src/config/transport-settings.js';
import { parseNoProxy, shouldProxy } from '../src/syntax/no-proxy.js';
import { proxyFor } from '../src/engine/http/transport.js';
import { makeTestCertificates, type TestCertificates } from './helpers/tls-certs.js';

let certs: TestCertificates;
beforeAll(() => {
  certs = makeTestCertificates();
  mkdirSync(path.join(certs.dir, '.github'), { recursive: true });
});
afterAll(() => certs.remove());

const TARGET = 'https://canary.example.test:8443';

function resolve(inputs: Partial<RawInputs>, env: Record<string, string> = {}, config?: string) {
  const configPath = path.join(certs.dir, '.github/loadgate.yml');
  writeFileSync(configPath, config ?? '');
  return resolveSettings(rawInputs({ 'target-url': TARGET, ...inputs }), { workspace: certs.dir, env });
}

function issuesOf(inputs: Partial<RawInputs>, env: Record<string, string> = {}, config?: string) {
  try {
    resolve(inputs, env, config);
  } catch (error) {
    if (error instanceof SettingsError) return error.issues;
    throw error;
  }
  throw new Error('expected a SettingsError');
}

describe('TLS settings', () => {
  it('reads ca-file, the client pair and tls-server-name from inputs', () => {
    const { transport } = resolve({
      'ca-file': 'ca.pem',
      'client-cert': 'client.pem',
      'client-key': 'client.key',
      'tls-server-name': 'Canary.Example.Test',
    });
    expect(transport?.tls.ca).toMatchObject({ origin: 'ca.pem', certificates: 1 });
    expect(transport?.tls.client?.cert.origin).toBe('client.pem');
    expect(transport?.tls.client?.key.pem).toContain('PRIVATE KEY');
    expect(transport?.tls.serverName).toBe('canary.example.test');
    expect(transport?.tls.insecure).toBe(false);
  });

  it('takes the client key as PEM text from an input, and masks it whole and line by line', () => {
    const { transport } = resolve({ 'client-cert': 'client.pem', 'client-key': certs.client.key });
    expect(transport?.tls.client?.key.origin).toBe('the client-key input');
    const secrets = transportSecrets(transport);
    const body = certs.client.key.split('\n').filter((line) => line && !line.startsWith('-----'));
    for (const line of body.filter((l) => l.length >= 16)) expect(secrets).toContain(line);
  });

  it('counts the certificates of a bundle', () => {
    writeFileSync(path.join(certs.dir, 'bundle.pem'), `${certs.ca}\n${certs.valid.cert}`);
    expect(resolve({ 'ca-file': 'bundle.pem' }).transport?.tls.ca?.certificates).toBe(2);
  });

  it('refuses a missing ca-file, a file without certificates and a broken block, quoting none of the content', () => {
    expect(issuesOf({ 'ca-file': 'nope.pem' })).toEqual([
      { where: "input 'ca-file'", message: expect.stringContaining('no such file') },
    ]);
    writeFileSync(path.join(certs.dir, 'junk.pem'), 'SECRETISH-CONTENT not pem');
    const [junk] = issuesOf({ 'ca-file': 'junk.pem' });
    expect(junk!.message).toContain('holds no PEM certificate');
    expect(junk!.message).not.toContain('SECRETISH');
    writeFileSync(
      path.join(certs.dir, 'broken.pem'),
      '-----BEGIN CERTIFICATE-----\nSECRETISHAAAA\n-----END CERTIFICATE-----\n',
    );
    const [broken] = issuesOf({ 'ca-file': 'broken.pem' });
    expect(broken!.message).toContain('certificate 1 of 1');
    expect(broken!.message).not.toContain('SECRETISH');
    const [key] = issuesOf({ 'ca-file': 'client.key' });
    expect(key!.message).toContain('a private key and no certificate');
  });

  it('wants client-cert and client-key together, and of the same pair', () => {
    expect(issuesOf({ 'client-cert': 'client.pem' })).toEqual([
      { where: "input 'client-cert'", message: expect.stringContaining('without client-key') },
    ]);
    expect(issuesOf({ 'client-key': 'client.key' })).toEqual([
      { where: "input 'client-key'", message: expect.stringContaining('without client-cert') },
    ]);
    const [mismatch] = issuesOf({ 'client-cert': 'client.pem', 'client-key': 'valid.key' });
    expect(mismatch).toEqual({
      where: "input 'client-key'",
      message: expect.stringContaining('does not belong'),
    });
  });

  it('refuses a key written into the config file, at its line', () => {
    const inline = certs.client.key
      .trim()
      .split('\n')
      .map((line) => `  ${line}`)
      .join('\n');
    const issues = issuesOf({}, {}, `client-cert: client.pem\nclient-key: |\n${inline}\n`);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.where).toBe('.github/loadgate.yml:2:13 (client-key)');
    expect(issues[0]!.message).toContain('got the key itself in the config file');
    expect(JSON.stringify(issues)).not.toContain(certs.client.key.split('\n')[1]!);
  });

  it('refuses a tls-server-name that is an IP address or carries a port', () => {
    for (const name of ['10.0.0.1', 'canary.example.test:443', 'https://canary.example.test']) {
      expect(issuesOf({ 'tls-server-name': name })[0]!.message).toContain('expected a DNS name');
    }
  });

  it('takes insecure-tls and http2 as booleans, from inputs and the file', () => {
    expect(resolve({ 'insecure-tls': 'true', http2: 'TRUE' }).transport).toMatchObject({
      tls: { insecure: true },
      http2: true,
    });
    expect(resolve({}, {}, 'insecure-tls: true\nhttp2: true\n').transport).toMatchObject({
      tls: { insecure: true },
      http2: true,
    });
    expect(issuesOf({ http2: 'yes' })).toEqual([
      { where: "input 'http2'", message: 'got "yes"; expected true or false' },
    ]);
  });
});

describe('resolve', () => {
  it('reads host:port:address entries, one per line or a list in the file', () => {
    expect(resolve({ resolve: 'canary.example.test:8443:10.0.3.17' }).transport?.resolve).toEqual([
      { host: 'canary.example.test', port: 8443, address: '10.0.3.17', where: "input 'resolve' line 1" },
    ]);
    const fromFile = resolve({}, {}, 'resolve:\n  - canary.example.test:8443:[fd00::17]\n').transport
      ?.resolve;
    expect(fromFile).toEqual([
      {
        host: 'canary.example.test',
        port: 8443,
        address: 'fd00::17',
        where: '.github/loadgate.yml:2:5 (resolve[0])',
      },
    ]);
  });

  it.each([
    ['canary.example.test:8443', 'expected host:port:address'],
    ['canary.example.test:99999:10.0.0.1', 'expected a port from 1 to 65535'],
    ['canary.example.test:8443:pod.internal', 'expected an IP address'],
    ['canary.example.test:8443:10.0.0.1,10.0.0.2', 'one address per entry'],
    ['other.example.test:8443:10.0.0.1', 'which is not the host:port of target-url'],
    ['canary.example.test:443:10.0.0.1', 'which is not the host:port of target-url'],
  ])('refuses %s', (entry, says) => {
    const issues = issuesOf({ resolve: entry });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.where).toBe("input 'resolve' line 1");
    expect(issues[0]!.message).toContain(says);
  });

  it('refuses the same host:port twice', () => {
    const issues = issuesOf({
      resolve: 'canary.example.test:8443:10.0.0.1\ncanary.example.test:8443:10.0.0.2',
    });
    expect(issues).toEqual([
      { where: "input 'resolve' line 2", message: expect.stringContaining('a second time') },
    ]);
  });
});

describe('the proxy of the environment', () => {
  it('reads HTTPS_PROXY (lower case first), keeps credentials out of what is shown, and masks them', () => {
    const { transport } = resolve(
      {},
      { HTTPS_PROXY: 'http://ignored:1', https_proxy: 'http://gate:pw-123@proxy.test:3128' },
    );
    expect(transport?.proxy?.https).toEqual({
      origin: 'http://proxy.test:3128',
      label: 'proxy.test:3128',
      variable: 'https_proxy',
      authorization: `Basic ${Buffer.from('gate:pw-123').toString('base64')}`,
    });
    expect(transportSecrets(transport)).toContain('pw-123');
  });

  it('uses HTTP_PROXY for https too when HTTPS_PROXY is not set, and a bare host:port as http', () => {
    const { transport } = resolve({}, { HTTP_PROXY: 'proxy.test:3128' });
    expect(transport?.proxy?.https?.origin).toBe('http://proxy.test:3128');
  });

  it('refuses a proxy that is not http(s), naming the variable and not the credentials', () => {
    const issues = issuesOf({}, { HTTPS_PROXY: 'socks5://u:pw-secret@proxy.test:1080' });
    expect(issues).toEqual([
      {
        where: 'environment variable HTTPS_PROXY',
        message: expect.stringContaining('expected an http or https proxy URL'),
      },
    ]);
    expect(JSON.stringify(issues)).not.toContain('pw-secret');
  });

  it('applies NO_PROXY as undici does', () => {
    const entries = parseNoProxy('example.com, *.wild.test .dot.test 10.0.0.1:8443 [::1]:443');
    expect(shouldProxy(entries, 'example.com', 443)).toBe(false);
    expect(shouldProxy(entries, 'api.example.com', 443)).toBe(false);
    expect(shouldProxy(entries, 'notexample.com', 443)).toBe(true);
    expect(shouldProxy(entries, 'wild.test', 443)).toBe(true);
    expect(shouldProxy(entries, 'a.wild.test', 443)).toBe(false);
    expect(shouldProxy(entries, 'dot.test', 80)).toBe(false);
    expect(shouldProxy(entries, '10.0.0.1', 8443)).toBe(false);
    expect(shouldProxy(entries, '10.0.0.1', 443)).toBe(true);
    expect(shouldProxy(entries, '[::1]', 443)).toBe(false);
    expect(shouldProxy(parseNoProxy('*'), 'anything.test', 1)).toBe(false);
    const { transport } = resolve({}, { HTTPS_PROXY: 'http://proxy.test:3128', NO_PROXY: 'example.test' });
    expect(proxyFor(transport?.proxy, new URL(TARGET))).toBeUndefined();
    expect(proxyFor(transport?.proxy, new URL('https://other.test'))?.label).toBe('proxy.test:3128');
    expect(proxyFor(transport?.proxy, new URL('http://other.test'))).toBeUndefined();
  });
});

/**
 * The keys of how the load reaches the target: TLS, `resolve`, HTTP/2. The schema
 * checks types; the forms (PEM files, `host:port:address`, a DNS name) are checked by
 * config/tls-settings.ts and config/addressing-settings.ts, which give inputs and file
 * the same messages.
 */
import { z } from 'zod';

import { quote } from '../describe.js';
import { flag, text } from './schema-parts.js';

const resolveEntry = 'host:port:address such as canary.example.com:443:10.0.3.17';

export const TRANSPORT_SHAPE = {
  'ca-file': text(
    'the path of a PEM file inside the workspace',
    'A PEM bundle of CA certificates (a path inside the workspace) trusted besides the system’s, for a target with an internal CA.',
  ).optional(),
  'insecure-tls': flag(
    'Do not verify the target’s TLS certificate (default false). Every report says so; prefer ca-file.',
  ).optional(),
  'client-cert': text(
    'the path of a PEM file inside the workspace',
    'Mutual TLS: the client certificate (PEM file inside the workspace); needs client-key.',
  ).optional(),
  'client-key': text(
    'the path of a PEM key file inside the workspace',
    'Mutual TLS: the client’s private key (PEM file inside the workspace, written at run time from a secret); needs client-cert.',
  ).optional(),
  'tls-server-name': text(
    'a DNS name such as canary.example.com',
    'The name sent as SNI and checked in the target’s certificate, instead of the URL’s host (or the Host header).',
  ).optional(),
  resolve: z
    .union([z.string(), z.array(z.string())], {
      error: (iss) => `got ${quote(iss.input)}; expected ${resolveEntry}, or a list of them`,
    })
    .meta({
      description:
        'curl’s --resolve: connections to host:port go to address, while the URL’s host stays the Host header and the TLS server name. One entry or a list.',
    })
    .optional(),
  http2: flag(
    'Offer HTTP/2 to an https target (ALPN); the protocol negotiated is recorded (default false: HTTP/1.1).',
  ).optional(),
};

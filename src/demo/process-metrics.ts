/**
 * The demo API's own process metrics at `/metrics` (CPU seconds, resident memory,
 * heap, event-loop lag …), from prom-client's default collectors: the well-kept
 * Prometheus client for Node, rather than hand-written exposition text. A registry of
 * its own, so nothing global is shared with whatever else runs in the process.
 */
import type http from 'node:http';

import { collectDefaultMetrics, Registry } from 'prom-client';

export class ProcessMetrics {
  private readonly registry = new Registry();

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Answers a scrape with the exposition text. */
  async serve(res: http.ServerResponse): Promise<void> {
    try {
      const text = await this.registry.metrics();
      res.writeHead(200, { 'content-type': this.registry.contentType });
      res.end(text);
    } catch {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('metrics unavailable\n');
    }
  }
}

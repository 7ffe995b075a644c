/**
 * The system's Chromium (Debian package `chromium`, installed by scripts/prepare-tests.mjs)
 * driven headless over the DevTools protocol: Node's own WebSocket and fetch, no browser
 * library. It opens a file at a given window width, evaluates expressions in the page and
 * takes full-page screenshots, as a person's browser would render the page.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const CHROMIUM_BINARY = process.env.CHROMIUM_BIN ?? 'chromium';

interface Pending {
  resolve: (value: Record<string, unknown>) => void;
  reject: (error: Error) => void;
}

/** One page of a headless Chromium, closed with `close()`. */
export interface HeadlessPage {
  /** Loads `file` with the window `width` CSS pixels wide (and `height` tall), and waits for its load event. */
  open(file: string, width: number, height?: number): Promise<void>;
  /** The value of `expression` evaluated in the page (JSON-serialisable). */
  evaluate<T>(expression: string): Promise<T>;
  /** A PNG of the whole page at the current width, not only the window. */
  screenshot(): Promise<Buffer>;
  close(): Promise<void>;
}

async function waitFor<T>(what: string, timeoutMs: number, probe: () => T | undefined): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Starts Chromium headless with a throw-away profile and connects to its first page. */
export async function launchHeadlessChromium(timeoutMs = 30_000): Promise<HeadlessPage> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'loadgate-chromium-'));
  const args = [
    '--headless',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--hide-scrollbars',
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    // Root (a CI container) cannot use Chromium's sandbox.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    'about:blank',
  ];
  const browser: ChildProcess = spawn(CHROMIUM_BINARY, args, { stdio: 'ignore' });
  let exited: string | undefined;
  browser.once('exit', (code, signal) => (exited = `exited (${signal ?? code})`));
  browser.once('error', (error) => (exited = error.message));
  const stop = (): void => {
    if (exited === undefined) browser.kill('SIGKILL');
    // A killed Chromium may still be writing its profile for a moment: retry while the folder refills.
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
  };

  try {
    // Chromium writes the port it chose into the profile once it listens.
    const port = await waitFor('Chromium to listen', timeoutMs, () => {
      if (exited !== undefined) throw new Error(`${CHROMIUM_BINARY} ${exited} (apt-get install -y chromium)`);
      try {
        return readFileSync(path.join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0] || undefined;
      } catch {
        return undefined;
      }
    });
    const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as Array<{
      type: string;
      webSocketDebuggerUrl: string;
    }>;
    const pageTarget = targets.find((t) => t.type === 'page');
    if (!pageTarget) throw new Error('Chromium opened no page');
    const socket = new WebSocket(pageTarget.webSocketDebuggerUrl);
    await new Promise<void>((resolve, reject) => {
      socket.addEventListener('open', () => resolve(), { once: true });
      socket.addEventListener('error', () => reject(new Error('DevTools connection failed')), { once: true });
    });

    let nextId = 1;
    const pending = new Map<number, Pending>();
    const listeners = new Map<string, Array<() => void>>();
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as {
        id?: number;
        method?: string;
        result?: Record<string, unknown>;
        error?: { message: string };
      };
      if (message.id !== undefined) {
        const waiting = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) waiting?.reject(new Error(message.error.message));
        else waiting?.resolve(message.result ?? {});
      } else if (message.method) {
        for (const listener of listeners.get(message.method)?.splice(0) ?? []) listener();
      }
    });
    const send = (method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        socket.send(JSON.stringify({ id, method, params }));
      });
    const once = (event: string): Promise<void> =>
      new Promise((resolve) => listeners.set(event, [...(listeners.get(event) ?? []), resolve]));

    await send('Page.enable');
    return {
      async open(file, width, height = 900) {
        await send('Emulation.setDeviceMetricsOverride', {
          width,
          height,
          deviceScaleFactor: 1,
          mobile: false,
        });
        const loaded = once('Page.loadEventFired');
        await send('Page.navigate', { url: pathToFileURL(file).href });
        await loaded;
      },
      async evaluate<T>(expression: string) {
        const reply = (await send('Runtime.evaluate', { expression, returnByValue: true })) as {
          result: { value?: T };
          exceptionDetails?: { text: string; exception?: { description?: string } };
        };
        if (reply.exceptionDetails) {
          const { text, exception } = reply.exceptionDetails;
          throw new Error(`in the page: ${exception?.description ?? text}`);
        }
        return reply.result.value as T;
      },
      async screenshot() {
        const metrics = (await send('Page.getLayoutMetrics')) as {
          cssContentSize: { width: number; height: number };
          cssLayoutViewport: { clientWidth: number };
        };
        const clip = {
          x: 0,
          y: 0,
          width: metrics.cssLayoutViewport.clientWidth,
          height: Math.ceil(metrics.cssContentSize.height),
          scale: 1,
        };
        const shot = (await send('Page.captureScreenshot', {
          format: 'png',
          captureBeyondViewport: true,
          clip,
        })) as { data: string };
        return Buffer.from(shot.data, 'base64');
      },
      async close() {
        try {
          await Promise.race([send('Browser.close'), new Promise((resolve) => setTimeout(resolve, 2000))]);
        } catch {
          // Closing anyway below.
        }
        socket.close();
        stop();
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}

/** A PNG's width and height from its IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

// A real headless Chromium driven over the Chrome DevTools Protocol (a WebSocket, no client library):
// launched on a free port with an empty profile and every background service off, so the only network
// requests it makes are the page's own.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface CdpEvent {
  method: string;
  params: Record<string, unknown>;
}

/** The chromium binary: $CHROMIUM, or `chromium` on the PATH; undefined when there is none. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM, 'chromium', 'chromium-browser'].filter(Boolean) as string[];
  for (const candidate of candidates) {
    const found = spawnSync('sh', ['-c', `command -v "${candidate}"`], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return undefined;
}

export class Browser {
  readonly events: CdpEvent[] = [];
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();
  private readonly waiters: { method: string; resolve: (event: CdpEvent) => void }[] = [];

  private constructor(
    private readonly child: ChildProcess,
    private readonly profile: string,
    private readonly socket: WebSocket,
  ) {
    socket.addEventListener('message', (message) => this.onMessage(String(message.data)));
  }

  static async launch(binary: string): Promise<Browser> {
    const profile = await mkdtemp(path.join(tmpdir(), 'evalgate-chromium-'));
    const child = spawn(
      binary,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-extensions',
        '--disable-default-apps',
        '--hide-scrollbars',
        '--remote-debugging-port=0',
        `--user-data-dir=${profile}`,
        'about:blank',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const port = await waitForPort(profile, child, () => stderr);
    const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as {
      type: string;
      webSocketDebuggerUrl: string;
    }[];
    const page = targets.find((target) => target.type === 'page');
    if (!page) throw new Error('chromium opened no page');
    const socket = new WebSocket(page.webSocketDebuggerUrl);
    await new Promise<void>((resolve, reject) => {
      socket.addEventListener('open', () => resolve(), { once: true });
      socket.addEventListener('error', () => reject(new Error('cannot connect to chromium')), { once: true });
    });
    return new Browser(child, profile, socket);
  }

  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    this.socket.send(JSON.stringify({ id, method, params }));
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
    });
  }

  waitFor(method: string): Promise<CdpEvent> {
    return new Promise((resolve) => this.waiters.push({ method, resolve }));
  }

  /** Loads a URL and waits for its load event. */
  async open(url: string): Promise<void> {
    const loaded = this.waitFor('Page.loadEventFired');
    await this.send('Page.navigate', { url });
    await loaded;
  }

  /** Evaluates an expression in the page and returns its value (JSON-serialisable values only). */
  async evaluate<T>(expression: string): Promise<T> {
    const result = await this.send<{ result: { value?: T }; exceptionDetails?: { text: string } }>(
      'Runtime.evaluate',
      { expression, returnByValue: true, awaitPromise: true },
    );
    if (result.exceptionDetails) throw new Error(`page threw: ${JSON.stringify(result.exceptionDetails)}`);
    return result.result.value as T;
  }

  /** A PNG of the page's top `maxHeight` pixels at `width`. */
  async screenshot(width = 1200, maxHeight = 2400): Promise<Buffer> {
    const height = await this.evaluate<number>('document.documentElement.scrollHeight');
    await this.send('Emulation.setDeviceMetricsOverride', {
      width,
      height: Math.min(Math.max(height, 600), maxHeight),
      deviceScaleFactor: 1,
      mobile: false,
    });
    const shot = await this.send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
    return Buffer.from(shot.data, 'base64');
  }

  /** A PNG of the element `selector` selects, at most `maxHeight` pixels of it. */
  async screenshotOf(selector: string, maxHeight = 1600): Promise<Buffer> {
    const box = await this.evaluate<{ x: number; y: number; width: number; height: number }>(
      `(() => { const r = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect();
        return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height }; })()`,
    );
    const shot = await this.send<{ data: string }>('Page.captureScreenshot', {
      format: 'png',
      captureBeyondViewport: true,
      clip: { ...box, height: Math.min(box.height, maxHeight), scale: 1 },
    });
    return Buffer.from(shot.data, 'base64');
  }

  async close(): Promise<void> {
    this.socket.close();
    if (this.child.exitCode === null) {
      const exited = new Promise((resolve) => this.child.once('exit', resolve));
      this.child.kill('SIGTERM');
      await Promise.race([exited, sleep(5000)]);
      if (this.child.exitCode === null) this.child.kill('SIGKILL');
    }
    await rm(this.profile, { recursive: true, force: true });
  }

  private onMessage(text: string): void {
    const message = JSON.parse(text) as {
      id?: number;
      result?: unknown;
      error?: { message: string };
      method?: string;
      params?: Record<string, unknown>;
    };
    if (message.id !== undefined) {
      const waiter = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) waiter?.reject(new Error(message.error.message));
      else waiter?.resolve(message.result);
      return;
    }
    if (!message.method) return;
    const event = { method: message.method, params: message.params ?? {} };
    this.events.push(event);
    for (let index = this.waiters.length - 1; index >= 0; index--) {
      if (this.waiters[index]!.method === event.method) this.waiters.splice(index, 1)[0]!.resolve(event);
    }
  }
}

/** Chromium writes its port to DevToolsActivePort in the profile once it listens. */
async function waitForPort(profile: string, child: ChildProcess, stderr: () => string): Promise<number> {
  const file = path.join(profile, 'DevToolsActivePort');
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) throw new Error(`chromium exited with ${child.exitCode}: ${stderr()}`);
    const text = await readFile(file, 'utf8').catch(() => '');
    const port = Number(text.split('\n')[0]);
    if (port > 0) return port;
    await sleep(100);
  }
  throw new Error(`chromium did not open its debugging port within 60 s: ${stderr()}`);
}

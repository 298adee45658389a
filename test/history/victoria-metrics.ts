// A real VictoriaMetrics server (Debian's `victoria-metrics` package) on loopback, with its data in a temporary
// folder. It takes line protocol on /write (InfluxDB 1.x API) and /api/v2/write (2.x API).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface VictoriaMetrics {
  url: string;
  /**
   * The raw samples of the series matching a selector, from /api/v1/export (one object a series), once at
   * least `samples` samples are searchable (new series take a moment to reach the index), within 15 s.
   */
  exportSeries(selector: string, samples?: number): Promise<ExportedSeries[]>;
  stop(): Promise<void>;
}

export interface ExportedSeries {
  metric: Record<string, string>;
  values: number[];
  timestamps: number[];
}

/** Whether the victoria-metrics binary is installed here (.ci/run installs it). */
export function victoriaMetricsAvailable(): boolean {
  return spawnSync('victoria-metrics', ['-version'], { stdio: 'ignore' }).status === 0;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startVictoriaMetrics(): Promise<VictoriaMetrics> {
  const dir = await mkdtemp(path.join(tmpdir(), 'evalgate-victoria-metrics-'));
  const port = await freePort();
  let log = '';
  const child: ChildProcess = spawn(
    'victoria-metrics',
    [`-httpListenAddr=127.0.0.1:${port}`, `-storageDataPath=${path.join(dir, 'data')}`, '-loggerLevel=ERROR'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    await rm(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`victoria-metrics exited before it answered:\n${log.slice(-2000)}`);
    }
    const ready = await fetch(`${url}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`victoria-metrics did not answer /health within 60 s:\n${log.slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    async exportSeries(selector, samples = 1) {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const found = await exportOnce(selector);
        if (found.reduce((sum, one) => sum + one.values.length, 0) >= samples || Date.now() > deadline)
          return found;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    },
    stop,
  };

  async function exportOnce(selector: string): Promise<ExportedSeries[]> {
    // Written samples become searchable after an in-memory flush; force it instead of waiting for it.
    await (await fetch(`${url}/internal/force_flush`)).body?.cancel();
    const response = await fetch(`${url}/api/v1/export`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ 'match[]': selector }),
    });
    if (!response.ok) throw new Error(`export ${selector}: HTTP ${response.status} ${await response.text()}`);
    const text = await response.text();
    return text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as ExportedSeries)
      .sort((a, b) => JSON.stringify(a.metric).localeCompare(JSON.stringify(b.metric)));
  }
}

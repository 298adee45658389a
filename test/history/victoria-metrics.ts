// A real VictoriaMetrics server (Debian's `victoria-metrics` package) on loopback, with its data in a temporary
// folder. It takes line protocol on /write (InfluxDB 1.x API) and /api/v2/write (2.x API).
import path from 'node:path';
import { commandAvailable, freePort, startServiceProcess } from '../support/service-process.js';

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
  return commandAvailable('victoria-metrics', ['-version']);
}

export async function startVictoriaMetrics(): Promise<VictoriaMetrics> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { stop } = await startServiceProcess({
    command: 'victoria-metrics',
    args: (dir) => [
      `-httpListenAddr=127.0.0.1:${port}`,
      `-storageDataPath=${path.join(dir, 'data')}`,
      '-loggerLevel=ERROR',
    ],
    ready: async () => (await fetch(`${url}/health`)).ok,
    readyCheck: '/health',
  });
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

// A real InfluxDB 1.x server (Debian's `influxdb` package) on loopback, with its data in a temporary folder.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { commandAvailable, freePort, startServiceProcess } from '../support/service-process.js';

export interface Influxd {
  url: string;
  /** Runs an InfluxQL statement through /query; returns the parsed answer. */
  query(statement: string, database?: string): Promise<InfluxQueryResult>;
  stop(): Promise<void>;
}

export interface InfluxQueryResult {
  results: {
    series?: { name: string; tags?: Record<string, string>; columns: string[]; values: unknown[][] }[];
    error?: string;
  }[];
}

/** Whether the influxd binary is installed here (.ci/run installs it). */
export function influxdAvailable(): boolean {
  return commandAvailable('influxd', ['version']);
}

export async function startInfluxd(): Promise<Influxd> {
  const [httpPort, rpcPort] = [await freePort(), await freePort()];
  const url = `http://127.0.0.1:${httpPort}`;
  const { stop } = await startServiceProcess({
    command: 'influxd',
    async args(dir) {
      const config = path.join(dir, 'influxdb.conf');
      await writeFile(
        config,
        [
          'reporting-disabled = true',
          `bind-address = "127.0.0.1:${rpcPort}"`,
          '[meta]',
          `  dir = "${path.join(dir, 'meta')}"`,
          '[data]',
          `  dir = "${path.join(dir, 'data')}"`,
          `  wal-dir = "${path.join(dir, 'wal')}"`,
          '  query-log-enabled = false',
          '[monitor]',
          '  store-enabled = false',
          '[http]',
          '  enabled = true',
          `  bind-address = "127.0.0.1:${httpPort}"`,
          '  log-enabled = false',
          '[ifql]',
          '  enabled = false',
          '',
        ].join('\n'),
      );
      return ['run', '-config', config];
    },
    // /ping answers 204 once the HTTP service is up.
    ready: async () => (await fetch(`${url}/ping`)).status === 204,
    readyCheck: '/ping',
  });
  return {
    url,
    async query(statement, database) {
      const params = new URLSearchParams({ q: statement, ...(database ? { db: database } : {}) });
      const response = await fetch(`${url}/query`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: params,
      });
      return (await response.json()) as InfluxQueryResult;
    },
    stop,
  };
}

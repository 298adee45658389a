// The metrics export against a real VictoriaMetrics: its InfluxDB 1.x endpoint (/write?db=) and its 2.x
// endpoint (/api/v2/write with a token header), read back through its export API.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { taskApiWorkspace } from '../baseline/helpers.js';
import { createLocalBaselineStore } from '../../src/baseline/local-store.js';
import { loadConfig } from '../../src/config/load.js';
import { historyEntryOf } from '../../src/history/entry.js';
import { exportToInflux } from '../../src/history/influx.js';
import { runEvaluation } from '../../src/pipeline/run.js';
import type { Report } from '../../src/core/report.js';
import {
  startVictoriaMetrics,
  victoriaMetricsAvailable,
  type ExportedSeries,
  type VictoriaMetrics,
} from './victoria-metrics.js';

async function runExample(name: string): Promise<Report> {
  const config = await loadConfig('examples/task-api/evalgate.yml', {});
  const report = await runEvaluation(config, {
    baselineStore: createLocalBaselineStore(await mkdtemp(path.join(tmpdir(), 'evalgate-vm-'))),
    writeBaseline: false,
    log: () => {},
    env: {},
    git: { sha: 'a1b2c3d4e5f6', runId: '4242' },
  });
  return { ...report, name };
}

// .ci/run installs victoria-metrics and sets EVALGATE_REQUIRE_SERVICES=1: there a missing binary fails the run.
const skipReason = victoriaMetricsAvailable()
  ? undefined
  : 'victoria-metrics is not installed (Debian package `victoria-metrics`; .ci/run installs it)';
if (skipReason && process.env.EVALGATE_REQUIRE_SERVICES === '1') {
  throw new Error(`${skipReason}, and EVALGATE_REQUIRE_SERVICES=1 asks for every service-backed test.`);
}
if (skipReason) console.warn(`Skipping the VictoriaMetrics export tests: ${skipReason}.`);

describe.skipIf(skipReason !== undefined)(
  `export to a real VictoriaMetrics on loopback${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    let vm: VictoriaMetrics;
    beforeAll(async () => {
      vm = await startVictoriaMetrics();
    }, 90_000);
    afterAll(async () => {
      await vm?.stop();
    });

    // VictoriaMetrics keeps 12 significant digits of a float (0.9071605548470915 reads back as 0.907160554847).
    /** What VictoriaMetrics made of the run's accuracy point: one series a numeric field, `<measurement>_<field>`. */
    async function accuracySeries(evalName: string): Promise<Record<string, ExportedSeries>> {
      const series = await vm.exportSeries(
        `{__name__=~"evalgate_.*", eval=${JSON.stringify(evalName)}, metric="accuracy"}`,
        4,
      );
      return Object.fromEntries(series.map((one) => [one.metric.__name__, one]));
    }

    it('takes the 1.x write endpoint (/write?db=): values, tags and the millisecond timestamp read back', async () => {
      const report = await runExample('task api, v=1');
      expect(await exportToInflux(report, `${vm.url}/write?db=evalgate`)).toBeUndefined();
      const series = await accuracySeries('task api, v=1');
      const metric = report.metrics.accuracy!;
      // The string fields (sha, run_id) are not sent: VictoriaMetrics would store them as numbers.
      expect(Object.keys(series).sort()).toEqual([
        'evalgate_lower',
        'evalgate_n',
        'evalgate_upper',
        'evalgate_value',
      ]);
      expect(series.evalgate_value!.metric).toEqual({
        __name__: 'evalgate_value',
        db: 'evalgate',
        eval: 'task api, v=1',
        metric: 'accuracy',
        decision: 'deploy',
      });
      expect(series.evalgate_value!.values[0]).toBeCloseTo(metric.value!, 11);
      expect(series.evalgate_lower!.values[0]).toBeCloseTo(metric.interval!.lower!, 11);
      expect(series.evalgate_upper!.values[0]).toBeCloseTo(metric.interval!.upper!, 11);
      expect(series.evalgate_n!.values).toEqual([metric.n]);
      for (const one of Object.values(series))
        expect(one.timestamps).toEqual([Date.parse(report.finishedAt)]);
      // Every exported metric arrived (the overall ones and the gated per-category ones), with its value.
      const exported = Object.entries(historyEntryOf(report).metrics)
        .filter(([, one]) => one.value !== null && Number.isFinite(one.value))
        .map(([name]) => name);
      const values = await vm.exportSeries(`evalgate_value{eval="task api, v=1"}`, exported.length);
      expect(values.map((one) => one.metric.metric).sort()).toEqual(exported.sort());
    });

    it('takes the 2.x write endpoint (/api/v2/write?org=&bucket=) with a token header', async () => {
      const report = await runExample('task api, v=2');
      const url = `${vm.url}/api/v2/write?org=evalgate&bucket=runs`;
      expect(await exportToInflux(report, url, { token: 'secret-token' })).toBeUndefined();
      const series = await accuracySeries('task api, v=2');
      const metric = report.metrics.accuracy!;
      expect(series.evalgate_value!.metric).toEqual({
        __name__: 'evalgate_value',
        eval: 'task api, v=2',
        metric: 'accuracy',
        decision: 'deploy',
      });
      expect(series.evalgate_value!.values[0]).toBeCloseTo(metric.value!, 11);
      expect(series.evalgate_n!.values).toEqual([metric.n]);
      expect(series.evalgate_value!.timestamps).toEqual([Date.parse(report.finishedAt)]);
      expect(series.evalgate_sha).toBeUndefined();
      expect(series.evalgate_run_id).toBeUndefined();
    });

    it('evalgate run --influx-write exports to it through /api/v2/write, with INFLUX_TOKEN as the token', async () => {
      const workspace = await taskApiWorkspace();
      vi.stubEnv('INFLUX_TOKEN', 'secret-token');
      try {
        const stored = await workspace.run([
          '--influx-write',
          `${vm.url}/api/v2/write?org=evalgate&bucket=cli`,
        ]);
        expect(stored.code).toBe(0);
        expect(stored.stderr).not.toContain('warning');
        const values = await vm.exportSeries(`evalgate_value{eval="task-api", metric="accuracy"}`);
        expect(values[0]!.values[0]).toBeCloseTo(stored.report!.metrics.accuracy!.value!, 11);
        expect(values[0]!.timestamps).toEqual([Date.parse(stored.report!.finishedAt)]);
      } finally {
        vi.unstubAllEnvs();
      }
    });

    it('keeps the points of successive runs as one series a metric, in time order', async () => {
      const latest = await runExample('task api, history');
      // The earlier run a minute before (the export API reads up to now: no point may lie in the future).
      const earlier = {
        ...latest,
        finishedAt: new Date(Date.parse(latest.finishedAt) - 60_000).toISOString(),
      };
      for (const report of [earlier, latest]) {
        expect(await exportToInflux(report, `${vm.url}/write?db=evalgate`)).toBeUndefined();
      }
      const values = await vm.exportSeries(`evalgate_value{eval="task api, history", metric="accuracy"}`, 2);
      expect(values).toHaveLength(1);
      expect(values[0]!.timestamps).toEqual([Date.parse(earlier.finishedAt), Date.parse(latest.finishedAt)]);
    });
  },
);

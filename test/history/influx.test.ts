import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalBaselineStore } from '../../src/baseline/local-store.js';
import { loadConfig } from '../../src/config/load.js';
import { exportToInflux, toLineProtocol } from '../../src/history/influx.js';
import { runEvaluation } from '../../src/pipeline/run.js';
import type { Report } from '../../src/core/report.js';
import { taskApiWorkspace } from '../baseline/helpers.js';
import { influxdAvailable, startInfluxd, type Influxd } from './influxd.js';

async function runExample(): Promise<Report> {
  const config = await loadConfig('examples/task-api/evalgate.yml', {});
  const report = await runEvaluation(config, {
    baselineStore: createLocalBaselineStore(await mkdtemp(path.join(tmpdir(), 'evalgate-influx-'))),
    writeBaseline: false,
    log: () => {},
    env: {},
    git: { sha: 'a1b2c3d4e5f6', runId: '4242' },
  });
  // A name with every character line protocol must escape in a tag value.
  return { ...report, name: 'task api, v=2' };
}

describe('line protocol', () => {
  it('writes one point a metric with escaped tags, typed fields and a nanosecond timestamp', async () => {
    const report = await runExample();
    const lines = toLineProtocol(report).trimEnd().split('\n');
    const accuracy = lines.find((line) => line.includes('metric=accuracy,'))!;
    const metric = report.metrics.accuracy!;
    expect(accuracy).toBe(
      `evalgate,eval=task\\ api\\,\\ v\\=2,metric=accuracy,decision=deploy value=${metric.value},lower=${metric.interval!.lower},upper=${metric.interval!.upper},n=${metric.n}i,sha="a1b2c3d4e5f6",run_id="4242" ${Date.parse(report.finishedAt)}000000`,
    );
    expect(lines.some((line) => line.includes('metric=accuracy@'))).toBe(false);
  });
});

// .ci/run installs influxd and sets EVALGATE_REQUIRE_SERVICES=1: there a missing influxd fails the run.
const skipReason = influxdAvailable()
  ? undefined
  : 'influxd is not installed (Debian package `influxdb`; .ci/run installs it)';
if (skipReason && process.env.EVALGATE_REQUIRE_SERVICES === '1') {
  throw new Error(`${skipReason}, and EVALGATE_REQUIRE_SERVICES=1 asks for every service-backed test.`);
}
if (skipReason) console.warn(`Skipping the InfluxDB export tests: ${skipReason}.`);

describe.skipIf(skipReason !== undefined)(
  `export to a real InfluxDB 1.x on loopback${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    let influxd: Influxd;
    beforeAll(async () => {
      influxd = await startInfluxd();
      await influxd.query('CREATE DATABASE evalgate');
    }, 90_000);
    afterAll(async () => {
      await influxd?.stop();
    });

    it('stores every metric of the run, readable back with its tags and fields', async () => {
      const report = await runExample();
      expect(await exportToInflux(report, `${influxd.url}/write?db=evalgate`)).toBeUndefined();
      const answer = await influxd.query(
        `SELECT value, lower, upper, n, sha, run_id FROM evalgate WHERE metric = 'accuracy' GROUP BY *`,
        'evalgate',
      );
      const series = answer.results[0]!.series!;
      expect(series).toHaveLength(1);
      expect(series[0]!.tags).toEqual({ eval: 'task api, v=2', metric: 'accuracy', decision: 'deploy' });
      const metric = report.metrics.accuracy!;
      const [time, ...fields] = series[0]!.values[0]!;
      expect(series[0]!.values).toHaveLength(1);
      expect(Date.parse(time as string)).toBe(Date.parse(report.finishedAt));
      expect(fields).toEqual([
        metric.value,
        metric.interval!.lower,
        metric.interval!.upper,
        metric.n,
        'a1b2c3d4e5f6',
        '4242',
      ]);
      const count = await influxd.query('SELECT count(n) FROM evalgate', 'evalgate');
      expect(count.results[0]!.series![0]!.values[0]![1]).toBe(
        toLineProtocol(report).trimEnd().split('\n').length,
      );
    });

    it('evalgate run --influx-write exports the run; a refused export is a warning, the exit code stays', async () => {
      const workspace = await taskApiWorkspace();
      await influxd.query('CREATE DATABASE cli');
      const stored = await workspace.run(['--influx-write', `${influxd.url}/write?db=cli`]);
      expect(stored.code).toBe(0);
      expect(stored.stderr).not.toContain('warning');
      const answer = await influxd.query(`SELECT value FROM evalgate WHERE metric = 'accuracy'`, 'cli');
      expect(answer.results[0]!.series![0]!.values[0]![1]).toBe(stored.report!.metrics.accuracy!.value);

      const refused = await workspace.run([
        '--responses',
        `${workspace.dir}/responses/model-v2.jsonl`,
        '--influx-write',
        `${influxd.url}/write?db=nowhere`,
      ]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(
        /evalgate: warning: the metrics export to http:\/\/127\.0\.0\.1:\d+\/write was refused \(HTTP 404/,
      );
    });

    it('reports a database that does not exist as a refusal naming the fix', async () => {
      const problem = await exportToInflux(await runExample(), `${influxd.url}/write?db=missing&p=secret`);
      expect(problem).toMatch(/refused \(HTTP 404: .*database not found/);
      expect(problem).toContain('CREATE DATABASE');
      expect(problem).not.toContain('secret');
    });

    it('reports a server that is gone after its retries, without changing anything else', async () => {
      const other = await startInfluxd();
      const url = `${other.url}/write?db=evalgate`;
      await other.stop();
      const problem = await exportToInflux(await runExample(), url, { attempts: 2, delayMs: () => 0 });
      expect(problem).toMatch(/failed after 2 attempts \(ECONNREFUSED\)/);
    }, 90_000);
  },
);

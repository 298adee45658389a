// Export of a run's metrics to a time-series database in InfluxDB line protocol over HTTP: the write
// endpoints of InfluxDB 1.x (/write?db=), 2.x (/api/v2/write?org=&bucket=, token) and VictoriaMetrics
// (/write, /api/v2/write) all take the same body. One point a metric, stamped with the run's end.
// VictoriaMetrics reads every field as a number (a string field becomes a series of zeros), so the string
// fields (sha, run_id) are sent only to a server whose /ping says it is InfluxDB (X-Influxdb-Build).
import type { Report } from '../core/report.js';
import { describeEndpoint } from './endpoint.js';
import { historyEntryOf } from './entry.js';

export const MEASUREMENT = 'evalgate';

export interface InfluxExportOptions {
  /** Sent as `Authorization: Token …` (InfluxDB 2.x, VictoriaMetrics behind auth, 1.x with `user:password`). */
  token?: string;
  /** Attempts for a network error or a 5xx answer. */
  attempts?: number;
  /** Wait before attempt k (1-based, after the first): injected by tests. */
  delayMs?: (attempt: number) => number;
}

/** The run's metrics as line protocol: `evalgate,eval=…,metric=…,decision=… value=…,lower=…,upper=…,n=…i,sha="…" <ns>`. */
export function toLineProtocol(report: Report, options: { stringFields?: boolean } = {}): string {
  const stringFields = options.stringFields ?? true;
  const entry = historyEntryOf(report);
  const timestamp = `${BigInt(Date.parse(entry.date)) * 1_000_000n}`;
  const lines: string[] = [];
  for (const [name, metric] of Object.entries(entry.metrics)) {
    const tags = [
      ['eval', report.name],
      ['metric', name],
      ['decision', entry.decision],
    ]
      .filter(([, value]) => value !== '')
      .map(([key, value]) => `${escapeKey(key!)}=${escapeKey(value!)}`);
    const fields = [
      ...(isFiniteNumber(metric.value) ? [`value=${metric.value}`] : []),
      ...(isFiniteNumber(metric.lower) ? [`lower=${metric.lower}`] : []),
      ...(isFiniteNumber(metric.upper) ? [`upper=${metric.upper}`] : []),
      `n=${Math.trunc(metric.n)}i`,
      ...(stringFields && entry.sha ? [`sha=${quoteString(entry.sha)}`] : []),
      ...(stringFields && entry.runId ? [`run_id=${quoteString(entry.runId)}`] : []),
    ];
    lines.push(`${escapeMeasurement(MEASUREMENT)},${tags.join(',')} ${fields.join(',')} ${timestamp}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/**
 * POSTs the run's metrics to `url`; returns undefined when the database took them, else what went wrong and
 * how to fix it (the caller shows it as a warning: the export is a side channel, never part of the decision).
 * A network error or a 5xx answer is retried.
 */
export async function exportToInflux(
  report: Report,
  url: string,
  options: InfluxExportOptions = {},
): Promise<string | undefined> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return 'the metrics export URL (--influx-write) is not a valid URL: give e.g. http://127.0.0.1:8086/write?db=evalgate.';
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    return `the metrics export URL (--influx-write) must be http:// or https://, not ${target.protocol}`;
  }
  const body = toLineProtocol(report, { stringFields: await isInfluxDB(target) });
  if (body === '') return undefined;
  const where = describeEndpoint(url);
  const attempts = Math.max(1, options.attempts ?? 3);
  const delayMs = options.delayMs ?? ((attempt: number) => 500 * 2 ** (attempt - 2));
  let last = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await new Promise((resolve) => setTimeout(resolve, delayMs(attempt)));
    let response: Response;
    try {
      response = await fetch(target, {
        method: 'POST',
        headers: {
          'content-type': 'text/plain; charset=utf-8',
          ...(options.token ? { authorization: `Token ${options.token}` } : {}),
        },
        body,
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
      last = `the metrics export to ${where} failed after ${attempt} attempt${attempt === 1 ? '' : 's'} (${cause}): is the database running and reachable?`;
      continue;
    }
    if (response.ok) {
      await response.body?.cancel();
      return undefined;
    }
    const detail = (await response.text().catch(() => '')).trim().slice(0, 300);
    const answer = `HTTP ${response.status}${detail ? `: ${detail}` : ''}`;
    if (response.status < 500)
      return `the metrics export to ${where} was refused (${answer}). ${fixFor(response.status)}`;
    last = `the metrics export to ${where} failed after ${attempt} attempt${attempt === 1 ? '' : 's'} (${answer}).`;
  }
  return last;
}

/**
 * Whether the server behind a write URL is InfluxDB, which stores string fields: its /ping (beside /write or
 * /api/v2/write, unauthenticated in 1.x and 2.x) answers with X-Influxdb-Build. VictoriaMetrics does not send
 * it. Any doubt (no answer, a proxy) means numbers only, which every server stores as sent.
 */
async function isInfluxDB(target: URL): Promise<boolean> {
  const ping = new URL(target);
  ping.pathname = `${ping.pathname.replace(/\/(api\/v2\/)?write\/?$/, '')}/ping`;
  ping.search = '';
  try {
    const response = await fetch(ping, { signal: AbortSignal.timeout(5_000) });
    await response.body?.cancel();
    return response.headers.has('x-influxdb-build');
  } catch {
    return false;
  }
}

function fixFor(status: number): string {
  if (status === 401 || status === 403)
    return 'Check the token in INFLUX_TOKEN (InfluxDB 2.x: a token with write access to the bucket; 1.x: user:password).';
  if (status === 404)
    return 'Check the URL and that the database or bucket exists (1.x: /write?db=NAME after CREATE DATABASE NAME; 2.x: /api/v2/write?org=ORG&bucket=BUCKET).';
  return 'Check the URL and its query (db=, org=, bucket=).';
}

function isFiniteNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Measurement names: commas and spaces escaped; a newline cannot be escaped, so it becomes a space. */
function escapeMeasurement(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[, ]/g, (character) => `\\${character}`);
}

/** Tag keys and values, field keys: commas, equals signs and spaces escaped. */
function escapeKey(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[,= ]/g, (character) => `\\${character}`);
}

/** String field values: double-quoted, with `"` and `\` escaped. */
function quoteString(text: string): string {
  return `"${text.replace(/[\\"]/g, (character) => `\\${character}`)}"`;
}

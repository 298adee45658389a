import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  describeEndpoint
} from "./chunk-M6JOP3FF.js";
import {
  historyEntryOf
} from "./chunk-JZBIJD3P.js";
import {
  __name
} from "./chunk-ATWX4YAV.js";

// src/history/influx.ts
var MEASUREMENT = "evalgate";
function toLineProtocol(report, options = {}) {
  const stringFields = options.stringFields ?? true;
  const entry = historyEntryOf(report);
  const timestamp = `${BigInt(Date.parse(entry.date)) * 1000000n}`;
  const lines = [];
  for (const [name, metric] of Object.entries(entry.metrics)) {
    const tags = [
      ["eval", report.name],
      ["metric", name],
      ["decision", entry.decision]
    ].filter(([, value]) => value !== "").map(([key, value]) => `${escapeKey(key)}=${escapeKey(value)}`);
    const fields = [
      ...isFiniteNumber(metric.value) ? [`value=${metric.value}`] : [],
      ...isFiniteNumber(metric.lower) ? [`lower=${metric.lower}`] : [],
      ...isFiniteNumber(metric.upper) ? [`upper=${metric.upper}`] : [],
      `n=${Math.trunc(metric.n)}i`,
      ...stringFields && entry.sha ? [`sha=${quoteString(entry.sha)}`] : [],
      ...stringFields && entry.runId ? [`run_id=${quoteString(entry.runId)}`] : []
    ];
    lines.push(`${escapeMeasurement(MEASUREMENT)},${tags.join(",")} ${fields.join(",")} ${timestamp}`);
  }
  return lines.length > 0 ? `${lines.join("\n")}
` : "";
}
__name(toLineProtocol, "toLineProtocol");
async function exportToInflux(report, url, options = {}) {
  let target;
  try {
    target = new URL(url);
  } catch {
    return "the metrics export URL (--influx-write) is not a valid URL: give e.g. http://127.0.0.1:8086/write?db=evalgate.";
  }
  if (target.protocol !== "http:" && target.protocol !== "https:") {
    return `the metrics export URL (--influx-write) must be http:// or https://, not ${target.protocol}`;
  }
  const body = toLineProtocol(report, { stringFields: await isInfluxDB(target) });
  if (body === "") return void 0;
  const where = describeEndpoint(url);
  const attempts = Math.max(1, options.attempts ?? 3);
  const delayMs = options.delayMs ?? ((attempt) => 500 * 2 ** (attempt - 2));
  let last = "";
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await new Promise((resolve) => setTimeout(resolve, delayMs(attempt)));
    let response;
    try {
      response = await fetch(target, {
        method: "POST",
        headers: {
          "content-type": "text/plain; charset=utf-8",
          ...options.token ? { authorization: `Token ${options.token}` } : {}
        },
        body,
        signal: AbortSignal.timeout(3e4)
      });
    } catch (error) {
      const cause = error.cause?.code ?? error.message;
      last = `the metrics export to ${where} failed after ${attempt} attempt${attempt === 1 ? "" : "s"} (${cause}): is the database running and reachable?`;
      continue;
    }
    if (response.ok) {
      await response.body?.cancel();
      return void 0;
    }
    const detail = (await response.text().catch(() => "")).trim().slice(0, 300);
    const answer = `HTTP ${response.status}${detail ? `: ${detail}` : ""}`;
    if (response.status < 500)
      return `the metrics export to ${where} was refused (${answer}). ${fixFor(response.status)}`;
    last = `the metrics export to ${where} failed after ${attempt} attempt${attempt === 1 ? "" : "s"} (${answer}).`;
  }
  return last;
}
__name(exportToInflux, "exportToInflux");
async function isInfluxDB(target) {
  const ping = new URL(target);
  ping.pathname = `${ping.pathname.replace(/\/(api\/v2\/)?write\/?$/, "")}/ping`;
  ping.search = "";
  try {
    const response = await fetch(ping, { signal: AbortSignal.timeout(5e3) });
    await response.body?.cancel();
    return response.headers.has("x-influxdb-build");
  } catch {
    return false;
  }
}
__name(isInfluxDB, "isInfluxDB");
function fixFor(status) {
  if (status === 401 || status === 403)
    return "Check the token in INFLUX_TOKEN (InfluxDB 2.x: a token with write access to the bucket; 1.x: user:password).";
  if (status === 404)
    return "Check the URL and that the database or bucket exists (1.x: /write?db=NAME after CREATE DATABASE NAME; 2.x: /api/v2/write?org=ORG&bucket=BUCKET).";
  return "Check the URL and its query (db=, org=, bucket=).";
}
__name(fixFor, "fixFor");
function isFiniteNumber(value) {
  return typeof value === "number" && Number.isFinite(value);
}
__name(isFiniteNumber, "isFiniteNumber");
function escapeMeasurement(text) {
  return text.replace(/[\r\n]+/g, " ").replace(/[, ]/g, (character) => `\\${character}`);
}
__name(escapeMeasurement, "escapeMeasurement");
function escapeKey(text) {
  return text.replace(/[\r\n]+/g, " ").replace(/[,= ]/g, (character) => `\\${character}`);
}
__name(escapeKey, "escapeKey");
function quoteString(text) {
  return `"${text.replace(/[\\"]/g, (character) => `\\${character}`)}"`;
}
__name(quoteString, "quoteString");
export {
  MEASUREMENT,
  exportToInflux,
  toLineProtocol
};

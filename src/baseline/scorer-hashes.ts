// Which scorer settings produced each per-item metric, as a hash the baseline keeps. A run compares a metric
// with the baseline only when both were scored the same way: scores of a changed scorer are left out of the
// comparison (and said so), never silently compared.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EvalgateConfig } from '../core/config.js';
import type { MetricsConfig } from '../scorers/registry.js';
import { sha256Hex, stableHash } from '../core/hash.js';
import type { MetricSpec, MetricsMap } from '../core/types.js';
import type { LoadedBaseline } from './types.js';

const JSON_METRICS = new Set(['json_valid', 'schema_valid']);
const COST_METRICS = new Set(['cost_usd']);
/** Measured, not scored: nothing in the config changes how. */
const MEASURED_METRICS = new Set([
  'latency_ms',
  'ttft_ms',
  'total_tokens',
  'prompt_tokens',
  'completion_tokens',
]);

/** Per-item metric name -> sha256 of the settings that score it (paths relative to the config's folder). */
export function metricScorerHashes(
  config: EvalgateConfig<MetricsConfig>,
  specs: readonly MetricSpec[],
): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const spec of specs) {
    const shape = { kind: spec.kind, higherIsBetter: spec.higherIsBetter, onError: spec.onError };
    hashes[spec.name] = stableHash({ shape, settings: scorerSettings(config, spec.name) });
  }
  return hashes;
}

function scorerSettings(config: EvalgateConfig<MetricsConfig>, metric: string): unknown {
  if (config.judge && metric.startsWith('judge_')) {
    const { endpoint, models, aggregate, pairwise } = config.judge;
    const judged = config.judge.metrics.find((definition) => definition.scoreName === metric);
    return {
      // A judge metric: its rubric; the pairwise ones: the pairwise settings.
      judged: judged ? { ...judged, file: undefined } : metric,
      models,
      aggregate,
      temperature: endpoint.temperature,
      seed: endpoint.seed,
      pairwise,
    };
  }
  if (JSON_METRICS.has(metric) && config.metrics.json) {
    const schema = config.metrics.json.schema;
    return { json: schema === undefined ? 'task-api' : fileFingerprint(config.baseDir, schema) };
  }
  if (COST_METRICS.has(metric)) return { prices: config.prices, model: config.model?.model };
  if (MEASURED_METRICS.has(metric)) return 'measured';
  const named = findNamed(config.metrics, metric);
  if (named !== undefined) return named;
  // A metric this module does not know: any change to the metrics settings counts as a change of its scorer.
  return { metrics: config.metrics };
}

/** The settings object (an entry of `metrics`) whose `name` is the metric's. */
function findNamed(value: unknown, metric: string): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const entry of value) {
      const found = findNamed(entry, metric);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if ((value as { name?: unknown }).name === metric) return value;
  for (const entry of Object.values(value as Record<string, unknown>)) {
    const found = findNamed(entry, metric);
    if (found !== undefined) return found;
  }
  return undefined;
}

function fileFingerprint(baseDir: string, file: string): string {
  try {
    return sha256Hex(readFileSync(path.resolve(baseDir, file)));
  } catch {
    return path.relative(baseDir, path.resolve(baseDir, file)).split(path.sep).join('/');
  }
}

/**
 * The baseline with the scores of every metric whose scorer changed since it was stored taken out (per-item
 * scores and aggregates), and why each of those metrics is not compared. A baseline that records no scorer
 * hashes (written by an older evalgate) is kept as it is.
 */
export function withoutChangedScorers(
  loaded: LoadedBaseline,
  current: Record<string, string>,
  metrics: MetricsMap,
): { loaded: LoadedBaseline; notComparable: Record<string, string> } {
  const stored = loaded.record.metricHashes;
  if (!stored) return { loaded, notComparable: {} };
  const changed = new Set(
    Object.keys(current).filter((name) => stored[name] !== undefined && stored[name] !== current[name]),
  );
  if (changed.size === 0) return { loaded, notComparable: {} };
  const baseOf = (aggregate: string): string =>
    metrics[aggregate]?.base ??
    loaded.record.metricSpecs.find((spec) => (spec.aggregateName ?? spec.name) === aggregate.split('@')[0])
      ?.name ??
    aggregate.split('@')[0]!;
  const notComparable: Record<string, string> = {};
  for (const [name, metric] of Object.entries(metrics)) {
    if (changed.has(metric.base)) {
      notComparable[name] =
        `the scorer of ${metric.base} changed since the baseline was stored: scores made by different scorers are not compared`;
    }
  }
  const record = {
    ...loaded.record,
    items: loaded.record.items.map((item) => ({
      ...item,
      scores: Object.fromEntries(Object.entries(item.scores).filter(([name]) => !changed.has(name))),
    })),
    aggregates: Object.fromEntries(
      Object.entries(loaded.record.aggregates).filter(([name]) => !changed.has(baseOf(name))),
    ),
  };
  return { loaded: { ...loaded, record }, notComparable };
}

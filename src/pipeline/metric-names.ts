import type { LoadedConfig } from '../config/types.js';
import { UserError, UserErrors } from '../core/errors.js';
import type { Dataset, MetricSpec } from '../core/types.js';
import { checkGateSanity } from '../gates/sanity.js';
import { aggregate } from './aggregate.js';
import { CONTAMINATION_METRIC } from '../contamination/metric.js';

/** The aggregated metric names a run will produce, before any model call is made. */
export function knownMetricNames(
  config: LoadedConfig,
  specs: readonly MetricSpec[],
  dataset: Dataset,
): string[] {
  const overall = Object.keys(aggregate([], specs, { perCategory: false }));
  const names = [...overall];
  if (config.metrics.perCategory) {
    const categories = [...new Set(dataset.items.map((item) => item.category))].sort();
    for (const category of categories) for (const name of overall) names.push(`${name}@${category}`);
  }
  if (config.composite) names.push(config.composite.name);
  if (config.contamination) names.push(CONTAMINATION_METRIC);
  names.push(...(dataset.reportedMetrics ?? []).map((metric) => metric.name));
  return names;
}

/** Gates and the composite must name metrics that exist: a typo is a config error, found before any model call. */
export function checkMetricReferences(
  config: LoadedConfig,
  specs: readonly MetricSpec[],
  dataset: Dataset,
): void {
  const known = new Set(knownMetricNames(config, specs, dataset));
  const overall = Object.keys(aggregate([], specs, { perCategory: false }));
  const categories = [...new Set(dataset.items.map((item) => item.category))].sort();
  const problems: UserError[] = [];
  const reported = (dataset.reportedMetrics ?? []).map((metric) => metric.name);
  const list = `Known metrics: ${[...overall, ...reported, ...(config.composite ? [config.composite.name] : [])].join(', ')}${
    config.metrics.perCategory && categories.length > 0
      ? `; per category as metric@category, categories: ${categories.join(', ')}`
      : ''
  }.`;
  const kinds = new Map(
    [...Object.values(aggregate([], specs, { perCategory: false })), ...(dataset.reportedMetrics ?? [])].map(
      (metric) => [metric.name.split('@')[0]!, metric.kind],
    ),
  );
  config.gates.forEach((gate, index) => {
    const kind = kinds.get(gate.metric.split('@')[0]!);
    if (gate.type === 'regression' && known.has(gate.metric) && kind !== 'rate' && kind !== 'mean') {
      problems.push(
        new UserError(
          `the regression gate on "${gate.metric}" needs a metric that is a rate or a mean of items.`,
          {
            file: config.configFile,
            line: gate.line,
            key: `gates[${index}].metric`,
            fix: 'Compare a per-item metric (for latency: latency_ms_mean), or make this a threshold gate.',
          },
        ),
      );
    }
    if (!known.has(gate.metric)) {
      problems.push(
        new UserError(`gate "${gate.name}" uses the unknown metric "${gate.metric}".`, {
          file: config.configFile,
          line: gate.line,
          key: `gates[${index}].metric`,
          fix: list,
        }),
      );
    }
  });
  problems.push(
    ...checkGateSanity(config, (metric) =>
      known.has(metric) ? kinds.get(metric.split('@')[0]!) : undefined,
    ),
  );
  for (const name of Object.keys(config.composite?.weights ?? {})) {
    if (!known.has(name) || name === config.composite?.name) {
      problems.push(
        new UserError(`the composite score weighs the unknown metric "${name}".`, {
          file: config.configFile,
          key: `composite.weights.${name}`,
          fix: list,
        }),
      );
    }
  }
  if (problems.length > 0) throw problems.length === 1 ? problems[0]! : new UserErrors(problems);
}

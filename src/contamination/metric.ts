import type { ContaminationConfig } from '../core/config.js';
import type { MetricValue } from '../core/types.js';
import { wilsonInterval } from '../stats/proportion.js';
import type { ContaminationOptions } from './check.js';
import type { ContaminationResult } from '../core/report.js';

export const CONTAMINATION_METRIC = 'contamination_rate';

/** The share of contaminated items as a metric that threshold gates can use (`contamination_rate <= 0.01`). */
export function contaminationMetric(result: ContaminationResult): MetricValue {
  const count = result.contaminated.length;
  return {
    name: CONTAMINATION_METRIC,
    base: CONTAMINATION_METRIC,
    kind: 'rate',
    value: result.rate,
    n: result.items,
    interval: result.items > 0 ? wilsonInterval(count, result.items) : undefined,
    naCount: 0,
    errorCount: 0,
    higherIsBetter: false,
    description: `share of items with a ${result.ngram}-gram (${result.fields.join(', ')}) found in the training corpus${
      result.threshold > 0 ? ` (at least ${result.threshold} of their n-grams)` : ''
    }`,
  };
}

export function contaminationOptions(config: ContaminationConfig, corpus?: string[]): ContaminationOptions {
  return {
    corpus: corpus ?? config.corpus,
    ngram: config.ngram,
    fields: config.fields,
    format: config.format,
    textField: config.textField,
    threshold: config.threshold,
  };
}

/** One line for logs: the rate and the first contaminated ids. */
export function describeContamination(result: ContaminationResult): string {
  const ids = result.contaminated.map((item) => item.id);
  return `contamination: ${ids.length} of ${result.items} items share a ${result.ngram}-gram with the corpus (${result.corpus.files} files, ${result.corpus.tokens} tokens)${
    ids.length > 0 ? `: ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''}` : ''
  }`;
}

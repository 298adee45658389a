// Text-generation metrics against the expected output, per item: ROUGE-1/2/L F-measure (0..1, rouge.ts),
// sentence BLEU (0..100, sacreBLEU's sentence_bleu defaults, bleu.ts) and chrF2 (0..100, chrf.ts). Each is N/A on an
// item without an expected output. BLEU and chrF also declare a corpus aggregate (`corpus_bleu`, `corpus_chrf`),
// computed from the items' outputs and references by corpus-stats.ts, with its sacreBLEU-style signature.
import type { DatasetItem, MetricSpec } from '../core/types.js';
import { bleuSignature, sentenceBleu } from './bleu.js';
import { chrfSignature, sentenceChrf } from './chrf.js';
import { defineMetric, switchOrSettings } from './definition.js';
import { rougeScores, type RougeType } from './rouge.js';
import type { Scorer } from './scorer.js';

export const rougeMetric = defineMetric({
  key: 'rouge',
  field: 'rouge',
  schema: switchOrSettings(
    {
      types: {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: { enum: ['rouge1', 'rouge2', 'rougeL'] },
        default: ['rouge1', 'rouge2', 'rougeL'],
      },
      stemmer: {
        type: 'boolean',
        default: false,
        description: "Porter-stem words longer than 3 characters (rouge_score's use_stemmer).",
      },
    },
    "ROUGE F-measure (0 to 1) against the expected output, as Google's rouge_score computes it: per item rouge1, rouge2, rouge_l, aggregated as rouge1_mean etc.",
  ),
  create: (settings: RougeMetricConfig, { configKey }) => createRougeScorer(settings, configKey),
});

export const bleuMetric = defineMetric({
  key: 'bleu',
  field: 'bleu',
  schema: {
    type: 'boolean',
    description:
      "BLEU with sacreBLEU's defaults (13a tokenizer, exp smoothing): sentence BLEU per item (bleu, aggregated as bleu_mean) and corpus BLEU (corpus_bleu) with a bootstrap interval and the signature.",
  },
  create: (_settings: true, { configKey }) => createBleuScorer(configKey),
});

export const chrfMetric = defineMetric({
  key: 'chrf',
  field: 'chrf',
  schema: {
    type: 'boolean',
    description:
      "chrF2 with sacreBLEU's defaults (character 6-grams, beta 2): per item (chrf, aggregated as chrf_mean) and at corpus level (corpus_chrf).",
  },
  create: (_settings: true, { configKey }) => createChrfScorer(configKey),
});

export interface RougeMetricConfig {
  types: RougeType[];
  /** Porter stemming of words longer than 3 characters, as rouge_score's use_stemmer. */
  stemmer: boolean;
}

export const ROUGE_METRIC_NAMES: Record<RougeType, string> = {
  rouge1: 'rouge1',
  rouge2: 'rouge2',
  rougeL: 'rouge_l',
};

const hasReference = (item: DatasetItem): boolean => item.expectedOutput !== undefined;

function naNotes(names: readonly string[], item: DatasetItem): Record<string, string> {
  if (hasReference(item)) return {};
  return Object.fromEntries(names.map((name) => [name, 'N/A: the item has no expected output']));
}

export function createRougeScorer(config: RougeMetricConfig, configKey = 'metrics.rouge'): Scorer {
  const stemmed = config.stemmer ? ', Porter-stemmed' : '';
  const metrics: MetricSpec[] = config.types.map((type) => ({
    name: ROUGE_METRIC_NAMES[type],
    kind: 'continuous',
    higherIsBetter: true,
    onError: 'fail',
    description: `${type === 'rougeL' ? 'ROUGE-L' : `ROUGE-${type.slice(-1)}`} F-measure against the expected output (0 to 1; rouge_score's tokenizer${stemmed}).`,
  }));
  const names = metrics.map((spec) => spec.name);
  return {
    name: 'rouge',
    configKey,
    metrics,
    applies: hasReference,
    score(item, response) {
      if (item.expectedOutput === undefined) return Object.fromEntries(names.map((name) => [name, null]));
      const scores = rougeScores(item.expectedOutput, response.output, config.types, config.stemmer);
      return Object.fromEntries(
        config.types.map((type) => [ROUGE_METRIC_NAMES[type], scores[type].fmeasure]),
      );
    },
    details: (item) => naNotes(names, item),
  };
}

export function createBleuScorer(configKey = 'metrics.bleu'): Scorer {
  const signature = bleuSignature({ references: 1, effectiveOrder: true });
  return {
    name: 'bleu',
    configKey,
    metrics: [
      {
        name: 'bleu',
        kind: 'continuous',
        higherIsBetter: true,
        onError: 'fail',
        corpus: 'bleu',
        description: `Sentence BLEU against the expected output (0 to 100), signature ${signature} (evalgate's implementation of sacreBLEU's BLEU).`,
      },
    ],
    applies: hasReference,
    score(item, response) {
      return {
        bleu: item.expectedOutput === undefined ? null : sentenceBleu(response.output, [item.expectedOutput]),
      };
    },
    details: (item) => naNotes(['bleu'], item),
  };
}

export function createChrfScorer(configKey = 'metrics.chrf'): Scorer {
  return {
    name: 'chrf',
    configKey,
    metrics: [
      {
        name: 'chrf',
        kind: 'continuous',
        higherIsBetter: true,
        onError: 'fail',
        corpus: 'chrf',
        description: `chrF2 against the expected output (0 to 100), signature ${chrfSignature()} (evalgate's implementation of sacreBLEU's chrF).`,
      },
    ],
    applies: hasReference,
    score(item, response) {
      return {
        chrf: item.expectedOutput === undefined ? null : sentenceChrf(response.output, item.expectedOutput),
      };
    },
    details: (item) => naNotes(['chrf'], item),
  };
}

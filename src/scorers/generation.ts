// Text-generation metrics against the expected output, per item: ROUGE-1/2/L F-measure (0..1, rouge.ts),
// sentence BLEU (0..100, sacreBLEU's sentence_bleu defaults, bleu.ts) and chrF2 (0..100, chrf.ts). Each is N/A on an
// item without an expected output. BLEU and chrF also declare a corpus aggregate (`corpus_bleu`, `corpus_chrf`),
// computed from the items' outputs and references by corpus-stats.ts, with its sacreBLEU-style signature.
import type { DatasetItem, MetricSpec } from '../core/types.js';
import { bleuSignature, sentenceBleu } from './bleu.js';
import { chrfSignature, sentenceChrf } from './chrf.js';
import type { DetailedScorer } from './common.js';
import { rougeScores, type RougeType } from './rouge.js';

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

export function createRougeScorer(config: RougeMetricConfig, configKey = 'metrics.rouge'): DetailedScorer {
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

export function createBleuScorer(configKey = 'metrics.bleu'): DetailedScorer {
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

export function createChrfScorer(configKey = 'metrics.chrf'): DetailedScorer {
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

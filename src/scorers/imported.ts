// The scorer of imported results: it hands each item the scores the other harness computed (null = N/A), under
// the MetricSpecs the importer declared, so that aggregation, categories, comparison and gates treat them like
// evalgate's own metrics. The harness's reasons (a judge's explanation, an assertion's failure) become the notes.
import type { MetricSpec } from '../core/types.js';
import type { Scorer } from './scorer.js';

export function createImportedScorer(specs: readonly MetricSpec[], format: string): Scorer {
  return {
    name: 'imported',
    configKey: `dataset (format ${format})`,
    metrics: specs,
    applies: (item) => item.imported !== undefined,
    score(item) {
      const scores: Record<string, number | null> = {};
      for (const spec of specs) scores[spec.name] = item.imported?.scores[spec.name] ?? null;
      return scores;
    },
    details(item) {
      const notes: Record<string, string> = {};
      for (const spec of specs) {
        const note = item.imported?.notes?.[spec.name];
        if (note !== undefined) notes[spec.name] = note;
        else if ((item.imported?.scores[spec.name] ?? null) === null)
          notes[spec.name] = 'N/A in the imported results';
      }
      return notes;
    },
  };
}

// `evalgate contamination --config FILE [--corpus PATH ...]`: the contamination check alone, without a model.
// Exit 0 when every gate on contamination_rate passes (or there is none), 1 when a blocking one fails, 2 on
// an error (bad config, missing corpus, a malformed corpus line: the message names the file and line).
import path from 'node:path';
import { checkContamination } from '../contamination/check.js';
import { type ContaminationResult } from '../core/report.js';
import { CONTAMINATION_METRIC, contaminationMetric, contaminationOptions } from '../contamination/metric.js';
import { loadConfig } from '../config/load.js';
import type { ContaminationConfig } from '../core/config.js';
import { UserError } from '../core/errors.js';
import { loadDataset } from '../dataset/index.js';
import { evaluateThresholdGate } from '../gates/evaluate.js';
import { logLines } from '../report/log-line.js';
import { describeHeldOut } from '../rotation/held-out.js';
import { reportCommandError } from './command-error.js';

export interface ContaminationCommandOptions {
  config: string;
  dataset?: string;
  corpus?: string[];
}

const DEFAULTS: Omit<ContaminationConfig, 'corpus'> = {
  ngram: 13,
  fields: ['input', 'expected'],
  format: 'auto',
  textField: 'text',
  threshold: 0,
};

export async function runContaminationCommand(
  values: ContaminationCommandOptions,
  log: (line: string) => void,
  now: Date = new Date(),
): Promise<number> {
  try {
    const config = await loadConfig(values.config, { dataset: values.dataset });
    const corpus = values.corpus?.map((entry) => path.resolve(entry));
    if (!config.contamination && !corpus) {
      throw new UserError('no training-data corpus to check against.', {
        file: config.configFile,
        key: 'contamination',
        fix: 'Add a contamination section with corpus: [files or folders] to the config, or pass --corpus PATH.',
      });
    }
    const dataset = await loadDataset(config.dataset, config.baseDir, now);
    if (dataset.heldOut) log(describeHeldOut(dataset.heldOut));
    const settings = config.contamination ?? { ...DEFAULTS, corpus: [] };
    const result = await checkContamination(dataset.items, contaminationOptions(settings, corpus), {
      file: corpus ? undefined : config.configFile,
      key: corpus ? '--corpus' : 'contamination.corpus',
    });
    const metrics = { [CONTAMINATION_METRIC]: contaminationMetric(result) };
    const gates = config.gates
      .filter((gate) => gate.type === 'threshold' && gate.metric === CONTAMINATION_METRIC)
      .map((gate) =>
        evaluateThresholdGate(gate as Parameters<typeof evaluateThresholdGate>[0], metrics, [], 0),
      );
    const lines = [...renderContamination(result)];
    for (const gate of gates) {
      lines.push(
        `gate "${gate.gate.name}": ${gate.status === 'pass' ? 'pass' : gate.effect === 'block' ? 'FAIL (blocking)' : 'fail (warning)'}: ${gate.explanation}`,
      );
    }
    process.stdout.write(`${logLines(lines.join('\n'))}\n`);
    return gates.some((gate) => gate.effect === 'block') ? 1 : 0;
  } catch (error) {
    return reportCommandError(error);
  }
}

/** The result as lines a person reads: the rate, then each contaminated item with its span. */
export function renderContamination(result: ContaminationResult): string[] {
  const percent = (result.rate * 100).toFixed(1);
  const lines = [
    `contamination_rate: ${percent}% (${result.contaminated.length} of ${result.items} items share a ${result.ngram}-gram of their ${result.fields.join(' or ')} with the corpus${
      result.threshold > 0 ? `, at least ${result.threshold} of their n-grams` : ''
    })`,
    `corpus: ${result.corpus.paths.join(', ')}: ${result.corpus.files} file${result.corpus.files === 1 ? '' : 's'}, ${result.corpus.documents} documents, ${result.corpus.tokens} tokens`,
    `normalization: ${result.normalization}`,
  ];
  if (result.tooShort > 0) {
    lines.push(
      `${result.tooShort} items have fewer than ${result.ngram} tokens: they cannot be checked (counted as clean).`,
    );
  }
  for (const item of result.contaminated) {
    lines.push(
      `  ${item.id}: ${item.matchedNgrams} of ${item.totalNgrams} n-grams (${(item.overlap * 100).toFixed(0)}%) found; first in ${item.foundIn.file}:${item.foundIn.line}, ${item.field}: ${item.span}`,
    );
  }
  return lines;
}

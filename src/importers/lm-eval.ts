// Format `lm-eval-harness`: the output folder of EleutherAI's lm-evaluation-harness run with
// `--output_path <dir> --log_samples`. It writes, under <dir>/<model name>/:
//   results_<timestamp>.json          aggregates: results[task]["acc,none"], results[task]["acc_stderr,none"], ...,
//                                     higher_is_better[task][metric], n-samples[task]
//   samples_<task>_<timestamp>.jsonl  one line per document and filter: doc_id, doc, target, arguments, resps,
//                                     filtered_resps, filter, metrics (the names), and each metric's value
// Each (task, doc_id) becomes one item, id `<task>/<doc_id>`, category `<task>`, so two runs pair by task and
// document. Per-sample metric values become per-item metrics named after the metric (`acc`, `exact_match`), with
// the filter appended when it is not `none` (`exact_match_strict_match`). A metric whose per-sample value is not a
// number (corpus metrics such as bleu log tuples) cannot be paired per item and is not imported. The results file,
// when present, gives higher_is_better, and each imported 0/1 metric's mean must equal its aggregate there.
// A folder with results but no samples files (a run without --log_samples) is read by lm-eval-results.ts.
import path from 'node:path';
import { UserError } from '../core/errors.js';
import type { Dataset, DatasetItem } from '../core/types.js';
import { isRecord, type JsonRecord } from '../dataset/fields.js';
import { describeValue, readJsonLines, readTextFile, type TextFile } from '../dataset/json-text.js';
import { ProblemList } from '../dataset/problems.js';
import { importLmEvalResults } from './lm-eval-results.js';
import { findFiles, importedDataset, listFiles, metricSpec, snakeName, type MetricInfo } from './common.js';

const SAMPLES_FILE = /^samples_(.+)_(\d{4}-\d{2}-\d{2}T[0-9.:-]+)\.jsonl$/;
const RESULTS_FILE = /^results_(\d{4}-\d{2}-\d{2}T[0-9.:-]+)\.json$/;
const ANY_FILE = /^(samples_.+\.jsonl|results_.+\.json)$/;

/** Keys of a sample line that are not metric values. */
const BOOKKEEPING = new Set([
  'doc_id',
  'doc',
  'target',
  'arguments',
  'resps',
  'filtered_resps',
  'filter',
  'metrics',
  'doc_hash',
  'prompt_hash',
  'target_hash',
]);

/** What a results_*.json says about a task's metrics. */
interface TaskResults {
  file: TextFile;
  /** "acc,none" -> 0.5 */
  values: Record<string, unknown>;
  higherIsBetter: Record<string, unknown>;
}

export async function importLmEval(root: string): Promise<Dataset> {
  const { files } = await findFiles(root, ANY_FILE);
  const samples = files.filter((file) => SAMPLES_FILE.test(path.basename(file)));
  let results = files.filter((file) => RESULTS_FILE.test(path.basename(file)));
  if (samples.length === 0 && files.length === 1 && RESULTS_FILE.test(path.basename(files[0]!))) {
    // A results file was named: its samples sit beside it, with the same timestamp.
    const stamp = RESULTS_FILE.exec(path.basename(files[0]!))![1]!;
    const beside = await findFiles(path.dirname(files[0]!), SAMPLES_FILE);
    samples.push(...beside.files.filter((file) => SAMPLES_FILE.exec(path.basename(file))![2] === stamp));
  } else if (samples.length > 0 && results.length === 0) {
    const stamps = new Set(samples.map((file) => SAMPLES_FILE.exec(path.basename(file))![2]));
    const beside = await findFiles(path.dirname(samples[0]!), RESULTS_FILE);
    results = beside.files.filter((file) => stamps.has(RESULTS_FILE.exec(path.basename(file))![1]));
  }
  // Without per-sample files (no --log_samples), the reported aggregates are gated, compared unpaired.
  if (samples.length === 0 && results.length > 0) return importLmEvalResults(results, root);
  if (samples.length === 0) {
    throw new UserError('no lm-evaluation-harness output (results_*.json, samples_*.jsonl) here.', {
      file: root,
      key: 'dataset.path',
      fix: 'Run lm_eval with --output_path <folder> (and --log_samples, so that runs pair item by item) and point dataset.path at that folder.',
    });
  }
  const byTask = new Map<string, string>();
  for (const file of samples) {
    const task = SAMPLES_FILE.exec(path.basename(file))![1]!;
    const other = byTask.get(task);
    if (other !== undefined) {
      throw new UserError(`two runs of task ${task}: ${listFiles([other, file])}.`, {
        file: root,
        key: 'dataset.path',
        fix: 'Keep the output of one run in the folder, or point dataset.path at the folder of one run.',
      });
    }
    byTask.set(task, file);
  }
  const taskResults = await readResults(results);
  const metrics = new Map<string, MetricInfo>();
  const items: DatasetItem[] = [];
  for (const [task, file] of [...byTask].sort(([a], [b]) => (a < b ? -1 : 1))) {
    items.push(...(await readSamples(file, task, taskResults.get(task), metrics)));
  }
  const specs = [...metrics.values()].map(metricSpec);
  checkAgainstResults(items, metrics, taskResults);
  const display = samples.length === 1 ? items[0]!.source.file : root;
  return importedDataset(display, 'lm-eval-harness', items, specs);
}

async function readResults(files: readonly string[]): Promise<Map<string, TaskResults>> {
  const tasks = new Map<string, TaskResults>();
  for (const name of files) {
    const file = await readTextFile(name, '.', 'lm-evaluation-harness results', 'dataset.path');
    let value: unknown;
    try {
      value = JSON.parse(file.text);
    } catch (error) {
      throw new UserError(`not valid JSON: ${(error as Error).message}.`, {
        file: file.display,
        line: 1,
        fix: 'Use the results_<timestamp>.json lm_eval wrote, unchanged.',
      });
    }
    if (!isRecord(value) || !isRecord(value.results)) {
      throw new UserError('missing "results" (an object of tasks).', {
        file: file.display,
        line: 1,
        key: 'results',
        fix: 'Use the results_<timestamp>.json lm_eval wrote, unchanged.',
      });
    }
    const higher = isRecord(value.higher_is_better) ? value.higher_is_better : {};
    for (const [task, entry] of Object.entries(value.results)) {
      if (!isRecord(entry)) continue;
      tasks.set(task, { file, values: entry, higherIsBetter: isRecord(higher[task]) ? higher[task] : {} });
    }
  }
  return tasks;
}

interface Doc {
  item: DatasetItem;
  lines: Map<string, number>;
}

async function readSamples(
  name: string,
  task: string,
  results: TaskResults | undefined,
  metrics: Map<string, MetricInfo>,
): Promise<DatasetItem[]> {
  const file = await readTextFile(name, '.', 'lm-evaluation-harness samples', 'dataset.path');
  const problems = new ProblemList(file.display);
  const docs = new Map<number, Doc>();
  for (const { value, line } of readJsonLines(file, problems)) {
    if (!isRecord(value)) {
      problems.add(`expected an object (one logged sample), found ${describeValue(value)}.`, {
        line,
        fix: 'Use the samples_<task>_<timestamp>.jsonl lm_eval wrote with --log_samples, unchanged.',
      });
      continue;
    }
    const docId = value.doc_id;
    if (typeof docId !== 'number' || !Number.isInteger(docId) || docId < 0) {
      problems.add(`doc_id must be a non-negative integer, found ${describeValue(docId)}.`, {
        line,
        key: 'doc_id',
        fix: 'Each logged sample carries the index of its document in doc_id.',
      });
      continue;
    }
    const filter = typeof value.filter === 'string' && value.filter !== '' ? value.filter : 'none';
    let doc = docs.get(docId);
    if (!doc) {
      doc = { item: newItem(value, task, docId, file.display, line), lines: new Map() };
      docs.set(docId, doc);
    }
    const seen = doc.lines.get(filter);
    if (seen !== undefined) {
      problems.add(`doc_id ${docId} (filter ${filter}) is logged twice: lines ${seen} and ${line}.`, {
        line,
        key: 'doc_id',
        fix: 'A samples file holds each document once per filter: keep the output of one run.',
      });
      continue;
    }
    doc.lines.set(filter, line);
    for (const metric of metricKeys(value)) {
      const raw = value[metric];
      const number = typeof raw === 'boolean' ? Number(raw) : raw;
      if (typeof number !== 'number' && number !== null) continue; // a corpus metric's tuple: not per item
      if (typeof number === 'number' && !Number.isFinite(number)) {
        problems.add(`${metric} must be a finite number, found ${String(number)}.`, {
          line,
          key: metric,
          fix: 'Use the file lm_eval wrote, unchanged.',
        });
        continue;
      }
      const info = metricInfoFor(metric, filter, task, results, metrics);
      doc.item.imported!.scores[info.name] = number;
      if (number !== null) info.values.push(number);
    }
  }
  problems.throwIfAny();
  return [...docs.keys()].sort((a, b) => a - b).map((id) => docs.get(id)!.item);
}

function metricKeys(sample: JsonRecord): string[] {
  if (Array.isArray(sample.metrics)) {
    return sample.metrics.filter((name): name is string => typeof name === 'string' && name in sample);
  }
  return Object.keys(sample).filter((key) => !BOOKKEEPING.has(key));
}

function metricInfoFor(
  metric: string,
  filter: string,
  task: string,
  results: TaskResults | undefined,
  metrics: Map<string, MetricInfo>,
): MetricInfo {
  const name = snakeName(filter === 'none' ? metric : `${metric}_${filter}`);
  let info = metrics.get(name);
  if (!info) {
    const higher = results?.higherIsBetter[metric];
    info = {
      name,
      higherIsBetter: typeof higher === 'boolean' ? higher : true,
      binary: 'if-values-are-0-1',
      description: `lm-evaluation-harness per-sample ${metric} (filter ${filter}).`,
      values: [],
    };
    metrics.set(name, info);
  }
  info.sources ??= new Set();
  info.sources.add(`${task}\u0000${metric},${filter}`);
  return info;
}

function newItem(sample: JsonRecord, task: string, docId: number, file: string, line: number): DatasetItem {
  const item: DatasetItem = {
    id: `${task}/${docId}`,
    category: task,
    input: inputOf(sample),
    source: { file, line },
    precomputed: chosenContinuation(sample) ?? outputOf(sample.filtered_resps ?? sample.resps),
    imported: { scores: {} },
  };
  const target = sample.target;
  if (target !== undefined && target !== null) {
    item.expectedOutput = typeof target === 'string' ? target : JSON.stringify(target);
  }
  return item;
}

/** The prompt: the first request's context (`arguments.gen_args_0.arg_0`, or `arguments[0][0]` in older files). */
function inputOf(sample: JsonRecord): string {
  const args = sample.arguments;
  let first: unknown;
  if (Array.isArray(args)) first = Array.isArray(args[0]) ? args[0][0] : args[0];
  else if (isRecord(args)) {
    const request = Object.values(args)[0];
    first = isRecord(request) ? request.arg_0 : undefined;
  }
  if (typeof first === 'string') return first;
  return JSON.stringify(sample.doc ?? null);
}

/**
 * For a multiple-choice task (filtered_resps = one [loglikelihood, is_greedy] pair per choice): the continuation
 * with the highest loglikelihood, as the harness's `acc` picks it.
 */
function chosenContinuation(sample: JsonRecord): string | undefined {
  const responses = sample.filtered_resps;
  if (!Array.isArray(responses) || responses.length < 2) return undefined;
  const scores = responses.map((pair: unknown) =>
    Array.isArray(pair) && typeof pair[0] === 'number' ? pair[0] : undefined,
  );
  if (scores.some((score) => score === undefined)) return undefined;
  const best = scores.indexOf(Math.max(...(scores as number[])));
  const continuations = continuationsOf(sample.arguments);
  const text = continuations.length === responses.length ? continuations[best] : undefined;
  return text === undefined ? `choice ${best}` : text.trim();
}

function continuationsOf(args: unknown): (string | undefined)[] {
  const requests = Array.isArray(args) ? args : isRecord(args) ? Object.values(args) : [];
  return requests.map((request: unknown) => {
    const value = Array.isArray(request) ? request[1] : isRecord(request) ? request.arg_1 : undefined;
    return typeof value === 'string' ? value : undefined;
  });
}

/** What the model answered: the filtered response (a string), or for loglikelihood tasks their JSON. */
function outputOf(responses: unknown): string {
  let value = responses;
  while (Array.isArray(value) && value.length === 1) value = value[0];
  return typeof value === 'string' ? value : JSON.stringify(value ?? null);
}

/** Each imported 0/1 metric's mean per task must match results_*.json: otherwise the files are of two runs. */
function checkAgainstResults(
  items: readonly DatasetItem[],
  metrics: Map<string, MetricInfo>,
  taskResults: Map<string, TaskResults>,
): void {
  for (const info of metrics.values()) {
    if (!info.values.every((value) => value === 0 || value === 1)) continue;
    for (const source of info.sources ?? []) {
      const [task, key] = source.split('\u0000') as [string, string];
      const results = taskResults.get(task);
      const expected = results?.values[key];
      if (!results || typeof expected !== 'number') continue;
      const values = items
        .filter((item) => item.category === task)
        .map((item) => item.imported!.scores[info.name])
        .filter((value): value is number => typeof value === 'number');
      if (values.length === 0) continue;
      const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
      if (Math.abs(mean - expected) > 1e-6) {
        throw new UserError(
          `results[${JSON.stringify(task)}][${JSON.stringify(key)}] is ${expected}, but the ${values.length} logged samples average ${mean}.`,
          {
            file: results.file.display,
            line: 1,
            key: `results.${task}.${key}`,
            fix: 'The results and samples files come from different runs (or --limit differs): keep the files of one run together.',
          },
        );
      }
    }
  }
}

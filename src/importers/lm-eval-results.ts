// Format `lm-eval-harness` without per-sample files (a run without --log_samples): only results_<timestamp>.json,
// whose aggregates become reported metrics (Dataset.reportedMetrics) with no items behind them:
//   results[task]["acc,none"]          the value of metric `acc` under filter `none`
//   results[task]["acc_stderr,none"]   its standard error (a number, or "N/A" when lm_eval computed none)
//   n-samples[task].effective          the documents it was computed on (n)
//   higher_is_better[task][metric]     its direction
//   configs[task].metric_list          its aggregation (mean, or a corpus-level one such as bleu)
//   group_subtasks[group]              a group (mmlu) and its subtasks: the group's row is `acc@mmlu`
// Names are those of the per-sample import, so one config gates both kinds of run: `acc` (all tasks),
// `acc@arc_easy` (one task), the filter appended unless `none` (`exact_match_strict_match`), and `<name>_mean`
// for a mean of non-0/1 values (aggregation `mean`); other aggregations (perplexity, bleu) keep the bare name. The interval is the normal approximation on the reported standard error (95%).
import { UserError } from '../core/errors.js';
import { sha256Hex, stableStringify } from '../core/hash.js';
import type { Dataset, MetricValue } from '../core/types.js';
import { isRecord, type JsonRecord } from '../dataset/fields.js';
import {
  findJsonSyntaxError,
  memberValueOffset,
  readTextFile,
  skipWhitespace,
  type TextFile,
} from '../dataset/json-text.js';
import { listFiles, snakeName } from './common.js';

const LEVEL = 0.95;
const Z_95 = 1.959963984540054;
const FIX = 'Use the results_<timestamp>.json lm_eval wrote, unchanged.';

/** One (task, metric, filter) aggregate as lm_eval reported it. */
interface TaskAggregate {
  task: string;
  metric: string;
  filter: string;
  value: number;
  /** null: lm_eval reported no standard error ("N/A" or no `_stderr` key). */
  standardError: number | null;
  n: number;
  higherIsBetter: boolean;
  /** The aggregation named in the task's config (`mean`, `bleu`, ...), when the file says. */
  aggregation?: string;
  file: string;
}

export async function importLmEvalResults(files: readonly string[], root: string): Promise<Dataset> {
  const leaves: TaskAggregate[] = [];
  const groups: { group: string; subtasks: string[]; rows: Omit<TaskAggregate, 'n'>[] }[] = [];
  const seen = new Map<string, string>();
  for (const name of files) {
    const file = await readTextFile(name, '.', 'lm-evaluation-harness results', 'dataset.path');
    const json = parseResults(file);
    const subtasksOf = isRecord(json.group_subtasks) ? json.group_subtasks : {};
    for (const [task, entry] of Object.entries(json.results as JsonRecord)) {
      const other = seen.get(task);
      if (other !== undefined) {
        throw new UserError(`two runs of task ${task}: ${listFiles([other, name])}.`, {
          file: root,
          key: 'dataset.path',
          fix: 'Keep the output of one run in the folder, or point dataset.path at the folder of one run.',
        });
      }
      seen.set(task, name);
      const subtasks = subtasksOf[task];
      const isGroup = Array.isArray(subtasks) && subtasks.length > 0;
      const rows = readTask(file, json, task, entry, isGroup);
      if (isGroup) groups.push({ group: task, subtasks: subtasks.map(String), rows });
      else leaves.push(...(rows as TaskAggregate[]));
    }
  }
  if (leaves.length === 0) {
    throw new UserError('the results hold no task with a numeric metric.', {
      file: files.length === 1 ? files[0]! : root,
      line: 1,
      key: 'results',
      fix: 'Point dataset.path at the output of an lm_eval run that evaluated at least one task.',
    });
  }
  const binaryNames = new Set<string>();
  const metrics: MetricValue[] = [];
  for (const row of leaves) {
    const metric = toMetric(row, isBinary(row));
    if (metric.kind === 'rate') binaryNames.add(metric.base);
    metrics.push(metric);
  }
  const sizeOf = (task: string, depth = 0): number | undefined => {
    const leaf = leaves.find((row) => row.task === task);
    if (leaf) return leaf.n;
    const group = groups.find((candidate) => candidate.group === task);
    if (!group || depth > 20) return undefined;
    const sizes = group.subtasks.map((subtask) => sizeOf(subtask, depth + 1));
    return sizes.every((size) => size !== undefined) ? sizes.reduce((sum, size) => sum + size, 0) : undefined;
  };
  for (const { group, rows } of groups) {
    const n = sizeOf(group);
    if (n === undefined) continue; // a group whose subtasks this run did not report: no n, no metric
    for (const row of rows) metrics.push(toMetric({ ...row, n }, binaryNames.has(metricBase(row))));
  }
  metrics.push(...overall(metrics.filter((metric) => leaves.some((row) => row.task === metric.category))));
  const display = files.length === 1 ? files[0]! : root;
  const hash = sha256Hex(
    stableStringify(
      [...new Set(leaves.map((row) => `${row.task}\u0000${row.n}`))].sort().map((key) => key.split('\u0000')),
    ),
  );
  return { file: display, format: 'lm-eval-harness', items: [], hash, reportedMetrics: metrics };
}

function parseResults(file: TextFile): JsonRecord & { results: JsonRecord } {
  const problem = findJsonSyntaxError(
    file.text,
    (offset) => `line ${file.lines.lineAt(offset)}, column ${file.lines.columnAt(offset)}`,
  );
  if (problem) {
    throw new UserError(`not valid JSON: ${problem.message}.`, {
      file: file.display,
      line: file.lines.lineAt(problem.offset),
      fix: FIX,
    });
  }
  const value: unknown = JSON.parse(file.text);
  if (!isRecord(value) || !isRecord(value.results)) {
    throw new UserError('missing "results" (an object of tasks).', {
      file: file.display,
      line: 1,
      key: 'results',
      fix: FIX,
    });
  }
  return value as JsonRecord & { results: JsonRecord };
}

/** The line of a value inside the file, by its key path (the file's first line when it is not found). */
function lineOf(file: TextFile, keys: readonly string[]): number {
  let offset: number | undefined = skipWhitespace(file.text, 0);
  for (const key of keys) {
    if (offset === undefined || file.text[offset] !== '{') break;
    const next = memberValueOffset(file.text, offset, key);
    if (next === undefined) break;
    offset = next;
  }
  return file.lines.lineAt(offset ?? 0);
}

/** The `metric,filter` values of one task's entry, each with its stderr, n and direction. */
function readTask(
  file: TextFile,
  json: JsonRecord,
  task: string,
  entry: unknown,
  isGroup: boolean,
): Omit<TaskAggregate, 'n'>[] | TaskAggregate[] {
  const at = (...keys: string[]) => ({ file: file.display, line: lineOf(file, keys) });
  if (!isRecord(entry)) {
    throw new UserError(`results.${task} must be an object of "metric,filter" values.`, {
      ...at('results', task),
      key: `results.${task}`,
      fix: FIX,
    });
  }
  let n: number | undefined;
  if (!isGroup) {
    const samples = isRecord(json['n-samples']) ? json['n-samples'][task] : undefined;
    const effective = isRecord(samples) ? samples.effective : undefined;
    if (typeof effective !== 'number' || !Number.isInteger(effective) || effective < 1) {
      throw new UserError(
        `n-samples.${task}.effective must be the number of documents the task was scored on, found ${JSON.stringify(effective ?? null)}.`,
        {
          ...at('n-samples', task),
          key: `n-samples.${task}.effective`,
          fix: 'Every aggregate needs its n: use the results file of an lm_eval version that writes n-samples, or run lm_eval with --log_samples.',
        },
      );
    }
    n = effective;
  }
  const higher = isRecord(json.higher_is_better) ? json.higher_is_better[task] : undefined;
  const rows: Omit<TaskAggregate, 'n'>[] = [];
  for (const [key, value] of Object.entries(entry)) {
    const match = /^(.+?),(.+)$/.exec(key);
    if (!match || key.includes('_stderr,')) continue; // `alias`, `name`, and the standard errors themselves
    const [, metric, filter] = match as unknown as [string, string, string];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      if (typeof value === 'string' || value === null) continue; // "N/A": a metric lm_eval could not compute
      throw new UserError(`results.${task}["${key}"] must be a number, found ${JSON.stringify(value)}.`, {
        ...at('results', task, key),
        key: `results.${task}.${key}`,
        fix: FIX,
      });
    }
    const stderr = entry[`${metric}_stderr,${filter}`];
    if (stderr !== undefined && stderr !== 'N/A' && stderr !== null) {
      if (typeof stderr !== 'number' || !Number.isFinite(stderr) || stderr < 0) {
        throw new UserError(
          `results.${task}["${metric}_stderr,${filter}"] must be a non-negative number or "N/A", found ${JSON.stringify(stderr)}.`,
          {
            ...at('results', task, `${metric}_stderr,${filter}`),
            key: `results.${task}.${metric}_stderr,${filter}`,
            fix: FIX,
          },
        );
      }
    }
    const direction = isRecord(higher) ? higher[metric] : undefined;
    rows.push({
      task,
      metric,
      filter,
      value,
      standardError: typeof stderr === 'number' ? stderr : null,
      higherIsBetter: typeof direction === 'boolean' ? direction : true,
      aggregation: aggregationOf(json, task, metric),
      file: file.display,
      ...(n === undefined ? {} : { n }),
    });
  }
  return rows;
}

function aggregationOf(json: JsonRecord, task: string, metric: string): string | undefined {
  const config = isRecord(json.configs) ? json.configs[task] : undefined;
  const list = isRecord(config) && Array.isArray(config.metric_list) ? config.metric_list : [];
  const spec = list.find((item: unknown) => isRecord(item) && item.metric === metric) as
    JsonRecord | undefined;
  return typeof spec?.aggregation === 'string' ? spec.aggregation : undefined;
}

/**
 * Whether the per-sample values behind a mean were 0/1. lm_eval's stderr of a mean is the sample SD over √n, so
 * for 0/1 values it is √(p(1−p)/(n−1)) exactly; values inside [0, 1] with that variance can only be 0 or 1.
 * Without a stderr: a proportion of n documents (n·value a whole number).
 */
function isBinary(row: TaskAggregate): boolean {
  const { value, n, standardError } = row;
  if ((row.aggregation ?? 'mean') !== 'mean' || value < 0 || value > 1) return false;
  if (standardError !== null) {
    if (n < 2) return false;
    const bernoulli = Math.sqrt((value * (1 - value)) / (n - 1));
    return Math.abs(standardError - bernoulli) <= 1e-6 * Math.max(bernoulli, 1e-3);
  }
  return Math.abs(value * n - Math.round(value * n)) <= 1e-6 * n;
}

function metricBase(row: Pick<TaskAggregate, 'metric' | 'filter'>): string {
  return snakeName(row.filter === 'none' ? row.metric : `${row.metric}_${row.filter}`);
}

function toMetric(row: TaskAggregate, binary: boolean): MetricValue {
  const base = metricBase(row);
  const mean = binary || row.aggregation !== 'mean' ? base : `${base}_mean`;
  const name = `${mean}@${row.task}`;
  const how = row.aggregation && row.aggregation !== 'mean' ? ` (aggregation ${row.aggregation})` : '';
  return withInterval({
    name,
    base,
    category: row.task,
    kind: binary ? 'rate' : 'mean',
    value: row.value,
    n: row.n,
    naCount: 0,
    errorCount: 0,
    higherIsBetter: row.higherIsBetter,
    description: `lm-evaluation-harness ${row.metric} (filter ${row.filter})${how} of ${row.task}, as reported in ${row.file} (no per-sample files: compared unpaired, from the reported standard errors).`,
    standardError: row.standardError,
  });
}

/**
 * Each metric over all tasks that report it (`acc`): the mean weighted by documents, as the per-sample import
 * pools them, with the standard error of that stratified mean, √Σ(n_t/N)²·se_t² (null when a task has none).
 */
function overall(perTask: readonly MetricValue[]): MetricValue[] {
  const byName = new Map<string, MetricValue[]>();
  for (const metric of perTask) {
    const name = metric.name.slice(0, metric.name.lastIndexOf('@'));
    byName.set(name, [...(byName.get(name) ?? []), metric]);
  }
  return [...byName].map(([name, tasks]) => {
    const n = tasks.reduce((sum, task) => sum + task.n, 0);
    const value = tasks.reduce((sum, task) => sum + task.n * task.value!, 0) / n;
    const known = tasks.every((task) => typeof task.standardError === 'number');
    const variance = tasks.reduce((sum, task) => sum + (task.n / n) ** 2 * (task.standardError ?? 0) ** 2, 0);
    const first = tasks[0]!;
    return withInterval({
      ...first,
      name,
      category: undefined,
      kind: tasks.every((task) => task.kind === 'rate') ? 'rate' : 'mean',
      value,
      n,
      standardError: known ? Math.sqrt(variance) : null,
      description:
        tasks.length === 1
          ? first.description
          : `lm-evaluation-harness ${first.base} over ${tasks.map((task) => task.category).join(', ')}, weighted by documents, from the reported aggregates (standard error of the stratified mean).`,
    });
  });
}

/** The 95% normal interval value ± 1.96·se (clipped to [0, 1] for a rate); none without a standard error. */
function withInterval(metric: MetricValue): MetricValue {
  const { category, ...rest } = metric;
  const se = metric.standardError;
  const result: MetricValue = { ...rest, ...(category === undefined ? {} : { category }) };
  if (typeof se !== 'number' || metric.value === null) return result;
  const clip = (bound: number) => (metric.kind === 'rate' ? Math.min(1, Math.max(0, bound)) : bound);
  result.interval = {
    lower: clip(metric.value - Z_95 * se),
    upper: clip(metric.value + Z_95 * se),
    level: LEVEL,
    method: 'normal (reported stderr)',
  };
  return result;
}

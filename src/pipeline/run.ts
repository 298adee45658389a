import path from 'node:path';
import { configHash } from '../config/hash.js';
import type { LoadedConfig } from '../config/types.js';
import { UserError } from '../core/errors.js';
import type {
  Dataset,
  DatasetItem,
  Decision,
  ItemRecord,
  ItemScores,
  MetricSpec,
  MetricsMap,
  ModelResponse,
} from '../core/types.js';
import type { ComparisonReport } from '../core/comparison.js';
import { loadDataset } from '../dataset/index.js';
import { evaluateGates } from '../gates/index.js';
import type { GateResult } from '../core/gates.js';
import { compareWithBaseline } from '../compare/compare.js';
import { comparedFromReportedErrors } from '../compare/unpaired-aggregates.js';
import type { BaselineStore, LoadedBaseline } from '../baseline/types.js';
import { readBaselineFile } from '../baseline/local-store.js';
import { buildBaselineRecord } from '../baseline/build.js';
import { reportHistory } from '../history/history.js';
import { checkBaselineRequirement, type BaselineRequirement } from '../baseline/requirement.js';
import { metricScorerHashes, withoutChangedScorers } from '../baseline/scorer-hashes.js';
import type { ModelSource } from '../model/source.js';
import { createScorers, explainItem, listMetricSpecs, scoreItem } from '../scorers/index.js';
import type { Scorer } from '../scorers/scorer.js';
import {
  REPORT_SCHEMA_VERSION,
  type ContaminationResult,
  type ModelRunStats,
  type Report,
  type StageTiming,
} from '../core/report.js';
import { aggregate } from './aggregate.js';
import type { JudgeConnection, JudgeStageResult } from '../judge/index.js';
import { judgeMetricSpecs } from '../judge/specs.js';
import { judgeRecords } from './judge.js';
import { checkMetricReferences } from './metric-names.js';
import { findRunFailure } from './outage.js';
import { createModelSource, type SourceSetup } from './source.js';
import { EVALGATE_VERSION } from '../version.js';
import { checkContamination } from '../contamination/check.js';
import {
  CONTAMINATION_METRIC,
  contaminationMetric,
  contaminationOptions,
  describeContamination,
} from '../contamination/metric.js';
import { describeHeldOut, heldOutMismatch, heldOutSetOf } from '../rotation/held-out.js';

export interface RunDependencies {
  baselineStore: BaselineStore;
  /** Whether an accepted run may replace the baseline (false on pull requests). */
  writeBaseline: boolean;
  /**
   * Whether this run becomes the baseline when accepted, whoever stores it (the action stores it itself):
   * an expired baseline is then re-established rather than an error. Default: `writeBaseline`.
   */
  replacesBaseline?: boolean;
  log: (line: string) => void;
  env: NodeJS.ProcessEnv;
  /** A model source to use instead of the one the config describes (tests, shards). */
  source?: ModelSource;
  /** With `source`: what the original source noted beside its answers (the merge of shards replays them). */
  sourceNotes?: Pick<Report['source'], 'unmatchedResponseIds' | 'droppedDuplicates'>;
  /** A judge connection to use instead of the one the config describes (tests). */
  connectJudge?: () => JudgeConnection;
  git?: Report['git'];
  now?: () => Date;
}

/** Runs the five stages on one config and returns the report. User errors are thrown as UserError. */
export async function runEvaluation(config: LoadedConfig, deps: RunDependencies): Promise<Report> {
  const now = deps.now ?? (() => new Date());
  const run: RunState = { config, deps, startedAt: now(), timings: [], warnings: [] };
  const prepared = await prepare(run);
  const answered = await answer(run, prepared);
  const stored = await timed(run, 'baseline', () => loadBaseline(config, deps.baselineStore));
  const lookupProblem =
    stored || config.regression.baselinePath ? undefined : deps.baselineStore.lookupProblem;
  const otherSet = stored ? heldOutMismatch(stored.record.heldOut, prepared.dataset.heldOut) : undefined;
  if (otherSet) run.warnings.push(otherSet);
  const baseline = otherSet ? null : stored;
  const judged = await judgeAndAggregate(run, prepared, answered.records, baseline);
  const compared = await compareRun(run, prepared, answered.records, judged.metrics, baseline, lookupProblem);
  const report = await decideAndReport(run, prepared, answered, judged, compared, now);
  report.history = reportHistory(baseline?.record, report);
  if (deps.writeBaseline) await storeAcceptedRun(report, deps.baselineStore);
  return report;
}

/** What every phase of one run shares: its config and dependencies, its clock, timings and warnings. */
interface RunState {
  config: LoadedConfig;
  deps: RunDependencies;
  startedAt: Date;
  timings: StageTiming[];
  warnings: string[];
}

async function timed<T>(run: RunState, name: StageTiming['name'], work: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    run.timings.push({ name, durationMs: performance.now() - start });
  }
}

interface Prepared {
  dataset: Dataset;
  contamination?: ContaminationResult;
  scorers: Scorer[];
  specs: MetricSpec[];
}

/** The dataset, its contamination check, the scorers and every metric they declare (checked against the gates). */
async function prepare(run: RunState): Promise<Prepared> {
  const { config, deps, startedAt } = run;
  const dataset = await timed(run, 'dataset', () => loadDataset(config.dataset, config.baseDir, startedAt));
  deps.log(`dataset: ${dataset.items.length} items from ${displayPath(dataset.file)} (${dataset.format})`);
  if (dataset.heldOut) deps.log(describeHeldOut(dataset.heldOut));
  const contamination = config.contamination
    ? await checkContamination(dataset.items, contaminationOptions(config.contamination), {
        file: config.configFile,
        key: 'contamination.corpus',
      })
    : undefined;
  if (contamination) deps.log(describeContamination(contamination));
  const scorers = createScorers(config.metrics, {
    baseDir: config.baseDir,
    prices: config.prices,
    model: config.model?.model,
    configFile: config.configFile,
    dataset,
  });
  const specs = [...listMetricSpecs(scorers, config.configFile), ...judgeMetricSpecs(config.judge)];
  checkMetricReferences(config, specs, dataset);

  return { dataset, contamination, scorers, specs };
}

interface Answered {
  setup: SourceSetup;
  records: ItemRecord[];
  stats: ModelRunStats;
  unmatched: string[];
}

/** The model's answers (live, from a file or a cache), each scored as it arrives. */
async function answer(run: RunState, { dataset, scorers }: Prepared): Promise<Answered> {
  const { config, deps, warnings } = run;
  const setup: SourceSetup = deps.source
    ? {
        source: deps.source,
        unmatchedResponseIds: () => deps.sourceNotes?.unmatchedResponseIds ?? [],
        droppedDuplicates: deps.sourceNotes?.droppedDuplicates ?? [],
      }
    : await timed(run, 'responses', () => createModelSource(config, dataset, deps));
  if (setup.droppedDuplicates.length > 0) {
    warnings.push(
      `${setup.droppedDuplicates.length} duplicate answers were dropped (on-duplicate: first), ${setup.droppedDuplicates.filter((d) => d.differed).length} of them different from the kept one.`,
    );
  }

  deps.log(`answers: ${setup.source.description}`);
  const { records, stats } = await timed(run, 'metrics', () =>
    answerAndScore(dataset, setup.source, scorers),
  );
  // Answers to items of the other held-out sets are expected, not unmatched.
  const heldOut = dataset.heldOut;
  const unmatched = setup
    .unmatchedResponseIds()
    .filter((id) => !heldOut || heldOutSetOf({ id }, heldOut.sets) === heldOut.set);
  if (unmatched.length > 0) {
    warnings.push(
      `the responses file answers ${unmatched.length} id${unmatched.length === 1 ? '' : 's'} the dataset does not have (${unmatched
        .slice(0, 5)
        .join(', ')}${unmatched.length > 5 ? ', …' : ''}): they are not scored.`,
    );
  }
  if (stats.errors > 0)
    warnings.push(
      `${stats.errors} of ${records.length} items have no usable answer (error items count as failures).`,
    );
  return { setup, records, stats, unmatched };
}

interface Judged {
  judgeStage: JudgeStageResult;
  metrics: MetricsMap;
}

/** The judge's sample merged into the records, then the aggregates of every metric. */
async function judgeAndAggregate(
  run: RunState,
  { dataset, contamination, specs }: Prepared,
  records: ItemRecord[],
  baseline: LoadedBaseline | null,
): Promise<Judged> {
  const { config, deps, warnings } = run;
  const judgeStage = await timed(run, 'judge', () =>
    judgeRecords(config.judge, records, {
      connect: deps.connectJudge,
      env: deps.env,
      log: deps.log,
      baseline: baseline?.record ?? null,
      cacheConfig: config.cache,
      specs,
    }),
  );
  const judge = judgeStage.report;
  warnings.push(...(judge.warnings ?? []));
  const metrics: MetricsMap = await timed(run, 'aggregation', () =>
    aggregate(records, specs, { perCategory: config.metrics.perCategory, composite: config.composite }),
  );
  for (const reported of dataset.reportedMetrics ?? []) metrics[reported.name] = reported;
  if (contamination) metrics[CONTAMINATION_METRIC] = contaminationMetric(contamination);
  return { judgeStage, metrics };
}

interface Compared {
  comparison: ComparisonReport;
  golden?: ComparisonReport;
  requirement: BaselineRequirement | undefined;
  configHash: string;
  metricHashes: Record<string, string>;
}

/** The comparison with the baseline (and the golden baseline), and whether the baseline requirement is met. */
async function compareRun(
  run: RunState,
  { dataset, specs }: Prepared,
  records: ItemRecord[],
  metrics: MetricsMap,
  baseline: LoadedBaseline | null,
  lookupProblem: BaselineStore['lookupProblem'],
): Promise<Compared> {
  const { config, deps, warnings } = run;
  const currentConfigHash = configHash(config);
  const metricHashes = metricScorerHashes(config, specs);
  const comparable = baseline ? withoutChangedScorers(baseline, metricHashes, metrics) : undefined;
  const comparison = await timed(run, 'comparison', () =>
    compareWithBaseline(comparable?.loaded ?? null, records, metrics, dataset.hash, config),
  );
  if (comparable && Object.keys(comparable.notComparable).length > 0) {
    comparison.notComparable = comparable.notComparable;
    const changed = [
      ...new Set(Object.keys(comparable.notComparable).map((name) => metrics[name]?.base ?? name)),
    ];
    comparison.warnings.unshift(
      `the scorer of ${changed.join(', ')} changed since the baseline was stored: ${
        changed.length === 1 ? 'that metric is' : 'those metrics are'
      } not compared with it (scores made by different scorers are not comparable). The next accepted run on the baseline branch stores a baseline scored the new way.`,
    );
  } else if (baseline && !baseline.record.metricHashes && baseline.record.configHash !== currentConfigHash) {
    comparison.warnings.unshift(
      `the config changed since the baseline was stored (config hash ${baseline.record.configHash.slice(0, 12)}, now ${currentConfigHash.slice(0, 12)}), and that baseline does not record which scorer made which metric: if a scorer changed, its metrics are compared across scorers.`,
    );
  }
  warnings.push(...comparison.warnings);
  const requirement = checkBaselineRequirement({
    mode: config.regression.requireBaseline,
    regressionGates: config.gates.filter((gate) => gate.type === 'regression').length,
    origin: baseline?.origin,
    paired: comparison.paired + comparedFromReportedErrors(comparison),
    problem: lookupProblem,
    replacesBaseline: deps.replacesBaseline ?? deps.writeBaseline,
  });
  if (requirement && !requirement.fatal) warnings.unshift(requirement.message);
  const golden = config.regression.goldenPath
    ? compareWithBaseline(
        await readBaselineOrExplain(config.regression.goldenPath, 'regression.golden'),
        records,
        metrics,
        dataset.hash,
        { ...config, gates: [] },
      )
    : undefined;
  return { comparison, golden, requirement, configHash: currentConfigHash, metricHashes };
}

/** The gates, the decision and the report that carries them. */
async function decideAndReport(
  run: RunState,
  { dataset, contamination, specs }: Prepared,
  { setup, records, stats, unmatched }: Answered,
  { judgeStage, metrics }: Judged,
  { comparison, golden, requirement, configHash: currentConfigHash, metricHashes }: Compared,
  now: () => Date,
): Promise<Report> {
  const { config, deps, startedAt, timings, warnings } = run;
  const judge = judgeStage.report;
  const gates = await timed(run, 'gates', () =>
    evaluateGates(config, metrics, records, comparison, judgeStage.advice),
  );
  const failure = runFailure(findRunFailure(records, config.responses?.path), requirement);
  const decision = failure ? 'error' : decide(gates);

  const finishedAt = now();
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    evalgateVersion: EVALGATE_VERSION,
    name: config.name,
    decision,
    headline: failure ? `ERROR: ${failure.message}` : headline(decision, gates),
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    durationMs: finishedAt.getTime() - startedAt.getTime(),
    config: { file: displayPath(config.configFile), hash: currentConfigHash, metricHashes },
    dataset: {
      file: displayPath(dataset.file),
      format: dataset.format,
      hash: dataset.hash,
      items: dataset.items.length,
      categories: [...new Set(dataset.items.map((item) => item.category))].sort(),
    },
    ...(dataset.heldOut ? { heldOut: dataset.heldOut } : {}),
    ...(contamination ? { contamination } : {}),
    source: {
      kind: setup.source.kind,
      description: setup.source.description,
      stats,
      unmatchedResponseIds: unmatched,
      droppedDuplicates: setup.droppedDuplicates,
    },
    git: deps.git,
    metricSpecs: [...specs],
    metrics,
    judge,
    comparison,
    golden,
    gates,
    warnings,
    timings,
    items: records,
    ...(failure ? { error: failure } : {}),
  };
}

/**
 * The one place a run becomes the baseline: only an accepted run (DEPLOY) is stored, and the report records
 * where. The CLI stores it through runEvaluation; the action calls this itself, to make a failure a warning.
 */
export async function storeAcceptedRun(report: Report, store: BaselineStore): Promise<void> {
  if (report.decision !== 'deploy') return;
  report.baselineWritten = await store.save(buildBaselineRecord(report));
}

async function answerAndScore(
  dataset: Dataset,
  source: ModelSource,
  scorers: readonly Scorer[],
): Promise<{ records: ItemRecord[]; stats: Awaited<ReturnType<ModelSource['run']>> }> {
  const positionOf = itemPositions(dataset.items);
  const records: (ItemRecord | undefined)[] = new Array(dataset.items.length);
  const stats = await source.run(dataset.items, (item, response) => {
    const position = positionOf(item);
    if (position === undefined)
      throw new Error(`the model source answered an item it was not given (${item.id})`);
    if (records[position]) throw new Error(`the model source answered item ${item.id} twice`);
    records[position] = toRecord(item, response, scorers);
  });
  const missing = dataset.items.filter((_, position) => !records[position]);
  if (missing.length > 0) {
    throw new Error(
      `the model source lost ${missing.length} items (first: ${missing[0]!.id}); this is a bug in evalgate.`,
    );
  }
  return { records: records as ItemRecord[], stats };
}

/**
 * The position of each item the source answers. Most sources answer in the order of the items (a responses
 * file always does), so the map of every item's position is built only for the first item answered out of turn.
 */
function itemPositions(items: readonly DatasetItem[]): (item: DatasetItem) => number | undefined {
  let next = 0;
  let positions: Map<DatasetItem, number> | undefined;
  return (item) => {
    if (items[next] === item) return next++;
    positions ??= new Map(items.map((each, position) => [each, position]));
    return positions.get(item);
  };
}

function toRecord(item: DatasetItem, response: ModelResponse, scorers: readonly Scorer[]): ItemRecord {
  const scores = scoreItem(scorers, item, response);
  const notes =
    response.error === undefined && !hasZero(scores) && item.imported?.notes === undefined
      ? undefined
      : explainItem(scorers, item, response);
  return {
    id: item.id,
    category: item.category,
    input: item.input,
    expectedOutput: item.expectedOutput,
    expectedAction: item.expectedAction,
    output: response.error ? null : response.output,
    error: response.error,
    scores,
    notes: notes && Object.keys(notes).length > 0 ? notes : undefined,
    latencyMs: response.latencyMs,
    ttftMs: response.ttftMs,
    usage: response.usage,
    costUsd: scores.cost_usd ?? undefined,
    finishReason: response.finishReason,
    cached: response.cached,
    attempts: response.attempts,
    source: item.source,
    scenarioId: item.conversation?.scenarioId,
    turn: item.conversation ? item.conversation.turn + 1 : undefined,
  };
}

function hasZero(scores: ItemScores): boolean {
  for (const name in scores) if (scores[name] === 0) return true;
  return false;
}

async function loadBaseline(config: LoadedConfig, store: BaselineStore): Promise<LoadedBaseline | null> {
  if (config.regression.baselinePath)
    return readBaselineOrExplain(config.regression.baselinePath, 'regression.baseline');
  return store.latest(config.name);
}

async function readBaselineOrExplain(file: string, key: string): Promise<LoadedBaseline> {
  try {
    return (await readBaselineFile(file))!;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(
      `cannot read the baseline (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
      {
        file,
        key,
        fix: 'Check the path (--baseline, or the config key), or leave it out to use the baseline store.',
      },
    );
  }
}

/** An outage, a user mistake or an unusable baseline: the run says nothing about the model (exit 2). */
function runFailure(
  outage: string | undefined,
  requirement: BaselineRequirement | undefined,
): { message: string; key?: string } | undefined {
  if (outage) return { message: outage };
  if (requirement?.fatal) {
    return {
      message: `${requirement.message}${requirement.fix ? ` ${requirement.fix}` : ''}`,
      key: 'regression.require-baseline',
    };
  }
  return undefined;
}

export function decide(gates: readonly GateResult[]): Decision {
  return gates.some((gate) => gate.effect === 'block') ? 'block' : 'deploy';
}

function headline(decision: Decision, gates: readonly GateResult[]): string {
  const blocking = gates.filter((gate) => gate.effect === 'block');
  const warned = gates.filter((gate) => gate.effect === 'warn');
  if (decision === 'block') {
    return `BLOCK: ${blocking.length} blocking gate${blocking.length === 1 ? '' : 's'} failed (${blocking
      .map((gate) => gate.gate.name)
      .join('; ')}).`;
  }
  const passed = gates.filter((gate) => gate.status === 'pass').length;
  return `DEPLOY: ${passed} of ${gates.length} gates passed${
    warned.length > 0
      ? `, ${warned.length} warning${warned.length === 1 ? '' : 's'} (${warned.map((gate) => gate.gate.name).join('; ')})`
      : ''
  }.`;
}

export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

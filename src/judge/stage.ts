// Stage 2: the LLM judge scores a deterministic sample of the answers within a hard budget, and fails closed.
//
// 1. Sample (sample.ts): stratified by category, hash-ordered, 10% / at least 10 by default, capped by what the
//    budget buys at the expected cost per item.
// 2. Estimate: a range of what the planned calls cost at the judge's price (low .. expected .. worst case, the
//    worst case with re-asks, byte-bounded prompts and max-tokens answers, capped at the budget); logged before
//    any call and kept in the report.
// 3. Judge: one call per item × metric × judge (and two per item × judge for pairwise, one per order), through
//    client.ts (cache, adaptive concurrency, retries, budget reservation). An answer that does not parse or is
//    out of scale is asked again once, with a note; a second failure is a judge error.
// 4. Record: `scores[judge_<metric>]` gets the normalized score of sampled items only (null for N/A; absent for
//    a judge error, an item unjudged for budget, and every unsampled item), so the ordinary aggregation gives n,
//    intervals and per-category values. `ItemRecord.judge` keeps the raw levels, reasoning and models.
// 5. Decide: a metric whose share of judge errors and budget gaps exceeds max-error-rate, whose N/A share exceeds
//    max-na-rate, that scored nothing, or whose sample the budget cut below min-sample, is INCONCLUSIVE: a gate
//    on it cannot pass. For metrics with some errors, the value with each of them taken as the worst score is
//    given to the gates too (a gate passes only if that worst case passes).
import path from 'node:path';
import type { CacheConfig } from '../core/config.js';
import type { Price } from '../core/types.js';
import { UserError } from '../core/errors.js';
import { stableHash } from '../core/hash.js';
import type { DatasetItem, ItemRecord, MetricSpec } from '../core/types.js';
import type { BaselineRecord } from '../baseline/types.js';
import { runPool } from '../model/concurrency.js';
import type { FetchFunction } from '../model/http-fetch.js';
import { isLocalEndpoint } from '../model/openai-source.js';
import { ProgressReporter } from '../model/progress.js';
import { createLocalResponseCache, type ResponseCache } from '../model/response-cache.js';
import { loadResponses } from '../model/responses-file.js';
import type { RetryPolicy } from '../model/retry.js';
import { findPrice } from '../scorers/prices.js';
import { wilsonInterval } from '../stats/index.js';
import { JudgeBudget, PromptTokenBound, messageBytes, messageCharacters, usd } from './budget.js';
import { createJudgeClient, type JudgeClient } from './client.js';
import { describeScale, judgeAggregateName } from './metrics.js';
import { combineVerdicts, panelAgreement } from './panel.js';
import { parsePairwise, parsePointwise } from './parse.js';
import {
  PAIRWISE_SCHEMA,
  PROMPT_VERSION,
  pairwiseMessages,
  pointwiseMessages,
  pointwiseSchema,
  schemaName,
  withCorrection,
  type JudgedContent,
} from './prompt.js';
import { selectForJudge } from './sample.js';
import { PAIRWISE_SPECS } from './specs.js';
import type {
  JudgeAlert,
  JudgeConfig,
  JudgeEstimate,
  JudgeGateAdvice,
  JudgeMetricCategoryReport,
  JudgeMetricDefinition,
  JudgeMetricReport,
  JudgeReport,
  PairwiseReport,
  PanelAgreement,
  PanelDisagreement,
} from '../core/judge.js';
import type {
  ItemJudgement,
  JudgeVerdict,
  JudgedMetric,
  PairwiseItemResult,
  PairwiseOrderVerdict,
  PairwiseWinner,
} from '../core/types.js';
import type { ChatMessage } from '../core/types.js';

export interface JudgeStageDeps {
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
  /** The baseline record, for pairwise judging against its stored outputs. */
  baseline?: BaselineRecord | null;
  cacheConfig: CacheConfig;
  /** Stage-1 metric specs: which items failed (for include-failed). */
  specs?: readonly MetricSpec[];
  /** Tests and embedders: a cache, a fetch, backoff tuning, jitter. */
  cache?: ResponseCache;
  fetch?: FetchFunction;
  retry?: Partial<Omit<RetryPolicy, 'maxRetries' | 'timeoutMs'>>;
  random?: () => number;
  progressIntervalMs?: number;
}

export interface JudgeStageResult {
  report: JudgeReport;
  /** Aggregated metric names (per category too) a gate cannot pass on. */
  inconclusiveMetrics: Set<string>;
  advice: JudgeGateAdvice;
}

const NA_WARNING_SHARE = 0.6;
const MAX_ALERTS = 50;
const MAX_DISAGREEMENTS = 50;
/** The shortest usable judge answer, in tokens (a JSON object with a score), for the low end of the estimate. */
const MIN_ANSWER_TOKENS = 8;
/** Room for the problem a re-ask quotes, in the worst case of the estimate. */
const REASK_PROBLEM_BYTES = 1024;
/** Below this many items rated by two judges or more, agreement figures are flagged as unreliable. */
const MIN_AGREEMENT_UNITS = 10;

function emptyAdvice(): JudgeGateAdvice {
  return { inconclusiveMetrics: new Set(), worstCase: new Map() };
}

export function skippedJudge(reason: string): JudgeStageResult {
  const advice = emptyAdvice();
  return { report: { status: 'skipped', reason }, inconclusiveMetrics: advice.inconclusiveMetrics, advice };
}

type Task =
  | { kind: 'point'; index: number; metric: JudgeMetricDefinition; model: string; messages: ChatMessage[] }
  | {
      kind: 'pair';
      index: number;
      model: string;
      order: PairwiseOrderVerdict['order'];
      messages: ChatMessage[];
    };

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;
const dollars = (value: number) => `$${value < 0.01 && value > 0 ? value.toFixed(4) : value.toFixed(2)}`;

/** The prompt the judge sees: the item's input, or for a conversation turn the conversation so far. */
function promptsOf(records: readonly ItemRecord[]): string[] {
  const scenarios = new Map<string, ItemRecord[]>();
  for (const record of records) {
    if (record.scenarioId === undefined) continue;
    const turns = scenarios.get(record.scenarioId) ?? [];
    turns.push(record);
    scenarios.set(record.scenarioId, turns);
  }
  return records.map((record) => {
    if (record.scenarioId === undefined || (record.turn ?? 1) <= 1) return record.input;
    const earlier = (scenarios.get(record.scenarioId) ?? [])
      .filter((other) => (other.turn ?? 0) < (record.turn ?? 0))
      .sort((a, b) => (a.turn ?? 0) - (b.turn ?? 0));
    return [
      ...earlier.flatMap((other) => [`User: ${other.input}`, `Assistant: ${other.output ?? '(no answer)'}`]),
      `User: ${record.input}`,
    ].join('\n');
  });
}

export async function runJudgeStage(
  config: JudgeConfig | undefined,
  records: ItemRecord[],
  _items: readonly DatasetItem[],
  deps: JudgeStageDeps,
): Promise<JudgeStageResult> {
  if (!config) return skippedJudge('no judge configured');
  const { log } = deps;
  const apiKey = deps.env[config.endpoint.apiKeyEnv];
  if ((apiKey === undefined || apiKey.trim() === '') && !isLocalEndpoint(config.endpoint.baseUrl)) {
    throw new UserError(
      `no API key for the judge: the environment variable ${config.endpoint.apiKeyEnv} is not set or empty`,
      {
        key: 'judge.api-key-env',
        fix: `Set ${config.endpoint.apiKeyEnv} (in GitHub Actions, from a secret), or name another variable in judge.api-key-env.`,
      },
    );
  }
  const priceOf = (model: string): Price => {
    const match = findPrice(config.prices, model);
    if (!match) {
      throw new UserError(`no price is known for the judge model "${model}".`, {
        key: 'judge.prices',
        fix: 'Add it under judge.prices (USD per million tokens).',
      });
    }
    return match.price;
  };
  const models = config.models;
  const metrics = config.metrics;
  const warnings: string[] = [];

  // What the judge sees of each item.
  const prompts = promptsOf(records);
  const contents: (JudgedContent | null)[] = records.map((record, index) =>
    record.output === null || record.error
      ? null
      : { id: record.id, prompt: prompts[index]!, response: record.output, reference: record.expectedOutput },
  );

  // The other answers, for pairwise.
  let others: Map<string, string> | undefined;
  let pairwiseUnavailable: string | undefined;
  if (config.pairwise) {
    others = new Map();
    if (config.pairwise.against === 'baseline') {
      if (!deps.baseline) pairwiseUnavailable = 'there is no baseline to compare with yet';
      for (const item of deps.baseline?.items ?? []) {
        if (!item.error && item.output !== null && !others.has(item.id)) others.set(item.id, item.output);
      }
    } else if (config.pairwise.referencePath) {
      const table = await loadResponses(
        {
          path: config.pairwise.referencePath,
          format: 'jsonl',
          fields: { id: 'id', response: 'response' },
          onDuplicate: 'error',
        },
        path.dirname(config.pairwise.referencePath),
      );
      for (const [id, entry] of table.responses) if (entry.response !== null) others.set(id, entry.response);
    }
  }

  // Expected cost per item, for the budget cap of the sample.
  const averageLength = (values: number[]) =>
    values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : 0;
  const hasReference = records.some((record) => record.expectedOutput !== undefined);
  const blank: JudgedContent = { id: '', prompt: '', response: '', reference: hasReference ? '' : undefined };
  const avgContent = averageLength(
    records.map(
      (record, index) =>
        prompts[index]!.length + (record.output ?? '').length + (record.expectedOutput ?? '').length,
    ),
  );
  const avgPair = averageLength(
    records.map((record, index) => prompts[index]!.length + 2 * (record.output ?? '').length),
  );
  let expectedPerItem = 0;
  for (const model of models) {
    const price = priceOf(model);
    for (const metric of metrics) {
      const overhead = messageCharacters(pointwiseMessages(metric, blank));
      expectedPerItem += usd(
        {
          prompt: Math.ceil((overhead + avgContent) / 4),
          completion: Math.min(config.expectedOutputTokens, config.endpoint.maxTokens),
        },
        price,
      );
    }
    if (config.pairwise) {
      const overhead = messageCharacters(pairwiseMessages(config.pairwise.criterion, '', '', ''));
      expectedPerItem +=
        2 *
        usd(
          {
            prompt: Math.ceil((overhead + avgPair) / 4),
            completion: Math.min(config.expectedOutputTokens, config.endpoint.maxTokens),
          },
          price,
        );
    }
  }
  const budgetCap = expectedPerItem > 0 ? Math.floor(config.budgetUsd / expectedPerItem) : records.length;
  const selection = selectForJudge(records, config.sampling, { budgetCap, specs: deps.specs ?? [] });
  const minWanted = Math.min(config.sampling.minSample, records.length);
  const belowMinimum = selection.budgetLimited && selection.sample.length < minWanted;

  // Plan every call, item by item (so that a budget stop leaves whole items unjudged where it can).
  const tasks: Task[] = [];
  const selected = [...selection.sample, ...selection.failed];
  const pairOf = new Map<number, { other: string | undefined; identical: boolean }>();
  for (const index of selected) {
    const content = contents[index];
    if (!content) continue;
    for (const metric of metrics) {
      for (const model of models) {
        tasks.push({ kind: 'point', index, metric, model, messages: pointwiseMessages(metric, content) });
      }
    }
    if (config.pairwise && others) {
      const other = others.get(records[index]!.id);
      const identical = other !== undefined && other.trim() === content.response.trim();
      pairOf.set(index, { other, identical });
      if (other === undefined || identical) continue;
      for (const model of models) {
        tasks.push({
          kind: 'pair',
          index,
          model,
          order: 'candidate-first',
          messages: pairwiseMessages(
            config.pairwise.criterion,
            content.prompt,
            content.response,
            other,
            content.reference,
          ),
        });
        tasks.push({
          kind: 'pair',
          index,
          model,
          order: 'other-first',
          messages: pairwiseMessages(
            config.pairwise.criterion,
            content.prompt,
            other,
            content.response,
            content.reference,
          ),
        });
      }
    }
  }

  // The estimate, before any call: a range that the spend falls in.
  // - low: every call answered once with the shortest usable answer, prompts at 5 bytes a token (dense English);
  // - expected: every call answered once, prompts at 4 bytes a token, answers of expected-output-tokens (never
  //   more than max-tokens);
  // - worst case: every call asked twice (the re-ask after an unusable answer), prompts at the budget's bound
  //   (one token per UTF-8 byte plus framing), answers of max-tokens; never above the budget, which is hard.
  const tokenBound = new PromptTokenBound();
  const expectedOutput = Math.min(config.expectedOutputTokens, config.endpoint.maxTokens);
  const minOutput = Math.min(MIN_ANSWER_TOKENS, config.endpoint.maxTokens);
  let promptTokens = 0;
  let lowUsd = 0;
  let expectedUsd = 0;
  let worstUsd = 0;
  for (const task of tasks) {
    const price = priceOf(task.model);
    const bytes = messageBytes(task.messages);
    const tokens = Math.ceil(bytes / 4);
    promptTokens += tokens;
    lowUsd += usd({ prompt: Math.ceil(bytes / 5), completion: minOutput }, price);
    expectedUsd += usd({ prompt: tokens, completion: expectedOutput }, price);
    const reask = withCorrection(task.messages, 'x'.repeat(REASK_PROBLEM_BYTES));
    worstUsd +=
      usd({ prompt: tokenBound.bound(task.messages), completion: config.endpoint.maxTokens }, price) +
      usd({ prompt: tokenBound.bound(reask), completion: config.endpoint.maxTokens }, price);
  }
  const worstCaseUsd = Math.min(worstUsd, config.budgetUsd);
  expectedUsd = Math.min(expectedUsd, worstCaseUsd);
  lowUsd = Math.min(lowUsd, expectedUsd);
  const estimate: JudgeEstimate = {
    calls: tasks.length,
    promptTokens,
    outputTokens: tasks.length * expectedOutput,
    lowUsd,
    expectedUsd,
    worstCaseUsd,
    perItemUsd: expectedPerItem,
    prices: models.map((model) => {
      const match = findPrice(config.prices, model)!;
      return { model, key: match.key, input: match.price.input, output: match.price.output };
    }),
  };
  const sampledErrors = selection.sample.filter((index) => !contents[index]).length;
  log(
    `judge: ${selection.sample.length} of ${records.length} items sampled (rate ${percent(config.sampling.rate)}, min ${config.sampling.minSample}, seed "${config.sampling.seed}"${
      selection.budgetLimited ? `; the budget allows ${selection.budgetCap}` : ''
    }${selection.failed.length > 0 ? `; plus ${selection.failed.length} failed items` : ''}), ${tasks.length} calls to ${models.join(', ')}: estimated ${dollars(
      expectedUsd,
    )} (range ${dollars(lowUsd)} to ${dollars(worstCaseUsd)} worst case), budget ${dollars(config.budgetUsd)}`,
  );

  // Judge.
  const budget = new JudgeBudget(config.budgetUsd);
  const ownCache = deps.cache === undefined;
  const cache =
    deps.cache ??
    createLocalResponseCache(
      { mode: deps.cacheConfig.mode, dir: path.join(deps.cacheConfig.dir, 'judge') },
      { log },
    );
  const client = createJudgeClient(config.endpoint, {
    apiKey,
    cache,
    budget,
    priceOf,
    retry: deps.retry,
    random: deps.random,
    fetch: deps.fetch,
  });
  const pointVerdicts = new Map<number, Map<string, JudgeVerdict[]>>();
  const pairVerdicts = new Map<number, PairwiseOrderVerdict[]>();
  const pairBudget = new Set<number>();
  const itemCost = new Map<number, number>();
  const progress = new ProgressReporter({
    total: tasks.length,
    label: 'judge',
    log,
    intervalMs: deps.progressIntervalMs,
  }).start();
  try {
    await runPool(tasks.values(), Math.max(2, config.endpoint.concurrency * 2), async (task) => {
      if (task.kind === 'point') {
        const outcome = await judgePoint(client, task.metric, task.model, task.messages);
        itemCost.set(task.index, (itemCost.get(task.index) ?? 0) + outcome.costUsd);
        progress.item(outcome.verdict?.error !== undefined, outcome.verdict?.cached === true);
        if (!outcome.verdict) return; // budget: no call made
        const byMetric = pointVerdicts.get(task.index) ?? new Map<string, JudgeVerdict[]>();
        pointVerdicts.set(task.index, byMetric);
        const list = byMetric.get(task.metric.name) ?? [];
        list.push(outcome.verdict);
        byMetric.set(task.metric.name, list);
      } else {
        const outcome = await judgePair(client, task.model, task.order, task.messages);
        itemCost.set(task.index, (itemCost.get(task.index) ?? 0) + outcome.costUsd);
        progress.item(outcome.verdict?.error !== undefined, outcome.verdict?.cached === true);
        if (!outcome.verdict) {
          pairBudget.add(task.index);
          return;
        }
        const list = pairVerdicts.get(task.index) ?? [];
        list.push(outcome.verdict);
        pairVerdicts.set(task.index, list);
      }
    });
  } finally {
    progress.finish();
    if (ownCache) await cache.close();
  }

  // Record per item.
  const sampleSet = new Set(selection.sample);
  const judgedOf = new Map<number, ItemJudgement>();
  for (const index of selected) {
    const record = records[index]!;
    const inSample = sampleSet.has(index);
    const judgement: ItemJudgement = {
      selection: inSample ? 'sample' : 'failed',
      metrics: {},
      costUsd: itemCost.get(index) ?? 0,
    };
    for (const metric of metrics) {
      let judged: JudgedMetric;
      if (!contents[index]) {
        judged = { status: 'model_error', verdicts: [] };
        if (metric.onModelError === 'fail') judged.score = metric.higherIsBetter ? 0 : 1;
      } else {
        const verdicts = pointVerdicts.get(index)?.get(metric.name) ?? [];
        // Keep the panel's order stable in the record.
        verdicts.sort((a, b) => models.indexOf(a.model) - models.indexOf(b.model));
        judged = combineVerdicts(metric, verdicts, config.aggregate);
      }
      judgement.metrics[metric.name] = judged;
      if (inSample && judged.score !== undefined) record.scores[metric.scoreName] = judged.score;
    }
    if (config.pairwise) {
      const pair = pairwiseResult(
        contents[index] !== null,
        pairOf.get(index),
        pairVerdicts.get(index) ?? [],
        pairBudget.has(index),
        models,
      );
      judgement.pairwise = pair;
      // Identical answers are ties known without the judge: reported apart, never in the win rate's n.
      if (inSample && pair.outcome !== undefined && pair.status !== 'identical') {
        record.scores[PAIRWISE_SPECS.win.name] = pair.outcome === 'candidate' ? 1 : 0;
        record.scores[PAIRWISE_SPECS.loss.name] = pair.outcome === 'other' ? 1 : 0;
        record.scores[PAIRWISE_SPECS.tie.name] = pair.outcome === 'tie' ? 1 : 0;
      }
    }
    record.judge = judgement;
    judgedOf.set(index, judgement);
  }

  // Per metric: counts, N/A and error shares, per category; what is inconclusive; the worst cases.
  const advice = emptyAdvice();
  const categories = [...new Set(records.map((record) => record.category))].sort();
  const inconclusiveReasons: string[] = [];
  if (belowMinimum) {
    inconclusiveReasons.push(
      `the budget of ${dollars(config.budgetUsd)} allows only ${selection.sample.length} items at about ${dollars(expectedPerItem)} each, fewer than min-sample ${minWanted}`,
    );
  }
  const metricReports: JudgeMetricReport[] = [];
  for (const metric of metrics) {
    const aggregateName = judgeAggregateName(metric);
    const counts = (indices: number[]) => {
      const tally = { planned: 0, scored: 0, na: 0, errors: 0, budget: 0, modelErrors: 0 };
      for (const index of indices) {
        const judged = judgedOf.get(index)?.metrics[metric.name];
        if (!judged) continue;
        if (judged.status === 'model_error') {
          tally.modelErrors++;
          continue;
        }
        tally.planned++;
        if (judged.status === 'scored') tally.scored++;
        else if (judged.status === 'na') tally.na++;
        else if (judged.status === 'error') tally.errors++;
        else tally.budget++;
      }
      return tally;
    };
    const judge = (tally: ReturnType<typeof counts>, where: string): string[] => {
      const reasons: string[] = [];
      if (tally.planned > 0) {
        const missing = tally.errors + tally.budget;
        if (missing / tally.planned > config.maxErrorRate) {
          reasons.push(
            `${where}${tally.errors} judge error${tally.errors === 1 ? '' : 's'}${tally.budget > 0 ? ` and ${tally.budget} unjudged for budget` : ''} of ${tally.planned} (${percent(
              missing / tally.planned,
            )} > max-error-rate ${percent(config.maxErrorRate)})`,
          );
        }
        const answered = tally.scored + tally.na;
        if (answered > 0 && tally.na / answered > config.maxNaRate) {
          reasons.push(
            `${where}${percent(tally.na / answered)} N/A (> max-na-rate ${percent(config.maxNaRate)})`,
          );
        }
      }
      if (tally.scored === 0 && tally.modelErrors === 0) reasons.push(`${where}no item was scored`);
      return reasons;
    };
    const overall = counts(selection.sample);
    const reasons = judge(overall, '');
    if (belowMinimum)
      reasons.push(`sample cut to ${selection.sample.length} by the budget (min-sample ${minWanted})`);
    const status = reasons.length > 0 ? 'inconclusive' : 'ok';
    if (status === 'inconclusive') {
      advice.inconclusiveMetrics.add(aggregateName);
      for (const category of categories) advice.inconclusiveMetrics.add(`${aggregateName}@${category}`);
      inconclusiveReasons.push(`${metric.displayName}: ${reasons.join('; ')}`);
    }
    const perCategory: JudgeMetricCategoryReport[] = categories.map((category) => {
      const indices = selection.sample.filter((index) => records[index]!.category === category);
      const tally = counts(indices);
      const categoryReasons = judge(tally, '');
      const inconclusive = status === 'inconclusive' || categoryReasons.length > 0;
      if (inconclusive) advice.inconclusiveMetrics.add(`${aggregateName}@${category}`);
      addWorstCase(
        advice,
        `${aggregateName}@${category}`,
        metric,
        records,
        indices,
        tally.errors + tally.budget,
      );
      return {
        category,
        scored: tally.scored,
        na: tally.na,
        errors: tally.errors,
        budget: tally.budget,
        inconclusive,
      };
    });
    const worst = addWorstCase(
      advice,
      aggregateName,
      metric,
      records,
      selection.sample,
      overall.errors + overall.budget,
    );
    const answered = overall.scored + overall.na;
    const naRate = answered > 0 ? overall.na / answered : null;
    if (naRate !== null && naRate > NA_WARNING_SHARE) {
      warnings.push(
        `judge metric ${metric.displayName}: ${percent(naRate)} of the judged items are N/A (above 60%): the metric may be too narrow for this dataset.`,
      );
    }
    metricReports.push({
      name: metric.name,
      displayName: metric.displayName,
      source: metric.source,
      scoreName: metric.scoreName,
      aggregateName,
      kind: metric.kind,
      higherIsBetter: metric.higherIsBetter,
      scale: describeScale(metric),
      planned: overall.planned,
      scored: overall.scored,
      na: overall.na,
      naRate,
      errors: overall.errors,
      errorRate: overall.planned > 0 ? (overall.errors + overall.budget) / overall.planned : null,
      budget: overall.budget,
      modelErrors: overall.modelErrors,
      status,
      reasons,
      ...(worst !== undefined ? { worstCase: worst } : {}),
      perCategory,
    });
  }

  // Pairwise summary.
  let pairwise: PairwiseReport | undefined;
  if (config.pairwise) {
    pairwise = pairwiseSummary(
      config,
      records,
      selection.sample,
      judgedOf,
      advice,
      categories,
      pairwiseUnavailable,
      belowMinimum,
    );
    if (pairwise.status === 'inconclusive')
      inconclusiveReasons.push(`pairwise: ${pairwise.reasons.join('; ')}`);
  }

  // Panel agreement.
  let panel: JudgeReport['panel'];
  if (models.length > 1) {
    const agreement: PanelAgreement[] = [];
    const disagreements: PanelDisagreement[] = [];
    for (const metric of metrics) {
      const judgedItems = selected
        .map((index) => ({ id: records[index]!.id, judged: judgedOf.get(index)?.metrics[metric.name] }))
        .filter(
          (entry): entry is { id: string; judged: JudgedMetric } =>
            entry.judged !== undefined && entry.judged.status !== 'model_error',
        );
      const result = panelAgreement(metric, models, judgedItems);
      agreement.push(result.agreement);
      disagreements.push(...result.disagreements);
    }
    disagreements.sort((a, b) => b.spread - a.spread);
    panel = {
      models: [...models],
      aggregate: config.aggregate,
      agreement,
      disagreements: disagreements.slice(0, MAX_DISAGREEMENTS),
    };
    for (const entry of agreement) {
      const failing = entry.memberErrors.filter((member) => member.errors > 0);
      if (failing.length > 0) {
        warnings.push(
          `panel judges gave no usable answer on ${entry.metric}: ${failing
            .map((member) => `${member.model} ${member.errors} time${member.errors === 1 ? '' : 's'}`)
            .join(
              ', ',
            )} (those items were scored by the other judges, or are judge errors when none answered).`,
        );
      }
      if (entry.units < MIN_AGREEMENT_UNITS) {
        warnings.push(
          `the judges' agreement on ${entry.metric} rests on ${entry.units} item${entry.units === 1 ? '' : 's'} rated by two judges or more (fewer than ${MIN_AGREEMENT_UNITS}): alpha${models.length === 2 ? ' and kappa are' : ' is'} not reliable.`,
        );
      }
      if (entry.alpha !== null && entry.alpha < 0.667) {
        warnings.push(
          `the judges agree poorly on ${entry.metric} (Krippendorff's alpha ${entry.alpha.toFixed(2)} < 0.667): its scores are not reliable.`,
        );
      }
    }
  }

  // Low-score alerts.
  const alerts: JudgeAlert[] = [];
  for (const index of selected) {
    const judgement = judgedOf.get(index);
    if (!judgement) continue;
    for (const metric of metrics) {
      const judged = judgement.metrics[metric.name];
      if (!judged || judged.status !== 'scored' || typeof judged.score !== 'number' || metric.neutral)
        continue;
      const low = metric.higherIsBetter ? judged.score < config.alertBelow : judged.score >= 0.5;
      if (!low) continue;
      const usable = judged.verdicts.filter(
        (verdict) => !verdict.error && !verdict.na && verdict.normalized !== null,
      );
      const pick = usable.sort((a, b) =>
        metric.higherIsBetter ? a.normalized! - b.normalized! : b.normalized! - a.normalized!,
      )[0];
      alerts.push({
        id: records[index]!.id,
        category: records[index]!.category,
        metric: metric.displayName,
        raw: judged.raw ?? null,
        normalized: judged.score,
        reasoning: pick?.reasoning ?? '',
        model: pick?.model ?? '',
      });
    }
  }
  alerts.sort((a, b) => a.normalized - b.normalized || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  // Spend.
  const stats = client.stats;
  const unjudgedForBudget = selection.sample.filter((index) => {
    const judgement = judgedOf.get(index);
    if (!judgement || !contents[index]) return false;
    return (
      Object.values(judgement.metrics).some((judged) => judged.status === 'budget') ||
      judgement.pairwise?.status === 'budget'
    );
  }).length;
  const spend = {
    usd: budget.spentUsd,
    budgetUsd: config.budgetUsd,
    requests: stats.requests,
    calls: stats.calls,
    cachedCalls: stats.cachedCalls,
    promptTokens: stats.promptTokens,
    completionTokens: stats.completionTokens,
    retries: stats.retries,
    rateLimited: stats.rateLimited,
    timeouts: stats.timeouts,
    unjudgedForBudget,
    budgetExhausted: budget.exhausted,
    structuredFallbacks: stats.structuredFallbacks,
  };
  if (budget.exhausted) {
    warnings.push(
      `the judge budget of ${dollars(config.budgetUsd)} ran out: ${unjudgedForBudget} sampled item${unjudgedForBudget === 1 ? '' : 's'} went (partly) unjudged.`,
    );
  }
  if (budget.overrunUsd > 0) {
    warnings.push(
      `judge calls cost ${dollars(budget.overrunUsd)} more than their reserved worst case (the token bound was too low).`,
    );
  }
  const totalErrors = metricReports.reduce((sum, metric) => sum + metric.errors, 0) + (pairwise?.errors ?? 0);
  if (totalErrors > 0) {
    warnings.push(
      `the judge gave no usable answer ${totalErrors} time${totalErrors === 1 ? '' : 's'} (after retries): those items count as judge errors, never as scores.`,
    );
  }
  if (client.circuitOpen !== undefined) warnings.push(`${client.circuitOpen}.`);
  if (stats.structuredFallbacks > 0) {
    warnings.push(
      'the judge endpoint rejected strict JSON-schema output: answers were parsed and validated instead.',
    );
  }
  if (sampledErrors > 0) {
    warnings.push(
      `${sampledErrors} sampled item${sampledErrors === 1 ? ' has' : 's have'} no model answer and were not sent to the judge.`,
    );
  }

  const status = inconclusiveReasons.length > 0 ? 'inconclusive' : 'completed';
  const report: JudgeReport = {
    status,
    identity: {
      models: [...models],
      baseUrl: config.endpoint.baseUrl,
      temperature: config.endpoint.temperature,
      seed: config.endpoint.seed,
      rubricHash: stableHash({ PROMPT_VERSION, metrics, pairwise: config.pairwise?.criterion ?? null }),
      promptVersion: PROMPT_VERSION,
      sampleSeed: config.sampling.seed,
      aggregate: config.aggregate,
    },
    sample: {
      population: records.length,
      wanted: selection.wanted,
      size: selection.sample.length,
      rate: config.sampling.rate,
      minSample: config.sampling.minSample,
      seed: config.sampling.seed,
      judgeAll: config.sampling.judgeAll,
      budgetCap: selection.budgetCap,
      budgetLimited: selection.budgetLimited,
      allocation: selection.allocation,
      extraFailed: selection.failed.length,
      modelErrors: sampledErrors,
    },
    estimate,
    spend,
    metrics: metricReports,
    ...(panel ? { panel } : {}),
    ...(pairwise ? { pairwise } : {}),
    alerts: alerts.slice(0, MAX_ALERTS),
    inconclusiveReasons,
    warnings,
  };
  const memberErrors = (panel?.agreement ?? []).reduce(
    (sum, entry) => sum + entry.memberErrors.reduce((total, member) => total + member.errors, 0),
    0,
  );
  log(
    `judge: spent ${dollars(spend.usd)} of ${dollars(config.budgetUsd)} on ${spend.requests} requests (${spend.cachedCalls} cached answers); ${totalErrors} judge errors${
      panel ? `, ${memberErrors} panel member errors` : ''
    }, ${unjudgedForBudget} items unjudged for budget; ${status.toUpperCase()}`,
  );
  return { report, inconclusiveMetrics: advice.inconclusiveMetrics, advice };
}

/**
 * The value of a judge aggregate if every judge error and budget gap among `indices` scored 0 or 1; returns the
 * one that is worse for the metric (undefined when nothing is missing).
 */
function addWorstCase(
  advice: JudgeGateAdvice,
  name: string,
  metric: { scoreName: string; higherIsBetter: boolean },
  records: readonly ItemRecord[],
  indices: readonly number[],
  missing: number,
): number | undefined {
  if (missing <= 0) return undefined;
  let sum = 0;
  let n = 0;
  for (const index of indices) {
    const value = records[index]!.scores[metric.scoreName];
    if (typeof value === 'number') {
      sum += value;
      n++;
    }
  }
  const low = sum / (n + missing);
  const high = (sum + missing) / (n + missing);
  advice.worstCase.set(name, { low, high, missing });
  return metric.higherIsBetter ? low : high;
}

interface Outcome<V> {
  verdict?: V;
  costUsd: number;
}

/** One pointwise verdict: the answer, asked again once if unusable; a second unusable answer is a judge error. */
async function judgePoint(
  client: JudgeClient,
  metric: JudgeMetricDefinition,
  model: string,
  messages: ChatMessage[],
): Promise<Outcome<JudgeVerdict>> {
  const request = {
    model,
    messages,
    schema: { name: schemaName(metric.name), schema: pointwiseSchema(metric) },
  };
  let attempts = 0;
  let costUsd = 0;
  let firstProblem: string | undefined;
  let reply = await client.send(request);
  for (let round = 1; ; round++) {
    attempts += reply.attempts;
    costUsd += reply.costUsd;
    if (reply.kind === 'budget') {
      // Budget ran out before the re-ask: the first answer was unusable, so this is an error, not a gap.
      if (firstProblem === undefined) return { costUsd };
      return {
        verdict: errorVerdict(
          model,
          `unusable answer (${firstProblem}); no budget left to ask again`,
          attempts,
        ),
        costUsd,
      };
    }
    if (reply.kind === 'error') {
      return {
        verdict: {
          model,
          raw: null,
          normalized: null,
          na: false,
          reasoning: '',
          error: reply.error,
          attempts,
          cached: false,
        },
        costUsd,
      };
    }
    const parsed = parsePointwise(metric, reply.content, reply.refusal);
    if (parsed.ok) {
      await reply.commit();
      return {
        verdict: {
          model,
          raw: parsed.raw,
          normalized: parsed.normalized,
          na: parsed.na,
          reasoning: parsed.reasoning,
          attempts,
          cached: reply.cached,
          structured: reply.structured,
        },
        costUsd,
      };
    }
    if (round >= 2) {
      return {
        verdict: errorVerdict(
          model,
          `unusable answer twice: ${firstProblem}; then ${parsed.problem}`,
          attempts,
        ),
        costUsd,
      };
    }
    firstProblem = parsed.problem;
    reply = await client.send({ ...request, messages: withCorrection(messages, parsed.problem) });
  }
}

function errorVerdict(model: string, message: string, attempts: number): JudgeVerdict {
  return {
    model,
    raw: null,
    normalized: null,
    na: false,
    reasoning: '',
    error: { stage: 'judge', kind: 'judge', message, attempts },
    attempts,
    cached: false,
  };
}

async function judgePair(
  client: JudgeClient,
  model: string,
  order: PairwiseOrderVerdict['order'],
  messages: ChatMessage[],
): Promise<Outcome<PairwiseOrderVerdict>> {
  const request = { model, messages, schema: { name: schemaName('pairwise'), schema: PAIRWISE_SCHEMA } };
  let attempts = 0;
  let costUsd = 0;
  let firstProblem: string | undefined;
  let reply = await client.send(request);
  const failed = (message: string): PairwiseOrderVerdict => ({
    model,
    order,
    winner: null,
    reasoning: '',
    error: { stage: 'judge', kind: 'judge', message, attempts },
    attempts,
    cached: false,
  });
  for (let round = 1; ; round++) {
    attempts += reply.attempts;
    costUsd += reply.costUsd;
    if (reply.kind === 'budget') {
      if (firstProblem === undefined) return { costUsd };
      return { verdict: failed(`unusable answer (${firstProblem}); no budget left to ask again`), costUsd };
    }
    if (reply.kind === 'error')
      return { verdict: { ...failed(reply.error.message), error: reply.error }, costUsd };
    const parsed = parsePairwise(reply.content, reply.refusal);
    if (parsed.ok) {
      await reply.commit();
      const first: PairwiseWinner = order === 'candidate-first' ? 'candidate' : 'other';
      const second: PairwiseWinner = order === 'candidate-first' ? 'other' : 'candidate';
      const winner: PairwiseWinner = parsed.winner === 'A' ? first : parsed.winner === 'B' ? second : 'tie';
      return {
        verdict: { model, order, winner, reasoning: parsed.reasoning, attempts, cached: reply.cached },
        costUsd,
      };
    }
    if (round >= 2)
      return { verdict: failed(`unusable answer twice: ${firstProblem}; then ${parsed.problem}`), costUsd };
    firstProblem = parsed.problem;
    reply = await client.send({ ...request, messages: withCorrection(messages, parsed.problem) });
  }
}

/**
 * One item's pairwise result: per judge, a win only when both orders agree (disagreeing orders are a tie,
 * counted as inconsistent); over the panel, the majority of the judges' results, a tied vote being a tie.
 */
function pairwiseResult(
  hasAnswer: boolean,
  pair: { other: string | undefined; identical: boolean } | undefined,
  verdicts: PairwiseOrderVerdict[],
  budgetHit: boolean,
  models: readonly string[],
): PairwiseItemResult {
  if (!hasAnswer) return { status: 'model_error', outcome: 'other', verdicts: [] };
  if (!pair || pair.other === undefined) return { status: 'no_other', verdicts: [] };
  if (pair.identical) return { status: 'identical', outcome: 'tie', verdicts: [] };
  verdicts.sort((a, b) => models.indexOf(a.model) - models.indexOf(b.model) || (a.order < b.order ? -1 : 1));
  const votes: PairwiseWinner[] = [];
  let inconsistent = false;
  let errors = 0;
  for (const model of models) {
    const mine = verdicts.filter((verdict) => verdict.model === model);
    const first = mine.find((verdict) => verdict.order === 'candidate-first');
    const second = mine.find((verdict) => verdict.order === 'other-first');
    if (!first || !second || first.winner === null || second.winner === null) {
      if (first?.error || second?.error) errors++;
      continue;
    }
    if (first.winner === second.winner) votes.push(first.winner);
    else {
      votes.push('tie');
      inconsistent = true;
    }
  }
  if (votes.length === 0) return { status: errors > 0 || !budgetHit ? 'error' : 'budget', verdicts };
  const tally = (winner: PairwiseWinner) => votes.filter((vote) => vote === winner).length;
  const wins = tally('candidate');
  const losses = tally('other');
  const outcome: PairwiseWinner =
    wins > losses && wins > tally('tie')
      ? 'candidate'
      : losses > wins && losses > tally('tie')
        ? 'other'
        : 'tie';
  return { status: 'judged', outcome, inconsistent, verdicts };
}

function pairwiseSummary(
  config: JudgeConfig,
  records: readonly ItemRecord[],
  sample: readonly number[],
  judgedOf: ReadonlyMap<number, ItemJudgement>,
  advice: JudgeGateAdvice,
  categories: readonly string[],
  unavailable: string | undefined,
  belowMinimum: boolean,
): PairwiseReport {
  const results = sample
    .map((index) => judgedOf.get(index)?.pairwise)
    .filter((r): r is PairwiseItemResult => r !== undefined);
  const count = (predicate: (result: PairwiseItemResult) => boolean) => results.filter(predicate).length;
  const decided = results.filter((result) => result.outcome !== undefined && result.status !== 'identical');
  const n = decided.length;
  const wins = decided.filter((result) => result.outcome === 'candidate').length;
  const losses = decided.filter((result) => result.outcome === 'other').length;
  const ties = n - wins - losses;
  const errors = count((result) => result.status === 'error');
  const budgetGaps = count((result) => result.status === 'budget');
  const noOther = count((result) => result.status === 'no_other');
  const identical = count((result) => result.status === 'identical');
  // The error-rate base: items the judge was asked about (identical answers needed no call).
  const planned = results.length - noOther - identical;
  const reasons: string[] = [];
  if (unavailable) reasons.push(unavailable);
  else if (planned === 0 && identical === 0)
    reasons.push('no sampled item has another answer to compare with');
  else if (planned === 0)
    reasons.push('every sampled answer is identical to the other one: nothing to judge');
  if (planned > 0 && (errors + budgetGaps) / planned > config.maxErrorRate) {
    reasons.push(
      `${errors} judge errors and ${budgetGaps} unjudged for budget of ${planned} (${percent((errors + budgetGaps) / planned)} > max-error-rate ${percent(config.maxErrorRate)})`,
    );
  }
  if (belowMinimum) reasons.push('the budget cut the sample below min-sample');
  const status = reasons.length > 0 ? 'inconclusive' : 'ok';
  for (const spec of Object.values(PAIRWISE_SPECS)) {
    const name = spec.aggregateName;
    if (status === 'inconclusive') {
      advice.inconclusiveMetrics.add(name);
      for (const category of categories) advice.inconclusiveMetrics.add(`${name}@${category}`);
    }
    const missingOf = (indices: readonly number[]) =>
      indices.filter((index) => {
        const status = judgedOf.get(index)?.pairwise?.status;
        return status === 'error' || status === 'budget';
      }).length;
    addWorstCase(
      advice,
      name,
      { scoreName: spec.name, higherIsBetter: spec.higherIsBetter },
      records,
      sample,
      missingOf(sample),
    );
    for (const category of categories) {
      const indices = sample.filter((index) => records[index]!.category === category);
      addWorstCase(
        advice,
        `${name}@${category}`,
        { scoreName: spec.name, higherIsBetter: spec.higherIsBetter },
        records,
        indices,
        missingOf(indices),
      );
    }
  }
  const interval = n > 0 ? wilsonInterval(wins, n, 0.95) : undefined;
  return {
    against: config.pairwise!.against,
    criterion: config.pairwise!.criterion,
    n,
    wins,
    losses,
    ties,
    inconsistent: decided.filter((result) => result.inconsistent === true).length,
    winRate: n > 0 ? wins / n : null,
    ...(interval
      ? { winInterval: { lower: interval.lower, upper: interval.upper, level: 0.95, method: 'wilson' } }
      : {}),
    tieRate: n > 0 ? ties / n : null,
    lossRate: n > 0 ? losses / n : null,
    identical,
    noOther,
    errors,
    budget: budgetGaps,
    status,
    reasons,
  };
}

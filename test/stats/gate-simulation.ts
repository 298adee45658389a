// Monte Carlo check of the regression gate through the real decision path: per-item records -> aggregate ->
// compareWithBaseline -> evaluateRegressionGate. Shared by test/stats/gate-simulation.test.ts (few trials, in
// CI) and bench/stats-simulation.ts (`npm run bench:stats`, the full table in BENCHMARKS.md).
import { performance } from 'node:perf_hooks';
import type { RegressionGate } from '../../src/core/config.js';
import type { BaselineRecord, LoadedBaseline } from '../../src/baseline/types.js';
import type { ItemRecord, MetricSpec } from '../../src/core/types.js';
import { compareWithBaseline } from '../../src/compare/compare.js';
import { evaluateRegressionGate } from '../../src/gates/regression.js';
import { aggregate } from '../../src/pipeline/aggregate.js';
import { createRng, normalCdf, normalQuantile, type Rng } from '../../src/stats/index.js';

export const ALPHA = 0.05;
export const POWER = 0.8;
/** Turns per scenario and intra-cluster correlation of the clustered families. */
const TURNS = 5;
const ICC = 0.3;

/** One simulated benchmark: per-item values of the baseline and the new run, and scenario ids if clustered. */
interface Sample {
  base: number[];
  next: number[];
  scenario?: string[];
}

export interface Family {
  name: string;
  spec: MetricSpec;
  /** The aggregate the regression gate decides on. */
  metric: string;
  /** True standard deviation of the mean difference over n items when nothing changed (design effect included). */
  sdOfMean(n: number): number;
  /** Draws n items whose true mean difference is `worseBy` in the worse direction (0 = unchanged). */
  draw(rng: Rng, n: number, worseBy: number): Sample;
}

function gaussian(rng: Rng): number {
  // Box–Muller; 1 − u keeps the logarithm finite.
  const u = 1 - rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}

function spec(name: string, kind: MetricSpec['kind'], higherIsBetter: boolean): MetricSpec {
  return { name, kind, higherIsBetter, description: name, onError: kind === 'binary' ? 'fail' : 'exclude' };
}

/**
 * Latency-like: both versions lognormal with log-sd σ, log-correlation 0.5 across versions on the same item
 * (items have a difficulty both versions see); the new version's values are scaled by (1 + worseBy/mean), so its
 * mean rises by exactly `worseBy` (lower is better). The per-item differences are heavy-tailed.
 */
function lognormal(sigma: number): Family {
  const rho = 0.5;
  const mean = Math.exp((sigma * sigma) / 2);
  const s2 = sigma * sigma;
  return {
    name: `lognormal σ=${sigma}`,
    spec: spec('latency_ms', 'continuous', false),
    metric: 'latency_ms_mean',
    // Var(new − base) = 2·Var(X) − 2·Cov(X, Y) for lognormals with log-correlation ρ.
    sdOfMean: (n) => Math.sqrt((2 * mean * mean * (Math.exp(s2) - Math.exp(rho * s2))) / n),
    draw(rng, n, worseBy) {
      const base: number[] = [];
      const next: number[] = [];
      const factor = 1 + worseBy / mean;
      for (let i = 0; i < n; i++) {
        const z = gaussian(rng);
        base.push(Math.exp(sigma * z));
        next.push(Math.exp(sigma * (rho * z + Math.sqrt(1 - rho * rho) * gaussian(rng))) * factor);
      }
      return { base, next };
    },
  };
}

/**
 * 1-5 judge scores with heavy ties: base ~ (5%, 10%, 20%, 35%, 30%); with probability 0.3 an item is re-drawn
 * for the new run from a mixture of that distribution and "1" (weight w sets the drop), otherwise it keeps its
 * score (70% or more ties). Drops are rare and large: the differences are skewed toward the worse side.
 */
function judgeScores(): Family {
  const weights = [0.05, 0.1, 0.2, 0.35, 0.3];
  const expected = weights.reduce((sum, w, i) => sum + w * (i + 1), 0);
  const second = weights.reduce((sum, w, i) => sum + w * (i + 1) ** 2, 0);
  const changed = 0.3;
  const score = (rng: Rng): number => {
    let u = rng.next();
    for (let i = 0; i < weights.length; i++) {
      u -= weights[i]!;
      if (u < 0) return i + 1;
    }
    return weights.length;
  };
  return {
    name: 'judge 1-5 (ties)',
    spec: spec('helpfulness', 'continuous', true),
    metric: 'helpfulness_mean',
    sdOfMean: (n) => Math.sqrt((changed * 2 * (second - expected * expected)) / n),
    draw(rng, n, worseBy) {
      const toOne = worseBy / (changed * (expected - 1));
      if (toOne > 1) throw new RangeError(`a drop of ${worseBy} is out of reach of this family`);
      const base: number[] = [];
      const next: number[] = [];
      for (let i = 0; i < n; i++) {
        const b = score(rng);
        base.push(b);
        if (rng.next() >= changed) next.push(b);
        else next.push(rng.next() < toOne ? 1 : score(rng));
      }
      return { base, next };
    },
  };
}

function scenarioIds(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `s${Math.floor(i / TURNS)}`);
}

/** Scores of multi-turn scenarios: d = −worseBy + u_scenario + e_turn with Var u = 0.3, Var e = 0.7. */
function clusteredScores(): Family {
  return {
    name: `clustered mean (${TURNS} turns, ICC ${ICC})`,
    spec: spec('score', 'continuous', true),
    metric: 'score_mean',
    sdOfMean: (n) => Math.sqrt((1 + (TURNS - 1) * ICC) / n),
    draw(rng, n, worseBy) {
      const base: number[] = [];
      const next: number[] = [];
      let shared = 0;
      for (let i = 0; i < n; i++) {
        if (i % TURNS === 0) shared = Math.sqrt(ICC) * gaussian(rng);
        const b = 3 + gaussian(rng);
        base.push(b);
        next.push(b - worseBy + shared + Math.sqrt(1 - ICC) * gaussian(rng));
      }
      return { base, next, scenario: scenarioIds(n) };
    },
  };
}

/**
 * Pass/fail turns of multi-turn scenarios: base rate 0.8, discordance 0.3; each turn copies its scenario's
 * (base, new) outcome with probability √ICC, otherwise draws its own, so any two turns correlate by ICC.
 */
function clusteredRate(): Family {
  const discordance = 0.3;
  const baseRate = 0.8;
  return {
    name: `clustered rate (${TURNS} turns, ICC ${ICC})`,
    spec: spec('task_success', 'binary', true),
    metric: 'task_success',
    sdOfMean: (n) => Math.sqrt((discordance * (1 + (TURNS - 1) * ICC)) / n),
    draw(rng, n, worseBy) {
      const pB = (discordance + worseBy) / 2;
      const pC = (discordance - worseBy) / 2;
      const pA = baseRate - pB;
      const outcome = (): [number, number] => {
        const u = rng.next();
        return u < pA ? [1, 1] : u < pA + pB ? [1, 0] : u < pA + pB + pC ? [0, 1] : [0, 0];
      };
      const base: number[] = [];
      const next: number[] = [];
      let shared: [number, number] = [1, 1];
      for (let i = 0; i < n; i++) {
        if (i % TURNS === 0) shared = outcome();
        const [b, c] = rng.next() < Math.sqrt(ICC) ? shared : outcome();
        base.push(b);
        next.push(c);
      }
      return { base, next, scenario: scenarioIds(n) };
    },
  };
}

export const FAMILIES: readonly Family[] = [
  lognormal(0.5),
  lognormal(1),
  judgeScores(),
  clusteredScores(),
  clusteredRate(),
];

/** Margin at which a z test has 80% power to PASS an unchanged model: (z_{1−α} + z_{0.8})·SD(mean). */
export function marginFor(family: Family, n: number): number {
  return (normalQuantile(1 - ALPHA) + normalQuantile(POWER)) * family.sdOfMean(n);
}

function records(family: Family, values: number[], scenario: string[] | undefined): ItemRecord[] {
  return values.map((value, i) => ({
    id: scenario ? `${scenario[i]}#${i % TURNS}` : `i${i}`,
    category: 'all',
    input: '',
    output: '',
    scores: { [family.spec.name]: value },
    source: { file: 'simulated', line: i + 1 },
    ...(scenario ? { scenarioId: scenario[i], turn: i % TURNS } : {}),
  }));
}

export interface TrialOutcome {
  status: 'pass' | 'fail' | 'inconclusive';
  method: string;
  mde: number;
  designEffect?: number;
  /** Wall and CPU time of compareWithBaseline alone, in ms. */
  compareMs: number;
  compareCpuMs: number;
}

/** One benchmark run compared with its baseline and judged by a blocking regression gate. */
export function runTrial(family: Family, sample: Sample, margin: number): TrialOutcome {
  const baseRecords = records(family, sample.base, sample.scenario);
  const newRecords = records(family, sample.next, sample.scenario);
  const options = { perCategory: false };
  const baseline: BaselineRecord = {
    kind: 'evalgate-baseline',
    schemaVersion: 1,
    evalgateVersion: 'simulation',
    name: 'simulation',
    createdAt: '2026-01-01T00:00:00.000Z',
    datasetHash: 'simulated',
    configHash: 'simulated',
    judge: null,
    metricSpecs: [family.spec],
    items: baseRecords.map((record) => ({
      id: record.id,
      category: record.category,
      scores: record.scores,
      outputHash: null,
      output: null,
      error: false,
    })),
    aggregates: aggregate(baseRecords, [family.spec], options),
  };
  const loaded: LoadedBaseline = { record: baseline, origin: 'simulated' };
  const gate: RegressionGate = {
    type: 'regression',
    name: 'no regression',
    metric: family.metric,
    margin,
    severity: 'blocking',
    onInconclusive: 'block',
  };
  const metrics = aggregate(newRecords, [family.spec], options);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const comparison = compareWithBaseline(loaded, newRecords, metrics, 'simulated', {
    gates: [gate],
    regression: { baselineDir: '.', alpha: ALPHA, requireSameDataset: true, requireBaseline: 'auto' },
    configFile: 'simulated.yml',
  });
  const compareCpu = process.cpuUsage(cpu);
  const compareMs = performance.now() - started;
  const result = evaluateRegressionGate(gate, metrics, comparison, newRecords, 0);
  const stat = comparison.rows.find((row) => row.metric === family.metric)?.stat;
  return {
    status: result.status === 'pass' ? 'pass' : result.status === 'fail' ? 'fail' : 'inconclusive',
    method: stat?.method ?? 'none',
    mde: stat?.mde ?? NaN,
    designEffect: stat?.designEffect,
    compareMs,
    compareCpuMs: (compareCpu.user + compareCpu.system) / 1000,
  };
}

export interface CellResult {
  family: string;
  n: number;
  trials: number;
  margin: number;
  /** PASS count and rate when the new version is worse by exactly the margin (the false PASS rate). */
  passAtMargin: number;
  /** FAIL count and rate when nothing changed (the false FAIL rate). */
  failAtZero: number;
  /** PASS rate when nothing changed, and the power the tool states for it from its own MDE. */
  passAtZero: number;
  statedPower: number;
  methods: string[];
  designEffect: number | null;
}

/** A seed per cell, so that a cell's result does not depend on which other cells run. */
function cellSeed(familyIndex: number, n: number, arm: number): number {
  return (20_261_202 + familyIndex * 1_000_003 + n * 7919 + arm * 104_729) >>> 0;
}

/**
 * Runs `trials` comparisons at Δ = −margin and `trials` at Δ = 0 for one family and one n (with
 * `arms: 'margin'` only the first; the Δ = 0 figures are then 0).
 */
export function runCell(
  familyIndex: number,
  n: number,
  trials: number,
  options: { arms?: 'both' | 'margin' } = {},
): CellResult {
  const family = FAMILIES[familyIndex]!;
  const margin = marginFor(family, n);
  const zAlpha = normalQuantile(1 - ALPHA);
  const zSum = zAlpha + normalQuantile(POWER);
  const methods = new Set<string>();
  let passAtMargin = 0;
  let failAtZero = 0;
  let passAtZero = 0;
  let stated = 0;
  let effects = 0;
  let effectCount = 0;
  const worse = createRng(cellSeed(familyIndex, n, 1));
  const same = createRng(cellSeed(familyIndex, n, 2));
  for (let trial = 0; trial < trials; trial++) {
    const drop = runTrial(family, family.draw(worse, n, margin), margin);
    if (drop.status === 'pass') passAtMargin++;
    methods.add(drop.method);
    if (options.arms === 'margin') continue;
    const unchanged = runTrial(family, family.draw(same, n, 0), margin);
    methods.add(unchanged.method);
    if (unchanged.status === 'fail') failAtZero++;
    if (unchanged.status === 'pass') passAtZero++;
    stated += Number.isFinite(unchanged.mde) ? normalCdf((zSum * margin) / unchanged.mde - zAlpha) : 0;
    if (unchanged.designEffect !== undefined && Number.isFinite(unchanged.designEffect)) {
      effects += unchanged.designEffect;
      effectCount++;
    }
  }
  return {
    family: family.name,
    n,
    trials,
    margin,
    passAtMargin: passAtMargin / trials,
    failAtZero: failAtZero / trials,
    passAtZero: passAtZero / trials,
    statedPower: stated / trials,
    methods: [...methods].sort(),
    designEffect: effectCount > 0 ? effects / effectCount : null,
  };
}

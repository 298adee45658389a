// Gates whose outcome is fixed before any item is scored: a threshold a rate (always within 0–1) always meets
// (`>= -0.5`, `error_rate <= 1.5`) or never can (`accuracy > 1`), or a regression margin of a whole rate or
// more. Such a gate is a config mistake: it would give a green check (or a red one) that says nothing.
import type { EvalgateConfig, GateConfig, GateOperator } from '../core/config.js';
import { UserError } from '../core/errors.js';
import type { MetricValue } from '../core/types.js';
import { meetsThreshold } from './evaluate.js';

/** The range a metric's value always lies in, when it is known. */
export type ValueRange = { lower: number; upper: number };

const RATE: ValueRange = { lower: 0, upper: 1 };

/** The value range of an aggregated metric of this kind: rates lie in [0, 1]. */
export function rangeOfKind(kind: MetricValue['kind'] | undefined): ValueRange | undefined {
  return kind === 'rate' ? RATE : undefined;
}

/** One UserError per gate that can never fail or never pass, naming the config line of the gate. */
export function checkGateSanity(
  config: Pick<EvalgateConfig, 'gates' | 'configFile'>,
  kindOf: (metric: string) => MetricValue['kind'] | undefined,
): UserError[] {
  const problems: UserError[] = [];
  config.gates.forEach((gate, index) => {
    const range = rangeOfKind(kindOf(gate.metric));
    if (!range) return;
    const problem =
      gate.type === 'threshold' ? thresholdProblem(gate.op, gate.threshold, range) : marginProblem(gate);
    if (!problem) return;
    problems.push(
      new UserError(`gate "${gate.name}": ${problem.message}`, {
        file: config.configFile,
        line: gate.line,
        key: `gates[${index}].${gate.type === 'threshold' ? 'threshold' : 'margin'}`,
        fix: problem.fix,
      }),
    );
  });
  return problems;
}

function thresholdProblem(
  op: GateOperator,
  threshold: number,
  range: ValueRange,
): { message: string; fix: string } | undefined {
  const atLower = meetsThreshold[op](range.lower, threshold);
  const atUpper = meetsThreshold[op](range.upper, threshold);
  // Each operator is monotone over the range, except `==`, which can only hold at a value inside it.
  const always = op !== '==' && atLower && atUpper;
  const never = op === '==' ? threshold < range.lower || threshold > range.upper : !atLower && !atUpper;
  const bounds = `the metric is a rate, always between ${range.lower} and ${range.upper}`;
  if (always) {
    return {
      message: `\`${op} ${threshold}\` can never fail: ${bounds}.`,
      fix: `Use a threshold inside (${range.lower}, ${range.upper}), e.g. \`>= 0.9\` for a success rate or \`<= 0.05\` for an error rate (0.9 is 90%).`,
    };
  }
  if (never) {
    return {
      message: `\`${op} ${threshold}\` can never pass: ${bounds}.`,
      fix: `Use a threshold inside [${range.lower}, ${range.upper}] (0.9 is 90%, not 90), or \`>= ${range.upper}\` to require every item.`,
    };
  }
  return undefined;
}

function marginProblem(
  gate: GateConfig & { type: 'regression' },
): { message: string; fix: string } | undefined {
  if (gate.margin < 1) return undefined;
  return {
    message: `margin ${gate.margin} can never fail: the metric is a rate, which cannot drop by ${gate.margin} or more.`,
    fix: 'Give the largest drop you accept as a fraction, e.g. `margin: 0.02` for 2 points.',
  };
}

// What the judge tells the gates, so that no missing or unusable judge answer can pass one:
// - a gate on an INCONCLUSIVE judge metric is inconclusive, and does what a failure would do (a blocking gate
//   blocks, a warning gate warns), whatever the measured value;
// - a threshold gate on a judge metric with some judge errors or budget gaps passes only if it would also pass
//   with all of them at the score that works against the gate (0 for `>=`, 1 for `<=`); otherwise it is
//   inconclusive, with the same effect; a regression gate that passed is inconclusive too (its paired comparison
//   left the missing items out), with the effect its `on-inconclusive` asks for. So a missing answer can never
//   be what lets a gate pass.
import { meetsThreshold } from '../gates/evaluate.js';
import type { GateResult } from '../core/gates.js';
import { formatMetricValue } from '../core/format.js';
import type { JudgeGateAdvice } from '../core/judge.js';

export function applyJudgeAdvice(result: GateResult, advice: JudgeGateAdvice | undefined): GateResult {
  if (!advice) return result;
  const gate = result.gate;
  const effect = gate.severity === 'blocking' ? 'block' : 'warn';
  const show = (value: number | null) =>
    value === null ? 'no value' : result.metric ? formatMetricValue(result.metric, value) : String(value);
  if (advice.inconclusiveMetrics.has(gate.metric)) {
    return {
      ...result,
      status: 'inconclusive',
      effect,
      explanation: `${gate.metric} is INCONCLUSIVE: the LLM judge could not establish it (too many judge errors, N/A answers or items unjudged for budget; see the judge section), so the gate cannot pass${
        result.metric
          ? ` (measured on what was judged: ${show(result.metric.value)}, n=${result.metric.n})`
          : ''
      }.`,
    };
  }
  const bounds = advice.worstCase.get(gate.metric);
  if (gate.type === 'threshold' && result.status === 'pass' && bounds) {
    // The extreme that works against this gate: the low one for `>`/`>=`, the high one for `<`/`<=`, both for `==`.
    const extremes =
      gate.op === '>' || gate.op === '>='
        ? [bounds.low]
        : gate.op === '<' || gate.op === '<='
          ? [bounds.high]
          : [bounds.low, bounds.high];
    const failing = extremes.find((value) => !meetsThreshold[gate.op](value, gate.threshold));
    if (failing !== undefined) {
      return {
        ...result,
        status: 'inconclusive',
        effect,
        explanation: `${result.explanation} But ${bounds.missing} sampled item${bounds.missing === 1 ? ' has' : 's have'} no usable judge answer (judge errors or budget): with ${
          bounds.missing === 1 ? 'it' : 'them'
        } at ${failing === bounds.low ? 'the lowest' : 'the highest'} score, ${gate.metric} would be ${show(failing)}, which fails ${gate.op} ${show(
          gate.threshold,
        )}; the gate cannot pass on missing answers.`,
      };
    }
  }
  if (gate.type === 'regression' && result.status === 'pass' && bounds) {
    // A paired comparison drops the missing items: it cannot tell whether they would have regressed.
    return {
      ...result,
      status: 'inconclusive',
      effect: gate.onInconclusive === 'pass' ? 'none' : gate.onInconclusive === 'warn' ? 'warn' : effect,
      explanation: `${result.explanation} But ${bounds.missing} sampled item${bounds.missing === 1 ? ' has' : 's have'} no usable judge answer (judge errors or budget), so the comparison cannot rule out a regression on ${
        bounds.missing === 1 ? 'it' : 'them'
      } (on-inconclusive: ${gate.onInconclusive}).`,
    };
  }
  return result;
}

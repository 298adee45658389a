import type { RegressionGate } from '../config/types.js';
import type { MetricsMap } from '../core/types.js';
import type { ComparisonReport } from '../compare/types.js';
import type { GateResult } from './types.js';

/** A regression gate: non-inferiority against the baseline, decided by the comparison stage. */
export function evaluateRegressionGate(
  gate: RegressionGate,
  metrics: MetricsMap,
  comparison: ComparisonReport,
): GateResult {
  const metric = metrics[gate.metric];
  if (comparison.status === 'skipped') {
    return {
      gate,
      status: 'pass',
      effect: 'none',
      metric,
      explanation: `not compared: ${comparison.reason ?? 'no baseline'}`,
      failingItems: [],
      failingCount: 0,
    };
  }
  const effect = gate.onInconclusive === 'block' ? 'block' : gate.onInconclusive === 'warn' ? 'warn' : 'none';
  return {
    gate,
    status: 'inconclusive',
    effect: gate.severity === 'warning' && effect === 'block' ? 'warn' : effect,
    metric,
    explanation: 'the statistical comparison with the baseline is not available in this version.',
    failingItems: [],
    failingCount: 0,
  };
}

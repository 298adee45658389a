import type { EvalgateConfig } from '../core/config.js';
import type { ItemRecord, MetricsMap } from '../core/types.js';
import type { ComparisonReport } from '../core/comparison.js';
import { evaluateThresholdGate } from './evaluate.js';
import { evaluateRegressionGate } from './regression.js';
import type { GateResult } from '../core/gates.js';
import { applyJudgeAdvice } from '../judge/gates.js';
import type { JudgeGateAdvice } from '../core/judge.js';

/** Stage 5: every configured gate, in config order. */
export function evaluateGates(
  config: EvalgateConfig,
  metrics: MetricsMap,
  records: readonly ItemRecord[],
  comparison: ComparisonReport,
  judge?: JudgeGateAdvice,
): GateResult[] {
  return config.gates.map((gate) =>
    applyJudgeAdvice(
      gate.type === 'threshold'
        ? evaluateThresholdGate(gate, metrics, records, config.report.maxFailingItems)
        : evaluateRegressionGate(gate, metrics, comparison, records, config.report.maxFailingItems),
      judge,
    ),
  );
}

// The check run's conclusion of a decision: what a CI host shows as the status of the commit.
import type { Decision } from '../core/types.js';
import type { Report } from '../core/report.js';

export type Conclusion = 'success' | 'failure' | 'neutral' | 'action_required';

/** DEPLOY -> success (neutral when a warning gate failed), BLOCK and ERROR -> failure. */
export function conclusionOf(report: Pick<Report, 'decision' | 'gates'>): Conclusion {
  return conclusionFor(
    report.decision,
    report.gates.some((gate) => gate.effect === 'warn'),
  );
}

export function conclusionFor(decision: Decision, warned: boolean): Conclusion {
  if (decision !== 'deploy') return 'failure';
  return warned ? 'neutral' : 'success';
}

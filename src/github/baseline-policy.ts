// Whether an accepted run may replace the baseline. Decided from the event and the inputs, before the
// evaluation runs: a pull request can never replace the baseline, whatever the inputs say.
import { PULL_REQUEST_EVENTS, type RunContext } from './context.js';

export type UpdateBaseline = 'auto' | 'always' | 'never';

export interface BaselinePolicy {
  write: boolean;
  /** One sentence for the log: why the baseline will (or will not) be written when the run is accepted. */
  reason: string;
}

const BASELINE_EVENTS = new Set(['push', 'schedule', 'workflow_dispatch']);

/**
 * - `never`: never.
 * - `auto`: a push, scheduled or manual run on the baseline branch.
 * - `always`: any push, scheduled or manual run, whatever its branch (a release branch keeping its own baseline).
 * Pull requests (and runs triggered by one) never; a run that could not read the baseline never either, because
 * it would replace a baseline it was not compared with.
 */
export function baselinePolicy(
  context: RunContext,
  update: UpdateBaseline,
  baselineBranch: string | undefined,
  lookupBlocked?: string,
): BaselinePolicy {
  const triggeredBy = context.triggeringRun?.event;
  if (PULL_REQUEST_EVENTS.has(context.eventName) || (triggeredBy && PULL_REQUEST_EVENTS.has(triggeredBy))) {
    return { write: false, reason: 'a pull request never replaces the baseline.' };
  }
  if (update === 'never') return { write: false, reason: 'update-baseline is never.' };
  if (lookupBlocked) {
    return {
      write: false,
      reason: `the stored baseline could not be read (${lookupBlocked}), so it is not replaced.`,
    };
  }
  const event = context.eventName === 'workflow_run' ? (triggeredBy ?? '') : context.eventName;
  if (!BASELINE_EVENTS.has(event)) {
    return {
      write: false,
      reason: `a ${event || 'local'} run does not replace the baseline (only push, schedule and workflow_dispatch).`,
    };
  }
  if (!context.branch) return { write: false, reason: 'this run is not on a branch.' };
  if (update === 'always')
    return { write: true, reason: `update-baseline is always (branch ${context.branch}).` };
  if (baselineBranch && context.branch === baselineBranch) {
    return { write: true, reason: `a ${event} run on the baseline branch ${baselineBranch}.` };
  }
  return {
    write: false,
    reason: `this run is on ${context.branch}, not on the baseline branch ${baselineBranch ?? '(unknown)'}.`,
  };
}

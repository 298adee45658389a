// `regression.require-baseline`: what a run with regression gates does when it has no usable baseline.
// A regression gate that could not compare never passes; this decides whether the run is only warned (a first
// run) or is an ERROR (exit 2): a baseline existed but cannot be read, or it pairs no item with this run.
import type { RequireBaseline } from '../core/config.js';
import type { BaselineLookupProblem } from './types.js';

export interface BaselineSituation {
  mode: RequireBaseline;
  /** Regression gates in the config: without any, nothing depends on the baseline. */
  regressionGates: number;
  /** Where the baseline was loaded from, or undefined when there is none. */
  origin?: string;
  /** Items paired with the baseline (when one was loaded). */
  paired: number;
  /** Set by the store when it could not give a baseline it has (or may have). */
  problem?: BaselineLookupProblem;
  /** This run stores the new baseline when accepted: an expired baseline is then re-established, not an error. */
  replacesBaseline: boolean;
}

export interface BaselineRequirement {
  /** true: the run ends as an ERROR (exit 2); false: a warning. */
  fatal: boolean;
  message: string;
  fix?: string;
}

const NEVER_FIX = 'Set regression.require-baseline: never to run the regression gates without a baseline.';

/** What the missing or unusable baseline does to this run; undefined when there is nothing to say. */
export function checkBaselineRequirement(situation: BaselineSituation): BaselineRequirement | undefined {
  if (situation.regressionGates === 0) return undefined;
  const gates = `${situation.regressionGates} regression gate${situation.regressionGates === 1 ? '' : 's'}`;
  let message: string;
  let fix: string | undefined;
  let existedBefore: boolean;
  if (situation.origin !== undefined) {
    if (situation.paired > 0) return undefined;
    existedBefore = true;
    message = `the baseline (${situation.origin}) shares no item id with this run, so the ${gates} compared nothing (the dataset was replaced or its ids changed).`;
    fix = `If the benchmark was replaced on purpose, run once on the baseline branch with regression.require-baseline: never so that the accepted run becomes the new baseline; otherwise restore the item ids.`;
  } else if (situation.problem) {
    existedBefore = true;
    message = `no usable baseline: ${situation.problem.message}; the ${gates} cannot compare anything.`;
    fix = situation.problem.fix;
    if (situation.problem.kind === 'expired' && situation.replacesBaseline && situation.mode !== 'always') {
      return {
        fatal: false,
        message: `${message} This run is on the baseline branch: if accepted, it re-establishes the baseline.`,
      };
    }
  } else {
    existedBefore = false;
    message = `no baseline yet: the ${gates} compared nothing on this first run. An accepted run on the baseline branch stores the baseline.`;
  }
  if (situation.mode === 'never') return { fatal: false, message: `${message} (require-baseline: never)` };
  if (situation.mode === 'always') {
    return {
      fatal: true,
      message: `${message} (require-baseline: always)`,
      fix:
        fix ??
        `Store a baseline first (an accepted run on the baseline branch), or set regression.require-baseline: auto.`,
    };
  }
  return existedBefore
    ? { fatal: true, message, fix: [fix, NEVER_FIX].filter(Boolean).join(' ') }
    : { fatal: false, message };
}

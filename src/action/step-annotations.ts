// Annotations through workflow commands (`::error file=...::`), for runs that cannot post a check run. The
// runner keeps only the first 10 errors and the first 10 warnings of a step and drops the rest, so the
// verdict goes first and the item annotations get only what is left of the budget.
import type { AnnotationProperties } from '@actions/core';
import type { Annotation } from '../report/annotations.js';
import type { Runner } from './runner.js';

export const STEP_ANNOTATION_LIMIT = 10;

export interface StepVerdict {
  level: 'error' | 'warning' | 'notice';
  message: string;
}

export interface StepAnnotations {
  verdict?: StepVerdict;
  /** Plain warnings of the run (publishing problems), shown before any item. */
  warnings: readonly string[];
  /** Item and gate annotations, used only when no check run carries them. */
  items: readonly Annotation[];
}

/** Emits verdict, warnings, then as many items as fit; returns how many items were left out. */
export function emitStepAnnotations(
  { core, log: runnerLog }: Runner,
  { verdict, warnings, items }: StepAnnotations,
): number {
  const used = { error: 0, warning: 0 };
  if (verdict) {
    core[verdict.level](verdict.message);
    if (verdict.level !== 'notice') used[verdict.level]++;
  }
  for (const warning of warnings) {
    runnerLog.warning(warning);
    used.warning++;
  }
  const failures = items.filter((annotation) => annotation.annotation_level === 'failure');
  const warned = items.filter((annotation) => annotation.annotation_level === 'warning');
  const failureRoom = Math.max(0, STEP_ANNOTATION_LIMIT - used.error);
  const warningRoom = Math.max(0, STEP_ANNOTATION_LIMIT - used.warning);
  for (const annotation of failures.slice(0, failureRoom))
    runnerLog.error(annotation.message, properties(annotation));
  for (const annotation of warned.slice(0, warningRoom))
    runnerLog.warning(annotation.message, properties(annotation));
  const left = Math.max(0, failures.length - failureRoom) + Math.max(0, warned.length - warningRoom);
  if (left > 0) {
    core.notice(
      `${left} more item annotations are not shown here (the runner keeps ${STEP_ANNOTATION_LIMIT} errors and ${STEP_ANNOTATION_LIMIT} warnings per step): see the report.`,
    );
  }
  return left;
}

function properties(annotation: Annotation): AnnotationProperties {
  return {
    title: annotation.title,
    file: annotation.path,
    startLine: annotation.start_line,
    endLine: annotation.end_line,
  };
}

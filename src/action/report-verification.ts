// What the publisher of the fork-safe setup can check before it turns a report written by a pull request's
// run (a fork's code may have written every byte of it) into a check run of the base repository. Every
// check compares the artifact with something trusted: the workflow_run event, and the config checked out
// from the base branch. A report that fails one is never published as it says.
import type { GateConfig } from '../core/config.js';
import type { LoadedConfig } from '../config/types.js';
import type { Decision } from '../core/types.js';
import type { TriggeringRun } from '../github/context.js';
import type { PublishContext } from '../github/publish-context.js';
import { effectOfFailure, meetsThreshold } from '../gates/evaluate.js';
import type { GateEffect } from '../core/gates.js';
import type { Report } from '../core/report.js';

export interface Expected {
  /** The config name from the base branch: the check name and the artifact name come from it. */
  configName: string;
  /** The evaluating workflow's file (`evals.yml`), from the publisher's input. */
  workflowFile?: string;
  triggering: TriggeringRun;
  /** The base branch's config, when it loads: its gates are the ones the report must have applied. */
  config?: LoadedConfig;
}

/** Problems with the triggering run itself, before any artifact is read. */
export function runProblems(expected: Expected): string[] {
  const problems: string[] = [];
  const { triggering } = expected;
  if (!expected.workflowFile) {
    problems.push(
      'the input `evaluating-workflow` is not set, so the publisher cannot check which workflow wrote the report: set it to the evaluating workflow file (e.g. evalgate-fork-evaluate.yml).',
    );
  } else if (triggering.path !== `.github/workflows/${expected.workflowFile}`) {
    problems.push(
      `the triggering run is of the workflow ${triggering.path ?? '(unknown)'}, not .github/workflows/${expected.workflowFile} (a pull request can add a workflow of the same name).`,
    );
  }
  return problems;
}

/** Problems with the report and the context file the evaluating run saved beside it. */
export function reportProblems(
  report: Report,
  saved: PublishContext | undefined,
  expected: Expected,
): string[] {
  const problems: string[] = [];
  const { triggering } = expected;
  if (report.name !== expected.configName)
    problems.push(`the report is for the config "${report.name}", not "${expected.configName}".`);
  if (!saved) {
    problems.push(
      'the artifact holds no readable evalgate-context.json (the run, attempt and commit it was made by).',
    );
  } else {
    if (saved.runId !== triggering.id)
      problems.push(
        `the report says it was made by run ${saved.runId}, not by the triggering run ${triggering.id}.`,
      );
    if (saved.runAttempt !== triggering.runAttempt)
      problems.push(
        `the report is of attempt ${saved.runAttempt}, not of the newest attempt ${triggering.runAttempt}.`,
      );
    if (saved.headSha !== triggering.headSha)
      problems.push(
        `the report is of commit ${short(saved.headSha)}, not of the evaluated commit ${short(triggering.headSha)}.`,
      );
    if (expected.workflowFile && saved.workflowFile !== expected.workflowFile)
      problems.push(
        `the report says it was made by the workflow ${saved.workflowFile ?? '(none)'}, not ${expected.workflowFile}.`,
      );
    if (saved.configName !== expected.configName)
      problems.push(
        `the report's context names the config "${saved.configName}", not "${expected.configName}".`,
      );
  }
  if (report.git?.sha && report.git.sha !== triggering.headSha)
    problems.push(
      `the report's commit ${short(report.git.sha)} is not the evaluated commit ${short(triggering.headSha)}.`,
    );
  problems.push(...decisionProblems(report, expected.config));
  return problems;
}

/**
 * The decision must follow from the gates: each gate's effect from its status and the base config's severity,
 * a threshold gate's status from its metric, and the decision from the effects. A gate of the base config
 * missing from the report (or one it does not have) is a problem too.
 */
export function decisionProblems(report: Report, config: LoadedConfig | undefined): string[] {
  const problems: string[] = [];
  const gates = Array.isArray(report.gates) ? report.gates : [];
  const trusted = new Map<string, GateConfig>((config?.gates ?? []).map((gate) => [gate.name, gate]));
  if (config) {
    const reported = new Set(gates.map((gate) => gate.gate?.name));
    for (const name of trusted.keys())
      if (!reported.has(name))
        problems.push(`the gate "${name}" of the base branch's config is not in the report.`);
  }
  let blocked = false;
  for (const result of gates) {
    const name = result.gate?.name ?? '(unnamed)';
    const gate = config ? trusted.get(name) : result.gate;
    if (!gate) {
      problems.push(`the report has a gate "${name}" that the base branch's config does not have.`);
      continue;
    }
    if (gate.type === 'threshold') {
      const value = report.metrics?.[gate.metric]?.value;
      const passes = typeof value === 'number' && meetsThreshold[gate.op](value, gate.threshold);
      if ((result.status === 'pass') !== passes)
        problems.push(
          `the gate "${name}" is ${result.status}, but ${gate.metric} = ${String(value)} ${passes ? 'meets' : 'does not meet'} ${gate.op} ${gate.threshold}.`,
        );
    }
    const effect = expectedEffect(gate, result.status);
    if (effect !== undefined && result.effect !== effect)
      problems.push(
        `the gate "${name}" is ${result.status} with effect ${result.effect}, but its severity gives ${effect}.`,
      );
    if ((effect ?? result.effect) === 'block') blocked = true;
  }
  const decision: Decision = report.error ? 'error' : blocked ? 'block' : 'deploy';
  if (decision !== report.decision)
    problems.push(
      `the report says ${report.decision.toUpperCase()}, but its gates give ${decision.toUpperCase()}.`,
    );
  if (report.decision === 'deploy' && gates.length === 0)
    problems.push('the report says DEPLOY with no gate applied.');
  return problems;
}

/** undefined when the effect cannot be told from the status alone (an inconclusive regression gate). */
function expectedEffect(gate: GateConfig, status: string): GateEffect | undefined {
  if (status === 'pass') return 'none';
  if (status === 'fail') return effectOfFailure(gate);
  if (status === 'inconclusive' && gate.type === 'regression') {
    if (gate.onInconclusive === 'pass') return 'none';
    if (gate.onInconclusive === 'warn') return 'warn';
    return effectOfFailure(gate);
  }
  return 'block';
}

function short(sha: string): string {
  return sha ? sha.slice(0, 7) : '(none)';
}

// Posting one report to a pull request and a commit: the sticky comment and the check run. Each is
// guarded: a missing permission or a fork's read-only token becomes a warning, never a failed step.
import * as core from '@actions/core';
import { buildAnnotations, repositoryPath, type Annotation } from '../github/annotations.js';
import { conclusionOf, publishCheckRun } from '../github/check-run.js';
import type { Octokit } from '../github/client.js';
import { runUrl, type RunContext } from '../github/context.js';
import { commentMarker, shouldCreateComment, upsertComment, type CommentMode } from '../github/comment.js';
import { CHECK_SUMMARY_LIMIT, checkRunTitle, renderBody, type BodyLinks } from '../github/comment-body.js';
import { guarded } from '../github/permissions.js';
import type { Report } from '../report/types.js';
import type { PublishMode } from './inputs.js';

export interface PublishTarget {
  owner: string;
  repo: string;
  serverUrl: string;
  /** The commit the check run goes on and source links point at. */
  headSha: string;
  pullRequest?: number;
  fromFork: boolean;
  /** Workflow of the evaluating run, part of the comment's marker. */
  workflow: string;
  /** Workspace of the evaluating run, to turn report paths into repository paths. */
  workspace: string;
  reportArtifactUrl?: string;
  jobSummaryUrl?: string;
  detailsUrl?: string;
}

/** The target of an evaluating run: its pull request (if any) and its head commit. */
export function publishTargetOf(context: RunContext, reportArtifactUrl?: string): PublishTarget {
  return {
    owner: context.owner,
    repo: context.repo,
    serverUrl: context.serverUrl,
    headSha: context.headSha,
    pullRequest: context.pullRequest?.number,
    fromFork: context.pullRequest?.fromFork ?? false,
    workflow: context.workflowFile ?? context.workflowName,
    workspace: context.workspace,
    reportArtifactUrl,
    jobSummaryUrl: runUrl(context),
    detailsUrl: runUrl(context),
  };
}

export interface PublishSettings {
  comment: CommentMode;
  checkRun: PublishMode;
  checkName: string;
}

export interface PublishOutcome {
  commentUrl?: string;
  checkRunId?: number;
  warnings: string[];
  notes: string[];
}

export async function publishResults(
  octokit: Octokit | undefined,
  report: Report,
  target: PublishTarget,
  settings: PublishSettings,
): Promise<PublishOutcome> {
  const outcome: PublishOutcome = { warnings: [], notes: [] };
  const links = linksFor(target);
  const wantsComment = settings.comment !== 'never' && target.pullRequest !== undefined;
  const wantsCheck = settings.checkRun !== 'never' && target.headSha !== '';
  if (!wantsComment && !wantsCheck) return outcome;
  if (!octokit) {
    outcome.warnings.push(
      'No github-token: evalgate posts no comment or check run; the report is in the job summary.',
    );
    return outcome;
  }
  // A fork's pull_request token is read-only: in auto mode, do not even try.
  const skipFork = (mode: string) => target.fromFork && mode === 'auto';
  if (
    target.fromFork &&
    ((wantsComment && skipFork(settings.comment)) || (wantsCheck && skipFork(settings.checkRun)))
  ) {
    outcome.warnings.push(
      'This pull request comes from a fork: its token is read-only, so evalgate posts no comment or check run here; the report is in the job summary. To publish them, add the workflow_run publisher of the two-workflow setup.',
    );
  }

  if (wantsComment && !skipFork(settings.comment)) {
    await postComment(octokit, target, outcome, {
      marker: commentMarker(target.workflow, report.name),
      body: (marker) => renderBody(report, { marker, links }),
      create: shouldCreateComment(settings.comment, report.decision),
    });
  }

  if (wantsCheck && !skipFork(settings.checkRun)) {
    await postCheckRun(octokit, target, outcome, {
      name: settings.checkName.replace(/\{name\}/g, report.name),
      title: checkRunTitle(report),
      summary: renderBody(report, { links, maxLength: CHECK_SUMMARY_LIMIT, headingLevel: 2 }),
      conclusion: conclusionOf(report),
      annotations: buildAnnotations(report, target.workspace),
      externalId: report.name,
    });
  }
  // No check run (a fork, a missing permission): workflow-command annotations need no permission, but the
  // runner keeps only 10 per type and step, so the first failures go there and the rest are counted.
  if (wantsCheck && outcome.checkRunId === undefined) {
    annotateWithoutPermission(buildAnnotations(report, target.workspace));
  }
  return outcome;
}

/** Upserts the sticky comment, guarded, and records its URL, a note, or the warning in `outcome`. */
export async function postComment(
  octokit: Octokit,
  target: PublishTarget,
  outcome: PublishOutcome,
  comment: { marker: string; body: (marker: string) => string; create: boolean; skippedNote?: string },
): Promise<void> {
  const result = await guarded(
    'update the pull request comment',
    'pull-requests: write',
    target.fromFork,
    () =>
      upsertComment({
        octokit,
        owner: target.owner,
        repo: target.repo,
        issueNumber: target.pullRequest!,
        marker: comment.marker,
        body: comment.body(comment.marker),
        create: comment.create,
      }),
  );
  if (result.warning) outcome.warnings.push(result.warning);
  if (result.value) {
    outcome.commentUrl = result.value.url;
    outcome.notes.push(
      result.value.action === 'skipped'
        ? `comment: none (${comment.skippedNote ?? result.value.reason})`
        : `comment ${result.value.action}: ${result.value.url ?? ''}`,
    );
  }
}

/** Creates the check run with its annotations, guarded, and records its id, a note, or the warning in `outcome`. */
export async function postCheckRun(
  octokit: Octokit,
  target: PublishTarget,
  outcome: PublishOutcome,
  check: {
    name: string;
    title: string;
    summary: string;
    conclusion: Parameters<typeof publishCheckRun>[0]['conclusion'];
    annotations: Annotation[];
    externalId: string;
  },
): Promise<void> {
  const result = await guarded('create the check run', 'checks: write', target.fromFork, () =>
    publishCheckRun({
      octokit,
      owner: target.owner,
      repo: target.repo,
      headSha: target.headSha,
      detailsUrl: target.detailsUrl,
      ...check,
    }),
  );
  if (result.warning) outcome.warnings.push(result.warning);
  if (result.value) {
    outcome.checkRunId = result.value.id;
    outcome.notes.push(
      `check run "${check.name}" (${check.conclusion}, ${result.value.annotations} annotations): ${result.value.url}`,
    );
  }
}

const COMMAND_ANNOTATIONS = 10;

function annotateWithoutPermission(annotations: readonly Annotation[]): void {
  const failures = annotations.filter((annotation) => annotation.annotation_level === 'failure');
  const warnings = annotations.filter((annotation) => annotation.annotation_level === 'warning');
  for (const annotation of failures.slice(0, COMMAND_ANNOTATIONS))
    core.error(annotation.message, properties(annotation));
  for (const annotation of warnings.slice(0, COMMAND_ANNOTATIONS))
    core.warning(annotation.message, properties(annotation));
  const rest =
    Math.max(0, failures.length - COMMAND_ANNOTATIONS) + Math.max(0, warnings.length - COMMAND_ANNOTATIONS);
  if (rest > 0)
    core.notice(`${rest} more failing items are not annotated here (10 per kind per step): see the report.`);
}

function properties(annotation: Annotation): core.AnnotationProperties {
  return {
    title: annotation.title,
    file: annotation.path,
    startLine: annotation.start_line,
    endLine: annotation.end_line,
  };
}

export function linksFor(target: PublishTarget): BodyLinks {
  const base = `${target.serverUrl}/${target.owner}/${target.repo}`;
  return {
    reportArtifact: target.reportArtifactUrl,
    jobSummary: target.jobSummaryUrl,
    source: (file, line) => {
      const relative = repositoryPath(file, target.workspace);
      if (!relative || !target.headSha || !Number.isInteger(line) || line < 1) return undefined;
      return `${base}/blob/${encodeURIComponent(target.headSha)}/${relative.split('/').map(encodeURIComponent).join('/')}#L${line}`;
    },
  };
}

// One report posted to a pull request and a commit, as the sticky comment and the check run with its
// annotations. The text comes from the renderers of src/report/; this file only moves it.
// Each post is guarded: a missing permission or a fork's read-only token becomes a warning, never a failed step.
import { publishCheckRun } from './check-run.js';
import type { Octokit } from './client.js';
import { runUrl, type RunContext } from './context.js';
import { commentMarker, shouldCreateComment, upsertComment, type CommentMode } from './comment.js';
import { guarded } from './permissions.js';
import { buildAnnotations, repositoryPath, type Annotation } from '../report/annotations.js';
import { CHECK_SUMMARY_LIMIT, checkRunTitle, renderBody, type BodyLinks } from '../report/comment-body.js';
import { conclusionOf } from '../report/conclusion.js';
import type { Report } from '../core/report.js';
import type { PublishResult } from '../publish/publisher.js';

export type PublishMode = 'auto' | 'always' | 'never';

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
  /** The matrix leg ('' for none): part of the comment marker, the check name and its external id. */
  matrixKey?: string;
}

export interface PublishOutcome extends PublishResult {
  commentUrl?: string;
  checkRunId?: number;
  /**
   * No check run carries these (a fork, a missing permission): the caller emits them as workflow commands,
   * after the verdict (see step-annotations.ts).
   */
  unposted?: Annotation[];
}

/** `{name}` is the config's name, `{matrix}` the matrix leg; a leg's key is appended when not placed. */
export function checkNameFor(settings: PublishSettings, configName: string): string {
  const key = settings.matrixKey ?? '';
  const name = settings.checkName.replace(/\{name\}/g, configName);
  if (settings.checkName.includes('{matrix}')) return name.replace(/\{matrix\}/g, key);
  return key ? `${name} (${key})` : name;
}

/** The external id that finds this config's (and leg's) check run again on a re-run. */
export function checkExternalId(configName: string, matrixKey = ''): string {
  return matrixKey ? `${configName}/${matrixKey}` : configName;
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
      marker: commentMarker(target.workflow, report.name, settings.matrixKey),
      body: (marker) => renderBody(report, { marker, links }),
      create: shouldCreateComment(settings.comment, report.decision),
    });
  }

  if (wantsCheck && !skipFork(settings.checkRun)) {
    await postCheckRun(octokit, target, outcome, {
      name: checkNameFor(settings, report.name),
      title: checkRunTitle(report),
      summary: renderBody(report, { links, maxLength: CHECK_SUMMARY_LIMIT, headingLevel: 2 }),
      conclusion: conclusionOf(report),
      annotations: buildAnnotations(report, target.workspace),
      externalId: checkExternalId(report.name, settings.matrixKey),
    });
  }
  // No check run (a fork, a missing permission): workflow-command annotations need no permission.
  if (wantsCheck && outcome.checkRunId === undefined) {
    outcome.unposted = buildAnnotations(report, target.workspace);
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
      `check run "${check.name}" ${result.value.updated ? 'updated' : 'created'} (${check.conclusion}, ${result.value.annotations} annotations): ${result.value.url}`,
    );
  }
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

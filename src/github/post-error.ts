// A run that stopped before it had a report (the config or the dataset could not be loaded) still shows
// where users look: a failed check run under the usual name, with an annotation at the line, and the
// sticky pull request comment turned to ERROR when there is one. Guarded like every publication: a
// missing permission is a warning, and nothing here can throw.
import type { UserError } from '../core/errors.js';
import { errorAnnotations } from '../report/annotations.js';
import { CHECK_SUMMARY_LIMIT, renderErrorBody } from '../report/comment-body.js';
import type { Octokit } from './client.js';
import { commentMarker } from './comment.js';
import { EVALGATE_VERSION } from '../version.js';
import {
  checkExternalId,
  checkNameFor,
  linksFor,
  postCheckRun,
  postComment,
  type PublishOutcome,
  type PublishSettings,
  type PublishTarget,
} from './post-report.js';

/** A problem in a file of the repository (the config, the dataset) is a configuration error. */
export function errorTitle(error: UserError): string {
  return error.file ? 'evalgate: configuration error' : 'evalgate: error';
}

export async function publishError(
  octokit: Octokit | undefined,
  error: UserError,
  configName: string,
  target: PublishTarget,
  settings: PublishSettings,
): Promise<PublishOutcome> {
  const outcome: PublishOutcome = { warnings: [], notes: [] };
  // The fork of a pull request has a read-only token; in auto mode, evalgate does not try (as for a report).
  const tries = (mode: string) => mode === 'always' || (mode !== 'never' && !target.fromFork);
  const wantsComment = tries(settings.comment) && target.pullRequest !== undefined;
  const wantsCheck = tries(settings.checkRun) && target.headSha !== '';
  if (!wantsComment && !wantsCheck) return outcome;
  if (!octokit) {
    outcome.warnings.push('No github-token: evalgate posts no check run for this error.');
    return outcome;
  }
  const links = linksFor(target);
  const body = (marker: string | undefined, headingLevel: number, maxLength?: number) =>
    renderErrorBody(configName, error, {
      marker,
      links,
      headingLevel,
      maxLength,
      workspace: target.workspace,
      evalgateVersion: EVALGATE_VERSION,
    });

  if (wantsCheck) {
    await postCheckRun(octokit, target, outcome, {
      name: checkNameFor(settings, configName),
      title: errorTitle(error),
      summary: body(undefined, 2, CHECK_SUMMARY_LIMIT),
      conclusion: 'failure',
      annotations: errorAnnotations(error, target.workspace),
      externalId: checkExternalId(configName, settings.matrixKey),
    });
  }

  // An earlier run's comment must not keep saying DEPLOY; a new comment only with `comment: always`.
  if (wantsComment) {
    await postComment(octokit, target, outcome, {
      marker: commentMarker(target.workflow, configName, settings.matrixKey),
      body: (marker) => body(marker, 3),
      create: settings.comment === 'always',
      skippedNote: 'no earlier comment to update; set `comment: always` to post one for an error',
    });
  }
  return outcome;
}

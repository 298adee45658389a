// The GitHub publisher: a report, or the error that stopped a run before it had one, as the pull request's
// sticky comment and the commit's check run with annotations.
import type { UserError } from '../core/errors.js';
import type { Publisher } from '../publish/publisher.js';
import type { Octokit } from './client.js';
import { publishError } from './post-error.js';
import {
  publishResults,
  type PublishOutcome,
  type PublishSettings,
  type PublishTarget,
} from './post-report.js';

export interface GitHubPublisher extends Publisher<PublishOutcome> {
  publishError(error: UserError, configName: string): Promise<PublishOutcome>;
}

/** Posts to `target`; the report's URL is the artifact it was uploaded as. */
export function gitHubPublisher(
  octokit: Octokit | undefined,
  target: PublishTarget,
  settings: PublishSettings,
): GitHubPublisher {
  return {
    publish: (report, facts) =>
      publishResults(octokit, report, { ...target, reportArtifactUrl: facts.reportUrl }, settings),
    publishError: (error, configName) => publishError(octokit, error, configName, target, settings),
  };
}

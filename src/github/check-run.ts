// A check run per config on the commit under review: created in progress with the first 50 annotations,
// updated with each further batch of 50 (GitHub appends them), and completed with the conclusion. A run
// that was created is always completed, even when a batch fails.
import type { Decision } from '../core/types.js';
import type { Report } from '../report/types.js';
import { batches, type Annotation } from './annotations.js';
import type { Octokit, RepoRef } from './client.js';

export type Conclusion = 'success' | 'failure' | 'neutral';

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

export interface CheckRunOptions extends RepoRef {
  octokit: Octokit;
  name: string;
  headSha: string;
  title: string;
  summary: string;
  conclusion: Conclusion;
  annotations: readonly Annotation[];
  detailsUrl?: string;
  externalId?: string;
}

export interface CheckRunResult {
  id: number;
  url: string;
  annotations: number;
}

export async function publishCheckRun(options: CheckRunOptions): Promise<CheckRunResult> {
  const { octokit, owner, repo } = options;
  const groups = batches(options.annotations);
  const output = (annotations: readonly Annotation[] | undefined) => ({
    title: options.title,
    summary: options.summary,
    ...(annotations && annotations.length > 0 ? { annotations: [...annotations] } : {}),
  });
  const { data: created } = await octokit.rest.checks.create({
    owner,
    repo,
    name: options.name,
    head_sha: options.headSha,
    status: 'in_progress',
    started_at: new Date().toISOString(),
    details_url: options.detailsUrl,
    external_id: options.externalId,
    output: output(groups[0]),
  });
  let sent = groups[0]?.length ?? 0;
  let failure: unknown;
  try {
    for (const group of groups.slice(1)) {
      await octokit.rest.checks.update({ owner, repo, check_run_id: created.id, output: output(group) });
      sent += group.length;
    }
  } catch (error) {
    failure = error;
  }
  await octokit.rest.checks.update({
    owner,
    repo,
    check_run_id: created.id,
    status: 'completed',
    conclusion: options.conclusion,
    completed_at: new Date().toISOString(),
    output: output(undefined),
  });
  if (failure) throw failure;
  return { id: created.id, url: created.html_url ?? '', annotations: sent };
}

// A check run per config on the commit under review: created in progress with the first 50 annotations,
// updated with each further batch of 50 (GitHub appends them), and completed with the conclusion. A run
// that was created is always completed, even when a batch fails.
import type { Annotation } from '../report/annotations.js';
import type { Conclusion } from '../report/conclusion.js';
import type { Octokit, RepoRef } from './client.js';

/** The API takes at most 50 annotations per request. */
export const ANNOTATIONS_PER_REQUEST = 50;

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
  /** True when an earlier check run of the same name and external id was updated. */
  updated: boolean;
}

/**
 * A re-run (a new attempt, or the publisher run again) finds the check run it posted before on this commit, by
 * name and external id, and updates it: one check run per config and commit, never a second. GitHub appends
 * annotations on every update, so those the check run already has are not sent again.
 */
export async function publishCheckRun(options: CheckRunOptions): Promise<CheckRunResult> {
  const { octokit, owner, repo } = options;
  const output = (annotations: readonly Annotation[] | undefined) => ({
    title: options.title,
    summary: options.summary,
    ...(annotations && annotations.length > 0 ? { annotations: [...annotations] } : {}),
  });
  const existing = await findCheckRun(options);
  let id: number;
  let url: string;
  let groups: Annotation[][];
  let sent = 0;
  if (existing) {
    const posted = await postedAnnotations(options, existing.id);
    groups = batches(options.annotations.filter((annotation) => !posted.has(annotationKey(annotation))));
    id = existing.id;
    url = existing.html_url ?? '';
    sent = posted.size;
  } else {
    groups = batches(options.annotations);
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
    id = created.id;
    url = created.html_url ?? '';
    sent = groups[0]?.length ?? 0;
    groups = groups.slice(1);
  }
  let failure: unknown;
  try {
    for (const group of groups) {
      await octokit.rest.checks.update({ owner, repo, check_run_id: id, output: output(group) });
      sent += group.length;
    }
  } catch (error) {
    failure = error;
  }
  await octokit.rest.checks.update({
    owner,
    repo,
    check_run_id: id,
    status: 'completed',
    conclusion: options.conclusion,
    completed_at: new Date().toISOString(),
    details_url: options.detailsUrl,
    output: output(undefined),
  });
  if (failure) throw failure;
  return { id, url, annotations: sent, updated: existing !== undefined };
}

/** The newest check run on the commit with this name and external id (every app, every status). */
async function findCheckRun(
  options: CheckRunOptions,
): Promise<{ id: number; html_url: string | null } | undefined> {
  const { octokit, owner, repo } = options;
  const runs = await octokit.paginate(octokit.rest.checks.listForRef, {
    owner,
    repo,
    ref: options.headSha,
    check_name: options.name,
    filter: 'all',
    per_page: 100,
  });
  return runs
    .filter((run) => run.name === options.name && (run.external_id ?? '') === (options.externalId ?? ''))
    .reduce<(typeof runs)[number] | undefined>(
      (newest, run) => (!newest || run.id > newest.id ? run : newest),
      undefined,
    );
}

async function postedAnnotations(options: CheckRunOptions, checkRunId: number): Promise<Set<string>> {
  const { octokit, owner, repo } = options;
  const posted = await octokit.paginate(octokit.rest.checks.listAnnotations, {
    owner,
    repo,
    check_run_id: checkRunId,
    per_page: 100,
  });
  return new Set(posted.map((annotation) => annotationKey(annotation as Annotation)));
}

function annotationKey(
  annotation: Pick<Annotation, 'path' | 'start_line' | 'end_line' | 'annotation_level' | 'message'>,
): string {
  return JSON.stringify([
    annotation.path,
    annotation.start_line,
    annotation.end_line,
    annotation.annotation_level,
    annotation.message,
  ]);
}

export function batches<T>(list: readonly T[], size = ANNOTATIONS_PER_REQUEST): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < list.length; start += size) out.push(list.slice(start, start + size));
  return out;
}

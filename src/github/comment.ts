// One comment per workflow and config on a pull request, found again by a hidden marker and updated in
// place: never a second one.
import type { Octokit, RepoRef } from './client.js';

export type CommentMode = 'auto' | 'always' | 'on-failure' | 'never';

export interface CommentResult {
  action: 'created' | 'updated' | 'unchanged' | 'skipped';
  id?: number;
  url?: string;
  reason?: string;
}

/**
 * The hidden first line. Names are encoded, so no name can close the HTML comment. A matrix leg's key is part
 * of it, so legs over one config keep a comment each.
 */
export function commentMarker(workflow: string, configName: string, matrixKey = ''): string {
  const leg = matrixKey ? ` matrix=${encodeURIComponent(matrixKey)}` : '';
  return `<!-- evalgate:comment workflow=${encodeURIComponent(workflow)} config=${encodeURIComponent(configName)}${leg} -->`;
}

interface ListedComment {
  id: number;
  body?: string | null;
  html_url: string;
  user?: { type?: string; login?: string } | null;
}

/** Ours: starts with the marker and was written by a bot (GITHUB_TOKEN), else by anyone (a personal token). */
export function findOwnComment(
  comments: readonly ListedComment[],
  marker: string,
): ListedComment | undefined {
  const marked = comments.filter((comment) => comment.body?.startsWith(marker));
  const byBot = marked.filter((comment) => comment.user?.type === 'Bot');
  const pool = byBot.length > 0 ? byBot : marked;
  return pool.reduce<ListedComment | undefined>(
    (newest, comment) => (!newest || comment.id > newest.id ? comment : newest),
    undefined,
  );
}

export interface UpsertOptions extends RepoRef {
  octokit: Octokit;
  issueNumber: number;
  marker: string;
  body: string;
  /** False: only update an existing comment (comment: on-failure on a passing run). */
  create: boolean;
}

export async function upsertComment(options: UpsertOptions): Promise<CommentResult> {
  const { octokit, owner, repo, issueNumber, marker, body } = options;
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issueNumber,
    per_page: 100,
  });
  const existing = findOwnComment(comments, marker);
  if (existing) {
    if (existing.body === body) return { action: 'unchanged', id: existing.id, url: existing.html_url };
    const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
    return { action: 'updated', id: data.id, url: data.html_url };
  }
  if (!options.create)
    return { action: 'skipped', reason: 'no earlier comment to update, and this run passed' };
  const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
  return { action: 'created', id: data.id, url: data.html_url };
}

/** Whether a comment should be created on this run (an existing one is always kept current). */
export function shouldCreateComment(mode: CommentMode, decision: string): boolean {
  if (mode === 'never') return false;
  if (mode === 'on-failure') return decision !== 'deploy';
  return true;
}

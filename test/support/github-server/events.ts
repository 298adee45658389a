// Event payloads as the runner writes them to GITHUB_EVENT_PATH, reduced to the fields actions read.
import type { FakeGitHub } from './index.js';

export function repositoryPayload(fake: FakeGitHub): Record<string, unknown> {
  return {
    id: fake.state.repositoryId,
    name: fake.state.repo,
    full_name: fake.state.fullName,
    default_branch: fake.state.defaultBranch,
    owner: { login: fake.state.owner },
  };
}

export function pullRequestPayload(
  fake: FakeGitHub,
  pull: { number: number; headSha: string; headRef: string; headRepository?: string },
): Record<string, unknown> {
  return {
    action: 'synchronize',
    number: pull.number,
    pull_request: {
      number: pull.number,
      head: {
        sha: pull.headSha,
        ref: pull.headRef,
        repo: { full_name: pull.headRepository ?? fake.state.fullName },
      },
      base: { sha: 'b'.repeat(40), ref: fake.state.defaultBranch, repo: { full_name: fake.state.fullName } },
    },
    repository: repositoryPayload(fake),
  };
}

export function pushPayload(fake: FakeGitHub, sha: string, branch: string): Record<string, unknown> {
  return { ref: `refs/heads/${branch}`, after: sha, repository: repositoryPayload(fake) };
}

export function workflowRunPayload(
  fake: FakeGitHub,
  run: {
    id: number;
    event: string;
    headSha: string;
    headBranch: string;
    headRepository: string;
    pullRequests: number[];
    /** The evaluating workflow's file, e.g. evals.yml (GitHub sends `.github/workflows/evals.yml`). */
    workflowFile?: string;
    runAttempt?: number;
  },
): Record<string, unknown> {
  return {
    action: 'completed',
    workflow_run: {
      id: run.id,
      run_attempt: run.runAttempt ?? 1,
      path: `.github/workflows/${run.workflowFile ?? 'evals.yml'}`,
      event: run.event,
      head_sha: run.headSha,
      head_branch: run.headBranch,
      conclusion: 'failure',
      head_repository: { full_name: run.headRepository },
      pull_requests: run.pullRequests.map((number) => ({ number, head: { sha: run.headSha } })),
    },
    repository: repositoryPayload(fake),
  };
}

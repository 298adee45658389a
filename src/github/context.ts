// What the run is about, read once from the runner's environment and the event payload: which repository,
// which event, which commit to report on, which pull request (if any), and which run triggered this one.
import { readFile } from 'node:fs/promises';
import { UserError } from '../core/errors.js';

/** The run that triggered a `workflow_run` event (the fork-safe two-workflow setup). */
export interface TriggeringRun {
  id: number;
  /** The attempt that completed (1, or more after "Re-run"): only its report is published. */
  runAttempt: number;
  /** The workflow file that ran, `.github/workflows/evals.yml` (a fork's pull request can add its own). */
  path?: string;
  event: string;
  headSha: string;
  headBranch?: string;
  conclusion?: string;
  /** `owner/name` of the repository the commits came from (a fork's, for a pull request from a fork). */
  headRepository?: string;
  /** Pull requests GitHub associates with the run; empty for pull requests from forks. */
  pullRequests: { number: number; headSha?: string }[];
}

export interface PullRequestRef {
  number: number;
  headSha: string;
  /** True when the head branch lives in another repository: the token is then read-only. */
  fromFork: boolean;
}

export interface RunContext {
  eventName: string;
  owner: string;
  repo: string;
  serverUrl: string;
  runId: number;
  runAttempt: number;
  /** The workflow file of this run (`evals.yml`), from GITHUB_WORKFLOW_REF. */
  workflowFile?: string;
  workflowName: string;
  /** The branch this run is on, for push, schedule and manual runs. */
  branch?: string;
  sha: string;
  /** The commit to report on: the pull request's head (not the merge commit), else the run's commit. */
  headSha: string;
  defaultBranch?: string;
  pullRequest?: PullRequestRef;
  triggeringRun?: TriggeringRun;
  workspace: string;
}

export const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

type Payload = Record<string, unknown>;

/** Builds the context from environment variables and the parsed event payload (pure, for tests). */
export function readRunContext(env: NodeJS.ProcessEnv, payload: Payload): RunContext {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner, repo] = repository.split('/');
  if (!owner || !repo) {
    throw new UserError('GITHUB_REPOSITORY is not set (expected owner/name).', {
      fix: 'Run evalgate as a step of a GitHub Actions job, or set GITHUB_REPOSITORY.',
    });
  }
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const sha = env.GITHUB_SHA ?? '';
  const ref = env.GITHUB_REF ?? '';
  const repositoryPayload = object(payload.repository);
  const context: RunContext = {
    eventName,
    owner,
    repo,
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    runId: Number(env.GITHUB_RUN_ID ?? 0),
    runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? 1),
    workflowFile: workflowFileOf(env.GITHUB_WORKFLOW_REF),
    workflowName: env.GITHUB_WORKFLOW ?? '',
    branch: ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined,
    sha,
    headSha: sha,
    defaultBranch: string(repositoryPayload.default_branch),
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
  };
  if (PULL_REQUEST_EVENTS.has(eventName)) {
    const pr = object(payload.pull_request);
    const head = object(pr.head);
    const number = Number(pr.number ?? payload.number);
    const headSha = string(head.sha) ?? sha;
    const headRepo = string(object(head.repo).full_name);
    context.pullRequest = {
      number,
      headSha,
      fromFork: headRepo !== undefined && headRepo.toLowerCase() !== repository.toLowerCase(),
    };
    context.headSha = headSha;
    context.branch = undefined;
  }
  if (eventName === 'workflow_run') {
    const run = object(payload.workflow_run);
    const headRepository = string(object(run.head_repository).full_name);
    const pulls = Array.isArray(run.pull_requests) ? run.pull_requests.map(object) : [];
    const triggering: TriggeringRun = {
      id: Number(run.id ?? 0),
      runAttempt: Number(run.run_attempt ?? 1) || 1,
      path: string(run.path),
      event: string(run.event) ?? '',
      headSha: string(run.head_sha) ?? sha,
      headBranch: string(run.head_branch),
      conclusion: string(run.conclusion),
      headRepository,
      pullRequests: pulls
        .map((pull) => ({ number: Number(pull.number), headSha: string(object(pull.head).sha) }))
        .filter((pull) => Number.isInteger(pull.number) && pull.number > 0),
    };
    context.triggeringRun = triggering;
    context.headSha = triggering.headSha;
    const fromPullRequest = PULL_REQUEST_EVENTS.has(triggering.event);
    context.branch = fromPullRequest ? undefined : triggering.headBranch;
    const pull = triggering.pullRequests[0];
    if (pull) context.pullRequest = { number: pull.number, headSha: triggering.headSha, fromFork: false };
  }
  return context;
}

/** Reads GITHUB_EVENT_PATH (an empty payload when absent, as for a local run). */
export async function loadRunContext(env: NodeJS.ProcessEnv = process.env): Promise<RunContext> {
  let payload: Payload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = object(JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')));
    } catch (error) {
      throw new UserError(`cannot read the event payload (${(error as Error).message}).`, {
        file: env.GITHUB_EVENT_PATH,
        fix: 'This file is written by the runner; run evalgate as a step of a GitHub Actions job.',
      });
    }
  }
  return readRunContext(env, payload);
}

/** `owner/repo/.github/workflows/evals.yml@refs/heads/main` -> `evals.yml`. */
export function workflowFileOf(workflowRef: string | undefined): string | undefined {
  if (!workflowRef) return undefined;
  const withoutRef = workflowRef.split('@')[0] ?? '';
  const match = /\.github\/workflows\/([^/]+)$/.exec(withoutRef);
  return match?.[1];
}

/** Link to this run's page, where the job summary is shown. */
export function runUrl(context: RunContext): string {
  const attempt = context.runAttempt > 1 ? `/attempts/${context.runAttempt}` : '';
  return `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}${attempt}`;
}

/** Link to an artifact of a run (it downloads the zip). */
export function artifactUrl(context: RunContext, runId: number, artifactId: number): string {
  return `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${runId}/artifacts/${artifactId}`;
}

function object(value: unknown): Payload {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Payload) : {};
}

function string(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

// The REST endpoints evalgate calls, stateful, answering in the shapes GitHub documents. Each handler
// gets a request the OpenAPI check already let through and returns a status and a JSON body.
import { signedUrl } from './blob.js';
import { sample } from './openapi.js';
import type {
  CheckAnnotation,
  CheckRun,
  FakeState,
  StoredArtifact,
  TokenPermissions,
  WorkflowRun,
} from './state.js';

export interface RestRequest {
  operation: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  token: TokenPermissions;
  /** e.g. http://127.0.0.1:1234 */
  origin: string;
  /** e.g. http://127.0.0.1:1234/api */
  api: string;
}

export interface RestResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const forbidden: RestResponse = {
  status: 403,
  body: {
    message: 'Resource not accessible by integration',
    documentation_url: 'https://docs.github.com/rest',
  },
};
const notFound: RestResponse = {
  status: 404,
  body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
};

function page<T>(
  request: RestRequest,
  items: T[],
  path: string,
): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Number(request.query.get('per_page') ?? 30));
  const current = Number(request.query.get('page') ?? 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const headers: Record<string, string> = {};
  if (current < last) {
    const link = (n: number) => {
      const query = new URLSearchParams(request.query);
      query.set('page', String(n));
      return `<${request.api}${path}?${query.toString()}>`;
    };
    headers.link = `${link(current + 1)}; rel="next", ${link(last)}; rel="last"`;
  }
  return { items: items.slice((current - 1) * perPage, current * perPage), headers };
}

export function handleRest(state: FakeState, request: RestRequest): RestResponse {
  const { params, token } = request;
  if (params.owner !== state.owner || params.repo !== state.repo) return notFound;
  const repoPath = `/repos/${state.owner}/${state.repo}`;
  const html = `${request.origin}/${state.fullName}`;
  const can = (scope: 'actions' | 'checks' | 'pullRequests', need: 'read' | 'write') =>
    token[scope] === 'write' || (need === 'read' && token[scope] === 'read');

  switch (request.operation) {
    case 'repos/get':
      return {
        status: 200,
        body: sample('full-repository', {
          id: state.repositoryId,
          name: state.repo,
          full_name: state.fullName,
          default_branch: state.defaultBranch,
          html_url: html,
        }),
      };

    case 'actions/list-workflow-runs': {
      if (!can('actions', 'read')) return forbidden;
      const workflow = params.workflow_id!;
      // GitHub knows a workflow by its file (or id); an unknown one is a 404, not an empty list.
      if (!state.workflows.has(workflow) && !state.runs.some((run) => String(run.workflowId) === workflow))
        return notFound;
      const q = request.query;
      const runs = state.runs
        .filter((run) => run.workflowFile === workflow || String(run.workflowId) === workflow)
        .filter((run) => !q.get('branch') || run.headBranch === q.get('branch'))
        .filter((run) => !q.get('event') || run.event === q.get('event'))
        .filter((run) => !q.get('head_sha') || run.headSha === q.get('head_sha'))
        .filter((run) => matchesStatus(run, q.get('status')))
        .sort((a, b) => b.id - a.id);
      const { items, headers } = page(request, runs, `${repoPath}/actions/workflows/${workflow}/runs`);
      const withPulls = q.get('exclude_pull_requests') !== 'true';
      return {
        status: 200,
        headers,
        body: {
          total_count: runs.length,
          workflow_runs: items.map((run) => runJson(state, request, run, withPulls)),
        },
      };
    }

    case 'actions/get-workflow-run': {
      if (!can('actions', 'read')) return forbidden;
      const run = state.runs.find((candidate) => candidate.id === Number(params.run_id));
      return run ? { status: 200, body: runJson(state, request, run, true) } : notFound;
    }

    case 'actions/list-workflow-run-artifacts': {
      if (!can('actions', 'read')) return forbidden;
      const runId = Number(params.run_id);
      const name = request.query.get('name');
      const artifacts = state.artifacts
        .filter(
          (artifact) => artifact.finalized && artifact.runId === runId && (!name || artifact.name === name),
        )
        .sort((a, b) => b.id - a.id);
      const { items, headers } = page(request, artifacts, `${repoPath}/actions/runs/${runId}/artifacts`);
      return {
        status: 200,
        headers,
        body: { total_count: artifacts.length, artifacts: items.map((a) => artifactJson(state, request, a)) },
      };
    }

    case 'actions/download-artifact': {
      if (!can('actions', 'read')) return forbidden;
      if (params.archive_format !== 'zip') return notFound;
      const artifact = state.artifacts.find(
        (candidate) => candidate.id === Number(params.artifact_id) && candidate.finalized,
      );
      if (!artifact) return notFound;
      if (artifact.expired)
        return {
          status: 410,
          body: { message: 'Artifact has expired', documentation_url: 'https://docs.github.com/rest' },
        };
      return { status: 302, headers: { location: signedUrl(request.origin, artifact.blobPath, 'r', 1) } };
    }

    case 'issues/list-comments': {
      if (!can('pullRequests', 'read')) return forbidden;
      const number = Number(params.issue_number);
      if (!state.pulls.has(number)) return notFound;
      const comments = state.comments
        .filter((comment) => comment.issueNumber === number)
        .sort((a, b) => a.id - b.id);
      const { items, headers } = page(request, comments, `${repoPath}/issues/${number}/comments`);
      return { status: 200, headers, body: items.map((comment) => commentJson(state, request, comment)) };
    }

    case 'issues/create-comment': {
      if (!can('pullRequests', 'write')) return forbidden;
      const number = Number(params.issue_number);
      if (!state.pulls.has(number)) return notFound;
      const body = String(request.body.body);
      if (body.length > 65_536) return tooLong();
      const now = new Date().toISOString();
      const comment = {
        id: state.id(),
        issueNumber: number,
        body,
        user: { login: token.login, type: token.type },
        createdAt: now,
        updatedAt: now,
      };
      state.comments.push(comment);
      return { status: 201, body: commentJson(state, request, comment) };
    }

    case 'issues/update-comment': {
      if (!can('pullRequests', 'write')) return forbidden;
      const comment = state.comments.find((candidate) => candidate.id === Number(params.comment_id));
      if (!comment) return notFound;
      const body = String(request.body.body);
      if (body.length > 65_536) return tooLong();
      comment.body = body;
      comment.updatedAt = new Date().toISOString();
      return { status: 200, body: commentJson(state, request, comment) };
    }

    case 'checks/create': {
      if (!can('checks', 'write')) return forbidden;
      const body = request.body;
      const run: CheckRun = {
        id: state.id(),
        name: String(body.name),
        headSha: String(body.head_sha),
        status: 'queued',
        conclusion: null,
        startedAt: null,
        completedAt: null,
        output: { title: null, summary: null, text: null },
        annotations: [],
        requests: 0,
      };
      const problem = applyCheckUpdate(run, body);
      if (problem) return problem;
      state.checkRuns.push(run);
      return { status: 201, body: checkRunJson(state, request, run) };
    }

    case 'checks/update': {
      if (!can('checks', 'write')) return forbidden;
      const run = state.checkRuns.find((candidate) => candidate.id === Number(params.check_run_id));
      if (!run) return notFound;
      const problem = applyCheckUpdate(run, request.body);
      return problem ?? { status: 200, body: checkRunJson(state, request, run) };
    }

    case 'checks/list-for-ref':
      return listCheckRunsForRef(state, request, repoPath);

    case 'checks/list-annotations': {
      if (!can('checks', 'read')) return forbidden;
      const run = state.checkRuns.find((candidate) => candidate.id === Number(params.check_run_id));
      if (!run) return notFound;
      const { items, headers } = page(
        request,
        run.annotations,
        `${repoPath}/check-runs/${run.id}/annotations`,
      );
      return {
        status: 200,
        headers,
        body: items.map((annotation) => ({
          path: annotation.path,
          start_line: annotation.start_line,
          end_line: annotation.end_line,
          start_column: null,
          end_column: null,
          annotation_level: annotation.annotation_level,
          title: annotation.title ?? null,
          message: annotation.message,
          raw_details: null,
          blob_href: `${html}/blob/${run.headSha}/${annotation.path}`,
        })),
      };
    }

    case 'pulls/get': {
      if (!can('pullRequests', 'read')) return forbidden;
      const pull = state.pulls.get(Number(params.pull_number));
      if (!pull) return notFound;
      return {
        status: 200,
        body: sample('pull-request', {
          id: pull.number + 900_000,
          number: pull.number,
          state: 'open',
          html_url: `${html}/pull/${pull.number}`,
          head: {
            ...(sample('pull-request').head as object),
            sha: pull.headSha,
            ref: pull.headRef,
            label: `${pull.headRepository}:${pull.headRef}`,
          },
          base: {
            ...(sample('pull-request').base as object),
            sha: 'b'.repeat(40),
            ref: pull.baseRef,
            label: `${state.fullName}:${pull.baseRef}`,
          },
        }),
      };
    }
    default:
      return notFound;
  }
}

/**
 * GET /repos/{owner}/{repo}/commits/{ref}/check-runs: the check runs on a commit (the fake knows commits by
 * sha only; another ref is a 422 like GitHub's "No commit found"), filtered by check_name and status, and
 * with filter=latest (the default) only the newest run of each name.
 */
function listCheckRunsForRef(state: FakeState, request: RestRequest, repoPath: string): RestResponse {
  if (request.token.checks === 'none') return forbidden;
  const ref = request.params.ref!;
  const q = request.query;
  const onCommit = state.checkRuns.filter((run) => run.headSha === ref);
  const known =
    onCommit.length > 0 ||
    state.runs.some((run) => run.headSha === ref) ||
    [...state.pulls.values()].some((pull) => pull.headSha === ref);
  if (!known) {
    return {
      status: 422,
      body: {
        message: `No commit found for SHA: ${ref}`,
        documentation_url: 'https://docs.github.com/rest/checks/runs#list-check-runs-for-a-git-reference',
      },
    };
  }
  let runs = onCommit
    .filter((run) => !q.get('check_name') || run.name === q.get('check_name'))
    .filter((run) => !q.get('status') || run.status === q.get('status'))
    .sort((a, b) => b.id - a.id);
  if ((q.get('filter') ?? 'latest') === 'latest') {
    const seen = new Set<string>();
    runs = runs.filter((run) => !seen.has(run.name) && seen.add(run.name));
  }
  const { items, headers } = page(request, runs, `${repoPath}/commits/${ref}/check-runs`);
  return {
    status: 200,
    headers,
    body: { total_count: runs.length, check_runs: items.map((run) => checkRunJson(state, request, run)) },
  };
}

function tooLong(): RestResponse {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'unprocessable',
          field: 'data',
          message: 'Body is too long (maximum is 65536 characters)',
        },
      ],
      documentation_url: 'https://docs.github.com/rest',
    },
  };
}

/** `status` filters on the status or, for success/failure/..., on the conclusion. */
function matchesStatus(run: WorkflowRun, status: string | null): boolean {
  if (!status) return true;
  if (['queued', 'in_progress', 'completed', 'waiting', 'requested', 'pending'].includes(status))
    return run.status === status;
  return run.status === 'completed' && run.conclusion === status;
}

/** GitHub's rules for a check run update: conclusion completes it; annotations append, at most 50 a request. */
function applyCheckUpdate(run: CheckRun, body: Record<string, unknown>): RestResponse | undefined {
  const output = body.output as
    { title?: string; summary?: string; text?: string; annotations?: CheckAnnotation[] } | undefined;
  if (output && (typeof output.title !== 'string' || typeof output.summary !== 'string')) {
    return {
      status: 422,
      body: { message: 'Invalid request.\n\noutput.title and output.summary are required.' },
    };
  }
  if (body.status === 'completed' && !body.conclusion) {
    return {
      status: 422,
      body: { message: 'Invalid request.\n\nconclusion is required when status is completed.' },
    };
  }
  for (const annotation of output?.annotations ?? []) {
    if (annotation.start_line > annotation.end_line)
      return { status: 422, body: { message: 'start_line after end_line' } };
  }
  run.requests++;
  if (typeof body.name === 'string') run.name = body.name;
  if (typeof body.details_url === 'string') run.detailsUrl = body.details_url;
  if (typeof body.external_id === 'string') run.externalId = body.external_id;
  if (typeof body.started_at === 'string') run.startedAt = body.started_at;
  if (typeof body.status === 'string') run.status = body.status;
  if (typeof body.conclusion === 'string') {
    run.conclusion = body.conclusion;
    run.status = 'completed';
    run.completedAt = typeof body.completed_at === 'string' ? body.completed_at : new Date().toISOString();
  }
  if (output) {
    run.output = {
      title: output.title ?? null,
      summary: output.summary ?? null,
      text: output.text ?? run.output.text,
    };
    run.annotations.push(...(output.annotations ?? []));
  }
  return undefined;
}

function runJson(
  state: FakeState,
  request: RestRequest,
  run: WorkflowRun,
  withPulls: boolean,
): Record<string, unknown> {
  const url = `${request.api}/repos/${state.fullName}/actions/runs/${run.id}`;
  const repository = sample('minimal-repository', {
    id: state.repositoryId,
    name: state.repo,
    full_name: state.fullName,
    owner: sample('simple-user', { login: state.owner }),
  });
  const [headOwner = state.owner, headName = state.repo] = run.headRepository.split('/');
  const headRepository = sample('minimal-repository', {
    id: run.headRepository === state.fullName ? state.repositoryId : state.repositoryId + 1,
    name: headName,
    full_name: run.headRepository,
    fork: run.headRepository !== state.fullName,
    owner: sample('simple-user', { login: headOwner }),
  });
  return sample('workflow-run', {
    id: run.id,
    name: run.name,
    run_number: run.runNumber,
    run_attempt: run.runAttempt,
    display_title: run.name,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: `.github/workflows/${run.workflowFile}`,
    workflow_id: run.workflowId,
    url,
    html_url: `${request.origin}/${state.fullName}/actions/runs/${run.id}`,
    created_at: run.createdAt,
    updated_at: run.createdAt,
    head_commit: null,
    repository,
    head_repository: headRepository,
    jobs_url: `${url}/jobs`,
    logs_url: `${url}/logs`,
    check_suite_url: `${url}/check-suite`,
    cancel_url: `${url}/cancel`,
    rerun_url: `${url}/rerun`,
    artifacts_url: `${url}/artifacts`,
    workflow_url: `${request.api}/repos/${state.fullName}/actions/workflows/${run.workflowId}`,
    pull_requests: withPulls
      ? run.pullRequests.map((number) => {
          const pull = state.pulls.get(number)!;
          return {
            id: number + 900_000,
            number,
            url: `${request.api}/repos/${state.fullName}/pulls/${number}`,
            head: {
              ref: pull.headRef,
              sha: pull.headSha,
              repo: { id: state.repositoryId, url: '', name: state.repo },
            },
            base: {
              ref: pull.baseRef,
              sha: 'b'.repeat(40),
              repo: { id: state.repositoryId, url: '', name: state.repo },
            },
          };
        })
      : [],
  });
}

function artifactJson(
  state: FakeState,
  request: RestRequest,
  artifact: StoredArtifact,
): Record<string, unknown> {
  const run = state.runs.find((candidate) => candidate.id === artifact.runId);
  const url = `${request.api}/repos/${state.fullName}/actions/artifacts/${artifact.id}`;
  return sample('artifact', {
    id: artifact.id,
    node_id: `MDg6QXJ0aWZhY3Q${artifact.id}`,
    name: artifact.name,
    size_in_bytes: artifact.size,
    url,
    archive_download_url: `${url}/zip`,
    expired: artifact.expired,
    created_at: artifact.createdAt,
    expires_at: artifact.expiresAt,
    updated_at: artifact.createdAt,
    digest: artifact.digest ?? null,
    workflow_run: run
      ? {
          id: run.id,
          repository_id: state.repositoryId,
          head_repository_id:
            run.headRepository === state.fullName ? state.repositoryId : state.repositoryId + 1,
          head_branch: run.headBranch,
          head_sha: run.headSha,
        }
      : null,
  });
}

function commentJson(
  state: FakeState,
  request: RestRequest,
  comment: FakeState['comments'][number],
): Record<string, unknown> {
  return sample('issue-comment', {
    id: comment.id,
    node_id: `IC_${comment.id}`,
    body: comment.body,
    html_url: `${request.origin}/${state.fullName}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${request.api}/repos/${state.fullName}/issues/${comment.issueNumber}`,
    url: `${request.api}/repos/${state.fullName}/issues/comments/${comment.id}`,
    user: sample('simple-user', { login: comment.user.login, type: comment.user.type }),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: 'NONE',
  });
}

function checkRunJson(state: FakeState, request: RestRequest, run: CheckRun): Record<string, unknown> {
  const url = `${request.api}/repos/${state.fullName}/check-runs/${run.id}`;
  return sample('check-run', {
    id: run.id,
    node_id: `CR_${run.id}`,
    head_sha: run.headSha,
    name: run.name,
    url,
    html_url: `${request.origin}/${state.fullName}/runs/${run.id}`,
    details_url: run.detailsUrl ?? null,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    external_id: run.externalId ?? null,
    check_suite: { id: 77 },
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.annotations.length,
      annotations_url: `${url}/annotations`,
    },
    app: null,
    pull_requests: [],
  });
}

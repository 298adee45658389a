// A local stand-in for the GitHub services an action talks to, on 127.0.0.1 with a free port:
//   /twirp/...ArtifactService/*   the results service @actions/artifact uploads and lists through
//   /twirp/...CacheService/*      the cache v2 service of @actions/cache
//   /devstoreaccount1/...         the blob storage its signed URLs point at
//   /api/...                      the REST endpoints evalgate calls, checked against GitHub's OpenAPI description
// The real toolkit packages (and the bundled action) run against it unmodified.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BLOB_PREFIX, handleBlob } from './blob.js';
import { CACHE_PREFIX, handleCacheTwirp } from './cache-twirp.js';
import { checkRequest, checkResponse, matchOperation } from './openapi.js';
import { handleRest } from './rest.js';
import { FakeState, WRITE_ALL, type TokenPermissions, type WorkflowRun } from './state.js';
import { handleTwirp, runtimeToken, TWIRP_PREFIX } from './twirp.js';

export { cacheEntries } from './cache-twirp.js';
export { READ_ONLY, WRITE_ALL } from './state.js';
export { runtimeToken } from './twirp.js';
export type { CheckRun, Comment, StoredArtifact, TokenPermissions, WorkflowRun } from './state.js';

export interface FakeGitHubOptions {
  owner?: string;
  repo?: string;
  defaultBranch?: string;
}

export interface StartRunOptions {
  event: string;
  branch: string;
  sha: string;
  workflowFile?: string;
  /** owner/name the commits come from; a fork's for a pull request from a fork. */
  headRepository?: string;
  pullRequests?: number[];
}

export interface FakeGitHub {
  origin: string;
  apiUrl: string;
  state: FakeState;
  /** Registers a token the REST API accepts, with its permissions. */
  addToken(token: string, permissions?: Partial<TokenPermissions>): void;
  /** A workflow run in progress, with the runtime token its artifact client uses. */
  startRun(options: StartRunOptions): { run: WorkflowRun; runtimeToken: string };
  completeRun(run: WorkflowRun, conclusion: 'success' | 'failure'): void;
  /** "Re-run all jobs": the same run id, the next attempt, in progress again with a new runtime token. */
  rerun(run: WorkflowRun): { run: WorkflowRun; runtimeToken: string };
  /** A workflow file the repository has, though it may never have run. */
  addWorkflow(file: string): void;
  addPullRequest(
    number: number,
    pull: { headSha: string; headRef: string; headRepository?: string; baseRef?: string },
  ): void;
  close(): Promise<void>;
}

export async function startGitHubServer(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const state = new FakeState(
    options.owner ?? 'acme',
    options.repo ?? 'evals',
    options.defaultBranch ?? 'main',
  );
  let origin = '';
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      try {
        route(state, origin, request, response, Buffer.concat(chunks));
      } catch (error) {
        state.violations.push(
          `fake server crashed on ${request.method} ${request.url}: ${(error as Error).stack}`,
        );
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ message: 'fake server error' }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let runNumber = 0;
  let backend = 0;

  return {
    origin,
    apiUrl: `${origin}/api`,
    state,
    addToken(token, permissions = {}) {
      state.tokens.set(token, { ...WRITE_ALL, ...permissions });
    },
    startRun(run) {
      backend++;
      const created: WorkflowRun = {
        id: state.id() * 10,
        runNumber: ++runNumber,
        runAttempt: 1,
        backendId: `run-backend-${backend}`,
        jobBackendId: `job-backend-${backend}`,
        workflowFile: run.workflowFile ?? 'evals.yml',
        workflowId: 161335,
        name: 'evals',
        event: run.event,
        headBranch: run.branch,
        headSha: run.sha,
        headRepository: run.headRepository ?? state.fullName,
        status: 'in_progress',
        conclusion: null,
        createdAt: new Date(Date.now() + runNumber * 1000).toISOString(),
        pullRequests: run.pullRequests ?? [],
      };
      state.runs.push(created);
      state.workflows.add(created.workflowFile);
      return { run: created, runtimeToken: runtimeToken(created.backendId, created.jobBackendId) };
    },
    completeRun(run, conclusion) {
      run.status = 'completed';
      run.conclusion = conclusion;
    },
    rerun(run) {
      run.runAttempt++;
      run.status = 'in_progress';
      run.conclusion = null;
      return { run, runtimeToken: runtimeToken(run.backendId, run.jobBackendId) };
    },
    addWorkflow(file) {
      state.workflows.add(file);
    },
    addPullRequest(number, pull) {
      state.pulls.set(number, {
        number,
        headSha: pull.headSha,
        headRef: pull.headRef,
        headRepository: pull.headRepository ?? state.fullName,
        baseRef: pull.baseRef ?? state.defaultBranch,
      });
    },
    close: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

function route(
  state: FakeState,
  origin: string,
  request: IncomingMessage,
  response: ServerResponse,
  body: Buffer,
): void {
  const url = new URL(request.url ?? '/', origin);
  if (url.pathname.startsWith(TWIRP_PREFIX)) return handleTwirp(state, request, response, url, body, origin);
  if (url.pathname.startsWith(CACHE_PREFIX))
    return handleCacheTwirp(state, request, response, url, body, origin);
  if (url.pathname.startsWith(BLOB_PREFIX)) return handleBlob(state, request, response, url, body);
  if (url.pathname.startsWith('/api/')) return routeRest(state, origin, request, response, url, body);
  state.violations.push(`unexpected request ${request.method} ${url.pathname}`);
  response.writeHead(404).end();
}

function routeRest(
  state: FakeState,
  origin: string,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  raw: Buffer,
): void {
  const method = request.method ?? 'GET';
  const pathname = url.pathname.slice('/api'.length);
  const send = (
    status: number,
    payload: unknown,
    headers: Record<string, string> = {},
    operation?: string,
    token?: string,
  ) => {
    state.requests.push({ method, path: pathname, status, operation, token });
    response.writeHead(
      status,
      payload === undefined ? headers : { 'content-type': 'application/json; charset=utf-8', ...headers },
    );
    response.end(payload === undefined ? undefined : JSON.stringify(payload));
  };
  const matched = matchOperation(method, pathname);
  if (!matched) {
    state.violations.push(`request to an endpoint evalgate is not expected to call: ${method} ${pathname}`);
    return send(404, { message: 'Not Found' });
  }
  const token = /^(?:token|bearer)\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1];
  const permissions = token ? state.tokens.get(token) : undefined;
  if (!permissions) return send(401, { message: 'Bad credentials' }, {}, matched.id, token);
  let body: Record<string, unknown> = {};
  if (raw.length > 0) {
    try {
      body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
    } catch {
      return send(400, { message: 'Problems parsing JSON' }, {}, matched.id, token);
    }
  }
  const problems = checkRequest(matched, url.searchParams, matched.operation.requestBody ? body : undefined);
  if (problems.length > 0) {
    state.violations.push(...problems);
    return send(422, { message: 'Invalid request.', errors: problems }, {}, matched.id, token);
  }
  const result = handleRest(state, {
    operation: matched.id,
    params: matched.params,
    query: url.searchParams,
    body,
    token: permissions,
    origin,
    api: `${origin}/api`,
  });
  if (result.status < 300) state.violations.push(...checkResponse(matched, result.status, result.body));
  send(result.status, result.body, result.headers, matched.id, token);
}

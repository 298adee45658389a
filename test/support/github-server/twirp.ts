// The results service's ArtifactService, in Twirp's JSON flavour, as @actions/artifact speaks it:
// snake_case fields, int64 as strings, errors as {code, msg}. The caller's run comes from the runtime token.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { signedUrl } from './blob.js';
import type { FakeState } from './state.js';

export const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';

type Json = Record<string, unknown>;

function reply(response: ServerResponse, status: number, body: Json): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

function twirpError(response: ServerResponse, status: number, code: string, msg: string): void {
  reply(response, status, { code, msg });
}

/** `Actions.Results:<run>:<job>` from the token's `scp` claim (the token is decoded, never verified). */
export function backendIdsOf(authorization: string | undefined): { run: string; job: string } | undefined {
  const token = authorization?.replace(/^Bearer\s+/i, '');
  const payload = token?.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { scp?: string };
    const scope = claims.scp?.split(' ').find((part) => part.startsWith('Actions.Results:'));
    const [, run, job] = scope?.split(':') ?? [];
    return run && job ? { run, job } : undefined;
  } catch {
    return undefined;
  }
}

/** A runtime token the artifact client can decode, for one run and job. */
export function runtimeToken(runBackendId: string, jobBackendId: string): string {
  const part = (value: Json) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: `Actions.GenericRead:0 Actions.Results:${runBackendId}:${jobBackendId}` })}.fake`;
}

export function handleTwirp(
  state: FakeState,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  body: Buffer,
  origin: string,
): void {
  const method = url.pathname.slice(TWIRP_PREFIX.length);
  const caller = backendIdsOf(request.headers.authorization);
  if (!caller) return twirpError(response, 401, 'unauthenticated', 'missing or malformed runtime token');
  if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) {
    return twirpError(response, 415, 'bad_route', 'this fake speaks the JSON flavour of Twirp only');
  }
  let message: Json;
  try {
    message = JSON.parse(body.toString('utf8')) as Json;
  } catch {
    return twirpError(response, 400, 'malformed', 'the body is not JSON');
  }
  if (message.workflow_run_backend_id !== caller.run || message.workflow_job_run_backend_id !== caller.job) {
    return twirpError(response, 403, 'permission_denied', 'the backend ids do not match the runtime token');
  }
  const run = state.runs.find((candidate) => candidate.backendId === caller.run);
  if (!run) return twirpError(response, 404, 'not_found', `no workflow run ${caller.run}`);
  const name = typeof message.name === 'string' ? message.name : undefined;
  const ofRun = state.artifacts.filter((artifact) => artifact.runBackendId === caller.run);

  switch (method) {
    case 'CreateArtifact': {
      if (!name) return twirpError(response, 400, 'invalid_argument', 'name is required');
      if (message.version !== 7)
        return twirpError(
          response,
          400,
          'invalid_argument',
          `unsupported version ${String(message.version)}`,
        );
      if (ofRun.some((artifact) => artifact.name === name && artifact.finalized)) {
        return twirpError(
          response,
          409,
          'already_exists',
          `an artifact named ${name} already exists in this run`,
        );
      }
      const now = new Date();
      const expiresAt =
        typeof message.expires_at === 'string'
          ? message.expires_at
          : new Date(now.getTime() + 90 * 86_400_000).toISOString();
      const blobPath = `artifacts/${caller.run}/${encodeURIComponent(name)}.zip`;
      const index = state.artifacts.findIndex(
        (artifact) => artifact.runBackendId === caller.run && artifact.name === name,
      );
      if (index >= 0) state.artifacts.splice(index, 1);
      state.artifacts.push({
        id: 0,
        runId: run.id,
        runBackendId: caller.run,
        jobBackendId: caller.job,
        name,
        size: 0,
        createdAt: now.toISOString(),
        expiresAt,
        expired: false,
        finalized: false,
        blobPath,
      });
      return reply(response, 200, { ok: true, signed_upload_url: signedUrl(origin, blobPath, 'cw') });
    }
    case 'FinalizeArtifact': {
      const artifact = ofRun.find((candidate) => candidate.name === name && !candidate.finalized);
      if (!artifact)
        return twirpError(response, 404, 'not_found', `no artifact ${String(name)} being uploaded`);
      const content = state.blobs.get(artifact.blobPath)?.content;
      if (!content) return twirpError(response, 400, 'failed_precondition', 'the blob was never committed');
      if (Number(message.size) !== content.length) {
        return twirpError(
          response,
          400,
          'invalid_argument',
          `size ${String(message.size)} does not match the blob (${content.length})`,
        );
      }
      artifact.size = content.length;
      artifact.digest = typeof message.hash === 'string' ? message.hash : undefined;
      artifact.finalized = true;
      artifact.id = state.id();
      return reply(response, 200, { ok: true, artifact_id: String(artifact.id) });
    }
    case 'ListArtifacts': {
      const idFilter = message.id_filter === undefined ? undefined : Number(message.id_filter);
      const nameFilter = typeof message.name_filter === 'string' ? message.name_filter : undefined;
      const artifacts = ofRun
        .filter((artifact) => artifact.finalized && !artifact.expired)
        .filter(
          (artifact) =>
            (idFilter === undefined || artifact.id === idFilter) &&
            (!nameFilter || artifact.name === nameFilter),
        )
        .map((artifact) => ({
          workflow_run_backend_id: artifact.runBackendId,
          workflow_job_run_backend_id: artifact.jobBackendId,
          database_id: String(artifact.id),
          name: artifact.name,
          size: String(artifact.size),
          created_at: artifact.createdAt,
          ...(artifact.digest ? { digest: artifact.digest } : {}),
        }));
      return reply(response, 200, { artifacts });
    }
    case 'GetSignedArtifactURL': {
      const artifact = ofRun.find((candidate) => candidate.name === name && candidate.finalized);
      if (!artifact) return twirpError(response, 404, 'not_found', `no artifact ${String(name)}`);
      return reply(response, 200, { signed_url: signedUrl(origin, artifact.blobPath, 'r') });
    }
    case 'DeleteArtifact': {
      const artifact = ofRun.find((candidate) => candidate.name === name && candidate.finalized);
      if (!artifact) return twirpError(response, 404, 'not_found', `no artifact ${String(name)}`);
      state.artifacts.splice(state.artifacts.indexOf(artifact), 1);
      return reply(response, 200, { ok: true, artifact_id: String(artifact.id) });
    }
    default:
      return twirpError(response, 404, 'bad_route', `no method ${method}`);
  }
}

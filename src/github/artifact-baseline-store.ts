// Baselines as workflow artifacts: the latest successful run of the baseline workflow on the baseline branch
// that still has the baseline artifact is the baseline. Found through the REST API, downloaded with
// @actions/artifact (`findBy`), uploaded with @actions/artifact into the current run.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseBaseline } from '../baseline/parse.js';
import type {
  BaselineLookupProblem,
  BaselineRecord,
  BaselineStore,
  LoadedBaseline,
} from '../baseline/types.js';
import { UserError } from '../core/errors.js';
import { artifactSafeName, type ArtifactClient, type Logger, type Octokit, type RepoRef } from './client.js';
import { isPermissionError } from './permissions.js';

export const BASELINE_FILE = 'baseline.json';

export interface ArtifactBaselineOptions extends RepoRef {
  octokit: Octokit;
  artifacts: ArtifactClient;
  token: string;
  /** Workflow file name (`evals.yml`) or numeric id whose runs hold baselines. */
  workflow: string | number;
  branch: string;
  /** Baseline artifact name; `{name}` stands for the config's name. */
  artifactName: string;
  onCorrupt: 'warn' | 'error';
  /** Days GitHub keeps a new baseline (1-90; 0 = the repository's default). */
  retentionDays: number;
  /** This run: never its own baseline. */
  currentRunId: number;
  log: Logger;
  /** How many successful runs to look through before giving up. */
  maxRuns?: number;
  tempDir?: string;
}

/** Where a found baseline came from, for the `baseline-run-id` output and the report. */
export interface BaselineLocation {
  runId: number;
  artifactId: number;
  artifactName: string;
  runUrl?: string;
}

export interface ArtifactBaselineStore extends BaselineStore {
  /** Set once `latest` found a baseline. */
  readonly found?: BaselineLocation;
  /** Set when the lookup was refused for lack of permission: the reason, in a few words. */
  readonly blocked?: string;
  /** Set after `save`: the uploaded artifact. */
  readonly saved?: { id: number; name: string };
}

export function baselineArtifactName(template: string, configName: string): string {
  return artifactSafeName(template.replace(/\{name\}/g, configName));
}

export function createArtifactBaselineStore(options: ArtifactBaselineOptions): ArtifactBaselineStore {
  const { octokit, owner, repo, log } = options;
  const maxRuns = options.maxRuns ?? 50;
  const state: {
    found?: BaselineLocation;
    blocked?: string;
    saved?: { id: number; name: string };
    lookupProblem?: BaselineLookupProblem;
  } = {};
  const where = `workflow ${options.workflow} on branch ${options.branch}`;

  async function download(artifactId: number, digest: string | undefined, runId: number): Promise<string> {
    const dir = await mkdtemp(path.join(options.tempDir ?? os.tmpdir(), 'evalgate-baseline-'));
    try {
      const result = await options.artifacts.downloadArtifact(artifactId, {
        path: dir,
        expectedHash: digest ?? undefined,
        findBy: { token: options.token, workflowRunId: runId, repositoryOwner: owner, repositoryName: repo },
      });
      if (result.digestMismatch)
        throw new CorruptBaseline('its sha256 digest does not match the one GitHub recorded');
      const files = await readdir(dir);
      if (!files.includes(BASELINE_FILE)) {
        throw new CorruptBaseline(`it has no ${BASELINE_FILE} (files: ${files.join(', ') || 'none'})`);
      }
      return await readFile(path.join(dir, BASELINE_FILE), 'utf8');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  async function latest(name: string): Promise<LoadedBaseline | null> {
    const artifactName = baselineArtifactName(options.artifactName, name);
    let examined = 0;
    let expired = 0;
    try {
      const pages = octokit.paginate.iterator(octokit.rest.actions.listWorkflowRuns, {
        owner,
        repo,
        workflow_id: options.workflow,
        branch: options.branch,
        status: 'success',
        exclude_pull_requests: true,
        per_page: 20,
      });
      for await (const { data: runs } of pages) {
        for (const run of runs) {
          if (examined >= maxRuns) break;
          if (run.id === options.currentRunId) continue;
          // A fork's branch can share the baseline branch's name: only this repository's commits count.
          if (
            run.head_repository?.full_name &&
            run.head_repository.full_name.toLowerCase() !== `${owner}/${repo}`.toLowerCase()
          ) {
            continue;
          }
          if (run.event === 'pull_request' || run.event === 'pull_request_target') continue;
          examined++;
          const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({
            owner,
            repo,
            run_id: run.id,
            name: artifactName,
            per_page: 100,
          });
          const named = data.artifacts.filter((artifact) => artifact.name === artifactName);
          const live = named.filter((artifact) => !artifact.expired).sort((a, b) => b.id - a.id);
          expired += named.length - live.length;
          const artifact = live[0];
          if (!artifact) continue;
          const origin = `artifact ${artifactName} (id ${artifact.id}) of run ${run.id}`;
          let text: string;
          try {
            text = await download(artifact.id, artifact.digest ?? undefined, run.id);
            const record = parseBaseline(text, origin);
            state.found = { runId: run.id, artifactId: artifact.id, artifactName, runUrl: run.html_url };
            log.info(
              `baseline: ${origin}, created ${record.createdAt}${record.gitSha ? ` at ${record.gitSha.slice(0, 7)}` : ''}.`,
            );
            return { record, origin };
          } catch (error) {
            if (isPermissionError(error)) throw error;
            if (isExpiredError(error)) {
              expired++;
              continue;
            }
            return corrupt(origin, error);
          }
        }
        if (examined >= maxRuns) break;
      }
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status === 404 && examined === 0) {
        // GitHub knows no such workflow (yet): the baseline workflow has never been pushed or never ran.
        log.warning(
          `no baseline yet: GitHub does not know the workflow ${options.workflow} (HTTP 404), so no baseline was ever stored by it. If the baseline is stored by another workflow, set the \`baseline-workflow\` input to its file name.`,
        );
        return null;
      }
      if (!isPermissionError(error)) throw error;
      state.blocked = 'the token may not read workflow runs and artifacts';
      state.lookupProblem = {
        kind: 'forbidden',
        message: `the token may not read the workflow runs and artifacts that hold the baseline (HTTP ${status})`,
        fix: "Grant `actions: read` in the job's permissions.",
      };
      log.warning(
        `evalgate could not look up the baseline (HTTP ${status}): grant \`actions: read\` in the job's permissions. This run is not compared, and it will not replace the baseline.`,
      );
      return null;
    }
    if (expired > 0) {
      state.lookupProblem = {
        kind: 'expired',
        message: `every stored baseline has expired (${expired} expired artifact${expired === 1 ? '' : 's'} ${artifactName} among the last ${examined} successful runs of ${where})`,
        fix: 'Run the baseline workflow on the baseline branch (e.g. workflow_dispatch) to store a fresh baseline, and keep `retention-days` longer than the gap between two baseline runs (or schedule one).',
      };
      log.warning(
        `no usable baseline: ${state.lookupProblem.message}. This run is not compared. ${state.lookupProblem.fix}`,
      );
      return null;
    }
    // Only a hint: when it cannot be had, the run is treated as a first run.
    const elsewhere = await baselineOnOtherBranch(artifactName).catch(() => undefined);
    if (elsewhere) {
      state.lookupProblem = {
        kind: 'other-branch',
        message: `no baseline on branch ${options.branch}, but run ${elsewhere.runId} of workflow ${options.workflow} on branch ${elsewhere.branch} stored ${artifactName}`,
        fix: `Set the \`baseline-branch\` input to ${elsewhere.branch} if that is the baseline branch, or run the baseline workflow on ${options.branch} to store one there.`,
      };
      log.warning(`no usable baseline: ${state.lookupProblem.message}. ${state.lookupProblem.fix}`);
      return null;
    }
    log.info(
      `no baseline yet: no successful run of ${where} among the last ${examined} has an artifact ${artifactName}. This run is not compared; an accepted run on the baseline branch becomes the baseline.`,
    );
    return null;
  }

  /** A baseline stored by a recent run of the workflow on another branch: the likely sign of a wrong branch. */
  async function baselineOnOtherBranch(
    artifactName: string,
  ): Promise<{ runId: number; branch: string } | undefined> {
    const { data } = await octokit.rest.actions.listWorkflowRuns({
      owner,
      repo,
      workflow_id: options.workflow,
      status: 'success',
      exclude_pull_requests: true,
      per_page: 20,
    });
    const candidates = data.workflow_runs
      .filter(
        (run) =>
          run.id !== options.currentRunId &&
          run.head_branch &&
          run.head_branch !== options.branch &&
          run.event !== 'pull_request' &&
          run.event !== 'pull_request_target' &&
          (run.head_repository?.full_name ?? `${owner}/${repo}`).toLowerCase() ===
            `${owner}/${repo}`.toLowerCase(),
      )
      .slice(0, 10);
    for (const run of candidates) {
      const { data: listed } = await octokit.rest.actions.listWorkflowRunArtifacts({
        owner,
        repo,
        run_id: run.id,
        name: artifactName,
        per_page: 100,
      });
      if (listed.artifacts.some((artifact) => artifact.name === artifactName && !artifact.expired)) {
        return { runId: run.id, branch: run.head_branch! };
      }
    }
    return undefined;
  }

  function corrupt(origin: string, error: unknown): null {
    const reason = error instanceof UserError ? error.message : (error as Error).message;
    const message = `the stored baseline ${origin} cannot be used: ${reason}`;
    if (options.onCorrupt === 'error') {
      throw new UserError(message, {
        fix: 'Delete that artifact (or set on-corrupt-baseline: warn to run without a comparison) and re-run on the baseline branch.',
      });
    }
    state.lookupProblem = {
      kind: 'unreadable',
      message,
      fix: 'Delete that artifact and re-run the baseline workflow on the baseline branch to store a new baseline.',
    };
    log.warning(`${message}. This run is not compared (on-corrupt-baseline: warn).`);
    return null;
  }

  async function save(record: BaselineRecord): Promise<string> {
    const artifactName = baselineArtifactName(options.artifactName, record.name);
    const dir = await mkdtemp(path.join(options.tempDir ?? os.tmpdir(), 'evalgate-baseline-up-'));
    try {
      const file = path.join(dir, BASELINE_FILE);
      await writeFile(file, `${JSON.stringify(record)}\n`);
      const { id } = await options.artifacts.uploadArtifact(artifactName, [file], dir, {
        retentionDays: options.retentionDays > 0 ? options.retentionDays : undefined,
      });
      state.saved = { id: id ?? 0, name: artifactName };
      return `artifact ${artifactName}${id ? ` (id ${id})` : ''} of run ${options.currentRunId}`;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  return {
    description: `workflow artifacts (${where})`,
    latest,
    save,
    get found() {
      return state.found;
    },
    get blocked() {
      return state.blocked;
    },
    get saved() {
      return state.saved;
    },
    get lookupProblem() {
      return state.lookupProblem;
    },
  };
}

/** A store that answers `latest` with a baseline looked up beforehand (so the action can decide the policy first). */
export function withPrefetched(store: BaselineStore, loaded: LoadedBaseline | null): BaselineStore {
  return {
    description: store.description,
    latest: async () => loaded,
    save: (record) => store.save(record),
    get lookupProblem() {
      return store.lookupProblem;
    },
  };
}

/** GitHub answers 410 Gone for an artifact that expired after it was listed. */
function isExpiredError(error: unknown): boolean {
  return (
    (error as { status?: unknown } | null)?.status === 410 ||
    /\b410\b|expired/i.test(String((error as Error)?.message))
  );
}

class CorruptBaseline extends Error {}

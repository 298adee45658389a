// Baselines as workflow artifacts: the latest successful run of the baseline workflow on the baseline branch
// that still has the baseline artifact is the baseline. Found through the REST API, downloaded with
// @actions/artifact (`findBy`), uploaded with @actions/artifact into the current run.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readBaselineRecord } from '../baseline/read-lines.js';
import { baselineJsonPieces } from '../baseline/serialize.js';
import type {
  BaselineLookupProblem,
  BaselineRecord,
  BaselineStore,
  LoadedBaseline,
} from '../baseline/types.js';
import { UserError } from '../core/errors.js';
import { writeTextPieces } from '../core/text-pieces.js';
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
  return new ArtifactBaselines(options);
}

/** What a look through the baseline workflow's runs saw. */
interface RunScan {
  examined: number;
  expired: number;
}

class ArtifactBaselines implements ArtifactBaselineStore {
  found?: BaselineLocation;
  blocked?: string;
  saved?: { id: number; name: string };
  lookupProblem?: BaselineLookupProblem;
  readonly description: string;
  private readonly where: string;
  private readonly maxRuns: number;

  constructor(private readonly options: ArtifactBaselineOptions) {
    this.where = `workflow ${options.workflow} on branch ${options.branch}`;
    this.description = `workflow artifacts (${this.where})`;
    this.maxRuns = options.maxRuns ?? 50;
  }

  async latest(name: string): Promise<LoadedBaseline | null> {
    const artifactName = baselineArtifactName(this.options.artifactName, name);
    const scan: RunScan = { examined: 0, expired: 0 };
    try {
      const loaded = await this.firstUsable(artifactName, scan);
      if (loaded !== undefined) return loaded;
    } catch (error) {
      return this.lookupFailed(error, scan);
    }
    return this.explainMissing(artifactName, scan);
  }

  /** The newest usable baseline among the successful runs (null: a damaged one, reported); undefined: none. */
  private async firstUsable(artifactName: string, scan: RunScan): Promise<LoadedBaseline | null | undefined> {
    const { octokit, owner, repo } = this.options;
    const pages = octokit.paginate.iterator(octokit.rest.actions.listWorkflowRuns, {
      owner,
      repo,
      workflow_id: this.options.workflow,
      branch: this.options.branch,
      status: 'success',
      exclude_pull_requests: true,
      per_page: 20,
    });
    for await (const { data: runs } of pages) {
      for (const run of runs) {
        if (scan.examined >= this.maxRuns) return undefined;
        if (run.id === this.options.currentRunId || !this.isOwnPush(run)) continue;
        scan.examined++;
        const loaded = await this.baselineOfRun(run, artifactName, scan);
        if (loaded !== undefined) return loaded;
      }
    }
    return undefined;
  }

  /** A run of this repository's own branch: a fork's branch can share the baseline branch's name. */
  private isOwnPush(run: { head_repository?: { full_name?: string } | null; event?: string }): boolean {
    const { owner, repo } = this.options;
    if (
      run.head_repository?.full_name &&
      run.head_repository.full_name.toLowerCase() !== `${owner}/${repo}`.toLowerCase()
    ) {
      return false;
    }
    return run.event !== 'pull_request' && run.event !== 'pull_request_target';
  }

  /** The run's baseline (null: damaged, reported), or undefined when it has none that is still kept. */
  private async baselineOfRun(
    run: { id: number; html_url?: string },
    artifactName: string,
    scan: RunScan,
  ): Promise<LoadedBaseline | null | undefined> {
    const { octokit, owner, repo, log } = this.options;
    const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({
      owner,
      repo,
      run_id: run.id,
      name: artifactName,
      per_page: 100,
    });
    const named = data.artifacts.filter((artifact) => artifact.name === artifactName);
    const live = named.filter((artifact) => !artifact.expired).sort((a, b) => b.id - a.id);
    scan.expired += named.length - live.length;
    const artifact = live[0];
    if (!artifact) return undefined;
    const origin = `artifact ${artifactName} (id ${artifact.id}) of run ${run.id}`;
    try {
      const record = await this.download(artifact.id, artifact.digest ?? undefined, run.id, origin);
      this.found = { runId: run.id, artifactId: artifact.id, artifactName, runUrl: run.html_url };
      log.info(
        `baseline: ${origin}, created ${record.createdAt}${record.gitSha ? ` at ${record.gitSha.slice(0, 7)}` : ''}.`,
      );
      return { record, origin };
    } catch (error) {
      if (isPermissionError(error)) throw error;
      if (isExpiredError(error)) {
        scan.expired++;
        return undefined;
      }
      return this.corrupt(origin, error);
    }
  }

  private async download(
    artifactId: number,
    digest: string | undefined,
    runId: number,
    origin: string,
  ): Promise<BaselineRecord> {
    const { owner, repo } = this.options;
    const dir = await mkdtemp(path.join(this.options.tempDir ?? os.tmpdir(), 'evalgate-baseline-'));
    try {
      const result = await this.options.artifacts.downloadArtifact(artifactId, {
        path: dir,
        expectedHash: digest ?? undefined,
        findBy: {
          token: this.options.token,
          workflowRunId: runId,
          repositoryOwner: owner,
          repositoryName: repo,
        },
      });
      if (result.digestMismatch)
        throw new CorruptBaseline('its sha256 digest does not match the one GitHub recorded');
      const files = await readdir(dir);
      if (!files.includes(BASELINE_FILE)) {
        throw new CorruptBaseline(`it has no ${BASELINE_FILE} (files: ${files.join(', ') || 'none'})`);
      }
      return await readBaselineRecord(path.join(dir, BASELINE_FILE), origin);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** The lookup itself failed: an unknown workflow is a first run, a refused one is reported, anything else thrown. */
  private lookupFailed(error: unknown, scan: RunScan): null {
    const { log } = this.options;
    const status = (error as { status?: number }).status;
    if (status === 404 && scan.examined === 0) {
      // GitHub knows no such workflow (yet): the baseline workflow has never been pushed or never ran.
      log.warning(
        `no baseline yet: GitHub does not know the workflow ${this.options.workflow} (HTTP 404), so no baseline was ever stored by it. If the baseline is stored by another workflow, set the \`baseline-workflow\` input to its file name.`,
      );
      return null;
    }
    if (!isPermissionError(error)) throw error;
    this.blocked = 'the token may not read workflow runs and artifacts';
    this.lookupProblem = {
      kind: 'forbidden',
      message: `the token may not read the workflow runs and artifacts that hold the baseline (HTTP ${status})`,
      fix: "Grant `actions: read` in the job's permissions.",
    };
    log.warning(
      `evalgate could not look up the baseline (HTTP ${status}): grant \`actions: read\` in the job's permissions. This run is not compared, and it will not replace the baseline.`,
    );
    return null;
  }

  /** No baseline was found: expired, stored on another branch, or never stored. */
  private async explainMissing(artifactName: string, scan: RunScan): Promise<null> {
    const { log, workflow, branch } = this.options;
    if (scan.expired > 0) {
      this.lookupProblem = {
        kind: 'expired',
        message: `every stored baseline has expired (${scan.expired} expired artifact${scan.expired === 1 ? '' : 's'} ${artifactName} among the last ${scan.examined} successful runs of ${this.where})`,
        fix: 'Run the baseline workflow on the baseline branch (e.g. workflow_dispatch) to store a fresh baseline, and keep `retention-days` longer than the gap between two baseline runs (or schedule one).',
      };
      log.warning(
        `no usable baseline: ${this.lookupProblem.message}. This run is not compared. ${this.lookupProblem.fix}`,
      );
      return null;
    }
    // Only a hint: when it cannot be had, the run is treated as a first run.
    const elsewhere = await this.baselineOnOtherBranch(artifactName).catch(() => undefined);
    if (elsewhere) {
      this.lookupProblem = {
        kind: 'other-branch',
        message: `no baseline on branch ${branch}, but run ${elsewhere.runId} of workflow ${workflow} on branch ${elsewhere.branch} stored ${artifactName}`,
        fix: `Set the \`baseline-branch\` input to ${elsewhere.branch} if that is the baseline branch, or run the baseline workflow on ${branch} to store one there.`,
      };
      log.warning(`no usable baseline: ${this.lookupProblem.message}. ${this.lookupProblem.fix}`);
      return null;
    }
    log.info(
      `no baseline yet: no successful run of ${this.where} among the last ${scan.examined} has an artifact ${artifactName}. This run is not compared; an accepted run on the baseline branch becomes the baseline.`,
    );
    return null;
  }

  /** A baseline stored by a recent run of the workflow on another branch: the likely sign of a wrong branch. */
  private async baselineOnOtherBranch(
    artifactName: string,
  ): Promise<{ runId: number; branch: string } | undefined> {
    const { octokit, owner, repo } = this.options;
    const { data } = await octokit.rest.actions.listWorkflowRuns({
      owner,
      repo,
      workflow_id: this.options.workflow,
      status: 'success',
      exclude_pull_requests: true,
      per_page: 20,
    });
    const candidates = data.workflow_runs
      .filter(
        (run) =>
          run.id !== this.options.currentRunId &&
          run.head_branch &&
          run.head_branch !== this.options.branch &&
          this.isOwnPush(run),
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

  private corrupt(origin: string, error: unknown): null {
    const reason = error instanceof UserError ? error.message : (error as Error).message;
    const message = `the stored baseline ${origin} cannot be used: ${reason}`;
    if (this.options.onCorrupt === 'error') {
      throw new UserError(message, {
        fix: 'Delete that artifact (or set on-corrupt-baseline: warn to run without a comparison) and re-run on the baseline branch.',
      });
    }
    this.lookupProblem = {
      kind: 'unreadable',
      message,
      fix: 'Delete that artifact and re-run the baseline workflow on the baseline branch to store a new baseline.',
    };
    this.options.log.warning(`${message}. This run is not compared (on-corrupt-baseline: warn).`);
    return null;
  }

  async save(record: BaselineRecord): Promise<string> {
    const artifactName = baselineArtifactName(this.options.artifactName, record.name);
    const dir = await mkdtemp(path.join(this.options.tempDir ?? os.tmpdir(), 'evalgate-baseline-up-'));
    try {
      const file = path.join(dir, BASELINE_FILE);
      await writeTextPieces(file, baselineJsonPieces(record));
      const { id } = await this.options.artifacts.uploadArtifact(artifactName, [file], dir, {
        retentionDays: this.options.retentionDays > 0 ? this.options.retentionDays : undefined,
      });
      this.saved = { id: id ?? 0, name: artifactName };
      return `artifact ${artifactName}${id ? ` (id ${id})` : ''} of run ${this.options.currentRunId}`;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
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

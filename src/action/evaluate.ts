// Evaluate mode: run the pipeline with the artifact baseline store, upload the report, publish the
// comment and the check run, write the job summary and the outputs.
import path from 'node:path';
import { createLocalBaselineStore } from '../baseline/local-store.js';
import type { BaselineStore, LoadedBaseline } from '../baseline/types.js';
import { loadConfig } from '../config/load.js';
import { type ConfigOverrides } from '../config/types.js';
import type { LoadedConfig } from '../config/types.js';
import type { Decision } from '../core/types.js';
import {
  createArtifactBaselineStore,
  withPrefetched,
  type ArtifactBaselineStore,
} from '../github/artifact-baseline-store.js';
import { baselinePolicy, type BaselinePolicy } from '../github/baseline-policy.js';
import type { Octokit } from '../github/client.js';
import { artifactUrl, type RunContext } from '../github/context.js';
import { isPermissionError } from '../github/permissions.js';
import { publishContextOf, writePublishContext } from '../github/publish-context.js';
import { publishTargetOf, type PublishOutcome } from '../github/post-report.js';
import { gitHubPublisher } from '../github/publisher.js';
import { reportArtifactName, uploadReportFolder, type UploadedReport } from '../github/report-upload.js';
import {
  cacheSyncApplies,
  cacheWritePolicy,
  responseCacheKeys,
  restoreResponseCache,
  saveResponseCache,
} from '../github/response-cache-sync.js';
import { runEvaluation, storeAcceptedRun } from '../pipeline/run.js';
import { filePublisher } from '../publish/files.js';
import type { PublishFacts } from '../publish/publisher.js';
import { renderConsoleSummary } from '../report/console.js';
import { renderJobSummary } from '../report/job-summary.js';
import { stripTerminalControls } from '../report/log-line.js';
import type { Report } from '../core/report.js';
import { writeReportFiles } from '../report/write.js';
import { collectShardFiles, mergeShardsWithConfig } from '../shard/index.js';
import type { ActionInputs } from './inputs.js';
import { setActionOutputs } from './outputs.js';
import type { Runner } from './runner.js';
import type { ActionCore } from './action-core.js';
import { connectServices, type GitHubServices } from './services.js';
import { emitStepAnnotations, type StepVerdict } from './step-annotations.js';
import { summaryFooter } from '../report/summary-footer.js';

/** What the step ends with: the decision, and whether the step fails (BLOCK or ERROR). */
export interface StepResult {
  decision: Decision;
  failed: boolean;
}

/** A finished run of the pipeline, with where its baseline came from and whether it may replace it. */
interface EvaluatedRun {
  report: Report;
  config: LoadedConfig;
  loaded: LoadedBaseline | null;
  artifactStore?: ArtifactBaselineStore;
  policy: BaselinePolicy;
  warnings: string[];
}

export async function evaluate(
  runner: Runner,
  inputs: ActionInputs,
  context: RunContext | undefined,
): Promise<StepResult> {
  const services = connectServices(inputs.githubToken, runner.env);
  const run = await runPipeline(runner, inputs, context, services);
  const { report, config, warnings } = run;
  const written = await writeReportFiles(report, config.report.outDir, config.report.maxFailingItems);
  runner.core.info(renderConsoleSummary(report, path.relative(process.cwd(), written.dir) || '.'));
  const files = await filePublisher(inputs.fileOutputs).publish(report, { reportDir: written.dir });
  for (const note of files.notes) runner.log.info(note);

  const uploaded = await uploadReport(runner, inputs, context, services, report, written.dir, warnings);
  const facts: PublishFacts = {
    reportDir: written.dir,
    reportUrl: uploaded?.id && context ? artifactUrl(context, context.runId, uploaded.id) : undefined,
  };
  const published: PublishOutcome = context
    ? await gitHubPublisher(services.octokit, publishTargetOf(context), inputs).publish(report, facts)
    : { warnings: [], notes: [] };
  warnings.push(...published.warnings);
  // The verdict first: the runner drops the errors and warnings of a step after the tenth.
  emitStepAnnotations(runner, { verdict: verdictOf(report), warnings, items: published.unposted ?? [] });
  for (const note of published.notes) runner.log.info(note);

  await writeJobSummary(runner.core, run, facts, published.notes);
  setActionOutputs(runner.core, {
    decision: report.decision,
    reportPath: written.json,
    metrics: report.metrics,
    commentUrl: published.commentUrl,
    checkRunId: published.checkRunId,
    baselineRunId: run.artifactStore?.found?.runId,
  });
  // The verdict is already the step's first error: the step fails without repeating it after the items.
  return { decision: report.decision, failed: report.decision !== 'deploy' };
}

/** The pipeline (or the merge of shards) against the baseline store, with the response cache; stores the baseline. */
async function runPipeline(
  runner: Runner,
  inputs: ActionInputs,
  context: RunContext | undefined,
  services: GitHubServices,
): Promise<EvaluatedRun> {
  const { env: runnerEnv, log } = runner;
  const config = await loadConfig(inputs.config, inputs.overrides as ConfigOverrides);
  const env = { ...runnerEnv };
  if (inputs.apiKey && config.model) env[config.model.apiKeyEnv] = inputs.apiKey;
  maskKeysOf(runner.core, config, env);

  const { store, artifactStore, branch } = await chooseStore(runner, inputs, context, services, config);
  let loaded: LoadedBaseline | null = null;
  if (!config.regression.baselinePath) loaded = await store.latest(config.name);
  const policy: BaselinePolicy = context
    ? baselinePolicy(context, inputs.updateBaseline, branch, artifactStore?.blocked)
    : { write: inputs.updateBaseline !== 'never', reason: 'a run outside GitHub Actions.' };
  log.info(`baseline update: ${policy.write ? 'allowed' : 'no'}, ${policy.reason}`);

  // The pipeline does not store the baseline itself here: storing it is a GitHub call that can fail (a
  // re-run attempt whose first attempt already stored it, a service outage), and that must be a warning.
  const shardFiles = inputs.merge ? await collectShardFiles([inputs.merge]) : undefined;
  const run: typeof runEvaluation = shardFiles
    ? (loadedConfig, deps) => mergeShardsWithConfig(loadedConfig, shardFiles, deps)
    : runEvaluation;
  const cacheKeys = responseCacheKeys(config, {
    runId: context?.runId?.toString(),
    attempt: context?.runAttempt?.toString(),
  });
  const syncCache = !shardFiles && context !== undefined && cacheSyncApplies(config);
  if (syncCache) await restoreResponseCache(config, cacheKeys, log);
  const report = await run(config, {
    baselineStore: withPrefetched(store, loaded),
    writeBaseline: false,
    replacesBaseline: policy.write,
    log: log.info,
    env,
    git: {
      sha: context?.headSha ?? runnerEnv.GITHUB_SHA,
      ref: runnerEnv.GITHUB_REF,
      runId: runnerEnv.GITHUB_RUN_ID,
    },
  });
  if (syncCache) {
    const write = cacheWritePolicy(inputs.cacheWrite, {
      eventName: context.triggeringRun ? context.triggeringRun.event : context.eventName,
      branch: context.branch,
      baselineBranch: branch ?? inputs.baselineBranch ?? context.defaultBranch,
    });
    if (write.save) await saveResponseCache(config, cacheKeys, log);
    else log.info(`response cache not saved: ${write.reason}.`);
  }
  const warnings: string[] = [];
  if (report.decision === 'deploy' && policy.write) {
    try {
      await storeAcceptedRun(report, store);
      log.info(`baseline written: ${report.baselineWritten}`);
    } catch (error) {
      warnings.push(`The new baseline could not be stored: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return { report, config, loaded, artifactStore, policy, warnings };
}

/** The report folder as an artifact of the run (and the context the publisher checks), when the runner has them. */
async function uploadReport(
  runner: Runner,
  inputs: ActionInputs,
  context: RunContext | undefined,
  services: GitHubServices,
  report: Report,
  dir: string,
  warnings: string[],
): Promise<UploadedReport | undefined> {
  if (context) await writePublishContext(dir, publishContextOf(context, report.name));
  if (!services.artifacts) return undefined;
  try {
    const uploaded = await uploadReportFolder(
      services.artifacts,
      dir,
      reportArtifactName(report.name, context?.runAttempt, inputs.matrixKey),
      inputs.reportRetentionDays,
    );
    runner.log.info(`report uploaded: artifact ${uploaded.name} (id ${uploaded.id})`);
    return uploaded;
  } catch (error) {
    warnings.push(`The report could not be uploaded as an artifact: ${(error as Error).message}`);
    return undefined;
  }
}

async function writeJobSummary(
  core: ActionCore,
  run: EvaluatedRun,
  facts: PublishFacts,
  notes: string[],
): Promise<void> {
  const { report, config, artifactStore, loaded, policy } = run;
  const summary = renderJobSummary(report, {
    maxFailingItems: config.report.maxFailingItems,
    footer: summaryFooter({
      reportArtifact: facts.reportUrl,
      baseline: artifactStore?.found
        ? `artifact ${artifactStore.found.artifactName} of run ${artifactStore.found.runId}`
        : loaded
          ? loaded.origin
          : undefined,
      baselinePolicy: policy.write
        ? `the run was not accepted (${report.decision.toUpperCase()})`
        : policy.reason,
      baselineWritten: report.baselineWritten,
      notes,
      warnings: run.warnings,
    }),
  });
  await core.summary.addRaw(summary, true).write();
}

function verdictOf(report: Report): StepVerdict {
  const message = stripTerminalControls(report.headline);
  if (report.decision !== 'deploy') return { level: 'error', message };
  const warned = report.gates.some((gate) => gate.effect === 'warn');
  return { level: warned ? 'warning' : 'notice', message };
}

async function chooseStore(
  { log: runnerLog, env }: Runner,
  inputs: ActionInputs,
  context: RunContext | undefined,
  services: GitHubServices,
  config: LoadedConfig,
): Promise<{ store: BaselineStore; artifactStore?: ArtifactBaselineStore; branch?: string }> {
  const local = () => createLocalBaselineStore(config.regression.baselineDir);
  if (!context || !services.artifacts || !services.octokit || !services.token) {
    runnerLog.info(
      `baselines: the local folder ${config.regression.baselineDir} (${
        !context
          ? 'not in a GitHub Actions run'
          : !services.artifacts
            ? 'the artifact service is not available'
            : 'no github-token'
      }).`,
    );
    return { store: local() };
  }
  const branch =
    inputs.baselineBranch ?? context.defaultBranch ?? (await defaultBranch(services.octokit, context));
  const workflow = inputs.baselineWorkflow ?? context.workflowFile;
  if (!branch || !workflow) {
    runnerLog.warning(
      `evalgate cannot tell the baseline ${!branch ? 'branch' : 'workflow'}: set the \`${
        !branch ? 'baseline-branch' : 'baseline-workflow'
      }\` input. Baselines are kept in the local folder ${config.regression.baselineDir} for this run.`,
    );
    return { store: local(), branch };
  }
  const artifactStore = createArtifactBaselineStore({
    octokit: services.octokit,
    artifacts: services.artifacts,
    token: services.token,
    owner: context.owner,
    repo: context.repo,
    workflow: /^\d+$/.test(workflow) ? Number(workflow) : workflow,
    branch,
    artifactName: inputs.baselineArtifact,
    onCorrupt: inputs.onCorruptBaseline,
    retentionDays: inputs.retentionDays,
    currentRunId: context.runId,
    log: runnerLog,
    tempDir: env.RUNNER_TEMP || undefined,
  });
  return { store: artifactStore, artifactStore, branch };
}

/** The repository's default branch when the event payload does not say (a scheduled run's is its own branch). */
async function defaultBranch(octokit: Octokit, context: RunContext): Promise<string | undefined> {
  try {
    const { data } = await octokit.rest.repos.get({ owner: context.owner, repo: context.repo });
    return data.default_branch;
  } catch (error) {
    if (!isPermissionError(error) && (error as { status?: number }).status === undefined) throw error;
    return context.eventName === 'schedule' ? context.branch : undefined;
  }
}

/** Keys read from the environment (the model's and the judge's) never reach a log. */
export function maskKeysOf(
  core: Pick<ActionCore, 'setSecret'>,
  config: LoadedConfig,
  env: NodeJS.ProcessEnv,
): void {
  for (const name of [config.model?.apiKeyEnv, config.judge?.endpoint.apiKeyEnv]) {
    const value = name ? env[name] : undefined;
    if (value) core.setSecret(value);
  }
}

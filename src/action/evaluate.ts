// Evaluate mode: run the pipeline with the artifact baseline store, upload the report, publish the
// comment and the check run, write the job summary and the outputs.
import * as core from '@actions/core';
import path from 'node:path';
import { createLocalBaselineStore } from '../baseline/local-store.js';
import type { BaselineStore, LoadedBaseline } from '../baseline/types.js';
import { loadConfig, type ConfigOverrides } from '../config/load.js';
import type { EvalgateConfig } from '../config/types.js';
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
import { reportArtifactName, uploadReportFolder, type UploadedReport } from '../github/report-upload.js';
import {
  cacheSyncApplies,
  cacheWritePolicy,
  responseCacheKeys,
  restoreResponseCache,
  saveResponseCache,
} from '../github/response-cache-sync.js';
import { renderJobSummary } from '../report/job-summary.js';
import { runEvaluation, storeAcceptedRun } from '../pipeline/run.js';
import { collectShardFiles, mergeShardsWithConfig } from '../shard/index.js';
import { renderConsoleSummary } from '../report/console.js';
import { writeReportFiles } from '../report/write.js';
import type { ActionInputs } from './inputs.js';
import { setActionOutputs } from './outputs.js';
import { publishResults, publishTargetOf, type PublishOutcome } from '../github/publisher.js';
import { runnerLog } from './runner-log.js';
import { stripTerminalControls } from '../report/log-line.js';
import { connectServices, type GitHubServices } from './services.js';
import { emitStepAnnotations, type StepVerdict } from './step-annotations.js';
import { summaryFooter } from './summary-footer.js';
import type { Report } from '../report/types.js';

export async function evaluate(inputs: ActionInputs, context: RunContext | undefined): Promise<Decision> {
  const services = connectServices(inputs.githubToken);
  const config = await loadConfig(inputs.config, inputs.overrides as ConfigOverrides);
  const env = { ...process.env };
  if (inputs.apiKey && config.model) env[config.model.apiKeyEnv] = inputs.apiKey;
  maskKeysOf(config, env);

  const { store, artifactStore, branch } = await chooseStore(inputs, context, services, config);
  let loaded: LoadedBaseline | null = null;
  if (!config.regression.baselinePath) loaded = await store.latest(config.name);
  const policy: BaselinePolicy = context
    ? baselinePolicy(context, inputs.updateBaseline, branch, artifactStore?.blocked)
    : { write: inputs.updateBaseline !== 'never', reason: 'a run outside GitHub Actions.' };
  runnerLog.info(`baseline update: ${policy.write ? 'allowed' : 'no'}, ${policy.reason}`);

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
  if (syncCache) await restoreResponseCache(config, cacheKeys, runnerLog);
  const report = await run(config, {
    baselineStore: withPrefetched(store, loaded),
    writeBaseline: false,
    replacesBaseline: policy.write,
    log: runnerLog.info,
    env,
    git: {
      sha: context?.headSha ?? process.env.GITHUB_SHA,
      ref: process.env.GITHUB_REF,
      runId: process.env.GITHUB_RUN_ID,
    },
  });
  if (syncCache) {
    const write = cacheWritePolicy(inputs.cacheWrite, {
      eventName: context.triggeringRun ? context.triggeringRun.event : context.eventName,
      branch: context.branch,
      baselineBranch: branch ?? inputs.baselineBranch ?? context.defaultBranch,
    });
    if (write.save) await saveResponseCache(config, cacheKeys, runnerLog);
    else runnerLog.info(`response cache not saved: ${write.reason}.`);
  }
  const warnings: string[] = [];
  if (report.decision === 'deploy' && policy.write) {
    try {
      await storeAcceptedRun(report, store);
      runnerLog.info(`baseline written: ${report.baselineWritten}`);
    } catch (error) {
      warnings.push(`The new baseline could not be stored: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  const written = await writeReportFiles(report, config.report.outDir, config.report.maxFailingItems);
  core.info(renderConsoleSummary(report, path.relative(process.cwd(), written.dir) || '.'));

  let uploaded: UploadedReport | undefined;
  if (context) await writePublishContext(written.dir, publishContextOf(context, report.name));
  if (services.artifacts) {
    try {
      uploaded = await uploadReportFolder(
        services.artifacts,
        written.dir,
        reportArtifactName(report.name, context?.runAttempt, inputs.matrixKey),
        inputs.reportRetentionDays,
      );
      runnerLog.info(`report uploaded: artifact ${uploaded.name} (id ${uploaded.id})`);
    } catch (error) {
      warnings.push(`The report could not be uploaded as an artifact: ${(error as Error).message}`);
    }
  }

  let published: PublishOutcome = { warnings: [], notes: [] };
  if (context) {
    published = await publishResults(
      services.octokit,
      report,
      publishTargetOf(
        context,
        uploaded && uploaded.id ? artifactUrl(context, context.runId, uploaded.id) : undefined,
      ),
      inputs,
    );
  }
  warnings.push(...published.warnings);
  // The verdict first: the runner drops the errors and warnings of a step after the tenth.
  emitStepAnnotations({ verdict: verdictOf(report), warnings, items: published.unposted ?? [] });
  for (const note of published.notes) runnerLog.info(note);

  const summary = renderJobSummary(report, {
    maxFailingItems: config.report.maxFailingItems,
    footer: summaryFooter({
      reportArtifact:
        uploaded && context && uploaded.id ? artifactUrl(context, context.runId, uploaded.id) : undefined,
      baseline: artifactStore?.found
        ? `artifact ${artifactStore.found.artifactName} of run ${artifactStore.found.runId}`
        : loaded
          ? loaded.origin
          : undefined,
      baselinePolicy: policy.write
        ? `the run was not accepted (${report.decision.toUpperCase()})`
        : policy.reason,
      baselineWritten: report.baselineWritten,
      notes: published.notes,
      warnings,
    }),
  });
  await core.summary.addRaw(summary, true).write();
  setActionOutputs({
    decision: report.decision,
    reportPath: written.json,
    metrics: report.metrics,
    commentUrl: published.commentUrl,
    checkRunId: published.checkRunId,
    baselineRunId: artifactStore?.found?.runId,
  });
  // The verdict is already the step's first error: fail the step without repeating it after the items.
  if (report.decision !== 'deploy') process.exitCode = core.ExitCode.Failure;
  return report.decision;
}

function verdictOf(report: Report): StepVerdict {
  const message = stripTerminalControls(report.headline);
  if (report.decision !== 'deploy') return { level: 'error', message };
  const warned = report.gates.some((gate) => gate.effect === 'warn');
  return { level: warned ? 'warning' : 'notice', message };
}

async function chooseStore(
  inputs: ActionInputs,
  context: RunContext | undefined,
  services: GitHubServices,
  config: EvalgateConfig,
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
    tempDir: process.env.RUNNER_TEMP || undefined,
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
export function maskKeysOf(config: EvalgateConfig, env: NodeJS.ProcessEnv): void {
  for (const name of [config.model?.apiKeyEnv, config.judge?.endpoint.apiKeyEnv]) {
    const value = name ? env[name] : undefined;
    if (value) core.setSecret(value);
  }
}

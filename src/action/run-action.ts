import * as core from '@actions/core';
import path from 'node:path';
import { createLocalBaselineStore } from '../baseline/local-store.js';
import { loadConfig } from '../config/load.js';
import { UserError } from '../core/errors.js';
import type { Decision, MetricsMap } from '../core/types.js';
import { runEvaluation } from '../pipeline/run.js';
import { renderConsoleSummary } from '../report/console.js';
import { renderMarkdown } from '../report/markdown.js';
import { writeReportFiles } from '../report/write.js';
import { readActionInputs } from './inputs.js';

/** The GitHub Action: inputs -> pipeline -> report, outputs, job summary. Fails the step on BLOCK or error. */
export async function runAction(): Promise<Decision> {
  try {
    const inputs = readActionInputs();
    const config = await loadConfig(inputs.config, inputs.overrides);
    const env = { ...process.env };
    if (inputs.apiKey && config.model) env[config.model.apiKeyEnv] = inputs.apiKey;
    const report = await runEvaluation(config, {
      baselineStore: createLocalBaselineStore(config.regression.baselineDir),
      writeBaseline: true,
      log: (line) => core.info(line),
      env,
      git: { sha: process.env.GITHUB_SHA, ref: process.env.GITHUB_REF, runId: process.env.GITHUB_RUN_ID },
    });
    const written = await writeReportFiles(report, config.report.outDir, config.report.maxFailingItems);
    core.info(renderConsoleSummary(report, path.relative(process.cwd(), written.dir) || '.'));
    setOutputs(report.decision, written.json, report.metrics);
    await core.summary
      .addRaw(renderMarkdown(report, { maxFailingItems: config.report.maxFailingItems }), true)
      .write();
    if (report.decision === 'block') core.setFailed(report.headline);
    return report.decision;
  } catch (error) {
    const message =
      error instanceof UserError
        ? error.describe()
        : `internal error: ${(error as Error).stack ?? String(error)}`;
    if (error instanceof UserError && error.file) {
      core.error(error.message + (error.fix ? ` ${error.fix}` : ''), {
        title: 'evalgate: configuration error',
        file: path.relative(process.cwd(), error.file) || error.file,
        startLine: error.line,
      });
    }
    core.setOutput('decision', 'error');
    core.setOutput('metrics', '{}');
    await core.summary
      .addHeading('evalgate: ⚠️ ERROR', 2)
      .addRaw(`<p>${escapeHtml(message)}</p>`, true)
      .write()
      .catch(() => undefined);
    core.setFailed(`evalgate: ${message}`);
    return 'error';
  }
}

function setOutputs(decision: Decision, reportPath: string, metrics: MetricsMap): void {
  core.setOutput('decision', decision);
  core.setOutput('report-path', reportPath);
  const compact = Object.fromEntries(
    Object.entries(metrics)
      .filter(([, metric]) => metric.category === undefined)
      .map(([name, metric]) => [name, metric.value]),
  );
  core.setOutput('metrics', JSON.stringify(compact));
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

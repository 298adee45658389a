// What a `workflow_run` publisher needs to know about the evaluating run, saved beside report.json in the
// report artifact. The publisher treats it as untrusted (a fork wrote it): the pull request number is only
// used after checking that the pull request's head is the commit the triggering run evaluated.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RunContext } from './context.js';

export const PUBLISH_CONTEXT_FILE = 'evalgate-context.json';

export interface PublishContext {
  kind: 'evalgate-context';
  version: 1;
  configName: string;
  event: string;
  runId: number;
  runAttempt: number;
  headSha: string;
  pullRequest?: number;
  /** Workspace of the evaluating run, to turn absolute paths in the report into repository paths. */
  workspace: string;
  /** Workflow file of the evaluating run, part of the comment marker. */
  workflowFile?: string;
}

export function publishContextOf(context: RunContext, configName: string): PublishContext {
  return {
    kind: 'evalgate-context',
    version: 1,
    configName,
    event: context.eventName,
    runId: context.runId,
    runAttempt: context.runAttempt,
    headSha: context.headSha,
    pullRequest: context.pullRequest?.number,
    workspace: context.workspace,
    workflowFile: context.workflowFile,
  };
}

export async function writePublishContext(dir: string, value: PublishContext): Promise<void> {
  await writeFile(path.join(dir, PUBLISH_CONTEXT_FILE), `${JSON.stringify(value, null, 2)}\n`);
}

/** Reads and checks the file; anything malformed is `undefined` (the publisher then posts no comment). */
export async function readPublishContext(dir: string): Promise<PublishContext | undefined> {
  try {
    const raw = JSON.parse(
      await readFile(path.join(dir, PUBLISH_CONTEXT_FILE), 'utf8'),
    ) as Partial<PublishContext>;
    if (raw.kind !== 'evalgate-context' || raw.version !== 1 || typeof raw.configName !== 'string')
      return undefined;
    return {
      kind: 'evalgate-context',
      version: 1,
      configName: raw.configName,
      event: typeof raw.event === 'string' ? raw.event : '',
      runId: Number(raw.runId) || 0,
      runAttempt: Number(raw.runAttempt) || 1,
      headSha: typeof raw.headSha === 'string' ? raw.headSha : '',
      pullRequest:
        Number.isInteger(raw.pullRequest) && (raw.pullRequest as number) > 0 ? raw.pullRequest : undefined,
      workspace: typeof raw.workspace === 'string' ? raw.workspace : '',
      workflowFile: typeof raw.workflowFile === 'string' ? raw.workflowFile : undefined,
    };
  } catch {
    return undefined;
  }
}

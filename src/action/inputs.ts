import type { ConfigOverrides } from '../config/types.js';
import { UserError } from '../core/errors.js';
import type { UpdateBaseline } from '../github/baseline-policy.js';
import type { CommentMode } from '../github/comment.js';
import type { PublishMode } from '../github/post-report.js';
import { requestedOutputs, type FileOutput } from '../report/outputs.js';
import { normalizeMatrixKey } from './matrix-key.js';
import type { ActionCore } from './action-core.js';

export type ActionMode = 'auto' | 'evaluate' | 'publish';
/** auto: save the response cache only from a run on the baseline branch (pull requests read it only). */
export type CacheWrite = 'auto' | 'always' | 'never';

export interface ActionInputs {
  config: string;
  apiKey?: string;
  overrides: ConfigOverrides;
  mode: ActionMode;
  githubToken?: string;
  /** `{name}` stands for the config's name. */
  baselineArtifact: string;
  baselineBranch?: string;
  baselineWorkflow?: string;
  onCorruptBaseline: 'warn' | 'error';
  updateBaseline: UpdateBaseline;
  retentionDays: number;
  reportRetentionDays: number;
  comment: CommentMode;
  checkRun: PublishMode;
  /** `{name}` stands for the config's name. */
  checkName: string;
  /** "i/n": answer only this shard of the items and write a shard file (matrix jobs). */
  shard?: string;
  /** A folder of shard files to merge into one run. */
  merge?: string;
  /** Tells apart matrix legs over one config (report artifact, comment marker, check run); '' for none. */
  matrixKey: string;
  cacheWrite: CacheWrite;
  /** Publish mode: the workflow file whose runs it publishes (`evals.yml`); the triggering run must be it. */
  evaluatingWorkflow?: string;
  /** The file outputs asked for (the input `junit`, ...), each with its file. */
  fileOutputs: ReadonlyMap<FileOutput, string>;
}

type InputReader = Pick<ActionCore, 'getInput' | 'setSecret'>;

/** Every action input is read here, once. Empty inputs mean "use the config file's value" or the default. */
export function readActionInputs(core: InputReader): ActionInputs {
  const optional = (name: string): string | undefined => core.getInput(name).trim() || undefined;
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T =>
    choice(name, core.getInput(name), allowed, fallback);
  const days = (name: string, fallback: number): number => dayCount(name, core.getInput(name), fallback);
  const apiKey = optional('api-key');
  if (apiKey) core.setSecret(apiKey);
  const githubToken = optional('github-token');
  if (githubToken) core.setSecret(githubToken);
  return {
    config: optional('config') ?? 'evalgate.yml',
    apiKey,
    overrides: {
      baseUrl: optional('endpoint'),
      model: optional('model'),
      dataset: optional('dataset'),
      responses: optional('responses'),
      baseline: optional('baseline'),
      outDir: optional('out-dir'),
    },
    mode: oneOf('mode', ['auto', 'evaluate', 'publish'], 'auto'),
    githubToken,
    baselineArtifact: optional('baseline-artifact') ?? 'evalgate-baseline-{name}',
    baselineBranch: optional('baseline-branch'),
    baselineWorkflow: optional('baseline-workflow'),
    onCorruptBaseline: oneOf('on-corrupt-baseline', ['warn', 'error'], 'warn'),
    updateBaseline: oneOf('update-baseline', ['auto', 'always', 'never'], 'auto'),
    retentionDays: days('retention-days', 90),
    reportRetentionDays: days('report-retention-days', 30),
    comment: oneOf('comment', ['auto', 'always', 'on-failure', 'never'], 'auto'),
    checkRun: oneOf('check-run', ['auto', 'always', 'never'], 'auto'),
    checkName: optional('check-name') ?? 'evalgate: {name}',
    shard: optional('shard'),
    merge: optional('merge'),
    matrixKey: normalizeMatrixKey(optional('matrix-key')),
    cacheWrite: oneOf('cache-write', ['auto', 'always', 'never'], 'auto'),
    evaluatingWorkflow: optional('evaluating-workflow')?.replace(/^\.github\/workflows\//, ''),
    fileOutputs: requestedOutputs(optional),
  };
}

function choice<T extends string>(name: string, input: string, allowed: readonly T[], fallback: T): T {
  const value = input.trim().toLowerCase();
  if (!value) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError(`the input \`${name}\` is "${value}".`, {
    key: name,
    fix: `Use one of: ${allowed.join(', ')}.`,
  });
}

function dayCount(name: string, input: string, fallback: number): number {
  const value = input.trim();
  if (!value) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 90) {
    throw new UserError(`the input \`${name}\` is "${value}".`, {
      key: name,
      fix: 'Use a whole number of days from 1 to 90, or 0 for the repository default.',
    });
  }
  return parsed;
}

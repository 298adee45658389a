// The fake GitHub's memory: workflow runs, artifacts and their blobs, comments, check runs, pull requests,
// and the tokens it accepts with their permissions.

export type Access = 'none' | 'read' | 'write';

export interface TokenPermissions {
  actions: Access;
  checks: Access;
  pullRequests: Access;
  /** Who the token acts as (comment authors). */
  login: string;
  type: 'Bot' | 'User';
}

export interface WorkflowRun {
  id: number;
  runNumber: number;
  /** 1, then 2, 3, ... for each "Re-run" of the same run id. */
  runAttempt: number;
  /** Backend ids the results service knows the run by (from the runtime token). */
  backendId: string;
  jobBackendId: string;
  workflowFile: string;
  workflowId: number;
  name: string;
  event: string;
  headBranch: string;
  headSha: string;
  /** owner/name of the repository the commits come from. */
  headRepository: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: string | null;
  createdAt: string;
  pullRequests: number[];
}

export interface StoredArtifact {
  id: number;
  runId: number;
  runBackendId: string;
  jobBackendId: string;
  name: string;
  size: number;
  digest?: string;
  createdAt: string;
  expiresAt: string;
  expired: boolean;
  finalized: boolean;
  blobPath: string;
}

export interface Blob {
  blocks: Map<string, Buffer>;
  content?: Buffer;
  contentType?: string;
}

export interface Comment {
  id: number;
  issueNumber: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
  createdAt: string;
  updatedAt: string;
}

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: string;
  message: string;
  title?: string;
}

export interface CheckRun {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  startedAt: string | null;
  completedAt: string | null;
  detailsUrl?: string;
  externalId?: string;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: CheckAnnotation[];
  /** Requests that touched it (create + updates). */
  requests: number;
}

export interface PullRequest {
  number: number;
  headSha: string;
  headRef: string;
  headRepository: string;
  baseRef: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  status: number;
  operation?: string;
  token?: string;
}

export class FakeState {
  readonly owner: string;
  readonly repo: string;
  readonly repositoryId = 4242;
  defaultBranch: string;
  readonly runs: WorkflowRun[] = [];
  /** Workflow files the repository has (GitHub answers 404 for any other): those of started runs, and added ones. */
  readonly workflows = new Set<string>();
  readonly artifacts: StoredArtifact[] = [];
  readonly blobs = new Map<string, Blob>();
  readonly comments: Comment[] = [];
  readonly checkRuns: CheckRun[] = [];
  readonly pulls = new Map<number, PullRequest>();
  readonly tokens = new Map<string, TokenPermissions>();
  readonly requests: RecordedRequest[] = [];
  /** Requests that broke GitHub's OpenAPI contract, and responses of the fake that did. */
  readonly violations: string[] = [];
  private nextId = 1000;

  constructor(owner: string, repo: string, defaultBranch: string) {
    this.owner = owner;
    this.repo = repo;
    this.defaultBranch = defaultBranch;
  }

  get fullName(): string {
    return `${this.owner}/${this.repo}`;
  }

  id(): number {
    return this.nextId++;
  }
}

export const WRITE_ALL: TokenPermissions = {
  actions: 'write',
  checks: 'write',
  pullRequests: 'write',
  login: 'github-actions[bot]',
  type: 'Bot',
};

/** What a pull request from a public fork gets: read everywhere. */
export const READ_ONLY: TokenPermissions = {
  ...WRITE_ALL,
  actions: 'read',
  checks: 'read',
  pullRequests: 'read',
};

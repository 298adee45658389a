// The two GitHub clients evalgate uses, as types, and the logger its GitHub modules report through.
import type { ArtifactClient } from '@actions/artifact';
import type { getOctokit } from '@actions/github';

export type Octokit = ReturnType<typeof getOctokit>;
export type { ArtifactClient };

export interface Logger {
  info(line: string): void;
  warning(line: string): void;
}

export interface RepoRef {
  owner: string;
  repo: string;
}

/** Artifact names may not contain these characters (`@actions/artifact` rejects them). */
export function artifactSafeName(name: string): string {
  return name.replace(/[":<>|*?\\/\r\n]/g, '-');
}

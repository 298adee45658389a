// The GitHub clients of this run, when the runner provides what they need.
import { DefaultArtifactClient } from '@actions/artifact';
import { getOctokit } from '@actions/github';
import type { ArtifactClient, Octokit } from '../github/client.js';

export interface GitHubServices {
  /** REST API with the job's token; absent without a token. */
  octokit?: Octokit;
  token?: string;
  /** Artifacts of this run; absent outside a runner (no ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL). */
  artifacts?: ArtifactClient;
}

export function connectServices(
  token: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): GitHubServices {
  return {
    token,
    // @actions/github reads GITHUB_API_URL once, when it loads: the address is passed from `env` instead.
    octokit: token ? getOctokit(token, env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}) : undefined,
    artifacts: env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL ? new DefaultArtifactClient() : undefined,
  };
}

// A pull request from a fork runs with no secrets and a read-only token. A missing API key there is not the
// user's typo: it says why, and what a maintainer can do, instead of a bare "no API key".
import { UserError } from '../core/errors.js';

const FORK_SAFE_PAIR =
  'examples/workflows/evalgate-fork-evaluate.yml (scores responses collected beforehand, needs no secret) and evalgate-fork-publish.yml (posts the check run and the comment from the base repository)';

/** Why nothing was posted, and what to do: for the summary and the log of a fork's failed run. */
export function forkExplanation(checkName: string): string {
  return (
    `This pull request comes from a fork: GitHub gives its runs no secrets and a read-only token, so evalgate cannot post the check run "${checkName}" ` +
    `(a branch protection rule that requires it shows "Expected" until it is posted). ` +
    `A maintainer can: use the fork-safe pair ${FORK_SAFE_PAIR}, whose publisher posts "${checkName}" on this commit; ` +
    `or push the branch to this repository and open the pull request from there.`
  );
}

/** The error to report: a missing key on a fork's pull request is explained as such. */
export function explainForFork(error: UserError, checkName: string): UserError {
  if (!error.key?.endsWith('api-key-env')) return error;
  return new UserError(
    `no API key on a pull request from a fork (${error.message}). ${forkExplanation(checkName)}`,
    { key: error.key },
  );
}

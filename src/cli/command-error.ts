import { UserError } from '../core/errors.js';
import { logLines } from '../report/log-line.js';

/** Prints what went wrong (a user error as file:line: message, anything else with its stack): exit code 2. */
export function reportCommandError(error: unknown): 2 {
  const text =
    error instanceof UserError
      ? `evalgate: error: ${error.describe()}`
      : `evalgate: internal error: ${(error as Error).stack ?? String(error)}`;
  process.stderr.write(`${logLines(text)}\n`);
  return 2;
}

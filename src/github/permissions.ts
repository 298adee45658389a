// A token that may not write (a fork's pull request) or lacks a permission must not fail the run:
// evalgate warns once per feature, says which permission is missing, and carries on with the job summary.

export type Permission = 'pull-requests: write' | 'checks: write' | 'actions: read';

/** An HTTP error from Octokit that means "this token may not do that". */
export function isPermissionError(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  return status === 401 || status === 403;
}

export function permissionWarning(
  what: string,
  permission: Permission,
  error: unknown,
  fromFork: boolean,
): string {
  const status = (error as { status?: number }).status;
  const message = (error as Error).message?.split('\n')[0] ?? String(error);
  const fork = fromFork
    ? ' This pull request comes from a fork, whose token is always read-only: use the two-workflow setup (a workflow_run publisher) to post results.'
    : '';
  return `evalgate could not ${what} (HTTP ${status}: ${message}). Grant \`${permission}\` in the job's permissions; the report is in the job summary.${fork}`;
}

export interface Guarded<T> {
  ok: boolean;
  value?: T;
  warning?: string;
}

/**
 * Runs one GitHub write. A permission error becomes a warning; any other error too, because publishing is
 * secondary to the decision (the step's outcome never depends on whether a comment could be posted).
 */
export async function guarded<T>(
  what: string,
  permission: Permission,
  fromFork: boolean,
  work: () => Promise<T>,
): Promise<Guarded<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (isPermissionError(error))
      return { ok: false, warning: permissionWarning(what, permission, error, fromFork) };
    const message = (error as Error).message?.split('\n')[0] ?? String(error);
    return {
      ok: false,
      warning: `evalgate could not ${what}: ${message}. The report is in the job summary.`,
    };
  }
}

import { UserError, UserErrors } from '../core/errors.js';

/** How many problems of one file are listed; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 20;

interface Problem {
  message: string;
  where: { line?: number; key?: string; fix?: string };
}

/**
 * Collects the problems of one file so that the user sees them all at once, in line order (up to
 * MAX_LISTED_PROBLEMS, then a count of the rest), instead of fixing them one run at a time.
 */
export class ProblemList {
  private readonly problems: Problem[] = [];

  constructor(readonly file: string) {}

  add(message: string, where: { line?: number; key?: string; fix?: string } = {}): void {
    this.problems.push({ message, where });
  }

  get count(): number {
    return this.problems.length;
  }

  /** Throws every problem collected so far, as one UserErrors. */
  throwIfAny(): void {
    if (this.problems.length === 0) return;
    // A stable sort: problems of one line keep the order they were found in.
    const sorted = [...this.problems].sort((a, b) => (a.where.line ?? 0) - (b.where.line ?? 0));
    const errors = sorted
      .slice(0, MAX_LISTED_PROBLEMS)
      .map((problem) => new UserError(problem.message, { file: this.file, ...problem.where }));
    const more = sorted.length - errors.length;
    if (more > 0) {
      errors.push(
        new UserError(
          `…and ${more} more problem${more === 1 ? '' : 's'} (only the first ${MAX_LISTED_PROBLEMS} are listed).`,
          {
            file: this.file,
          },
        ),
      );
    }
    throw new UserErrors(errors);
  }
}

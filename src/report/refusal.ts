// The check run and job summary of a publisher that has no report it can stand behind: the evaluating run
// left none, or the one it left does not match what the publisher knows. A problem may quote what a fork wrote
// (the report's name): it is escaped like any data in Markdown.
import { escapeInline } from './escape.js';

export interface Refusal {
  title: string;
  summary: string;
}

export function renderRefusal(problems: readonly string[], missing: boolean): Refusal {
  const title = missing ? 'evalgate: no report to publish' : 'evalgate: the report could not be verified';
  const summary = [
    `## ${title}`,
    '',
    missing
      ? 'The evaluating run left no report for this commit, so there is no verdict.'
      : 'The evaluating run’s report does not match what the publisher knows, so it is not published as it says:',
    '',
    ...problems.map((problem) => `- ${escapeInline(problem, 500)}`),
    '',
    'A reviewer should not merge on this check: re-run the evaluating workflow, or evaluate the change on a branch of this repository.',
  ].join('\n');
  return { title, summary };
}

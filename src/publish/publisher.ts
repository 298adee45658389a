// Where a finished report goes. Each destination (files, the console, a CI host's comment and check run) is a
// Publisher: it receives the report and the facts of the run, renders with the pure renderers of src/report/,
// and only moves the text. A problem publishing is a warning of the result, never a change of the decision.
import type { Report } from '../core/report.js';

export interface PublishFacts {
  /** The folder report.json and report.md were written to. */
  reportDir: string;
  /** Where the full report can be downloaded (a CI artifact), when it was uploaded. */
  reportUrl?: string;
}

export interface PublishResult {
  /** What could not be published, for the log and the summary. */
  warnings: string[];
  /** What was published and where, for the log and the summary. */
  notes: string[];
}

export interface Publisher<Result extends PublishResult = PublishResult> {
  publish(report: Report, facts: PublishFacts): Promise<Result>;
}

/** Publishes to each in turn and gathers their warnings and notes. */
export async function publishAll(
  publishers: readonly Publisher[],
  report: Report,
  facts: PublishFacts,
): Promise<PublishResult> {
  const gathered: PublishResult = { warnings: [], notes: [] };
  for (const publisher of publishers) {
    const result = await publisher.publish(report, facts);
    gathered.warnings.push(...result.warnings);
    gathered.notes.push(...result.notes);
  }
  return gathered;
}

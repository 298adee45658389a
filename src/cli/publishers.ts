// Where the CLI publishes a finished report, in order: the file outputs asked for, then the console summary.
// A CI host's publisher (comments, checks) is one more line here.
import { consolePublisher } from '../publish/console.js';
import { filePublisher } from '../publish/files.js';
import type { Publisher, PublishFacts } from '../publish/publisher.js';
import { logLines } from '../report/log-line.js';
import { requestedOutputs } from '../report/outputs.js';
import type { Report } from '../core/report.js';

export function cliPublishers(options: Readonly<Record<string, unknown>>): Publisher[] {
  return [
    filePublisher(requestedOutputs((option) => stringOption(options[option]))),
    consolePublisher((text) => process.stdout.write(text)),
  ];
}

/** Publishes to each; notes go to the log, warnings to stderr (a failed publication never changes the exit code). */
export async function publishFromCli(
  report: Report,
  facts: PublishFacts,
  options: Readonly<Record<string, unknown>>,
  log: (line: string) => void,
): Promise<void> {
  for (const publisher of cliPublishers(options)) {
    const result = await publisher.publish(report, facts);
    for (const note of result.notes) log(note);
    for (const warning of result.warnings)
      process.stderr.write(`${logLines(`evalgate: warning: ${warning}`)}\n`);
  }
}

function stringOption(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

// The file outputs of `evalgate run` and `evalgate merge`: each is `--<option> FILE` on the command line and
// the input `<option>` of the action. A new output is a renderer file and one line here.
import type { Report } from '../core/report.js';

export interface FileOutput {
  option: string;
  /** One line of --help. */
  help: string;
  /** The renderer, imported only when the output is asked for. */
  renderer: () => Promise<(report: Report) => string>;
}

export const FILE_OUTPUTS: readonly FileOutput[] = [
  {
    option: 'junit',
    help: 'write the gates and failing items as JUnit XML (one test case each)',
    renderer: async () => (await import('./junit.js')).renderJunit,
  },
];

/** The outputs asked for, as option -> file, from parsed options or action inputs. */
export function requestedOutputs(value: (option: string) => string | undefined): Map<FileOutput, string> {
  const requested = new Map<FileOutput, string>();
  for (const output of FILE_OUTPUTS) {
    const file = value(output.option);
    if (file) requested.set(output, file);
  }
  return requested;
}

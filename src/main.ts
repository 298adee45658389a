import * as core from '@actions/core';
import { runAction } from './action/run-action.js';

let settled = false;
// The event loop emptied with the action still pending: fail the step with exit 2 (an error), never 0.
process.on('beforeExit', () => {
  if (settled) return;
  settled = true;
  core.error(
    'evalgate: the run stopped before it finished: nothing was left to wait for while it was still pending ' +
      '(an internal dead-lock). No decision was made; please report this.',
  );
  process.exitCode = 2;
});

try {
  const { failed } = await runAction(core);
  if (failed) process.exitCode = core.ExitCode.Failure;
} finally {
  settled = true;
}

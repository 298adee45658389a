import { main } from './cli/main.js';
import { relaunchWithHeapFlags } from './cli/relaunch.js';

const NEVER_SETTLED =
  'evalgate: error: the run stopped before it finished: nothing was left to wait for while it was still ' +
  'pending (an internal dead-lock). No decision was made; please report this.\n';

let settled = false;
// The event loop emptied with main() still pending: without this, Node would exit 0 with no report.
process.on('beforeExit', () => {
  if (settled) return;
  settled = true;
  process.stderr.write(NEVER_SETTLED);
  process.exitCode = 2;
});

main(process.argv.slice(2), { relaunch: relaunchWithHeapFlags }).then(
  (code) => {
    settled = true;
    process.exitCode = code;
  },
  (error: unknown) => {
    settled = true;
    process.stderr.write(`evalgate: internal error: ${String(error)}\n`);
    process.exitCode = 2;
  },
);

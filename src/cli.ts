import { main } from './cli/main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`evalgate: internal error: ${String(error)}\n`);
    process.exitCode = 2;
  },
);

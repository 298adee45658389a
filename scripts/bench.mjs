// `npm run bench`: bench/bench.ts measures the CLI bundled from the current sources as whole processes.
// Arguments are passed through, e.g. `npm run bench -- --only=1,2` or `npm run bench -- --no-write`.
import { runBenchmark } from './run-benchmark.mjs';

await runBenchmark('bench/bench.ts', { withCli: (cliFile) => ({ env: { EVALGATE_BENCH_CLI: cliFile } }) });

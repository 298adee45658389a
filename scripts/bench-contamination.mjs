// `npm run bench:contamination`: the contamination check on a generated corpus, run by the bundled CLI; it
// writes the "Contamination check" section of BENCHMARKS.md. Arguments are passed through, e.g.
// `npm run bench:contamination -- --mb=100 --no-write`.
import { runBenchmark } from './run-benchmark.mjs';

await runBenchmark('bench/contamination.ts', { withCli: (cliFile) => ({ args: [`--cli=${cliFile}`] }) });

// `npm run bench:stats`: the regression-gate simulation; it writes the "Statistics simulation" section of
// BENCHMARKS.md. Arguments are passed through, e.g. `npm run bench:stats -- --trials=400 --no-write`.
import { runBenchmark } from './run-benchmark.mjs';

await runBenchmark('bench/stats-simulation.ts');

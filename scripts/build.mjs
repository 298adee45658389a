// Bundles the action (dist/index.js, one file) and the CLI (dist/cli.js and the chunks it loads on demand
// in dist/cli-chunks/) with esbuild.
import { rmSync } from 'node:fs';
import { bundleCli, bundleForNode } from './bundle.mjs';

rmSync('dist', { recursive: true, force: true });
await bundleForNode('src/main.ts', 'dist/index.js');
await bundleCli('src/cli.ts', 'dist');

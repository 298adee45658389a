// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with esbuild.
import { chmodSync, rmSync } from 'node:fs';
import { bundleForNode } from './bundle.mjs';

rmSync('dist', { recursive: true, force: true });
await bundleForNode('src/main.ts', 'dist/index.js');
await bundleForNode('src/cli.ts', 'dist/cli.js', { shebang: true });
// The CLI is an npm bin: keep it executable after each rebuild.
chmodSync('dist/cli.js', 0o755);

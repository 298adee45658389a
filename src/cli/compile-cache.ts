import module from 'node:module';

/**
 * Turns on Node's on-disk cache of compiled code (Node >= 22.1) before the CLI imports the code of a command,
 * so later runs skip most of the parsing and compiling of the bundle. The cache sits in Node's default place
 * (`node-compile-cache` in the OS temporary folder), keyed by the file contents, and NODE_DISABLE_COMPILE_CACHE=1
 * turns it off. Where the folder cannot be written, Node carries on without it.
 */
export function enableCompileCacheOnce(): void {
  const enable = (module as { enableCompileCache?: () => unknown }).enableCompileCache;
  if (typeof enable !== 'function') return;
  try {
    enable();
  } catch {
    // A cache is an optimisation: never a reason to fail a run.
  }
}

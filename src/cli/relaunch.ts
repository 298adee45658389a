/**
 * V8 flags a large run needs and only a process start can set. Node 24 lets the young generation grow to
 * 3 x 32 MB and the old generation to grow far beyond what is alive before it collects: 100,000 items peak
 * near 580 MB of RSS for about 135 MB alive. A 16 MB semi-space keeps the peak near 390 MB and costs no CPU
 * (fewer survivors copied per scavenge).
 */
export const HEAP_FLAGS = ['--max-semi-space-size=16'];

/**
 * Runs this same CLI again with HEAP_FLAGS. Where Node can (process.execve: Node 23.11+ on Linux and macOS), this
 * process becomes the new one, same pid, nothing left behind; elsewhere a child process runs it with stdio shared,
 * and this resolves to its exit code. Undefined when the flags are already set (this is the relaunched run, or
 * the user chose a size), when a debugger is attached, or when nothing can be started: the caller then runs the
 * command itself.
 */
export async function relaunchWithHeapFlags(
  options: { replaceProcess?: boolean } = {},
): Promise<number | undefined> {
  const script = process.argv[1];
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  if (!script || given.some((flag) => /^--(max-semi-space-size|inspect)/.test(flag))) {
    return undefined;
  }
  const args = [...process.execArgv, ...HEAP_FLAGS, script, ...process.argv.slice(2)];
  if (
    options.replaceProcess !== false &&
    typeof process.execve === 'function' &&
    process.platform !== 'win32'
  ) {
    try {
      process.execve(process.execPath, [process.execPath, ...args], process.env);
    } catch {
      // Not allowed here (a sandbox, say): a child process does it instead.
    }
  }
  // Imported here: `--version` and `--help` do not load them.
  const { spawn } = await import('node:child_process');
  const { constants } = await import('node:os');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit' });
    // Ctrl-C reaches both processes; a signal sent to this one alone (a CI cancelling the job) is passed on.
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    for (const signal of signals) process.on(signal, forward);
    const done = (code: number | undefined) => {
      for (const signal of signals) process.off(signal, forward);
      resolve(code);
    };
    child.on('error', () => done(undefined));
    child.on('exit', (code, signal) => done(code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0)));
  });
}

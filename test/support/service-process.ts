// A real service binary (influxd, victoria-metrics, ...) run on loopback for a test: started with its data in a
// temporary folder, waited for until its health endpoint answers, stopped and cleaned up after.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface ServiceProcess {
  /** The temporary folder the service keeps its data in (removed by `stop`). */
  dir: string;
  stop(): Promise<void>;
}

/** Whether `command` is installed here: it runs and exits 0 with `args` (a version flag). */
export function commandAvailable(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

/** A TCP port free on 127.0.0.1 at the time of asking. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface ServiceSpec {
  command: string;
  /** Its arguments, given the temporary data folder. */
  args(dir: string): string[] | Promise<string[]>;
  /** Answers true once the service is ready; asked every 200 ms. */
  ready(): Promise<boolean>;
  /** The readiness check, for the error message (`/ping`). */
  readyCheck: string;
}

/** Starts the service and resolves once it is ready (within 60 s: two shared cores); throws with its log if not. */
export async function startServiceProcess(spec: ServiceSpec): Promise<ServiceProcess> {
  const dir = await mkdtemp(path.join(tmpdir(), `evalgate-${spec.command}-`));
  let log = '';
  const child: ChildProcess = spawn(spec.command, await spec.args(dir), {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    await rm(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`${spec.command} exited before it answered:\n${log.slice(-2000)}`);
    }
    if (await spec.ready().catch(() => false)) return { dir, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${spec.command} did not answer ${spec.readyCheck} within 60 s:\n${log.slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

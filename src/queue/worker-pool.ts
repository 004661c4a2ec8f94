/**
 * `dyad worker --concurrency N`: coding is CPU-bound and a Node process codes on one core, so N workers are N
 * processes of this same command, each with one. The parent restarts a worker that crashes (at most `maxRestarts`
 * times in all), passes SIGINT/SIGTERM on, and ends when every worker has ended. A worker whose parent dies sees
 * its IPC channel close and stops after its batch; its unfinished jobs go back to the queue after the job timeout
 * in any case.
 */
import { type ChildProcess, spawn } from 'node:child_process';

export interface PoolOptions {
  size: number;
  /** The worker command's arguments for one child (`worker --db … --concurrency 1 …`). */
  args: string[];
  maxRestarts?: number;
  log(message: string): void;
}

export function runWorkerPool(o: PoolOptions): Promise<number> {
  const children = new Set<ChildProcess>();
  let stopping = false;
  let restarts = 0;
  let failures = 0;
  // slots still in use: a worker running, or one about to be started again
  let slots = o.size;
  return new Promise((resolve) => {
    const release = (failed: boolean) => {
      if (failed) failures++;
      if (--slots === 0) resolve(failures ? 1 : 0);
    };
    const start = (slot: number) => {
      if (stopping) return release(false);
      // execArgv carries loaders (tsx in development) to the child
      const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!, ...o.args], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      children.add(child);
      child.on('exit', (code, signal) => {
        children.delete(child);
        const crashed = code !== 0;
        if (crashed && !stopping && restarts < (o.maxRestarts ?? 10)) {
          restarts++;
          o.log(`worker ${slot} (pid ${child.pid}) ended (${signal ?? `exit code ${code}`}); starting another`);
          setTimeout(() => start(slot), 1000);
          return;
        }
        release(crashed && !stopping);
      });
    };
    for (let i = 1; i <= o.size; i++) start(i);
    const stop = (sig: NodeJS.Signals) => {
      stopping = true;
      for (const c of children) c.kill(sig);
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
}

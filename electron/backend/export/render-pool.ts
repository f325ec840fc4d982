/**
 * Keeps exports off the request path: one worker thread renders export files while the
 * backend's thread goes on answering reads (better-sqlite3 is synchronous, so a 300 ms PDF
 * rendered in-line would hold every call behind it). The services still gather the model on
 * their own connection — a few milliseconds, and the same transaction-consistent reads as
 * before — so the worker needs no database connection of its own and nothing it does can
 * write. Started on the first export, kept for the next, not holding the process open.
 * If the worker cannot start (or dies), the job is rendered in-process and the problem reported.
 */
import { Worker } from 'node:worker_threads';
import { renderJob, type Rendered, type RenderJob } from './render-jobs';

interface Pending {
  resolve(r: Rendered): void;
  reject(err: Error): void;
  job: RenderJob;
}

/**
 * The worker: beside the bundle in the desktop app (exportWorker.cjs); from source otherwise
 * (browser mode, tests, the bench), loaded through tsx's loader registered inside the worker.
 */
function startWorker(): Worker {
  const here = import.meta.url;
  if (here.endsWith('.cjs')) return new Worker(new URL('./exportWorker.cjs', here));
  const source = new URL('./render-worker.ts', here).href;
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); })`;
  return new Worker(boot, { eval: true, execArgv: [] });
}

export interface RenderPool {
  render(job: RenderJob): Promise<Rendered>;
  close(): Promise<void>;
}

export function renderPool(onProblem: (err: unknown) => void): RenderPool {
  let worker: Worker | null = null;
  let broken = false;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  function fallBack(err: unknown) {
    onProblem(new Error(`The export worker stopped; exports render in-process for now. ${err instanceof Error ? err.message : String(err)}`));
    broken = true;
    worker = null;
    const jobs = [...pending.values()];
    pending.clear();
    for (const p of jobs) renderJob(p.job).then(p.resolve, p.reject);
  }

  function start(): Worker | null {
    if (worker || broken) return worker;
    try {
      const w = startWorker();
      w.unref();
      w.on('message', (msg: { id: number; ok: boolean; bytes?: Uint8Array; mimeType?: string; ext?: string; message?: string }) => {
        const p = pending.get(msg.id);
        if (!p) return;
        pending.delete(msg.id);
        if (msg.ok) p.resolve({ bytes: msg.bytes!, mimeType: msg.mimeType, ext: msg.ext });
        else p.reject(new Error(msg.message));
        if (pending.size === 0) w.unref();
      });
      w.on('error', fallBack);
      w.on('exit', (code) => {
        if (worker === w && pending.size > 0) fallBack(new Error(`exit code ${code}`));
        if (worker === w) worker = null;
      });
      worker = w;
    } catch (err) {
      fallBack(err);
    }
    return worker;
  }

  return {
    render(job) {
      const w = start();
      if (!w) return renderJob(job);
      return new Promise<Rendered>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject, job });
        // Held while a job is out, so a script awaiting an export is not left without its answer.
        w.ref();
        w.postMessage({ id, job });
      });
    },
    async close() {
      const w = worker;
      worker = null;
      broken = true;
      if (w) await w.terminate();
    },
  };
}

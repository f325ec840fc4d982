/**
 * The export worker's entry point (a worker thread; bundled as exportWorker.cjs for the
 * desktop app): renders one job per message and answers with its bytes or its error.
 */
import { parentPort } from 'node:worker_threads';
import { renderJob, type RenderJob } from './render-jobs';

parentPort?.on('message', (msg: { id: number; job: RenderJob }) => {
  renderJob(msg.job).then(
    (r) => parentPort!.postMessage({ id: msg.id, ok: true, bytes: r.bytes, mimeType: r.mimeType, ext: r.ext }),
    (err: unknown) => parentPort!.postMessage({ id: msg.id, ok: false, message: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
  );
});

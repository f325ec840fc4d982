/**
 * The backend's side of the relay, run inside the utility process: open the backend
 * when told where the data lives, answer each call with its request id, and on
 * shutdown answer what is pending, close the database and say so.
 *
 * It knows nothing of Electron: `port` is Electron's parentPort in the app and a Node
 * child-process channel in tests.
 */
import { RESTORABLE, type Backend, type KeyStore } from '../backend/index';
import { relayKeyStore } from './relay-key-store';
import { AppError, type ApiResult } from '../../shared/errors';
import { isToBackend, type FromBackend } from './backend-messages';

export interface BackendPort {
  onMessage(listener: (message: unknown) => void): void;
  postMessage(message: FromBackend): void;
}

export interface ServeOptions {
  port: BackendPort;
  /** `keyStore` is given when the main process holds the key (the desktop); else the backend uses its key files. */
  open(dataDir: string, resourcesDir: string | undefined, keyStore: KeyStore | undefined, restoreLatestBackup: boolean): Promise<Backend>;
  /** Called after `closed` has been posted (the utility process exits). */
  exit(code: number): void;
  log(message: string): void;
}

const CLOSING: ApiResult<unknown> = {
  ok: false,
  error: { code: 'internal', message: 'Landfall is closing; the request was not carried out.' },
};

export function serveBackend({ port, open, exit, log }: ServeOptions): void {
  let backend: Promise<Backend> | undefined;
  let closing = false;
  const inFlight = new Set<Promise<void>>();

  const answer = async (id: number, method: string, input: unknown) => {
    let result: ApiResult<unknown>;
    try {
      if (!backend) throw new Error('The backend was called before it was started.');
      const b = await backend;
      result = await b.router.call(method, input);
    } catch (err) {
      // The router turns every handler error into a result; reaching here means the
      // backend could not be opened (reported once as `fatal`) or a bug in this relay.
      result = { ok: false, error: { code: 'storage', message: (err as Error).message } };
    }
    port.postMessage({ type: 'result', id, result });
  };

  const shutdown = async () => {
    closing = true;
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    try {
      if (backend) (await backend).close();
    } catch {
      // A backend that never opened has nothing to close.
    }
    port.postMessage({ type: 'closed' });
    exit(0);
  };

  port.onMessage((message) => {
    if (!isToBackend(message)) {
      log(`Ignored a malformed message: ${JSON.stringify(message)?.slice(0, 200)}`);
      return;
    }
    if (message.type === 'start') {
      if (backend) return;
      backend = open(
        message.dataDir,
        message.resourcesDir,
        message.keys ? relayKeyStore(message.keys, (m) => port.postMessage(m)) : undefined,
        message.restoreLatestBackup === true,
      );
      backend.then(
        (b) => port.postMessage({ type: 'ready', dbFile: b.dbFile }),
        (err: unknown) => {
          log(`Could not open the backend: ${(err as Error).stack ?? String(err)}`);
          // A damaged database with a good backup: the desktop offers to put the backup in place.
          const restorable = err instanceof AppError && err.field === RESTORABLE;
          port.postMessage(restorable ? { type: 'fatal', message: err.message, restorable } : { type: 'fatal', message: (err as Error).message });
          exit(1);
        },
      );
      return;
    }
    if (message.type === 'shutdown') {
      if (!closing) void shutdown();
      return;
    }
    if (closing) {
      port.postMessage({ type: 'result', id: message.id, result: CLOSING });
      return;
    }
    const done = answer(message.id, message.method, message.input).finally(() => inFlight.delete(done));
    inFlight.add(done);
  });
}

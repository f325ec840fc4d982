/**
 * The main process's side of the relay to the backend's utility process.
 *
 * - Each call gets a request id and a pending entry; the backend answers with that id.
 * - If the process exits unexpectedly, every pending call is answered with an error that
 *   names the log file, the user is told (`onCrash`), and a new process is started: a
 *   write is one SQLite transaction, so it either landed completely or not at all.
 *   After too many crashes in a short time it stops restarting and says so.
 * - If the backend reports `fatal` (database refused, folder in use, native module
 *   missing), restarting would not help: calls are answered with that message.
 * - `shutdown()` (app quit) lets the backend answer what is pending and close the
 *   database; a backend that does not finish in time is killed.
 *
 * Electron-free: `spawn` returns anything shaped like a child process, so tests drive
 * it with fake processes and with a real Node child running the real backend bundle.
 */
import type { ApiResult } from '../../shared/errors';
import { isFromBackend, type FromBackend, type KeyCustody, type ToBackend } from './backend-messages';

/** The main process's custody of the ledger key (the OS credential store on the desktop). */
export interface MainKeyCustody {
  /** Read afresh for every start of the backend. */
  read(): KeyCustody;
  saveKey(key: NonNullable<KeyCustody['key']>): void;
  saveHead(head: NonNullable<KeyCustody['head']>): void;
}

export interface BackendProcess {
  postMessage(message: ToBackend): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

export interface CrashInfo {
  exitCode: number | null;
  /** Calls that were waiting when it stopped (they were answered with an error). */
  interruptedCalls: number;
  restarting: boolean;
  logFile: string;
}

export interface ConnectionOptions {
  spawn(): BackendProcess;
  dataDir: string;
  /** Folder with the shipped requirement packs (resources/). */
  resourcesDir?: string;
  /** When given, the backend signs with the key this holds instead of key files in the data folder. */
  keys?: MainKeyCustody;
  logFile: string;
  onCrash?(info: CrashInfo): void;
  onFatal?(message: string): void;
  /**
   * The database failed its integrity check and a good backup exists: offer to put it in
   * place (`restoreLatestBackup()`). Without this callback it is reported through `onFatal`.
   */
  onRestorable?(message: string): void;
  onReady?(dbFile: string): void;
  log?(message: string): void;
  /** At most this many restarts within `restartWindowMs`; default 3 in 60 s. */
  maxRestarts?: number;
  restartWindowMs?: number;
  shutdownTimeoutMs?: number;
  now?(): number;
}

export interface BackendConnection {
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
  /** After `onRestorable`: starts the backend again, putting the latest good backup in place of the damaged file. */
  restoreLatestBackup(): void;
  shutdown(): Promise<void>;
  readonly state: 'running' | 'fatal' | 'failed' | 'closed';
}

type Resolve = (r: ApiResult<unknown>) => void;

export function crashMessage(logFile: string): string {
  return (
    `Landfall's data service stopped unexpectedly while handling this request and has been restarted. ` +
    `A change is either saved completely or not at all: check whether yours is there. Details are in ${logFile}.`
  );
}

export function createBackendConnection(opts: ConnectionOptions): BackendConnection {
  const maxRestarts = opts.maxRestarts ?? 3;
  const windowMs = opts.restartWindowMs ?? 60_000;
  const now = opts.now ?? Date.now;
  const log = opts.log ?? (() => {});

  let state: BackendConnection['state'] = 'running';
  let fatalMessage = '';
  let restorable = false;
  /** Bumped when a process is replaced on purpose (a restore): the old one's exit is then no crash. */
  let generation = 0;
  let nextId = 1;
  let pending = new Map<number, Resolve>();
  const restarts: number[] = [];
  let proc: BackendProcess;
  let alive = false;
  let closing: { done: Promise<void>; finish(): void } | undefined;

  const failAll = (map: Map<number, Resolve>, result: ApiResult<unknown>) => {
    for (const resolve of map.values()) resolve(result);
    map.clear();
  };

  const errorResult = (code: 'internal' | 'storage', message: string): ApiResult<unknown> => ({ ok: false, error: { code, message } });

  const start = (restoreLatestBackup = false) => {
    const gen = ++generation;
    const child = opts.spawn();
    const mine = new Map<number, Resolve>();
    pending = mine;
    proc = child;
    alive = true;
    let exited = false;

    child.onMessage((raw) => {
      if (!isFromBackend(raw)) {
        log(`Ignored a malformed message from the backend: ${JSON.stringify(raw)?.slice(0, 200)}`);
        return;
      }
      const msg: FromBackend = raw;
      switch (msg.type) {
        case 'ready':
          opts.onReady?.(msg.dbFile);
          return;
        case 'result': {
          const resolve = mine.get(msg.id);
          if (!resolve) return log(`The backend answered request ${msg.id}, which is not pending.`);
          mine.delete(msg.id);
          resolve(msg.result);
          return;
        }
        case 'fatal':
          if (gen !== generation) return;
          state = 'fatal';
          fatalMessage = msg.message;
          restorable = msg.restorable === true && !!opts.onRestorable;
          log(`The backend could not start: ${msg.message}`);
          failAll(mine, errorResult('storage', msg.message));
          if (restorable) opts.onRestorable!(msg.message);
          else opts.onFatal?.(msg.message);
          return;
        case 'closed':
          failAll(mine, errorResult('internal', 'Landfall closed before answering this request.'));
          closing?.finish();
          return;
        case 'saveKey':
        case 'saveHead':
          try {
            if (!opts.keys) return log(`The backend asked to keep a ledger ${msg.type === 'saveKey' ? 'key' : 'head'}, but no key custody was given.`);
            if (msg.type === 'saveKey') opts.keys.saveKey(msg.key);
            else opts.keys.saveHead(msg.head);
          } catch (err) {
            log(`Could not keep the ledger ${msg.type === 'saveKey' ? 'key' : 'head'}: ${(err as Error).message}`);
          }
          return;
      }
    });

    child.onExit((code) => {
      if (exited) return;
      exited = true;
      if (gen !== generation) return failAll(mine, errorResult('internal', 'Landfall closed before answering this request.'));
      if (proc === child) alive = false;
      if (closing || state === 'fatal') {
        failAll(mine, errorResult('internal', 'Landfall closed before answering this request.'));
        closing?.finish();
        return;
      }
      const interruptedCalls = mine.size;
      failAll(mine, errorResult('internal', crashMessage(opts.logFile)));
      const t = now();
      while (restarts.length > 0 && t - restarts[0]! > windowMs) restarts.shift();
      const restarting = restarts.length < maxRestarts;
      log(`The backend exited unexpectedly (code ${code}); ${interruptedCalls} call(s) interrupted; ${restarting ? 'restarting' : 'giving up'}.`);
      if (restarting) {
        restarts.push(t);
        start();
      } else {
        state = 'failed';
      }
      opts.onCrash?.({ exitCode: code, interruptedCalls, restarting, logFile: opts.logFile });
    });

    let keys: KeyCustody | undefined;
    try {
      keys = opts.keys?.read();
    } catch (err) {
      // Unreadable custody: the backend then holds no key, refuses to sign and verify says why.
      log(`Could not read the ledger key from the OS credential store: ${(err as Error).message}`);
      keys = { key: null, head: null, custody: `The OS credential store could not be read (${(err as Error).message}), so no sign-off can be signed.` };
    }
    child.postMessage({
      type: 'start',
      dataDir: opts.dataDir,
      ...(opts.resourcesDir === undefined ? {} : { resourcesDir: opts.resourcesDir }),
      ...(keys === undefined ? {} : { keys }),
      ...(restoreLatestBackup ? { restoreLatestBackup } : {}),
    });
  };

  start();

  return {
    get state() {
      return state;
    },
    restoreLatestBackup() {
      if (state !== 'fatal' || !restorable || closing) return;
      log('Putting the latest good backup in place of the damaged database, as the user chose.');
      state = 'running';
      restorable = false;
      start(true);
    },
    call(method, input) {
      if (state === 'fatal') return Promise.resolve(errorResult('storage', fatalMessage));
      if (state === 'failed') {
        return Promise.resolve(
          errorResult('internal', `Landfall's data service keeps stopping, so it was not restarted again. Restart Landfall; details are in ${opts.logFile}.`),
        );
      }
      if (state === 'closed' || closing) return Promise.resolve(errorResult('internal', 'Landfall is closing; the request was not carried out.'));
      const id = nextId++;
      return new Promise<ApiResult<unknown>>((resolve) => {
        pending.set(id, resolve);
        try {
          proc.postMessage({ type: 'call', id, method, input });
        } catch (err) {
          pending.delete(id);
          resolve(errorResult('internal', `The request could not be sent to Landfall's data service: ${(err as Error).message}`));
        }
      });
    },
    shutdown() {
      if (closing) return closing.done;
      let finish!: () => void;
      const finished = new Promise<void>((resolve) => {
        finish = resolve;
      });
      const stopIfStuck = () => {
        log('The backend did not close in time; stopping it.');
        failAll(pending, errorResult('internal', 'Landfall closed before answering this request.'));
        try {
          proc.kill();
        } catch {
          // Already gone.
        }
        finish();
      };
      const timer = alive ? setTimeout(stopIfStuck, opts.shutdownTimeoutMs ?? 10_000) : undefined;
      closing = {
        done: finished.then(() => {
          clearTimeout(timer);
          state = 'closed';
        }),
        finish,
      };
      if (!alive) {
        finish();
        return closing.done;
      }
      try {
        proc.postMessage({ type: 'shutdown' });
      } catch {
        finish();
      }
      return closing.done;
    },
  };
}

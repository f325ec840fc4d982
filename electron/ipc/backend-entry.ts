/**
 * Entry of the backend's process. In the desktop app it runs in an Electron utility
 * process and talks to the main process over `process.parentPort`; tests run the same
 * bundle as a Node child process over its IPC channel (advanced serialization, i.e.
 * structured clone, like Electron's).
 */
import { serveBackend, type BackendPort } from './backend-server';
import { createBackend } from '../backend/index';

/** better-sqlite3 built for another runtime: say how to get the right one. */
function withNativeHint(err: unknown): unknown {
  if (err instanceof Error && /NODE_MODULE_VERSION|compiled against a different Node\.js version/.test(err.message)) {
    err.message += ' Build better-sqlite3 for this Electron with "npm run rebuild:electron".';
  }
  return err;
}

function parentChannel(): BackendPort {
  const parentPort = (process as { parentPort?: Electron.ParentPort }).parentPort;
  if (parentPort) {
    return {
      onMessage: (listener) => parentPort.on('message', (event) => listener(event.data)),
      postMessage: (message) => parentPort.postMessage(message),
    };
  }
  if (process.send) {
    const send = process.send.bind(process);
    return {
      onMessage: (listener) => {
        process.on('message', listener);
        // The parent went away without a shutdown: nothing is left to answer.
        process.on('disconnect', () => process.exit(0));
      },
      postMessage: (message) => void send(message),
    };
  }
  throw new Error('The Landfall backend must be started by the desktop app (no parent port).');
}

serveBackend({
  port: parentChannel(),
  open: (dataDir, resourcesDir, keyStore, restoreLatestBackup) =>
    createBackend({
      dataDir,
      restoreLatestBackup,
      ...(resourcesDir === undefined ? {} : { resourcesDir }),
      ...(keyStore === undefined ? {} : { keyStore }),
      onInternalError: (err) => console.error('[landfall backend]', err),
    }).catch((err: unknown) => {
      throw withNativeHint(err);
    }),
  // Give the last message time to leave before the process ends.
  exit: (code) => void setTimeout(() => process.exit(code), 100),
  log: (message) => console.error(message),
});

process.on('uncaughtException', (err) => {
  console.error('[landfall backend] uncaught exception:', err);
  process.exit(70);
});
process.on('unhandledRejection', (err) => {
  console.error('[landfall backend] unhandled rejection:', err);
});

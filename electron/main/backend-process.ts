/**
 * Starting the backend in an Electron utility process, so SQLite work (exports, large
 * queries) never blocks a window. Its stdout and stderr go to the log file.
 */
import { utilityProcess } from 'electron';
import type { BackendProcess } from '../ipc/backend-connection';
import type { LogFile } from './log-file';

/**
 * The environment the backend runs with. In development the Electron build of
 * better-sqlite3 comes from LANDFALL_NATIVE_DIR (default `<app>/dist/native`); a packaged
 * app never takes native code from an environment variable (that is what the fuses
 * against NODE_OPTIONS and ELECTRON_RUN_AS_NODE are for) and uses the module's own
 * build, rebuilt for its Electron by electron-builder and unpacked from the asar.
 */
export function backendEnv(env: NodeJS.ProcessEnv, isPackaged: boolean, appPath: string): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...env };
  delete out.ELECTRON_RUN_AS_NODE;
  delete out.NODE_OPTIONS;
  if (isPackaged) delete out.LANDFALL_NATIVE_DIR;
  else out.LANDFALL_NATIVE_DIR = env.LANDFALL_NATIVE_DIR || `${appPath}/dist/native`;
  return out;
}

export function spawnBackendProcess(modulePath: string, env: NodeJS.ProcessEnv, log: LogFile): BackendProcess {
  const child = utilityProcess.fork(modulePath, [], {
    serviceName: 'Landfall data service',
    stdio: 'pipe',
    env: env as Record<string, string>,
  });
  child.stdout?.on('data', (chunk: Buffer) => log.write('backend', chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => log.write('backend', chunk.toString('utf8')));
  return {
    postMessage: (message) => child.postMessage(message),
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.on('exit', listener),
    kill: () => void child.kill(),
  };
}

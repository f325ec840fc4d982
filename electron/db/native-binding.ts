/**
 * better-sqlite3 must be compiled for the runtime that loads it. The desktop build keeps
 * one binary per ABI in <LANDFALL_NATIVE_DIR>/<process.versions.modules>/better_sqlite3.node
 * (`npm run rebuild:electron` writes it; `npm start` points LANDFALL_NATIVE_DIR at
 * dist/native); when that is not set or holds no binary for this runtime, the module's
 * own build is used: compiled for Node by npm ci (tests, browser mode), or for the
 * target Electron by electron-builder in a packaged app, unpacked from the asar.
 */
import fs from 'node:fs';
import path from 'node:path';

export const NATIVE_BINARY = 'better_sqlite3.node';

/** Where the binary for one ABI lives under a native folder. */
export function nativeBinaryPath(dir: string, abi: string): string {
  return path.join(dir, abi, NATIVE_BINARY);
}

export function nativeBinding(env: NodeJS.ProcessEnv = process.env, abi: string = process.versions.modules): string | undefined {
  const dir = env.LANDFALL_NATIVE_DIR;
  if (!dir) return undefined;
  const candidate = nativeBinaryPath(dir, abi);
  return fs.existsSync(candidate) ? candidate : undefined;
}

/**
 * better-sqlite3 must be compiled for the runtime that loads it. The desktop build keeps
 * one binary per ABI in <LANDFALL_NATIVE_DIR>/<process.versions.modules>/better_sqlite3.node;
 * when that is not set or holds no binary for this runtime, the module's own build
 * (compiled for Node by npm ci) is used.
 */
import fs from 'node:fs';
import path from 'node:path';

export function nativeBinding(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const dir = env.LANDFALL_NATIVE_DIR;
  if (!dir) return undefined;
  const candidate = path.join(dir, process.versions.modules, 'better_sqlite3.node');
  return fs.existsSync(candidate) ? candidate : undefined;
}

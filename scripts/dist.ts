/**
 * `npm run dist [-- electron-builder options]`: builds installers with electron-builder
 * (electron-builder.yml) into release/. Without options it builds for this machine's
 * platform; `npm run dist -- --linux`, `-- --win`, `-- --mac` choose.
 *
 * electron-builder rebuilds better-sqlite3 for the target Electron *in place* in
 * node_modules (npmRebuild), which would leave the tests and browser mode with a binary
 * Node cannot load. So the Node build is copied aside first and put back afterwards,
 * whether packaging worked or not.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rebuildEnv } from './rebuild-electron';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const moduleDir = path.join(root, 'node_modules', 'better-sqlite3');

/**
 * Copies the Node build of better-sqlite3 aside; the returned function puts it back.
 * node-gyp's rebuild deletes build/ entirely and @electron/rebuild may add bin/<platform>-<abi>/,
 * so the folders are recreated and what the rebuild added is removed.
 */
export function preserveNodeBuild(dir = moduleDir): () => void {
  const releaseDir = path.join(dir, 'build', 'Release');
  const binDir = path.join(dir, 'bin');
  const hadBin = fs.existsSync(binDir);
  const saved = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-node-build-'));
  const names = fs.existsSync(releaseDir) ? fs.readdirSync(releaseDir).filter((n) => n.endsWith('.node')) : [];
  for (const n of names) fs.copyFileSync(path.join(releaseDir, n), path.join(saved, n));
  return () => {
    fs.mkdirSync(releaseDir, { recursive: true });
    for (const n of names) {
      fs.rmSync(path.join(releaseDir, n), { force: true }); // never write through a hard link the rebuild made
      fs.copyFileSync(path.join(saved, n), path.join(releaseDir, n));
    }
    fs.rmSync(path.join(releaseDir, '.forge-meta'), { force: true });
    if (!hadBin) fs.rmSync(binDir, { recursive: true, force: true });
    fs.rmSync(saved, { recursive: true, force: true });
  };
}

function runBuilder(args: string[]): Promise<number> {
  const cli = path.join(root, 'node_modules', 'electron-builder', 'cli.js');
  return new Promise((resolve) => {
    // rebuildEnv: no npm `nodedir`, which would make the rebuild target Node instead of Electron.
    const child = spawn(process.execPath, [cli, '--config', 'electron-builder.yml', ...args], { cwd: root, stdio: 'inherit', env: rebuildEnv(process.env) });
    child.on('error', () => resolve(1));
    child.on('close', (code) => resolve(code ?? 1));
  });
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const restore = preserveNodeBuild();
  runBuilder(process.argv.slice(2))
    .then((code) => {
      restore();
      if (code !== 0) console.error(`dist: electron-builder failed (exit code ${code}); better-sqlite3's Node build was put back.`);
      process.exit(code);
    })
    .catch((err: unknown) => {
      restore();
      console.error(`dist: ${(err as Error).message}`);
      process.exit(1);
    });
}

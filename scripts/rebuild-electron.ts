/**
 * `npm run rebuild:electron [-- --force]`: builds better-sqlite3 for the installed
 * Electron into dist/native/<abi>/better_sqlite3.node (or $LANDFALL_NATIVE_DIR/<abi>/),
 * next to, not over, the Node build in node_modules that the tests and browser mode use.
 * electron/db/native-binding.ts picks the right one by `process.versions.modules`.
 *
 * How: copy the better-sqlite3 package (without its build) into a staging folder in the
 * system temp folder and run @electron/rebuild there (a prebuilt binary if one can be
 * downloaded, else node-gyp with Electron's headers), check that the result really is
 * for Electron's ABI, then move it into place. The staging folder lies outside the
 * project on purpose: @electron/rebuild walks up to the nearest lockfile and would also
 * rebuild the project's own node_modules/better-sqlite3 (the Node build) in place.
 * Without network access to Electron's headers this fails in one line, with the full
 * output in a log file.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NATIVE_BINARY, nativeBinaryPath } from '../electron/db/native-binding';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

export interface ElectronTarget {
  version: string;
  /** NODE_MODULE_VERSION of that Electron: the folder name under the native dir. */
  abi: string;
}

/** The installed Electron's version and ABI, read from its package (no binary needed). */
export function installedElectron(root = projectRoot): ElectronTarget {
  const dir = path.join(root, 'node_modules', 'electron');
  const version = (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  let abi: string;
  try {
    abi = fs.readFileSync(path.join(dir, 'abi_version'), 'utf8').trim();
  } catch {
    abi = (require('node-abi') as { getAbi(target: string, runtime: string): string }).getAbi(version, 'electron');
  }
  if (!/^\d+$/.test(abi)) throw new Error(`Could not tell the ABI of Electron ${version} (read "${abi}").`);
  return { version, abi };
}

export function defaultNativeDir(env: NodeJS.ProcessEnv = process.env, root = projectRoot): string {
  return env.LANDFALL_NATIVE_DIR ? path.resolve(env.LANDFALL_NATIVE_DIR) : path.join(root, 'dist', 'native');
}

/** Turns @electron/rebuild's many lines of output into the one line a person needs. */
export function summarizeRebuildFailure(output: string, target: ElectronTarget): string {
  const subject = `Could not build better-sqlite3 for Electron ${target.version} (ABI ${target.abi})`;
  const network =
    /network connectivity|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|getaddrinfo|socket hang up|unable to get local issuer|self[- ]signed certificate|status code (403|404|5\d\d)/i;
  if (network.test(output)) {
    return `${subject}: Electron's headers could not be downloaded (no network access to the Electron headers site). Run "npm run rebuild:electron" on a machine with network access.`;
  }
  if (/not found: (make|g\+\+|cc|python)|Could not find any Python|gyp ERR! find Python|No Xcode or CLT|Visual Studio/i.test(output)) {
    return `${subject}: a C++ build toolchain (Python, make and a C++ compiler) is missing.`;
  }
  const firstError = output.split('\n').map((l) => l.trim()).find((l) => /error|failed/i.test(l) && !/^at /.test(l));
  return `${subject}: ${firstError ?? 'the rebuild failed'}.`;
}

/**
 * The ABI a compiled addon was built for, from its `node_register_module_v<N>` symbol;
 * null for a Node-API addon or when it cannot be told.
 */
export function binaryAbi(binary: Buffer): string | null {
  const m = /node_register_module_v(\d+)/.exec(binary.toString('latin1'));
  return m?.[1] ?? null;
}

/**
 * The environment for the rebuild: without settings that point node-gyp at the local
 * Node's headers (npm's `nodedir`, which some machines set globally), which would
 * silently build for Node instead of Electron.
 */
export function rebuildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch)$/i.test(k)) continue;
    if (k === 'ELECTRON_RUN_AS_NODE') continue;
    out[k] = v;
  }
  return out;
}

export type RebuildOutcome = { ok: true; file: string; skipped: boolean } | { ok: false; message: string; logFile: string };

export async function rebuildForElectron(opts: { nativeDir?: string; force?: boolean; root?: string } = {}): Promise<RebuildOutcome> {
  const root = opts.root ?? projectRoot;
  const target = installedElectron(root);
  const nativeDir = opts.nativeDir ?? defaultNativeDir(process.env, root);
  const finalFile = nativeBinaryPath(nativeDir, target.abi);
  if (!opts.force && fs.existsSync(finalFile)) return { ok: true, file: finalFile, skipped: true };

  fs.mkdirSync(nativeDir, { recursive: true });
  const logFile = path.join(nativeDir, `rebuild-electron-${target.abi}.log`);
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-native-'));
  try {
    const source = path.join(root, 'node_modules', 'better-sqlite3');
    const copy = path.join(staging, 'node_modules', 'better-sqlite3');
    fs.cpSync(source, copy, { recursive: true, filter: (src) => path.relative(source, src).split(path.sep)[0] !== 'build' });
    const version = (JSON.parse(fs.readFileSync(path.join(source, 'package.json'), 'utf8')) as { version: string }).version;
    fs.writeFileSync(
      path.join(staging, 'package.json'),
      JSON.stringify({ name: 'landfall-native-staging', version: '0.0.0', private: true, dependencies: { 'better-sqlite3': version } }),
    );

    const cli = path.join(root, 'node_modules', '@electron', 'rebuild', 'lib', 'cli.js');
    const args = [cli, '--version', target.version, '--module-dir', staging, '--only', 'better-sqlite3', '--force', '--sequential'];
    const { code, output } = await run(process.execPath, args, staging);
    fs.writeFileSync(logFile, `$ node ${args.join(' ')}\n${output}\n(exit code ${code})\n`);

    const built = path.join(copy, 'build', 'Release', NATIVE_BINARY);
    if (code !== 0 || !fs.existsSync(built)) return { ok: false, message: summarizeRebuildFailure(output, target), logFile };
    const builtAbi = binaryAbi(fs.readFileSync(built));
    if (builtAbi !== null && builtAbi !== target.abi) {
      return {
        ok: false,
        message: `Could not build better-sqlite3 for Electron ${target.version}: the build came out for ABI ${builtAbi} instead of ${target.abi} (is node-gyp pointed at Node's own headers?).`,
        logFile,
      };
    }
    fs.mkdirSync(path.dirname(finalFile), { recursive: true });
    fs.copyFileSync(built, `${finalFile}.tmp`);
    fs.renameSync(`${finalFile}.tmp`, finalFile);
    return { ok: true, file: finalFile, skipped: false };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], cwd: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: rebuildEnv(process.env) });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (output += d.toString('utf8')));
    child.on('error', (err) => resolve({ code: 1, output: `${output}\n${err.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const force = process.argv.includes('--force');
  rebuildForElectron({ force }).then(
    (r) => {
      if (r.ok) {
        console.log(r.skipped ? `Already built for Electron: ${r.file} (use --force to rebuild).` : `Built better-sqlite3 for Electron: ${r.file}`);
      } else {
        console.error(`rebuild:electron: ${r.message} (full output: ${r.logFile})`);
        process.exit(1);
      }
    },
    (err: unknown) => {
      console.error(`rebuild:electron: ${(err as Error).message}`);
      process.exit(1);
    },
  );
}

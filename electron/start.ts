/**
 * `npm start` (after the renderer and the Electron bundles are built): launches the
 * desktop app with the installed Electron.
 *
 * Only when Electron's binary is missing (installed with ELECTRON_SKIP_BINARY_DOWNLOAD,
 * or its download never finished) does it say so in one line and serve the same app in
 * browser mode. Any other failure (Electron exits non-zero, better-sqlite3 cannot be
 * built for it) ends this command non-zero with that failure's message; there is no
 * silent switch to browser mode.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nativeBinaryPath } from './db/native-binding';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What `require('electron')` gave: the binary's path, or the error it threw. */
export type ElectronLookup = { path: string } | { error: Error };

export type LaunchPlan =
  | { kind: 'electron'; binary: string }
  | { kind: 'browser'; notice: string }
  | { kind: 'fail'; message: string };

const NOT_INSTALLED = /Electron failed to install correctly/i;

/**
 * Decides how `npm start` runs. Pure: the lookup result and a file-exists check are given.
 * - the electron package says its binary was never installed  -> browser mode, with a notice;
 * - it names a binary that is not there                      -> browser mode, with a notice;
 * - the package itself cannot be loaded for another reason    -> fail with that message;
 * - otherwise                                                 -> launch Electron.
 */
export function chooseLaunch(lookup: ElectronLookup, exists: (file: string) => boolean): LaunchPlan {
  if ('error' in lookup) {
    if (NOT_INSTALLED.test(lookup.error.message)) {
      return {
        kind: 'browser',
        notice: "Electron's binary is not installed here (node_modules/electron has no download), so Landfall runs in browser mode instead.",
      };
    }
    return { kind: 'fail', message: `Could not load the electron package: ${lookup.error.message}` };
  }
  if (!exists(lookup.path)) {
    return {
      kind: 'browser',
      notice: `Electron's binary is missing (${lookup.path} does not exist), so Landfall runs in browser mode instead.`,
    };
  }
  return { kind: 'electron', binary: lookup.path };
}

export function lookUpElectron(root = projectRoot): ElectronLookup {
  // A fresh require each time: the package resolves its path when it is loaded.
  const require = createRequire(path.join(root, 'package.json'));
  try {
    const resolved = require.resolve('electron');
    delete require.cache[resolved];
    const binary: unknown = require(resolved);
    if (typeof binary !== 'string') return { error: new Error('the electron package did not name its binary') };
    return { path: binary };
  } catch (err) {
    return { error: err instanceof Error ? err : new Error(String(err)) };
  }
}

/** The last non-empty line of what a failed process printed, to repeat in our own message. */
export function lastLine(output: string): string {
  const lines = output.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  return lines[lines.length - 1] ?? '';
}

export function electronFailureMessage(code: number | null, signal: NodeJS.Signals | null, stderrTail: string): string {
  const how = signal ? `was stopped by ${signal}` : `exited with code ${code}`;
  const said = lastLine(stderrTail);
  return `Landfall's Electron process ${how}${said ? `: ${said}` : '.'}`;
}

/** Launches Electron on the app in `root`; resolves with the exit code `npm start` should end with. */
export async function launchElectron(binary: string, argv: readonly string[], env: NodeJS.ProcessEnv, root = projectRoot): Promise<number> {
  const childEnv: NodeJS.ProcessEnv = { ...env };
  delete childEnv.ELECTRON_RUN_AS_NODE;
  return new Promise((resolve) => {
    const child = spawn(binary, [root, ...argv], { cwd: root, env: childEnv, stdio: ['inherit', 'inherit', 'pipe'] });
    let tail = '';
    child.stderr.on('data', (chunk: Buffer) => {
      process.stderr.write(chunk);
      tail = (tail + chunk.toString('utf8')).slice(-4096);
    });
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
    const onInt = forward('SIGINT');
    const onTerm = forward('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    child.on('error', (err) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      console.error(`Landfall could not start Electron (${binary}): ${err.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      if (code === 0) return resolve(0);
      // Ctrl+C in the terminal reaches Electron too; ending on it is not a failure.
      if (signal === 'SIGINT' || signal === 'SIGTERM') return resolve(0);
      console.error(electronFailureMessage(code, signal, tail));
      resolve(code && code > 0 ? code : 1);
    });
  });
}

/** The exit code to end with, or 'serving' while browser mode runs (until Ctrl+C). */
export async function runStart(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number | 'serving'> {
  const plan = chooseLaunch(lookUpElectron(), (f) => fs.existsSync(f));
  if (plan.kind === 'fail') {
    console.error(plan.message);
    return 1;
  }
  if (plan.kind === 'browser') {
    console.log(plan.notice);
    const { runBrowserMode } = await import('./host/cli');
    await runBrowserMode(argv, { openByDefault: true });
    return 'serving';
  }

  const mainBundle = path.join(projectRoot, 'dist', 'electron', 'main.cjs');
  if (!fs.existsSync(mainBundle)) {
    console.error(`The desktop app has not been built (${path.relative(projectRoot, mainBundle)} is missing). Run "npm run build:electron".`);
    return 1;
  }

  // better-sqlite3 for Electron's ABI, beside (not over) the Node build the tests use.
  const { defaultNativeDir, installedElectron, rebuildForElectron } = await import('../scripts/rebuild-electron');
  const nativeDir = defaultNativeDir(env);
  const target = installedElectron();
  if (!fs.existsSync(nativeBinaryPath(nativeDir, target.abi))) {
    console.log(`Building better-sqlite3 for Electron ${target.version} (once; this takes a few minutes)…`);
    const built = await rebuildForElectron({ nativeDir });
    if (!built.ok) {
      console.error(`${built.message} (full output: ${built.logFile})`);
      return 1;
    }
  }
  return launchElectron(plan.binary, argv, { ...env, LANDFALL_NATIVE_DIR: nativeDir });
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  runStart(process.argv.slice(2)).then(
    (code) => {
      if (code !== 'serving') process.exit(code);
    },
    (err: unknown) => {
      console.error(`Landfall could not start: ${(err as Error).message}`);
      process.exit(1);
    },
  );
}

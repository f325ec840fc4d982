/**
 * `npm start`'s choice between the desktop app and browser mode: the pure decision, and
 * electron/start.ts run for real with a stand-in Electron (ELECTRON_OVERRIDE_DIST_PATH).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chooseLaunch, electronFailureMessage, lastLine } from '../../electron/start';
import { buildElectron, projectRoot } from '../../scripts/build-electron';
import { installedElectron } from '../../scripts/rebuild-electron';
import { nativeBinaryPath } from '../../electron/db/native-binding';

const notInstalled = new Error('Electron failed to install correctly, please delete node_modules/electron and try installing again');

describe('chooseLaunch', () => {
  it('runs browser mode, with a notice, when the electron package has no binary', () => {
    const plan = chooseLaunch({ error: notInstalled }, () => true);
    expect(plan.kind).toBe('browser');
    expect(plan.kind === 'browser' && plan.notice.split('\n')).toHaveLength(1);
    expect(plan.kind === 'browser' && plan.notice).toMatch(/browser mode/);
  });

  it('runs browser mode when the binary it names is not there', () => {
    const plan = chooseLaunch({ path: '/x/node_modules/electron/dist/electron' }, () => false);
    expect(plan).toEqual({ kind: 'browser', notice: expect.stringContaining('/x/node_modules/electron/dist/electron') });
  });

  it('launches Electron when the binary exists', () => {
    expect(chooseLaunch({ path: '/x/electron' }, (f) => f === '/x/electron')).toEqual({ kind: 'electron', binary: '/x/electron' });
  });

  it('any other problem with the electron package is a failure, not a switch to browser mode', () => {
    const plan = chooseLaunch({ error: new Error("Cannot find module 'electron'") }, () => true);
    expect(plan).toEqual({ kind: 'fail', message: expect.stringContaining("Cannot find module 'electron'") });
  });

  it('a failed Electron is described by what it said last', () => {
    expect(lastLine('warning\n[123:ERROR] GPU process isn\'t usable. Goodbye.\n\n')).toBe("[123:ERROR] GPU process isn't usable. Goodbye.");
    expect(electronFailureMessage(1, null, 'boom\n')).toBe("Landfall's Electron process exited with code 1: boom");
    expect(electronFailureMessage(null, 'SIGSEGV', '')).toBe("Landfall's Electron process was stopped by SIGSEGV.");
  });
});

const tsx = path.join(projectRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');

function runStart(
  env: NodeJS.ProcessEnv,
  args: string[] = [],
  until?: RegExp,
  whenSeen?: (output: string) => Promise<void>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsx, path.join(projectRoot, 'electron', 'start.ts'), ...args], {
      cwd: projectRoot,
      // Browser mode opens the default browser unless told not to: never from a test.
      env: { ...process.env, LANDFALL_NO_OPEN: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let seen = false;
    const check = () => {
      if (seen || !until || !until.test(stdout + stderr)) return;
      seen = true;
      const stop = () => child.kill('SIGTERM');
      if (whenSeen) whenSeen(stdout + stderr).then(stop, stop);
      else stop();
    };
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      check();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      check();
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A folder standing in for Electron's dist/, whose binary is the given shell script. */
function standInElectron(script: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-fake-electron-'));
  const pathTxt = path.join(projectRoot, 'node_modules', 'electron', 'path.txt');
  const rel = fs.existsSync(pathTxt) ? fs.readFileSync(pathTxt, 'utf8') : 'electron';
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `#!/bin/sh\n${script}\n`, { mode: 0o755 });
  return dir;
}

/** A native folder that already holds "the Electron build", so start does not try to compile one. */
function preparedNativeDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-native-'));
  const file = nativeBinaryPath(dir, installedElectron().abi);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, 'placeholder');
  return dir;
}

describe.skipIf(process.platform === 'win32')('electron/start.ts, run for real', () => {
  beforeAll(async () => {
    await buildElectron();
  }, 60_000);

  it('when Electron itself fails, start exits non-zero with its message (no switch to browser mode)', async () => {
    const dist = standInElectron('echo "stand-in electron got: $*"\necho "[4242:FATAL] The display is not available." >&2\nexit 3');
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-start-'));
    const r = await runStart({ ELECTRON_OVERRIDE_DIST_PATH: dist, LANDFALL_NATIVE_DIR: preparedNativeDir() }, ['--data-dir', dataDir]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('[4242:FATAL] The display is not available.');
    expect(lastLine(r.stderr)).toBe("Landfall's Electron process exited with code 3: [4242:FATAL] The display is not available.");
    expect(r.stdout).toContain(`stand-in electron got: ${projectRoot} --data-dir ${dataDir}`);
    expect(r.stdout + r.stderr).not.toMatch(/browser mode/);
  }, 60_000);

  it('when Electron exits normally, so does start', async () => {
    const dist = standInElectron('exit 0');
    const r = await runStart({ ELECTRON_OVERRIDE_DIST_PATH: dist, LANDFALL_NATIVE_DIR: preparedNativeDir() });
    expect(r.code).toBe(0);
  }, 60_000);

  /** Runs start with no Electron binary, a fresh data folder and the given renderer folder. */
  async function startWithoutElectron(rendererDir: string) {
    const emptyDist = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-no-electron-'));
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-start-'));
    let page: string | undefined;
    const r = await runStart(
      { ELECTRON_OVERRIDE_DIST_PATH: emptyDist, LANDFALL_DATA_DIR: dataDir, LANDFALL_RENDERER_DIR: rendererDir },
      [],
      /http:\/\/127\.0\.0\.1:\d+\/#token=\S+|has not been built/,
      async (output) => {
        const url = /http:\/\/127\.0\.0\.1:\d+\/#token=\S+/.exec(output)?.[0];
        if (url) page = await (await fetch(url)).text();
      },
    );
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^Electron's binary is missing \(.*\), so Landfall runs in browser mode instead\.$/);
    expect(lines.filter((l) => /Electron/.test(l))).toHaveLength(1);
    return { ...r, page, dataDir };
  }

  it('when the Electron binary is missing, start says so in one line and serves browser mode from the built renderer', async () => {
    const built = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-renderer-'));
    fs.writeFileSync(path.join(built, 'index.html'), '<!doctype html><title>stand-in renderer</title>');
    const r = await startWithoutElectron(built);
    expect(r.stdout).toMatch(/Landfall is running in browser mode/);
    expect(r.stdout).toMatch(/http:\/\/127\.0\.0\.1:\d+\/#token=/);
    expect(r.stdout).toContain(`Data folder: ${r.dataDir}`);
    expect(r.page).toContain('<title>stand-in renderer</title>');
  }, 60_000);

  it('when the Electron binary is missing and the renderer is not built, start says the renderer must be built', async () => {
    const notBuilt = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-renderer-'));
    const r = await startWithoutElectron(notBuilt);
    expect(r.stderr).toMatch(/The renderer has not been built: .* has no index\.html\. Run "npm run build"\./);
    expect(r.stderr).toContain(notBuilt);
    expect(r.stdout).not.toMatch(/Landfall is running in browser mode/);
    expect(r.code).not.toBe(0);
  }, 60_000);
});

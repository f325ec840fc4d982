/**
 * The main process's wiring, run against a mocked `electron`: each test boots
 * electron/main/app.ts and then drives what it registered (events, handlers) to check
 * what a user would notice: links go to the browser, nothing navigates the window,
 * IPC from a foreign frame never reaches the backend, quitting lets the backend close.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createElectronMock, FakeBrowserWindow, FakeUtilityProcess, FakeWebContents, type ElectronMock } from './electron-mock';
import { flush } from './fakes';

let appDir: string;
let dataDir: string;

beforeEach(() => {
  FakeBrowserWindow.instances = [];
  FakeUtilityProcess.instances = [];
  appDir = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-app-'));
  fs.mkdirSync(path.join(appDir, 'dist', 'renderer'), { recursive: true });
  fs.writeFileSync(path.join(appDir, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Landfall</title>');
  fs.writeFileSync(path.join(appDir, 'secret.txt'), 'not for the renderer');
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-data-'));
});

async function boot(configure: (mock: ElectronMock) => void = () => {}) {
  vi.resetModules();
  const mock = createElectronMock();
  mock.app.appPath = appDir;
  configure(mock);
  vi.doMock('electron', () => mock.electron);
  const { startApp } = await import('../../electron/main/app');
  const started = startApp({
    bundleDir: '/opt/landfall/dist/electron',
    argv: ['/usr/bin/electron', appDir, '--data-dir', dataDir, '--enable-logging'],
    env: { HOME: '/home/u' },
    platform: 'linux',
    home: '/home/u',
  });
  return { mock, started };
}

async function bootReady(configure?: (mock: ElectronMock) => void) {
  const booted = await boot(configure);
  booted.mock.app.becomeReady();
  await booted.started.ready;
  return booted;
}

const backendProcess = () => FakeUtilityProcess.instances[FakeUtilityProcess.instances.length - 1]!;
const backendCalls = (p: FakeUtilityProcess) => p.sent.filter((m) => (m as { type: string }).type === 'call') as { id: number; method: string }[];

describe('start-up', () => {
  it('registers app:// as a secure standard scheme and the sandbox before ready, and keeps data and profile in the data folder', async () => {
    const { mock } = await boot();
    expect(mock.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect(mock.app.enableSandbox).toHaveBeenCalled();
    expect(mock.app.paths.userData).toBe(dataDir);
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('a second instance quits at once; the first one is brought to the front', async () => {
    const second = await boot((m) => m.app.requestSingleInstanceLock.mockReturnValue(false));
    expect(second.mock.app.quit).toHaveBeenCalled();
    second.mock.app.becomeReady();
    await second.started.ready;
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(FakeUtilityProcess.instances).toHaveLength(0);

    const first = await bootReady();
    const win = FakeBrowserWindow.instances[0]!;
    win.minimized = true;
    first.mock.app.emit('second-instance', {}, ['landfall'], '/');
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });

  it('opens one hardened window on our app:// page, with the preload', async () => {
    await bootReady();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const win = FakeBrowserWindow.instances[0]!;
    expect(win.options.webPreferences).toMatchObject({
      preload: path.join('/opt/landfall/dist/electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
    });
    expect(win.loadURL).toHaveBeenCalledWith('app://landfall/index.html');
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalled();
  });

  it('starts the backend in a utility process with the data folder and, in development, the Electron native build', async () => {
    await bootReady();
    const p = backendProcess();
    expect(p.modulePath).toBe(path.join('/opt/landfall/dist/electron', 'backend.cjs'));
    expect((p.options.env as Record<string, string>).LANDFALL_NATIVE_DIR).toBe(`${appDir}/dist/native`);
    expect(p.sent[0]).toEqual({ type: 'start', dataDir, resourcesDir: path.join(appDir, 'resources') });
  });

  it('a packaged app never takes native code from LANDFALL_NATIVE_DIR or NODE_OPTIONS', async () => {
    vi.resetModules();
    const { backendEnv } = await import('../../electron/main/backend-process');
    const env = backendEnv({ LANDFALL_NATIVE_DIR: '/tmp/evil', NODE_OPTIONS: '--require /tmp/evil.js', PATH: '/usr/bin' }, true, '/app.asar');
    expect(env).toEqual({ PATH: '/usr/bin' });
  });
});

describe('what the window may do', () => {
  async function contents() {
    const { mock } = await bootReady();
    const wc = new FakeWebContents();
    mock.app.emit('web-contents-created', {}, wc);
    return { mock, wc };
  }
  const navigate = (wc: FakeWebContents, event: string, url: string) => {
    const e = { preventDefault: vi.fn() };
    wc.emit(event, e, url);
    return e;
  };

  it('a link to a web page opens in the system browser instead of the window', async () => {
    const { mock, wc } = await contents();
    const e = navigate(wc, 'will-navigate', 'https://gdpr-info.eu/art-28-gdpr/');
    expect(e.preventDefault).toHaveBeenCalled();
    expect(mock.electron.shell.openExternal).toHaveBeenCalledWith('https://gdpr-info.eu/art-28-gdpr/');
  });

  it('navigation anywhere else is refused and nothing is opened', async () => {
    const { mock, wc } = await contents();
    for (const url of ['file:///etc/passwd', 'app://landfall/other.html', 'javascript:alert(1)', 'smb://host/share']) {
      expect(navigate(wc, 'will-navigate', url).preventDefault).toHaveBeenCalled();
      expect(navigate(wc, 'will-redirect', url).preventDefault).toHaveBeenCalled();
    }
    expect(mock.electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('window.open never opens a window; http(s) goes to the browser', async () => {
    const { mock, wc } = await contents();
    expect(wc.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(wc.windowOpenHandler!({ url: 'file:///C:/Windows/System32/calc.exe' })).toEqual({ action: 'deny' });
    expect(mock.electron.shell.openExternal.mock.calls).toEqual([['https://example.com/']]);
  });

  it('a <webview> is never attached', async () => {
    const { wc } = await contents();
    const e = { preventDefault: vi.fn() };
    wc.emit('will-attach-webview', e, {}, {});
    expect(e.preventDefault).toHaveBeenCalled();
  });

  it('permission requests and checks are refused', async () => {
    const { mock } = await bootReady();
    for (const perm of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      mock.permission.request!({}, perm, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(mock.permission.check!({}, perm)).toBe(false);
    }
  });

  it('app:// serves the renderer folder and nothing outside it', async () => {
    const { mock } = await bootReady();
    const handler = mock.protocolHandlers.get('app')!;
    const page = await handler(new Request('app://landfall/index.html'));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Landfall</title>');
    for (const url of ['app://landfall/..%2f..%2fsecret.txt', 'app://other/index.html']) {
      expect((await handler(new Request(url))).status).toBe(404);
    }
  });
});

describe('the IPC bridge', () => {
  it('has exactly one channel', async () => {
    const { mock } = await bootReady();
    expect([...mock.ipcHandlers.keys()]).toEqual(['landfall:invoke']);
    expect(mock.electron.ipcMain.on).not.toHaveBeenCalled();
  });

  it('relays a call from our page to the backend process and returns its answer', async () => {
    const { mock } = await bootReady();
    const handler = mock.ipcHandlers.get('landfall:invoke')!;
    const answer = handler({ senderFrame: { url: 'app://landfall/index.html', parent: null } }, 'entries.list', { includeArchived: false }) as Promise<unknown>;
    await flush();
    const [call] = backendCalls(backendProcess());
    expect(call).toMatchObject({ method: 'entries.list', input: { includeArchived: false } });
    backendProcess().emit('message', { type: 'result', id: call!.id, result: { ok: true, value: [] } });
    expect(await answer).toEqual({ ok: true, value: [] });
  });

  it('a call from another frame never reaches the backend', async () => {
    const { mock } = await bootReady();
    const handler = mock.ipcHandlers.get('landfall:invoke')!;
    const answer = await handler({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'entries.delete', { id: 'x' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(backendCalls(backendProcess())).toEqual([]);
  });
});

describe('the backend process', () => {
  it('a crash is reported to the user with the log file, and the backend is restarted', async () => {
    const { mock } = await bootReady();
    const handler = mock.ipcHandlers.get('landfall:invoke')!;
    const answer = handler({ senderFrame: { url: 'app://landfall/index.html', parent: null } }, 'entries.list', {}) as Promise<unknown>;
    await flush();
    backendProcess().emit('exit', 134);
    const logFile = path.join(dataDir, 'logs', 'landfall.log');
    expect(await answer).toMatchObject({ ok: false, error: { message: expect.stringContaining(logFile) } });
    expect(mock.electron.dialog.showMessageBox).toHaveBeenCalledWith(
      FakeBrowserWindow.instances[0],
      expect.objectContaining({ type: 'error', detail: expect.stringContaining(logFile) }),
    );
    expect(FakeUtilityProcess.instances).toHaveLength(2);
    expect(fs.readFileSync(logFile, 'utf8')).toMatch(/exited unexpectedly \(code 134\)/);
  });

  it('a damaged database with a good backup offers to restore it; choosing that starts the backend on the backup and reloads the window', async () => {
    const { mock } = await bootReady();
    const message = 'The database failed its integrity check. The latest good backup is landfall-daily-2027-02-15.sqlite (1 entry).';
    backendProcess().emit('message', { type: 'fatal', message, restorable: true });
    await flush();
    expect(mock.electron.dialog.showMessageBox).toHaveBeenCalledWith(
      FakeBrowserWindow.instances[0],
      expect.objectContaining({ buttons: ['Restore the latest good backup', 'Quit Landfall'], detail: expect.stringContaining(message) }),
    );
    // The mocked dialog answers with the first button.
    expect(FakeUtilityProcess.instances).toHaveLength(2);
    expect(backendProcess().sent[0]).toMatchObject({ type: 'start', dataDir, restoreLatestBackup: true });
    backendProcess().emit('message', { type: 'ready', dbFile: path.join(dataDir, 'landfall.sqlite') });
    expect(FakeBrowserWindow.instances[0]!.webContents.reload).toHaveBeenCalledTimes(1);
    expect(mock.app.quit).not.toHaveBeenCalled();
  });

  it('quitting waits for the backend to finish and close the database', async () => {
    const { mock } = await bootReady();
    const quitEvent = { preventDefault: vi.fn() };
    mock.app.emit('will-quit', quitEvent);
    expect(quitEvent.preventDefault).toHaveBeenCalled();
    expect(backendProcess().sent.at(-1)).toEqual({ type: 'shutdown' });
    expect(mock.app.quit).not.toHaveBeenCalled();

    backendProcess().emit('message', { type: 'closed' });
    await flush();
    expect(mock.app.quit).toHaveBeenCalledTimes(1);
    const second = { preventDefault: vi.fn() };
    mock.app.emit('will-quit', second);
    expect(second.preventDefault).not.toHaveBeenCalled();
  });

  it('a renderer that was never built is reported instead of opening a blank window', async () => {
    fs.rmSync(path.join(appDir, 'dist'), { recursive: true });
    const { mock } = await bootReady();
    expect(mock.electron.dialog.showErrorBox).toHaveBeenCalledWith(expect.stringContaining('cannot start'), expect.stringContaining('npm run build'));
    expect(mock.app.exit).toHaveBeenCalledWith(1);
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });
});

describe('the preload', () => {
  it('exposes one function, invoke, which sends on the one channel', async () => {
    vi.resetModules();
    const mock = createElectronMock();
    vi.doMock('electron', () => mock.electron);
    await import('../../electron/preload/index');
    expect(mock.electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [name, api] = mock.electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, Record<string, (...a: unknown[]) => Promise<unknown>>];
    expect(name).toBe('landfall');
    expect(Object.keys(api)).toEqual(['invoke']);
    await api.invoke!('entries.list', { includeArchived: true });
    expect(mock.electron.ipcRenderer.invoke).toHaveBeenCalledWith('landfall:invoke', 'entries.list', { includeArchived: true });
    await expect(api.invoke!(42, {})).rejects.toThrow(TypeError);
    expect(mock.electron.ipcRenderer.invoke).toHaveBeenCalledTimes(1);
  });
});

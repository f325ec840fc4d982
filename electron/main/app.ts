/**
 * The desktop app's main process: lifecycle, the one window, its security wiring, the
 * app:// protocol, the IPC bridge and the backend's utility process.
 *
 * The decisions live in pure modules (security.ts, app-protocol.ts,
 * ../ipc/sender-check.ts, ../ipc/backend-connection.ts) with their own tests; this file
 * only wires them to Electron, and tests/electron drives it with a mocked `electron`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  BrowserWindow,
  Menu,
  app,
  dialog,
  ipcMain,
  protocol,
  safeStorage,
  session,
  shell,
  type Event as ElectronEvent,
  type WebContents,
} from 'electron';
import { resolveDataDir } from '../host/data-dir';
import { APP_SCHEME, APP_START_URL } from '../ipc/app-origin';
import { parseAppArgs } from './app-args';
import { createAppProtocolHandler } from './app-protocol';
import { backendEnv, spawnBackendProcess } from './backend-process';
import { safeStorageKeyStore } from './safe-storage-key-store';
import { electronHostCapabilities } from './host-capabilities';
import { createLogFile, logFilePath, type LogFile } from './log-file';
import { menuTemplate } from './menu';
import { offerRestore } from './integrity-restore';
import { navigationDecision, permissionAllowed } from './security';
import { INVOKE_CHANNEL } from '../ipc/channel';
import { createBackendConnection, type BackendConnection, type CrashInfo } from '../ipc/backend-connection';
import { createInvokeHandler } from '../ipc/invoke-handler';

export const APP_ID = 'app.landfall.desktop';
export const PRODUCT_NAME = 'Landfall';

export interface StartOptions {
  /** Folder holding main.cjs, preload.cjs and backend.cjs. */
  bundleDir: string;
  argv?: readonly string[];
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  home?: string;
}

export interface StartedApp {
  /** Resolves once the window has been created (or immediately when another instance owns the lock). */
  ready: Promise<void>;
  dataDir: string;
  log: LogFile;
}

/** Applied to every web contents the app creates: no navigation, no new windows, no webviews. */
export function hardenWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  const refuse = (event: { preventDefault(): void }, url: string) => {
    event.preventDefault();
    const decision = navigationDecision(url);
    if (decision.openExternally) openExternal(decision.openExternally);
  };
  contents.on('will-navigate', (event, url) => refuse(event, url));
  contents.on('will-redirect', (event, url) => refuse(event, url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = navigationDecision(url);
    if (decision.openExternally) openExternal(decision.openExternally);
    return { action: 'deny' };
  });
}

/**
 * The shipped requirement packs: resources/ beside package.json in development, copied
 * next to the asar (electron-builder's extraResources) in a packaged app.
 */
export function resourcesDir(isPackaged: boolean, appPath: string, resourcesPath: string = process.resourcesPath): string {
  return isPackaged ? path.join(resourcesPath, 'resources') : path.join(appPath, 'resources');
}

export function startApp(opts: StartOptions): StartedApp {
  const env = opts.env ?? process.env;
  const platform = opts.platform ?? process.platform;
  const args = parseAppArgs(opts.argv ?? process.argv);
  const dataDir = resolveDataDir(args.dataDir, platform, env, opts.home ?? os.homedir());
  const log = createLogFile(logFilePath(dataDir));

  // The renderer's origin must be registered before the app is ready.
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
  app.enableSandbox();
  // The data folder is also Chromium's profile folder: on Windows the local, not
  // roaming, app data, and one single-instance lock per data folder.
  app.setPath('userData', dataDir);
  if (platform === 'win32') app.setAppUserModelId(APP_ID);

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return { ready: Promise.resolve(), dataDir, log };
  }

  log.write('main', `Landfall ${app.getVersion()} starting; data folder ${dataDir}`);

  let window: BrowserWindow | null = null;
  let backend: BackendConnection | undefined;
  let quitState: 'running' | 'closing' | 'closed' = 'running';
  let reloadWhenReady = false;

  const openExternal = (url: string) => {
    shell.openExternal(url).catch((err: unknown) => log.write('main', `Could not open ${url}: ${String(err)}`));
  };

  const tellUser = (message: string, detail: string) => {
    log.write('main', `${message} ${detail}`);
    if (window && !window.isDestroyed()) {
      void dialog.showMessageBox(window, { type: 'error', title: PRODUCT_NAME, message, detail });
    } else {
      dialog.showErrorBox(message, detail);
    }
  };

  const createWindow = () => {
    const win = new BrowserWindow({
      width: 1360,
      height: 880,
      minWidth: 960,
      minHeight: 600,
      show: false,
      title: PRODUCT_NAME,
      backgroundColor: '#f6f7f9',
      // Inline, so reviewers and electronegativity see them where the window is made.
      webPreferences: {
        preload: path.join(opts.bundleDir, 'preload.cjs'),
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webviewTag: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        navigateOnDragDrop: false,
        spellcheck: false,
        devTools: !app.isPackaged,
      },
    });
    win.once('ready-to-show', () => win.show());
    win.on('closed', () => {
      if (window === win) window = null;
    });
    win.webContents.on('render-process-gone', (_e, details) => log.write('main', `The window's renderer stopped: ${details.reason}`));
    void win.loadURL(APP_START_URL);
    window = win;
  };

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));

  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (!window && app.isReady()) createWindow();
  });

  app.on('will-quit', (event: ElectronEvent) => {
    if (quitState === 'closed' || !backend) return;
    event.preventDefault();
    if (quitState === 'closing') return;
    quitState = 'closing';
    log.write('main', 'Quitting: letting the backend finish and close the database.');
    void backend.shutdown().finally(() => {
      quitState = 'closed';
      log.write('main', 'Backend closed.');
      app.quit();
    });
  });

  const ready = app.whenReady().then(() => {
    const rendererRoot = path.join(app.getAppPath(), 'dist', 'renderer');
    if (!fs.existsSync(path.join(rendererRoot, 'index.html'))) {
      dialog.showErrorBox(`${PRODUCT_NAME} cannot start`, `The renderer has not been built: ${rendererRoot} has no index.html. Run "npm run build".`);
      app.exit(1);
      return;
    }

    const denyAll = (_wc: unknown, permission: string, callback: (granted: boolean) => void) => callback(permissionAllowed(permission));
    session.defaultSession.setPermissionRequestHandler(denyAll);
    session.defaultSession.setPermissionCheckHandler((_wc, permission) => permissionAllowed(permission));

    protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot));

    const childEnv = backendEnv(env, app.isPackaged, app.getAppPath());
    const keys = safeStorageKeyStore({ safeStorage, dataDir, platform: process.platform });
    if (!keys) log.write('main', 'No OS credential store is available: the ledger key is kept in an owner-only file in the data folder.');
    backend = createBackendConnection({
      ...(keys ? { keys } : {}),
      spawn: () => spawnBackendProcess(path.join(opts.bundleDir, 'backend.cjs'), childEnv, log),
      dataDir,
      resourcesDir: resourcesDir(app.isPackaged, app.getAppPath()),
      logFile: log.file,
      log: (m) => log.write('main', m),
      onReady: (dbFile) => {
        log.write('main', `Database open: ${dbFile}`);
        // After a restore the window reads everything again from the restored database.
        if (reloadWhenReady && window && !window.isDestroyed()) window.webContents.reload();
        reloadWhenReady = false;
      },
      onFatal: (message) => tellUser(`${PRODUCT_NAME} could not open its data.`, `${message}\n\nDetails are in ${log.file}.`),
      onRestorable: (message) => {
        log.write('main', `${message} Offering the latest good backup.`);
        void offerRestore({
          productName: PRODUCT_NAME,
          message,
          logFile: log.file,
          showMessageBox: (o) => (window && !window.isDestroyed() ? dialog.showMessageBox(window, o) : dialog.showMessageBox(o)),
          restore: () => {
            reloadWhenReady = true;
            backend?.restoreLatestBackup();
          },
          quit: () => app.quit(),
        });
      },
      onCrash: (info: CrashInfo) =>
        tellUser(
          `${PRODUCT_NAME}'s data service stopped unexpectedly.`,
          info.restarting
            ? `It has been restarted. A change is either saved completely or not at all: check your last change. Details are in ${info.logFile}.`
            : `It stopped several times in a row, so it was not restarted. Restart ${PRODUCT_NAME}; details are in ${info.logFile}.`,
        ),
    });

    const host = electronHostCapabilities({
      dataDir,
      native: {
        showOpenDialog: (o) => (window ? dialog.showOpenDialog(window, o) : dialog.showOpenDialog(o)),
        showSaveDialog: (o) => (window ? dialog.showSaveDialog(window, o) : dialog.showSaveDialog(o)),
        showItemInFolder: (file) => shell.showItemInFolder(file),
      },
    });
    const connection = backend;
    ipcMain.handle(INVOKE_CHANNEL, createInvokeHandler({ backend: connection, host, log: (m) => log.write('ipc', m) }));

    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate({ isPackaged: app.isPackaged, platform, appName: PRODUCT_NAME, showLogFile: () => shell.showItemInFolder(log.file) }),
      ),
    );

    createWindow();
  });

  return { ready, dataDir, log };
}

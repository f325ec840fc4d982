/**
 * A stand-in for the `electron` module (whose binary cannot be installed here), rich
 * enough to run electron/main/app.ts and electron/preload/index.ts and then drive what
 * they registered: app events, the protocol handler, the IPC handler, web-contents
 * events, permission handlers and the utility process.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler = vi.fn((h: (details: { url: string }) => { action: string }) => {
    this.windowOpenHandler = h;
  });
  reload = vi.fn();
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  minimized = false;
  destroyed = false;
  loadURL = vi.fn(async (_url: string) => {});
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn(() => {
    this.minimized = false;
  });
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  isMinimized() {
    return this.minimized;
  }
  isDestroyed() {
    return this.destroyed;
  }
}

export class FakeUtilityProcess extends EventEmitter {
  static instances: FakeUtilityProcess[] = [];
  readonly sent: unknown[] = [];
  stdout = null;
  stderr = null;
  constructor(
    readonly modulePath: string,
    readonly options: Record<string, unknown>,
  ) {
    super();
    FakeUtilityProcess.instances.push(this);
  }
  postMessage(message: unknown) {
    this.sent.push(structuredClone(message));
  }
  kill = vi.fn(() => true);
}

export function createElectronMock() {
  let resolveReady!: () => void;
  const readyPromise = new Promise<void>((r) => (resolveReady = r));
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    appPath: '/app',
    ready: false,
    paths: {} as Record<string, string>,
    getAppPath: vi.fn(() => app.appPath),
    getVersion: vi.fn(() => '0.1.0'),
    setPath: vi.fn((name: string, value: string) => {
      app.paths[name] = value;
    }),
    setAppUserModelId: vi.fn(),
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    exit: vi.fn(),
    isReady: vi.fn(() => app.ready),
    whenReady: vi.fn(() => readyPromise),
    /** Test helper: fire `ready`. */
    becomeReady() {
      app.ready = true;
      resolveReady();
    },
  });

  const ipcHandlers = new Map<string, (...args: unknown[]) => unknown>();
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const permission = {
    request: undefined as undefined | ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void),
    check: undefined as undefined | ((wc: unknown, permission: string) => boolean),
  };

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    Menu: {
      buildFromTemplate: vi.fn((template: unknown) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
    dialog: {
      showMessageBox: vi.fn(async () => ({ response: 0 })),
      showErrorBox: vi.fn(),
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
      showSaveDialog: vi.fn(async () => ({ canceled: true })),
    },
    ipcMain: {
      handle: vi.fn((channel: string, handler: (...args: unknown[]) => unknown) => {
        if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        ipcHandlers.set(channel, handler);
      }),
      on: vi.fn(),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response>) => {
        protocolHandlers.set(scheme, handler);
      }),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn((h: typeof permission.request) => {
          permission.request = h;
        }),
        setPermissionCheckHandler: vi.fn((h: typeof permission.check) => {
          permission.check = h;
        }),
      },
    },
    shell: {
      openExternal: vi.fn(async (_url: string) => {}),
      showItemInFolder: vi.fn(),
    },
    utilityProcess: {
      fork: vi.fn((modulePath: string, _args: string[], options: Record<string, unknown>) => new FakeUtilityProcess(modulePath, options)),
    },
    /** No credential store by default (as on a Linux box without a keyring); tests may turn it on. */
    safeStorage: {
      isEncryptionAvailable: vi.fn(() => false),
      getSelectedStorageBackend: vi.fn(() => 'basic_text'),
      encryptString: vi.fn((s: string) => Buffer.from(s, 'utf8')),
      decryptString: vi.fn((b: Buffer) => b.toString('utf8')),
    },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: null })) },
  };

  return { electron, app, ipcHandlers, protocolHandlers, permission };
}

export type ElectronMock = ReturnType<typeof createElectronMock>;

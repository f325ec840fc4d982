/**
 * The desktop app's whole Node side below the window, for real: the bundles that
 * build:electron produces, the backend bundle running in its own process (a Node child
 * with structured-clone IPC standing in for Electron's utility process), the main
 * process's connection and the real IPC invoke handler, called with a fake event.
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/index';
import { createBackendConnection, type BackendConnection, type BackendProcess } from '../../electron/ipc/backend-connection';
import { createInvokeHandler } from '../../electron/ipc/invoke-handler';
import { INVOKE_CHANNEL } from '../../electron/ipc/channel';
import { LOCK_FILE } from '../../electron/db/lock';
import { DB_FILE } from '../../electron/db/connection';
import { methodNames } from '../../shared/contract';
import type { ApiResult } from '../../shared/errors';
import { buildElectron, projectRoot, type BuildResult } from '../../scripts/build-electron';
import { countRows, validEntry } from '../integration/helpers';
import { invokeEvent } from './fakes';

let built: BuildResult;
const children: ChildProcess[] = [];
const connections: BackendConnection[] = [];
const RESOURCES = path.join(projectRoot, 'resources');

beforeAll(async () => {
  built = await buildElectron(fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-bundles-')));
}, 60_000);

afterAll(async () => {
  await Promise.all(connections.map((c) => c.shutdown()));
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-relay-'));
}

/** The backend bundle in a Node child process, shaped like Electron's utility process. */
function spawnBundle(): BackendProcess & { child: ChildProcess } {
  const child = fork(built.files.backend, [], {
    serialization: 'advanced',
    // The bundle lives in a temp folder; better-sqlite3 (kept out of it) comes from the project.
    env: { ...process.env, NODE_PATH: path.join(projectRoot, 'node_modules') },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  children.push(child);
  child.stderr?.resume();
  return {
    child,
    postMessage: (m) => void child.send(m),
    onMessage: (l) => void child.on('message', l),
    onExit: (l) => void child.on('exit', (code) => l(code)),
    kill: () => void child.kill(),
  };
}

function relay(dataDir: string, extra: { onCrash?: () => void } = {}) {
  const spawned: (BackendProcess & { child: ChildProcess })[] = [];
  const connection = createBackendConnection({
    spawn: () => {
      const p = spawnBundle();
      spawned.push(p);
      return p;
    },
    dataDir,
    resourcesDir: RESOURCES,
    logFile: path.join(dataDir, 'logs', 'landfall.log'),
    onCrash: extra.onCrash,
    shutdownTimeoutMs: 15_000,
  });
  connections.push(connection);
  const handle = createInvokeHandler({
    backend: connection,
    host: { call: async () => ({ ok: false, error: { code: 'internal', message: 'no host in this test' } }) },
  });
  const call = (method: string, input: unknown) => handle(invokeEvent(), method, input);
  return { connection, call, spawned };
}

const normalise = (v: unknown) =>
  JSON.parse(
    JSON.stringify(v)
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>')
      .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<instant>')
      .replace(/landfall-(relay|direct)-[A-Za-z0-9]+/g, '<dir>')
      // Each installation makes its own ledger key.
      .replace(/([0-9a-f]{4} ){15}[0-9a-f]{4}/g, '<fingerprint>'),
  ) as unknown;

type Call = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

async function scenario(call: Call): Promise<unknown[]> {
  const seen: unknown[] = [];
  const run = async (m: string, input: unknown) => {
    const r = await call(m, input);
    // A backup's bytes, sizes and time-stamped file names differ between two databases.
    seen.push([m, m.startsWith('backup.') && r.ok ? { ok: true } : normalise(r)]);
    return r;
  };
  const created = await run('entries.create', validEntry());
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  const id = (created.value as { id: string }).id;
  await run('entries.get', { id });
  await run('entries.list', { includeArchived: true });
  await run('entries.calendar', { id });
  await run('entries.archive', { id });
  await run('entries.restore', { id });
  await run('entries.history', { id });
  await run('settings.update', { displayName: 'Ana', role: 'legal' });
  await run('settings.get', {});
  await run('reference.subdivisions', { country: 'DE' });
  await run('entries.create', validEntry({ startDate: '2026-02-30' }));
  await run('entries.delete', { id });
  // Every method in the contract, with an empty input: the same answer (a value or the
  // same field message) whichever way it travels.
  for (const m of methodNames) await run(m, {});
  return seen;
}

describe('the IPC relay to the backend process', () => {
  it('answers every contract method exactly as the backend does in-process', async () => {
    const direct = await createBackend({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-direct-')), resourcesDir: RESOURCES, onInternalError: () => {} });
    try {
      const viaDirect = await scenario(async (m, i) => structuredClone(await direct.router.call(m, structuredClone(i))));
      const viaRelay = await scenario(relay(tempDir()).call);
      expect(viaRelay).toEqual(viaDirect);
      expect(viaRelay.filter((r) => (r as [string, { ok: boolean }])[1].ok).length).toBeGreaterThan(10);
    } finally {
      direct.close();
    }
  }, 60_000);

  it('writes real export files from the bundled backend (PDF fonts, XLSX, ICS), rendered by the export worker beside it', async () => {
    const dataDir = tempDir();
    const { call } = relay(dataDir);
    const created = await call('entries.create', validEntry());
    if (!created.ok) throw new Error(created.error.message);
    const entryId = (created.value as { id: string }).id;
    const file = async (format: string) => {
      const r = await call('export.timeline', { entryId, format });
      if (!r.ok) throw new Error(`${format}: ${r.error.message}`);
      return Buffer.from((r.value as { contentBase64: string }).contentBase64, 'base64');
    };
    expect((await file('pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await file('xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect((await file('ics')).toString()).toContain('BEGIN:VEVENT');
    // The worker bundle was built beside the backend's and ran: no fallback to in-process rendering was logged.
    expect(fs.existsSync(path.join(path.dirname(built.files.backend), 'exportWorker.cjs'))).toBe(true);
    const log = path.join(dataDir, 'logs', 'landfall.log');
    expect(fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '').not.toMatch(/export worker/);
  }, 60_000);

  // SIGSTOP/SIGKILL: POSIX only.
  it.skipIf(process.platform === 'win32')('a crash mid-request: the caller gets an error naming the log, the backend restarts, committed data is intact', async () => {
    const dataDir = tempDir();
    let crashes = 0;
    const { call, spawned } = relay(dataDir, { onCrash: () => crashes++ });
    const first = await call('entries.create', validEntry({ name: 'Before the crash' }));
    expect(first.ok).toBe(true);

    // Freeze the process so the next request is certainly still pending, then kill it.
    const victim = spawned[0]!.child;
    victim.kill('SIGSTOP');
    const pending = call('entries.create', validEntry({ name: 'In flight' }));
    victim.kill('SIGKILL');
    const failed = await pending;
    expect(failed).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(!failed.ok && failed.error.message).toContain(path.join(dataDir, 'logs', 'landfall.log'));
    expect(crashes).toBe(1);
    expect(spawned).toHaveLength(2);

    // The new process takes over the dead one's lock and sees what was committed.
    const list = await call('entries.list', {});
    expect(list.ok && (list.value as { name: string }[]).map((e) => e.name)).toEqual(['Before the crash']);
    const again = await call('entries.create', validEntry({ name: 'After the restart' }));
    expect(again.ok).toBe(true);
  }, 60_000);

  it('on quit, a write that was already sent completes, then the database closes and the lock is released', async () => {
    const dataDir = tempDir();
    const { connection, call, spawned } = relay(dataDir);
    expect((await call('settings.get', {})).ok).toBe(true);
    const write = call('entries.create', validEntry({ name: 'Saved while quitting' }));
    const exited = new Promise<number | null>((resolve) => spawned[0]!.child.once('exit', (code) => resolve(code)));
    await connection.shutdown();
    expect(await write).toMatchObject({ ok: true });
    expect(await exited).toBe(0);
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
    expect(countRows(path.join(dataDir, DB_FILE), 'entries')).toBe(1);
    expect(await call('entries.list', {})).toMatchObject({ ok: false, error: { message: expect.stringMatching(/closing/) } });
  }, 60_000);

  it('a data folder already open elsewhere is refused with its message, and not retried', async () => {
    const dataDir = tempDir();
    const holder = await createBackend({ dataDir, resourcesDir: RESOURCES, onInternalError: () => {} });
    try {
      const { call, spawned, connection } = relay(dataDir);
      const r = await call('entries.list', {});
      expect(r).toMatchObject({ ok: false, error: { code: 'storage', message: expect.stringMatching(/already/) } });
      expect(connection.state).toBe('fatal');
      expect(spawned).toHaveLength(1);
    } finally {
      holder.close();
    }
  }, 60_000);
});

describe('the bundles', () => {
  it('the preload holds the one channel name and nothing of the contract, zod or the backend', () => {
    // The preload imports nothing but electron (lint-enforced), so it writes the channel name itself.
    expect(built.inputs.preload).toEqual(['electron/preload/index.ts']);
    const code = fs.readFileSync(built.files.preload, 'utf8');
    expect(code).toContain(JSON.stringify(INVOKE_CHANNEL));
    expect(code).toMatch(/require\("electron"\)/);
    expect(code).not.toMatch(/require\("(?!electron")/);
  });

  it('browser mode (the HTTP server and its CLI) is in no desktop bundle', () => {
    for (const name of ['main', 'backend'] as const) {
      expect(built.inputs[name].filter((i) => /^electron\/host\/(server|cli)\.ts$/.test(i))).toEqual([]);
    }
  });

  it('the backend bundle loads better-sqlite3 as a package (its native binary is chosen at run time)', () => {
    expect(built.inputs.backend.some((i) => i.includes('node_modules/better-sqlite3/'))).toBe(false);
    expect(fs.readFileSync(built.files.backend, 'utf8')).toContain('require("better-sqlite3")');
  });
});

import { describe, expect, it, vi } from 'vitest';
import { createBackendConnection, type ConnectionOptions } from '../../electron/ipc/backend-connection';
import { FakeBackendProcess, flush } from './fakes';

const LOG = '/home/u/.config/Landfall/logs/landfall.log';

function setup(overrides: Partial<ConnectionOptions> = {}) {
  const procs: FakeBackendProcess[] = [];
  const onCrash = vi.fn();
  const onFatal = vi.fn();
  let clock = 0;
  const conn = createBackendConnection({
    spawn: () => {
      const p = new FakeBackendProcess();
      procs.push(p);
      return p;
    },
    dataDir: '/data',
    resourcesDir: '/app/resources',
    logFile: LOG,
    onCrash,
    onFatal,
    now: () => clock,
    ...overrides,
  });
  return { conn, procs, onCrash, onFatal, tick: (ms: number) => (clock += ms), current: () => procs[procs.length - 1]! };
}

describe('the main-process connection to the backend', () => {
  it('starts the backend with the data folder, then matches answers to calls by request id', async () => {
    const { conn, current } = setup();
    expect(current().sent[0]).toEqual({ type: 'start', dataDir: '/data', resourcesDir: '/app/resources' });
    const a = conn.call('entries.list', {});
    const b = conn.call('settings.get', {});
    const [ca, cb] = current().calls();
    expect(ca!.id).not.toBe(cb!.id);
    // Answers may arrive in any order.
    current().reply({ type: 'result', id: cb!.id, result: { ok: true, value: 'settings' } });
    current().reply({ type: 'result', id: ca!.id, result: { ok: true, value: 'entries' } });
    expect(await a).toEqual({ ok: true, value: 'entries' });
    expect(await b).toEqual({ ok: true, value: 'settings' });
  });

  it('ignores malformed messages and answers for requests that are not pending', async () => {
    const log = vi.fn();
    const { conn, current } = setup({ log });
    const a = conn.call('entries.list', {});
    current().reply({ type: 'result', id: 999, result: { ok: true, value: 'stray' } });
    current().reply('garbage');
    current().reply({ type: 'result', id: current().calls()[0]!.id, result: { ok: true, value: 'real' } });
    expect(await a).toEqual({ ok: true, value: 'real' });
    expect(log).toHaveBeenCalledTimes(2);
  });

  it('when the backend crashes: pending calls get an error naming the log file, the user is told, and it restarts', async () => {
    const { conn, procs, current, onCrash } = setup();
    const first = current();
    const p1 = conn.call('entries.create', { name: 'x' });
    const p2 = conn.call('entries.list', {});
    first.exit(139);
    for (const r of [await p1, await p2]) {
      expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
      expect(!r.ok && r.error.message).toContain(LOG);
    }
    expect(onCrash).toHaveBeenCalledWith({ exitCode: 139, interruptedCalls: 2, restarting: true, logFile: LOG });
    expect(procs).toHaveLength(2);
    expect(current().sent[0]).toMatchObject({ type: 'start', dataDir: '/data' });

    const after = conn.call('entries.list', {});
    current().reply({ type: 'result', id: current().calls()[0]!.id, result: { ok: true, value: [] } });
    expect(await after).toEqual({ ok: true, value: [] });
    expect(first.calls()).toHaveLength(2);
  });

  it('stops restarting after repeated crashes within a minute, and says so', async () => {
    const { conn, procs, current, onCrash, tick } = setup({ maxRestarts: 3, restartWindowMs: 60_000 });
    for (let i = 0; i < 3; i++) {
      current().exit(1);
      tick(1_000);
    }
    expect(procs).toHaveLength(4);
    current().exit(1);
    expect(procs).toHaveLength(4);
    expect(onCrash).toHaveBeenLastCalledWith(expect.objectContaining({ restarting: false }));
    expect(conn.state).toBe('failed');
    const r = await conn.call('entries.list', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(!r.ok && r.error.message).toContain(LOG);
  });

  it('crashes spread over time keep being restarted', () => {
    const { procs, current, tick } = setup({ maxRestarts: 2, restartWindowMs: 60_000 });
    for (let i = 0; i < 5; i++) {
      current().exit(1);
      tick(61_000);
    }
    expect(procs).toHaveLength(6);
  });

  it('a backend that cannot open its data is not restarted; calls get its message', async () => {
    const { conn, procs, current, onFatal } = setup();
    const pending = conn.call('entries.list', {});
    const message = "Landfall's data folder /data is already in use by another Landfall process (pid 4242). Close it first.";
    current().reply({ type: 'fatal', message });
    current().exit(1);
    expect(await pending).toEqual({ ok: false, error: { code: 'storage', message } });
    expect(await conn.call('settings.get', {})).toEqual({ ok: false, error: { code: 'storage', message } });
    expect(onFatal).toHaveBeenCalledWith(message);
    expect(procs).toHaveLength(1);
    await conn.shutdown();
  });

  it('a damaged database with a good backup is offered for restoring; choosing it starts the backend on the backup, the old exit is no crash', async () => {
    const onRestorable = vi.fn();
    const { conn, procs, current, onFatal, onCrash } = setup({ onRestorable });
    const message = 'The database failed its integrity check. The latest good backup is landfall-daily-2027-02-15.sqlite (1 entry).';
    const pending = conn.call('entries.list', {});
    current().reply({ type: 'fatal', message, restorable: true });
    expect(await pending).toEqual({ ok: false, error: { code: 'storage', message } });
    expect(onRestorable).toHaveBeenCalledWith(message);
    expect(onFatal).not.toHaveBeenCalled();
    const damaged = current();
    conn.restoreLatestBackup();
    damaged.exit(1);
    expect(procs).toHaveLength(2);
    expect(onCrash).not.toHaveBeenCalled();
    expect(current().sent[0]).toEqual({ type: 'start', dataDir: '/data', resourcesDir: '/app/resources', restoreLatestBackup: true });
    const after = conn.call('entries.list', {});
    current().reply({ type: 'result', id: current().calls()[0]!.id, result: { ok: true, value: [] } });
    expect(await after).toEqual({ ok: true, value: [] });
    // Only once, and only after being offered.
    conn.restoreLatestBackup();
    expect(procs).toHaveLength(2);
    const closing = conn.shutdown();
    current().reply({ type: 'closed' });
    await closing;
  });

  it('without a restore offer, a restorable refusal is reported as fatal and nothing restarts', async () => {
    const { conn, procs, current, onFatal } = setup();
    current().reply({ type: 'fatal', message: 'damaged', restorable: true });
    expect(onFatal).toHaveBeenCalledWith('damaged');
    conn.restoreLatestBackup();
    expect(procs).toHaveLength(1);
  });

  it('on shutdown the backend answers what is pending and closes before the app quits', async () => {
    const { conn, current } = setup();
    const pending = conn.call('entries.update', {});
    let done = false;
    const closing = conn.shutdown().then(() => (done = true));
    expect(current().sent.at(-1)).toEqual({ type: 'shutdown' });
    expect(await conn.call('entries.list', {})).toMatchObject({ ok: false, error: { message: expect.stringMatching(/closing/) } });
    await flush();
    expect(done).toBe(false);
    current().reply({ type: 'result', id: current().calls()[0]!.id, result: { ok: true, value: 'saved' } });
    current().reply({ type: 'closed' });
    await closing;
    expect(await pending).toEqual({ ok: true, value: 'saved' });
    expect(conn.state).toBe('closed');
    // The process exiting after a shutdown is not a crash.
    current().exit(0);
  });

  it('a backend that does not close in time is stopped', async () => {
    vi.useFakeTimers();
    try {
      const onCrash = vi.fn();
      const { conn, current } = setup({ shutdownTimeoutMs: 5_000, onCrash });
      const pending = conn.call('entries.list', {});
      const closing = conn.shutdown();
      await vi.advanceTimersByTimeAsync(5_000);
      await closing;
      expect(current().killed).toBe(true);
      expect(await pending).toMatchObject({ ok: false });
      expect(onCrash).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});

import { describe, expect, it, vi } from 'vitest';
import { RESTORABLE, type Backend } from '../../electron/backend/index';
import { AppError } from '../../shared/errors';
import type { FromBackend } from '../../electron/ipc/backend-messages';
import { serveBackend } from '../../electron/ipc/backend-server';
import { flush } from './fakes';

function setup(open: (dataDir: string, resourcesDir: string | undefined, keys: never, restore: boolean) => Promise<Backend>) {
  const sent: FromBackend[] = [];
  let listener: (m: unknown) => void = () => {};
  const exit = vi.fn();
  const log = vi.fn();
  serveBackend({
    port: { onMessage: (l) => (listener = l), postMessage: (m) => sent.push(structuredClone(m)) },
    open,
    exit,
    log,
  });
  return { sent, send: (m: unknown) => listener(structuredClone(m)), exit, log };
}

function fakeBackend(call: Backend['router']['call']): Backend & { closed: boolean } {
  const b = {
    router: { call },
    dataDir: '/data',
    dbFile: '/data/landfall.sqlite',
    closed: false,
    close() {
      b.closed = true;
    },
  };
  return b;
}

describe('the backend side of the relay', () => {
  it('opens the backend for the data folder it is given, and answers calls with their ids', async () => {
    const backend = fakeBackend(async (method, input) => ({ ok: true, value: { method, input } }));
    const open = vi.fn(async () => backend);
    const { sent, send } = setup(open);
    send({ type: 'start', dataDir: '/data' });
    send({ type: 'call', id: 7, method: 'entries.get', input: { id: 'x' } });
    await flush();
    expect(open).toHaveBeenCalledWith('/data', undefined, undefined, false);
    expect(sent).toEqual([
      { type: 'ready', dbFile: '/data/landfall.sqlite' },
      { type: 'result', id: 7, result: { ok: true, value: { method: 'entries.get', input: { id: 'x' } } } },
    ]);
  });

  it('on shutdown it finishes the calls in flight, then closes the database, then says closed', async () => {
    let finish!: () => void;
    const slow = new Promise<void>((r) => (finish = r));
    const backend = fakeBackend(async () => {
      await slow;
      return { ok: true, value: 'written' };
    });
    const { sent, send, exit } = setup(async () => backend);
    send({ type: 'start', dataDir: '/data' });
    send({ type: 'call', id: 1, method: 'entries.create', input: {} });
    await flush();
    send({ type: 'shutdown' });
    send({ type: 'call', id: 2, method: 'entries.list', input: {} });
    await flush();
    expect(backend.closed).toBe(false);
    expect(sent.map((m) => m.type)).toEqual(['ready', 'result']); // only the refusal of call 2 so far
    expect(sent[1]).toMatchObject({ id: 2, result: { ok: false } });
    finish();
    await flush();
    await flush();
    expect(sent.slice(2)).toEqual([{ type: 'result', id: 1, result: { ok: true, value: 'written' } }, { type: 'closed' }]);
    expect(backend.closed).toBe(true);
    expect(exit).toHaveBeenCalledWith(0);
  });

  it('reports a backend that cannot open as fatal, with its message', async () => {
    const { sent, send, exit } = setup(async () => {
      throw new Error('This file is not a Landfall database; it was left untouched.');
    });
    send({ type: 'start', dataDir: '/data' });
    await flush();
    expect(sent[0]).toEqual({ type: 'fatal', message: 'This file is not a Landfall database; it was left untouched.' });
    expect(exit).toHaveBeenCalledWith(1);
  });

  it('marks a damaged database that a good backup can replace as restorable, and opens with the backup when told to', async () => {
    const open = vi.fn(async (_dir: string, _res: string | undefined, _keys: unknown, restore: boolean) => {
      if (!restore) throw new AppError('storage', 'The database failed its integrity check. The latest good backup is landfall-daily-2027-02-15.sqlite (1 entry).', RESTORABLE);
      return fakeBackend(async () => ({ ok: true, value: null }));
    });
    const first = setup(open);
    first.send({ type: 'start', dataDir: '/data' });
    await flush();
    expect(first.sent[0]).toEqual({ type: 'fatal', message: expect.stringMatching(/^The database failed its integrity check/), restorable: true });
    const second = setup(open);
    second.send({ type: 'start', dataDir: '/data', restoreLatestBackup: true });
    await flush();
    expect(open).toHaveBeenLastCalledWith('/data', undefined, undefined, true);
    expect(second.sent[0]).toEqual({ type: 'ready', dbFile: '/data/landfall.sqlite' });
  });

  it('ignores malformed messages', async () => {
    const open = vi.fn();
    const { sent, send, log } = setup(open);
    for (const m of [null, 'start', { type: 'start' }, { type: 'call', id: 'x', method: 'entries.list' }, { type: 'eval', code: '1' }]) send(m);
    await flush();
    expect(open).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
    expect(log).toHaveBeenCalledTimes(5);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { createInvokeHandler } from '../../electron/ipc/invoke-handler';
import { methodNames } from '../../shared/contract';
import { hostMethodNames } from '../../shared/host-capabilities';
import { invokeEvent } from './fakes';

function setup() {
  const backend = { call: vi.fn(async (method: string) => ({ ok: true as const, value: `backend:${method}` })) };
  const host = { call: vi.fn(async (method: string) => ({ ok: true as const, value: `host:${method}` })) };
  const log = vi.fn();
  return { backend, host, log, handle: createInvokeHandler({ backend, host, log }) };
}

describe('the IPC invoke handler', () => {
  it('relays a contract method from our page to the backend and returns its answer', async () => {
    const { backend, host, handle } = setup();
    const result = await handle(invokeEvent(), 'entries.list', { includeArchived: true });
    expect(result).toEqual({ ok: true, value: 'backend:entries.list' });
    expect(backend.call).toHaveBeenCalledWith('entries.list', { includeArchived: true });
    expect(host.call).not.toHaveBeenCalled();
  });

  it('answers host capabilities in the main process, not in the backend', async () => {
    const { backend, host, handle } = setup();
    expect(await handle(invokeEvent(), 'host.pickFile', {})).toEqual({ ok: true, value: 'host:host.pickFile' });
    expect(host.call).toHaveBeenCalledTimes(1);
    expect(backend.call).not.toHaveBeenCalled();
  });

  it.each([
    ['another site', { url: 'https://evil.example/', parent: null }],
    ['a sub-frame of our page', { url: 'app://landfall/index.html', parent: { url: 'app://landfall/index.html' } }],
    ['a file: page', { url: 'file:///tmp/index.html', parent: null }],
    ['a destroyed frame', null],
  ])('refuses a call from %s without reaching the backend', async (_label, frame) => {
    const { backend, host, log, handle } = setup();
    const result = await handle(invokeEvent(frame), 'entries.delete', { id: '00000000-0000-4000-8000-000000000000' });
    expect(result).toEqual({ ok: false, error: { code: 'unauthorized', message: expect.any(String) } });
    expect(backend.call).not.toHaveBeenCalled();
    expect(host.call).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalled();
  });

  it.each(['entries.drop', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'host.openPath', 'host.', ''])(
    'refuses the unknown method "%s" without reaching the backend',
    async (method) => {
      const { backend, host, handle } = setup();
      const result = await handle(invokeEvent(), method, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(backend.call).not.toHaveBeenCalled();
      expect(host.call).not.toHaveBeenCalled();
    },
  );

  it('refuses a method that is not a string', async () => {
    const { backend, handle } = setup();
    for (const method of [undefined, 42, { toString: () => 'entries.list' }, ['entries.list']]) {
      expect(await handle(invokeEvent(), method, {})).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(backend.call).not.toHaveBeenCalled();
  });

  it('host method names never shadow contract methods', () => {
    expect(hostMethodNames.filter((m) => (methodNames as string[]).includes(m))).toEqual([]);
  });
});

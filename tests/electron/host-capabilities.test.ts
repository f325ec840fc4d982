import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { electronHostCapabilities, evidencePath, type HostFiles, type NativeHost } from '../../electron/main/host-capabilities';
import { MAX_PICKED_FILE_BYTES, safeFileName } from '../../shared/host-capabilities';

const SHA = 'a'.repeat(64);

function setup(over: Partial<NativeHost> = {}, files: Partial<HostFiles> = {}) {
  const native: NativeHost = {
    showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/home/u/Documents/DPA signed.pdf'] })),
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/u/Desktop/plan.ics' })),
    showItemInFolder: vi.fn(),
    ...over,
  };
  const written: [string, Uint8Array][] = [];
  const fs: HostFiles = {
    stat: vi.fn(async () => ({ size: 3, isFile: () => true })),
    readFile: vi.fn(async () => new Uint8Array([1, 2, 3])),
    writeFile: vi.fn(async (f: string, b: Uint8Array) => void written.push([f, b])),
    ...files,
  };
  return { native, fs, written, host: electronHostCapabilities({ native, dataDir: '/data', files: fs }) };
}

describe('host capabilities in the desktop app', () => {
  it('a picked file comes back as its name and bytes, never its path', async () => {
    const { host } = setup();
    const r = await host.call('host.pickFile', { title: 'Attach evidence', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    expect(r).toEqual({ ok: true, value: { name: 'DPA signed.pdf', size: 3, bytes: new Uint8Array([1, 2, 3]) } });
    expect(JSON.stringify(r)).not.toContain('/home/u');
  });

  it('a cancelled dialog is null', async () => {
    const { host } = setup({ showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })) });
    expect(await host.call('host.pickFile', {})).toEqual({ ok: true, value: null });
  });

  it('a file over the limit is refused before it is read', async () => {
    const { host, fs } = setup({}, { stat: vi.fn(async () => ({ size: MAX_PICKED_FILE_BYTES + 1, isFile: () => true })) });
    expect(await host.call('host.pickFile', {})).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/larger than 50 MB/) } });
    expect(fs.readFile).not.toHaveBeenCalled();
  });

  it('save offers a cleaned-up name and writes where the user chose', async () => {
    const { host, native, written } = setup();
    const bytes = new Uint8Array([66, 69, 71, 73, 78]);
    const r = await host.call('host.saveFile', { suggestedName: '../../.bashrc', bytes });
    expect(native.showSaveDialog).toHaveBeenCalledWith({ defaultPath: 'bashrc', filters: undefined });
    expect(written).toEqual([['/home/u/Desktop/plan.ics', bytes]]);
    expect(r).toEqual({ ok: true, value: { saved: true, name: 'plan.ics' } });
  });

  it('reveals stored evidence in its folder, found by hash inside the evidence store only', async () => {
    const { host, native } = setup();
    expect(await host.call('host.revealEvidence', { sha256: SHA })).toEqual({ ok: true, value: { revealed: true } });
    expect(native.showItemInFolder).toHaveBeenCalledWith(path.join(path.resolve('/data'), 'evidence', 'aa', SHA));
  });

  it.each(['../../etc/passwd', `${SHA}/../x`, 'A'.repeat(64), `${SHA}.exe`, '/data/evidence/aa/x', ''])(
    'refuses to reveal "%s"',
    async (sha256) => {
      const { host, native } = setup();
      expect(await host.call('host.revealEvidence', { sha256 })).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'sha256' } });
      expect(native.showItemInFolder).not.toHaveBeenCalled();
    },
  );

  it('says so when the evidence file is gone', async () => {
    const { host, native } = setup({}, { stat: vi.fn(async () => Promise.reject(new Error('ENOENT'))) });
    expect(await host.call('host.revealEvidence', { sha256: SHA })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(native.showItemInFolder).not.toHaveBeenCalled();
  });

  it('input is checked like any API call', async () => {
    const { host } = setup();
    expect(await host.call('host.saveFile', { suggestedName: 'x', bytes: 'not bytes' })).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'bytes' } });
    expect(await host.call('host.pickFile', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('evidencePath only accepts a lower-case SHA-256', () => {
    expect(evidencePath('/d', SHA)).toBe(path.join(path.resolve('/d'), 'evidence', 'aa', SHA));
    expect(evidencePath('/d', '..')).toBeNull();
  });
});

describe('safeFileName', () => {
  it.each([
    ['Germany plan.pdf', 'Germany plan.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\Windows\\win.ini', 'win.ini'],
    ['a<b>c:d"e|f?g*h.txt', 'a_b_c_d_e_f_g_h.txt'],
    ['..', 'landfall-export'],
    ['   ', 'landfall-export'],
    ['tab\there.csv', 'tab_here.csv'],
  ])('%s -> %s', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });
});

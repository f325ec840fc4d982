/**
 * The renderer's host-capability client: over the preload's invoke in the desktop app,
 * upload field and download in browser mode (with a minimal fake document).
 */
import { describe, expect, it, vi } from 'vitest';
import { ApiClientError } from '../../renderer/src/api/client';
import { browserHost, desktopHost } from '../../renderer/src/api/host-capabilities';

describe('desktop host capabilities', () => {
  it('call host.* methods through invoke and unwrap the result', async () => {
    const invoke = vi.fn(async (method: string) =>
      method === 'host.pickFile'
        ? { ok: true as const, value: { name: 'a.pdf', size: 1, bytes: new Uint8Array([1]) } }
        : { ok: false as const, error: { code: 'not_found' as const, message: 'That evidence file is no longer in the evidence folder.' } },
    );
    const host = desktopHost(invoke);
    expect(host.canReveal).toBe(true);
    expect(await host.pickFile({})).toEqual({ name: 'a.pdf', size: 1, bytes: new Uint8Array([1]) });
    expect(invoke).toHaveBeenCalledWith('host.pickFile', {});
    await expect(host.revealEvidence({ sha256: 'a'.repeat(64) })).rejects.toEqual(new ApiClientError({ code: 'not_found', message: 'That evidence file is no longer in the evidence folder.' }));
  });
});

function fakeDocument() {
  const created: Record<string, unknown>[] = [];
  const doc = {
    body: { appendChild: vi.fn() },
    createElement: vi.fn((tag: string) => {
      const listeners: Record<string, () => void> = {};
      const el: Record<string, unknown> = {
        tag,
        files: undefined,
        addEventListener: (type: string, l: () => void) => (listeners[type] = l),
        click: vi.fn(),
        remove: vi.fn(),
        fire: (type: string) => listeners[type]?.(),
      };
      created.push(el);
      return el;
    }),
  };
  return { doc: doc as unknown as Document, created };
}

describe('browser-mode host capabilities', () => {
  it('pick a file through an upload field restricted to the filter’s extensions', async () => {
    const { doc, created } = fakeDocument();
    const picking = browserHost(doc).pickFile({ filters: [{ name: 'Documents', extensions: ['pdf', 'docx'] }] });
    const field = created[0]!;
    expect(field).toMatchObject({ tag: 'input', type: 'file', accept: '.pdf,.docx' });
    field.files = [new File([new Uint8Array([7, 8])], 'contract.pdf')];
    (field.fire as (t: string) => void)('change');
    expect(await picking).toEqual({ name: 'contract.pdf', size: 2, bytes: new Uint8Array([7, 8]) });
  });

  it('a cancelled upload is null', async () => {
    const { doc, created } = fakeDocument();
    const picking = browserHost(doc).pickFile({});
    (created[0]!.fire as (t: string) => void)('cancel');
    expect(await picking).toBeNull();
  });

  it('save is a download under a cleaned-up name; revealing a folder is not possible', async () => {
    const { doc, created } = fakeDocument();
    const host = browserHost(doc);
    expect(await host.saveFile({ suggestedName: '../Germany plan.ics', bytes: new Uint8Array([1]) })).toEqual({ saved: true, name: 'Germany plan.ics' });
    expect(created[0]).toMatchObject({ tag: 'a', download: 'Germany plan.ics', href: expect.stringMatching(/^blob:/) });
    expect(created[0]!.click).toHaveBeenCalled();
    expect(host.canReveal).toBe(false);
    expect(await host.revealEvidence({ sha256: 'a'.repeat(64) })).toEqual({ revealed: false });
  });
});

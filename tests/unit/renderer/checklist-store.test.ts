/** The checklist store against a fake api and host: state after loads, filters, selection and mutations. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_EVIDENCE_BYTES } from '../../../shared/checklist-schema';
import { ApiClientError } from '../../../renderer/src/api/client';
import { evidenceTooLargeMessage, selectOpenItem, shownVersions, useChecklist } from '../../../renderer/src/stores/checklist-store';
import { answer, callsOf, refuse, resetFakeApi } from './fake-api';
import { fakeHost, resetFakeHost, saved } from './fake-host';
import { checklist, ENTRY_ID, item, OTHER_ENTRY_ID } from './store-fixtures';

vi.mock('../../../renderer/src/api/client', async (importOriginal) => (await import('./fake-api')).fakeClientModule(importOriginal));
vi.mock('../../../renderer/src/api/host-capabilities', async () => (await import('./fake-host')).fakeHostModule());

/** FileReader as the browser has it, enough for readAsDataURL. */
class FakeFileReader {
  result: string | null = null;
  error: Error | null = null;
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  readAsDataURL(file: Blob) {
    void file.arrayBuffer().then((buf) => {
      this.result = `data:application/octet-stream;base64,${Buffer.from(buf).toString('base64')}`;
      this.onload?.();
    });
  }
}

beforeEach(() => {
  resetFakeApi();
  resetFakeHost();
  useChecklist.setState(useChecklist.getInitialState(), true);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const a = item('a');
const b = item('b', { status: 'in_progress', owner: 'Ana' });
const c = item('c');

describe('checklist store', () => {
  it("loads an entry's checklist", async () => {
    answer('checklist.get', ({ entryId }) => checklist([a, b], entryId));
    await useChecklist.getState().load(ENTRY_ID);
    expect(useChecklist.getState()).toMatchObject({ entryId: ENTRY_ID, view: checklist([a, b]), loading: false, error: null });
  });

  it('starts afresh (filters, selection, open item) when another entry is opened', async () => {
    answer('checklist.get', ({ entryId }) => checklist(entryId === ENTRY_ID ? [a, b] : [], entryId));
    await useChecklist.getState().load(ENTRY_ID);
    const s = useChecklist.getState();
    s.setFilter('status', 'in_progress');
    s.setSelected(['a', 'b'], true);
    s.openItem('a');
    await useChecklist.getState().load(ENTRY_ID);
    expect(useChecklist.getState()).toMatchObject({ filters: { status: 'in_progress' }, openItemId: 'a' });
    await useChecklist.getState().load(OTHER_ENTRY_ID);
    expect(useChecklist.getState()).toMatchObject({ entryId: OTHER_ENTRY_ID, filters: { status: '' }, openItemId: null });
    expect(useChecklist.getState().selected.size).toBe(0);
  });

  it('forgets selected items that a reload no longer lists', async () => {
    let items = [a, b, c];
    answer('checklist.get', () => checklist(items));
    await useChecklist.getState().load(ENTRY_ID);
    useChecklist.getState().setSelected(['a', 'c'], true);
    items = [a, b];
    await useChecklist.getState().reload();
    expect([...useChecklist.getState().selected]).toEqual(['a']);
    useChecklist.getState().setSelected(['a'], false);
    expect(useChecklist.getState().selected.size).toBe(0);
  });

  it('keeps the view and says why when the checklist cannot be loaded', async () => {
    answer('checklist.get', () => checklist([a]));
    await useChecklist.getState().load(ENTRY_ID);
    refuse('checklist.get', new ApiClientError({ code: 'not_found', message: 'That market entry no longer exists.' }));
    await useChecklist.getState().reload();
    expect(useChecklist.getState()).toMatchObject({ view: checklist([a]), loading: false, error: 'That market entry no longer exists.' });
  });

  it('finds the open item in the view', async () => {
    answer('checklist.get', () => checklist([a, b]));
    await useChecklist.getState().load(ENTRY_ID);
    useChecklist.getState().openItem('b');
    expect(selectOpenItem(useChecklist.getState())).toEqual(b);
    useChecklist.getState().openItem('gone');
    expect(selectOpenItem(useChecklist.getState())).toBeNull();
  });

  it('saves an item change and reloads so readiness comes from the backend', async () => {
    let items = [a, b];
    answer('checklist.get', () => checklist(items));
    await useChecklist.getState().load(ENTRY_ID);
    const changed = { ...a, status: 'in_review' as const };
    answer('checklist.updateItem', () => {
      items = [changed, b];
      return changed;
    });
    await expect(useChecklist.getState().updateItem('a', 1, { status: 'in_review' })).resolves.toEqual(changed);
    expect(callsOf('checklist.updateItem')).toEqual([{ itemId: 'a', version: 1, patch: { status: 'in_review' } }]);
    expect(useChecklist.getState().view?.items[0]?.status).toBe('in_review');
    // In place: the checklist was not fetched again.
    expect(callsOf('checklist.get')).toHaveLength(1);
  });

  it('recounts readiness from the items when an edit lands in place', async () => {
    answer('checklist.get', () => checklist([a, b]));
    await useChecklist.getState().load(ENTRY_ID);
    answer('checklist.updateItem', () => ({ ...b, status: 'not_applicable' as const, naReason: 'No staff there' }));
    await useChecklist.getState().updateItem('b', b.version, { status: 'not_applicable', naReason: 'No staff there' });
    expect(useChecklist.getState().view?.readiness).toMatchObject({ applicable: 1 });
  });

  it('changes many items at once and answers how many', async () => {
    answer('checklist.get', () => checklist([a, b]));
    answer('checklist.bulkUpdate', ({ items }) => ({ updated: items.length }));
    await useChecklist.getState().load(ENTRY_ID);
    await expect(useChecklist.getState().bulkUpdate([{ itemId: 'a', version: 1 }, { itemId: 'b', version: 1 }], { owner: 'Ana' })).resolves.toBe(2);
    expect(callsOf('checklist.get')).toHaveLength(2);
  });

  it('adds a custom item to the open entry, and refuses when no entry is open', async () => {
    const input = { title: 'Board approval', category: 'company_registration' as const, workstream: 'regulatory_legal' as const, owner: '', dueDate: null, notes: '' };
    await expect(async () => useChecklist.getState().addCustomItem(input)).rejects.toMatchObject({ code: 'invalid_input', message: 'Open a market entry first.' });
    expect(callsOf('checklist.addCustomItem')).toEqual([]);
    answer('checklist.get', () => checklist([a]));
    answer('checklist.addCustomItem', () => item('custom', { certainty: 'custom', requirementId: null, title: 'Board approval' }));
    await useChecklist.getState().load(ENTRY_ID);
    await useChecklist.getState().addCustomItem(input);
    expect(callsOf('checklist.addCustomItem')).toEqual([{ ...input, entryId: ENTRY_ID }]);
  });

  it('refuses evidence files over the limit or empty before uploading anything', async () => {
    const huge = { name: 'scan.pdf', size: MAX_EVIDENCE_BYTES + 1 } as File;
    await expect(useChecklist.getState().addEvidenceFile('a', huge)).rejects.toMatchObject({
      field: 'file',
      message: evidenceTooLargeMessage('scan.pdf', MAX_EVIDENCE_BYTES + 1),
    });
    expect(evidenceTooLargeMessage('scan.pdf', 30 * 1024 * 1024)).toBe('scan.pdf is 30.0 MB; evidence files can be at most 25.0 MB.');
    await expect(useChecklist.getState().addEvidenceFile('a', new File([], 'empty.txt'))).rejects.toMatchObject({ message: 'empty.txt is empty; choose a file with content.' });
    expect(callsOf('evidence.addFile')).toEqual([]);
  });

  it('uploads an evidence file as base64, and says so when the file cannot be read', async () => {
    answer('checklist.get', () => checklist([a]));
    answer('evidence.addFile', ({ fileName }) => ({ id: 'e1', itemId: 'a', kind: 'file', name: fileName, url: null, sha256: 'b'.repeat(64), size: 18, addedBy: 'Ana', osUser: 'ana', addedAt: '2027-02-15T10:00:00.000Z' }));
    await useChecklist.getState().load(ENTRY_ID);
    vi.stubGlobal('FileReader', FakeFileReader);
    await useChecklist.getState().addEvidenceFile('a', new File(['our privacy policy'], 'policy.txt'));
    expect(callsOf('evidence.addFile')).toEqual([{ itemId: 'a', fileName: 'policy.txt', contentBase64: Buffer.from('our privacy policy').toString('base64') }]);
    vi.stubGlobal(
      'FileReader',
      class extends FakeFileReader {
        override readAsDataURL() {
          this.error = new Error('NotReadableError');
          queueMicrotask(() => this.onerror?.());
        }
      },
    );
    await expect(useChecklist.getState().addEvidenceFile('a', new File(['x'], 'gone.txt'))).rejects.toMatchObject({
      code: 'storage',
      message: 'gone.txt could not be read; check that it is still there and try again.',
    });
  });

  it('hands a downloaded evidence file to the host to save, and asks the host to reveal one', async () => {
    answer('evidence.download', () => ({ fileName: 'policy.txt', contentBase64: Buffer.from('our privacy policy').toString('base64'), sha256: 'b'.repeat(64) }));
    await useChecklist.getState().downloadEvidence('e1');
    expect(saved).toHaveLength(1);
    expect(saved[0]!.suggestedName).toBe('policy.txt');
    expect(Buffer.from(saved[0]!.bytes).toString()).toBe('our privacy policy');
    await expect(useChecklist.getState().revealEvidence('b'.repeat(64))).resolves.toBe(true);
    fakeHost.revealed = false;
    await expect(useChecklist.getState().revealEvidence('b'.repeat(64))).resolves.toBe(false);
  });

  it('bases a bulk change on the versions shown, and refuses an item no longer shown as out of date', async () => {
    answer('checklist.get', () => checklist([{ ...a, version: 3 }, b]));
    await useChecklist.getState().load(ENTRY_ID);
    expect(shownVersions(['a', 'b'])).toEqual([
      { itemId: 'a', version: 3 },
      { itemId: 'b', version: 1 },
    ]);
    expect(() => shownVersions(['a', 'gone'])).toThrow(expect.objectContaining({ code: 'conflict', field: 'version' }));
  });

  it('marks a row edit another window overtook as stale (the tab offers Reload), and removes evidence with its reason', async () => {
    answer('checklist.get', () => checklist([a, b]));
    await useChecklist.getState().load(ENTRY_ID);
    const sentence = 'Someone changed this checklist item at 10:42 since you opened it; your changes are kept in the form — reload to see theirs.';
    useChecklist.getState().setActionError(new ApiClientError({ code: 'conflict', message: sentence, field: 'version' }));
    expect(useChecklist.getState()).toMatchObject({ actionError: 'Someone changed this checklist item at 10:42 since you opened it; reload to see theirs.', actionStale: true });
    useChecklist.getState().setActionError(new ApiClientError({ code: 'conflict', message: 'Signed off items change only through review.', field: 'status' }));
    expect(useChecklist.getState()).toMatchObject({ actionStale: false });
    answer('evidence.remove', () => ({ id: 'ev-1', itemId: 'a' }));
    await useChecklist.getState().removeEvidence('ev-1', 'Superseded');
    expect(callsOf('evidence.remove')).toEqual([{ evidenceId: 'ev-1', reason: 'Superseded' }]);
    expect(callsOf('checklist.get')).toHaveLength(2);
  });
});

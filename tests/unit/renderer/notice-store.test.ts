/** The notice store's Undo against a fake api: archiving's notice reverses it with the version archiving returned. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiClientError } from '../../../renderer/src/api/client';
import { ARCHIVE_ENTRY, RESTORE_ENTRY } from '../../../renderer/src/lib/undoable-actions';
import { useNotice } from '../../../renderer/src/stores/notice-store';
import { answer, callsOf, refuse, resetFakeApi } from './fake-api';
import { entry } from './store-fixtures';

vi.mock('../../../renderer/src/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../renderer/src/api/client')>()),
  api: (await import('./fake-api')).fakeApi,
}));

beforeEach(() => {
  resetFakeApi();
  useNotice.setState(useNotice.getInitialState(), true);
  answer('entries.list', () => []);
});

const archived = entry({ archived: true, version: 4 });

describe('notices with Undo', () => {
  it('says what was archived, and Undo restores it at the version archiving returned', async () => {
    answer('entries.restore', ({ id }) => ({ ...archived, id, archived: false, version: 5 }));
    useNotice.getState().showUndoable(ARCHIVE_ENTRY, archived);
    expect(useNotice.getState()).toMatchObject({ message: `Archived “${archived.name}”. It is hidden from the portfolio until you restore it.`, failed: false });
    expect(useNotice.getState().undo).not.toBeNull();
    await useNotice.getState().runUndo();
    expect(callsOf('entries.restore')).toEqual([{ id: archived.id, version: 4 }]);
    expect(useNotice.getState()).toMatchObject({ message: `Undone: “${archived.name}” is back in the portfolio.`, undo: null, undoing: false });
  });

  it('says why when the entry moved on since, and offers no second Undo', async () => {
    refuse('entries.archive', new ApiClientError({ code: 'conflict', message: 'Someone changed this entry at 10:00 since you opened it; your changes are kept in the form — reload to see theirs.', field: 'version' }));
    useNotice.getState().showUndoable(RESTORE_ENTRY, entry({ version: 2 }));
    await useNotice.getState().runUndo();
    expect(callsOf('entries.archive')).toEqual([{ id: archived.id, version: 2 }]);
    expect(useNotice.getState()).toMatchObject({ message: expect.stringMatching(/^Someone changed this entry/), undo: null, failed: true });
  });

  it('a plain notice has no Undo, and a later notice replaces an earlier Undo', () => {
    useNotice.getState().showUndoable(ARCHIVE_ENTRY, archived);
    useNotice.getState().show('Saved the changes.');
    expect(useNotice.getState()).toMatchObject({ message: 'Saved the changes.', undo: null });
  });
});

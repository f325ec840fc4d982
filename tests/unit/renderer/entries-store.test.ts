/** The portfolio's entries store against a fake api: what its state is after each action. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiClientError } from '../../../renderer/src/api/client';
import { useEntries } from '../../../renderer/src/stores/entries-store';
import { answer, callsOf, deferred, refuse, resetFakeApi } from './fake-api';
import { entry, OTHER_ENTRY_ID } from './store-fixtures';

vi.mock('../../../renderer/src/api/client', async (importOriginal) => (await import('./fake-api')).fakeClientModule(importOriginal));

beforeEach(() => {
  resetFakeApi();
  useEntries.setState(useEntries.getInitialState(), true);
});

const germany = entry();
const japan = entry({ id: OTHER_ENTRY_ID, name: 'Japan pilot', targetCountry: 'JP', archived: true });

describe('entries store', () => {
  it('loads the active entries', async () => {
    answer('entries.list', ({ includeArchived }) => (includeArchived ? [germany, japan] : [germany]));
    await useEntries.getState().load();
    expect(useEntries.getState()).toMatchObject({ entries: [germany], hiddenArchived: 0, loading: false, error: null });
    expect(callsOf('entries.list')).toEqual([{ includeArchived: false }]);
  });

  it('counts the archived entries hidden from an empty portfolio', async () => {
    answer('entries.list', ({ includeArchived }) => (includeArchived ? [japan] : []));
    await useEntries.getState().load();
    expect(useEntries.getState()).toMatchObject({ entries: [], hiddenArchived: 1 });
  });

  it('shows archived entries when asked to', async () => {
    answer('entries.list', ({ includeArchived }) => (includeArchived ? [germany, japan] : [germany]));
    await useEntries.getState().setIncludeArchived(true);
    expect(useEntries.getState()).toMatchObject({ includeArchived: true, entries: [germany, japan] });
  });

  it('keeps the last list and says why when loading fails', async () => {
    answer('entries.list', () => [germany]);
    await useEntries.getState().load();
    refuse('entries.list', new ApiClientError({ code: 'storage', message: 'Landfall could not read its database.' }));
    await useEntries.getState().load();
    expect(useEntries.getState()).toMatchObject({ entries: [germany], loading: false, error: 'Landfall could not read its database.' });
  });

  it('shows the answer of the latest load when an earlier one answers last', async () => {
    const slow = deferred<ReturnType<typeof entry>[]>();
    let n = 0;
    answer('entries.list', () => (++n === 1 ? slow.promise : [germany]));
    const first = useEntries.getState().load();
    await useEntries.getState().load();
    slow.resolve([]);
    await first;
    expect(useEntries.getState().entries).toEqual([germany]);
  });

  it('creates an entry and refreshes the list', async () => {
    answer('entries.create', () => germany);
    answer('entries.list', () => [germany]);
    const { id: _id, targetDate: _t, archived: _a, createdAt: _c, updatedAt: _u, ...fields } = germany;
    await expect(useEntries.getState().create(fields)).resolves.toEqual(germany);
    expect(callsOf('entries.create')).toEqual([fields]);
    await vi.waitFor(() => expect(useEntries.getState().entries).toEqual([germany]));
  });

  it('rejects a refused change with the api error and does not reload', async () => {
    refuse('entries.archive', new ApiClientError({ code: 'conflict', message: 'Changed since you opened it.' }));
    await expect(useEntries.getState().archive(germany.id)).rejects.toMatchObject({ code: 'conflict', message: 'Changed since you opened it.' });
    expect(callsOf('entries.list')).toEqual([]);
    expect(useEntries.getState().entries).toBeNull();
  });

  it('deletes, archives and restores by id, each followed by a reload', async () => {
    answer('entries.delete', ({ id }) => ({ id }));
    answer('entries.archive', () => ({ ...germany, archived: true }));
    answer('entries.restore', () => germany);
    answer('entries.list', () => []);
    await expect(useEntries.getState().remove(germany.id)).resolves.toBeUndefined();
    await useEntries.getState().archive(germany.id);
    await useEntries.getState().restore(germany.id);
    expect([...callsOf('entries.delete'), ...callsOf('entries.archive'), ...callsOf('entries.restore')]).toEqual([{ id: germany.id }, { id: germany.id }, { id: germany.id }]);
    await vi.waitFor(() => expect(callsOf('entries.list').length).toBeGreaterThanOrEqual(3));
  });

  it('previews a profile change without reloading', async () => {
    answer('entries.previewUpdate', () => ({ add: [{ requirementId: 'de.x', title: 'X', reasons: [] }], remove: [], restore: [] }));
    const { id: _id, targetDate: _t, archived: _a, createdAt: _c, updatedAt: _u, ...fields } = germany;
    await expect(useEntries.getState().previewUpdate(germany.id, fields)).resolves.toMatchObject({ add: [{ requirementId: 'de.x' }] });
    expect(callsOf('entries.list')).toEqual([]);
  });
});

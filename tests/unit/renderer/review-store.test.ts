/** The legal review store against a fake api and host: queue, history, decisions, verification, register export. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiClientError } from '../../../renderer/src/api/client';
import { useChecklist } from '../../../renderer/src/stores/checklist-store';
import { useEntries } from '../../../renderer/src/stores/entries-store';
import { selectOpenEntry, useReview } from '../../../renderer/src/stores/review-store';
import { answer, callsOf, refuse, resetFakeApi } from './fake-api';
import { fakeHost, resetFakeHost, saved } from './fake-host';
import { checklist, entry, ENTRY_ID, ledgerRecord, queueEntry, queuePage, reviewCounts } from './store-fixtures';

vi.mock('../../../renderer/src/api/client', async (importOriginal) => (await import('./fake-api')).fakeClientModule(importOriginal));
vi.mock('../../../renderer/src/api/host-capabilities', async () => (await import('./fake-host')).fakeHostModule());

beforeEach(() => {
  resetFakeApi();
  resetFakeHost();
  useReview.setState(useReview.getInitialState(), true);
  useChecklist.setState(useChecklist.getInitialState(), true);
  useEntries.setState(useEntries.getInitialState(), true);
});

const decision = { itemId: 'a', decision: 'approve' as const, comment: 'Checked' };

describe('review store', () => {
  it('loads one page of the queue, and says why when it cannot', async () => {
    answer('review.queue', () => queuePage([queueEntry('a'), queueEntry('b')], 250));
    await useReview.getState().loadQueue();
    expect(useReview.getState().queue?.rows.map((q) => q.item.id)).toEqual(['a', 'b']);
    expect(callsOf('review.queue')).toEqual([{ view: 'pending', page: 1, pageSize: 100, market: null, text: '' }]);
    refuse('review.queue', new ApiClientError({ code: 'storage', message: 'Landfall could not read its database.' }));
    await useReview.getState().loadQueue();
    expect(useReview.getState()).toMatchObject({ queueError: 'Landfall could not read its database.' });
    expect(useReview.getState().queue?.rows).toHaveLength(2);
  });

  it('asks the backend for the tab, page, sort and words chosen, back to page 1 when the filter changes', async () => {
    answer('review.queue', ({ page }) => queuePage([queueEntry(`p${page ?? 1}`)], 250, page ?? 1));
    await useReview.getState().setQuery({ page: 3 });
    await useReview.getState().setQuery({ view: 'conditional', sort: { by: 'expires', desc: true } });
    await useReview.getState().setQuery({ text: 'privacy', market: ENTRY_ID });
    expect(callsOf('review.queue')).toEqual([
      { view: 'pending', page: 3, pageSize: 100, market: null, text: '' },
      { view: 'conditional', page: 1, pageSize: 100, sort: { by: 'expires', desc: true }, market: null, text: '' },
      { view: 'conditional', page: 1, pageSize: 100, sort: { by: 'expires', desc: true }, market: ENTRY_ID, text: 'privacy' },
    ]);
  });

  it('goes back to the last page that has rows when decisions emptied the one on screen', async () => {
    answer('review.queue', ({ page }) => (page === 3 ? queuePage([], 150, 3) : queuePage([queueEntry('x')], 150, page ?? 1)));
    await useReview.getState().setQuery({ page: 3 });
    expect(useReview.getState().query.page).toBe(2);
    expect(useReview.getState().queue?.rows.map((r) => r.item.id)).toEqual(['x']);
  });

  it('finds the queue entry open in the decision dialog', async () => {
    answer('review.queue', () => queuePage([queueEntry('a')]));
    await useReview.getState().loadQueue();
    useReview.getState().openItem('a');
    expect(selectOpenEntry(useReview.getState())?.item.id).toBe('a');
    useReview.getState().closeItem();
    expect(selectOpenEntry(useReview.getState())).toBeNull();
  });

  it("keeps each item's history, and its error, by item id", async () => {
    answer('review.history', ({ itemId }) => [ledgerRecord(itemId)]);
    await useReview.getState().loadHistory('a');
    refuse('review.history', new ApiClientError({ code: 'not_found', message: 'That item no longer exists.' }));
    await useReview.getState().loadHistory('b');
    expect(useReview.getState().histories).toEqual({ a: [ledgerRecord('a')] });
    expect(useReview.getState().historyErrors).toEqual({ b: 'That item no longer exists.' });
  });

  it('records a decision, clears the last verification and reloads queue, history and the open checklist', async () => {
    answer('checklist.get', () => checklist([]));
    await useChecklist.getState().load(ENTRY_ID);
    useReview.setState({ verifyResult: { ok: true, chainId: 'chain-1', headHash: null, records: 0, key: { fingerprint: null, custody: 'A key file.' }, problems: [] } });
    answer('review.decide', () => ledgerRecord('a'));
    answer('review.queue', () => queuePage([]));
    answer('review.counts', () => reviewCounts(0));
    answer('review.history', () => [ledgerRecord('a')]);
    await expect(useReview.getState().decide(decision)).resolves.toEqual(ledgerRecord('a'));
    expect(callsOf('review.decide')).toEqual([decision]);
    expect(useReview.getState()).toMatchObject({ verifyResult: null, queue: queuePage([]), counts: reviewCounts(0), histories: { a: [ledgerRecord('a')] } });
    expect(callsOf('checklist.get').length).toBeGreaterThanOrEqual(2);
  });

  it('shows the queue as it is now when someone else decided first, and passes the refusal on', async () => {
    refuse('review.decide', new ApiClientError({ code: 'conflict', message: 'This item is no longer in review.' }));
    answer('review.queue', () => queuePage([]));
    answer('review.counts', () => reviewCounts(0));
    await expect(useReview.getState().decide(decision)).rejects.toMatchObject({ code: 'conflict', message: 'This item is no longer in review.' });
    await vi.waitFor(() => expect(useReview.getState().queue).toEqual(queuePage([])));
  });

  it('does not reload on a refusal about the input', async () => {
    refuse('review.decide', new ApiClientError({ code: 'invalid_input', message: 'Give a reason for rejecting.', field: 'comment' }));
    await expect(useReview.getState().decide({ ...decision, decision: 'reject', comment: '' })).rejects.toMatchObject({ field: 'comment' });
    expect(callsOf('review.queue')).toEqual([]);
  });

  it('verifies the ledger, and says why when it could not', async () => {
    const problem = { kind: 'altered', seq: 3, itemId: null, message: 'Record 3 has been altered.' } as const;
    answer('review.verify', () => ({ ok: false, chainId: 'chain-1', headHash: 'f'.repeat(64), records: 5, key: { fingerprint: 'abcd', custody: 'A key file.' }, problems: [problem] }));
    await useReview.getState().verify();
    expect(useReview.getState()).toMatchObject({ verifying: false, verifyResult: { ok: false, problems: [problem] }, verifyError: null });
    refuse('review.verify', new ApiClientError({ code: 'storage', message: 'Landfall could not read its database.' }));
    await useReview.getState().verify();
    expect(useReview.getState()).toMatchObject({ verifying: false, verifyResult: null, verifyError: 'Landfall could not read its database.' });
  });

  it('saves the sign-off register through the host, and reports a cancelled save as null', async () => {
    answer('export.signoffRegister', ({ format }) => ({
      fileName: `landfall-germany-launch-signoff-register-2027-02-15.${format}`,
      mimeType: 'text/csv',
      contentBase64: Buffer.from('seq,decision\n1,approve\n').toString('base64'),
    }));
    await expect(useReview.getState().exportRegister(ENTRY_ID, 'csv')).resolves.toBe('landfall-germany-launch-signoff-register-2027-02-15.csv');
    expect(saved[0]).toMatchObject({ suggestedName: 'landfall-germany-launch-signoff-register-2027-02-15.csv', filters: [{ name: 'CSV', extensions: ['csv'] }] });
    expect(Buffer.from(saved[0]!.bytes).toString()).toBe('seq,decision\n1,approve\n');
    fakeHost.nextSave = { saved: true, name: 'register.pdf' };
    await expect(useReview.getState().exportRegister(ENTRY_ID, 'pdf')).resolves.toBe('register.pdf');
    expect(saved[1]?.filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
    fakeHost.nextSave = { saved: false, name: null };
    await expect(useReview.getState().exportRegister(ENTRY_ID, 'pdf')).resolves.toBeNull();
  });

  it('refreshes the counts, not the queue, when the entries or the open checklist change', async () => {
    answer('review.counts', () => reviewCounts(1));
    useEntries.setState({ entries: [entry()] });
    await vi.waitFor(() => expect(useReview.getState().counts?.pending).toBe(1));
    answer('checklist.get', () => checklist([]));
    await useChecklist.getState().load(ENTRY_ID);
    await vi.waitFor(() => expect(callsOf('review.counts')).toHaveLength(2));
    expect(callsOf('review.queue')).toEqual([]);
  });
});

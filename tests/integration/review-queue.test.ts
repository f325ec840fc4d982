/**
 * Counsel's queue one page at a time: paged, filtered and sorted on the server, with the tabs
 * (pending, live approvals, conditional approvals by expiry, rejections), cheap counts for
 * the navigation, and a fixed number of queries whatever the page or checklist size.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ChecklistView } from '../../shared/checklist-schema';
import type { Entry } from '../../shared/entry-schema';
import type { QueuePage, ReviewCounts } from '../../shared/signoff-schema';
import { backendsForTests, ok, validEntry } from './helpers';

const backends = backendsForTests();

async function setup() {
  const b = await backends.start();
  await ok(b.router.call('settings.update', { displayName: 'Ana Legal', role: 'legal' }));
  const entries: Entry[] = [];
  const items: ChecklistView['items'] = [];
  for (const [name, country] of [['Germany launch', 'DE'], ['France launch', 'FR'], ['Brazil launch', 'BR'], ['India launch', 'IN']] as const) {
    const entry = await ok<Entry>(b.router.call('entries.create', validEntry({ name, targetCountry: country })));
    entries.push(entry);
    const view = await ok<ChecklistView>(b.router.call('checklist.get', { entryId: entry.id }));
    items.push(...view.items);
    await ok(b.router.call('checklist.bulkUpdate', { items: view.items.map((i) => ({ itemId: i.id, version: i.version })), patch: { status: 'in_review' } }));
  }
  const queue = (input: Record<string, unknown>) => ok<QueuePage>(b.router.call('review.queue', input));
  return { b, entries, items, queue };
}

describe('review queue', () => {
  it('answers one page at a time with the total, sorted on the server in either direction', async () => {
    const { items, queue } = await setup();
    expect(items.length).toBeGreaterThan(50);
    const first = await queue({ page: 1, pageSize: 20, sort: { by: 'title' } });
    expect(first.total).toBe(items.length);
    expect(first.rows).toHaveLength(20);
    const titles = items.map((i) => i.title.toLowerCase()).sort();
    expect(first.rows.map((r) => r.item.title.toLowerCase())).toEqual(titles.slice(0, 20));
    const last = await queue({ page: Math.ceil(items.length / 20), pageSize: 20, sort: { by: 'title' } });
    expect(last.rows).toHaveLength(items.length - 20 * (Math.ceil(items.length / 20) - 1));
    const desc = await queue({ page: 1, pageSize: 20, sort: { by: 'title', desc: true } });
    expect(desc.rows.map((r) => r.item.title.toLowerCase())).toEqual([...titles].reverse().slice(0, 20));
    const byDue = await queue({ pageSize: 200, sort: { by: 'dueDate' } });
    const dues = byDue.rows.map((r) => r.item.dueDate ?? '9999-12-31');
    expect(dues).toEqual([...dues].sort());
    // Pages do not overlap and together hold every item once.
    const seen = new Set<string>();
    for (let page = 1; page <= Math.ceil(items.length / 40); page++) for (const r of (await queue({ page, pageSize: 40 })).rows) seen.add(r.item.id);
    expect(seen.size).toBe(items.length);
  });

  it('filters by market and by words in the title or the market name', async () => {
    const { entries, items, queue } = await setup();
    const france = entries[1]!;
    const onlyFrance = await queue({ market: france.id, pageSize: 200 });
    expect(onlyFrance.total).toBe(items.filter((i) => i.entryId === france.id).length);
    expect(new Set(onlyFrance.rows.map((r) => r.entryName))).toEqual(new Set(['France launch']));
    const word = items[0]!.title.split(' ').find((w) => w.length > 6)!;
    const found = await queue({ text: word, pageSize: 200 });
    expect(found.total).toBe(items.filter((i) => i.title.toLowerCase().includes(word.toLowerCase())).length);
    expect((await queue({ text: 'Brazil', pageSize: 10 })).total).toBe(items.filter((i) => i.entryId === entries[2]!.id).length);
    // LIKE wildcards are taken literally.
    expect((await queue({ text: '%' })).total).toBe(items.filter((i) => i.title.includes('%')).length);
  });

  it('shows live approvals, conditional approvals by expiry and rejections in their tabs, with the counts', async () => {
    const { b, items, queue } = await setup();
    const [a, c, d, e] = items;
    const decide = (input: Record<string, unknown>) => ok(b.router.call('review.decide', input));
    await decide({ itemId: a!.id, decision: 'approve', comment: 'Checked' });
    await decide({ itemId: c!.id, decision: 'approve_conditional', comment: 'Checked', conditionText: 'Renew the DPA', conditionExpires: '2027-09-01' });
    await decide({ itemId: d!.id, decision: 'approve_conditional', comment: 'Checked', conditionText: 'Appoint the DPO', conditionExpires: '2027-04-01' });
    await decide({ itemId: e!.id, decision: 'reject', comment: 'Evidence missing' });
    const approved = await queue({ view: 'approved' });
    expect(approved.rows.map((r) => r.item.id).sort()).toEqual([a!.id, c!.id, d!.id].sort());
    const conditional = await queue({ view: 'conditional' });
    expect(conditional.rows.map((r) => [r.item.id, r.latest?.conditionExpires])).toEqual([
      [d!.id, '2027-04-01'],
      [c!.id, '2027-09-01'],
    ]);
    expect(conditional.rows[0]!.latest).toMatchObject({ decision: 'approve_conditional', signerName: 'Ana Legal', conditionText: 'Appoint the DPO' });
    const rejected = await queue({ view: 'rejected' });
    expect(rejected.rows.map((r) => [r.item.id, r.item.status, r.latest?.comment])).toEqual([[e!.id, 'in_progress', 'Evidence missing']]);
    const counts = await ok<ReviewCounts>(b.router.call('review.counts', {}));
    expect(counts).toMatchObject({ pending: items.length - 4, approved: 3, conditional: 2, rejected: 1, stale: 0 });
    expect(counts.pendingByMarket.map((m) => m.entryName)).toEqual(['Brazil launch', 'France launch', 'Germany launch', 'India launch']);
    // Revoking from the approvals tab takes the item out of it.
    await decide({ itemId: d!.id, decision: 'revoke', comment: 'Processor changed' });
    expect((await queue({ view: 'conditional' })).rows.map((r) => r.item.id)).toEqual([c!.id]);
    // Sent back to review, a rejected item leaves the rejections tab.
    const eNow = (await ok<ChecklistView>(b.router.call('checklist.get', { entryId: e!.entryId }))).items.find((i) => i.id === e!.id)!;
    await ok(b.router.call('checklist.updateItem', { itemId: e!.id, version: eNow.version, patch: { status: 'in_review' } }));
    expect((await queue({ view: 'rejected' })).total).toBe(0);
  });

  it('refuses a page size over 200 or a page below 1 with a sentence naming the field', async () => {
    const { b } = await setup();
    expect(await b.router.call('review.queue', { pageSize: 500 })).toMatchObject({ ok: false, error: { field: 'pageSize', message: expect.stringMatching(/Page size/) } });
    expect(await b.router.call('review.queue', { page: 0 })).toMatchObject({ ok: false, error: { field: 'page', message: expect.stringMatching(/Page/) } });
    expect(await b.router.call('review.queue', { view: 'everything' })).toMatchObject({ ok: false, error: { field: 'view' } });
  });

  it('reads a page, a checklist and the counts in a fixed number of queries, whatever their size', async () => {
    const { b, entries, items, queue } = await setup();
    // Every statement of every connection in this process shares one prototype.
    const probe = new Database(':memory:');
    const proto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<'all' | 'get' | 'run' | 'iterate', (...args: unknown[]) => unknown>;
    probe.close();
    let calls = 0;
    const originals = { all: proto.all, get: proto.get, run: proto.run, iterate: proto.iterate };
    for (const k of Object.keys(originals) as (keyof typeof originals)[]) {
      proto[k] = function (this: unknown, ...args: unknown[]) {
        calls += 1;
        return originals[k].apply(this, args);
      };
    }
    const queries = async (fn: () => Promise<unknown>) => {
      calls = 0;
      await fn();
      return calls;
    };
    try {
      const small = await queries(() => queue({ pageSize: 5 }));
      const large = await queries(() => queue({ pageSize: 200 }));
      // The same count for 5 or 200 rows: never one query per item (each entry's plan is read once, for its due dates).
      expect(large).toBe(small);
      const big = entries[0]!;
      const n = items.filter((i) => i.entryId === big.id).length;
      expect(n).toBeGreaterThan(10);
      const checklist = await queries(() => b.router.call('checklist.get', { entryId: big.id }));
      const small1 = entries.find((e) => items.filter((i) => i.entryId === e.id).length < n)!;
      // The checklist reads the same number of statements whatever its size (its plan included, for the due dates).
      expect(await queries(() => b.router.call('checklist.get', { entryId: small1.id }))).toBe(checklist);
      expect(await queries(() => b.router.call('review.counts', {}))).toBeLessThanOrEqual(4);
    } finally {
      Object.assign(proto, originals);
    }
  });
});

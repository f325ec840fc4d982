import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ChecklistView } from '../../shared/checklist-schema';
import type { Entry } from '../../shared/entry-schema';
import type { LedgerRecord, VerifyResult } from '../../shared/signoff-schema';
import { backendsForTests, countRows, ok, tempDir, validEntry } from './helpers';

const backends = backendsForTests();

/** A backend with a clock the test can move, an entry, and three items put in review. */
async function setup(role: 'legal' | 'program_manager' | null = 'legal', displayName = 'Ana Legal') {
  let now = new Date('2027-02-15T10:00:00Z');
  const b = await backends.start({ now: () => now });
  if (role !== null || displayName) await ok(b.router.call('settings.update', { displayName, role }));
  const entry = await ok<Entry>(b.router.call('entries.create', validEntry({ targetCountry: 'BR', name: 'Brazil launch' })));
  const items = (await ok<ChecklistView>(b.router.call('checklist.get', { entryId: entry.id }))).items;
  const ids = items.slice(0, 3).map((i) => i.id);
  await ok(b.router.call('checklist.bulkUpdate', { items: ids.map((itemId) => ({ itemId, version: 1 })), patch: { status: 'in_review' } }));
  const readiness = async () => (await ok<ChecklistView>(b.router.call('checklist.get', { entryId: entry.id }))).readiness;
  const item = async (id: string) => (await ok<ChecklistView>(b.router.call('checklist.get', { entryId: entry.id }))).items.find((i) => i.id === id)!;
  return { b, entry, ids, readiness, item, setNow: (d: string) => (now = new Date(d)) };
}

const decide = (b: Awaited<ReturnType<typeof setup>>['b'], input: Record<string, unknown>) => b.router.call('review.decide', input);

describe('sign-off', () => {
  it('approves, rejects and revokes; readiness follows; the chain verifies with its head hash', async () => {
    const { b, ids, readiness, item } = await setup();
    const [a, c, d] = ids as [string, string, string];
    const r1 = await ok<LedgerRecord>(decide(b, { itemId: a, decision: 'approve', comment: 'Policy reviewed' }));
    expect(r1).toMatchObject({ seq: 1, signerName: 'Ana Legal', signerRole: 'legal', osUser: 'tester', decision: 'approve' });
    expect(r1.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await readiness()).signedOff).toBe(1);
    await ok(decide(b, { itemId: c, decision: 'reject', comment: 'Evidence missing' }));
    expect((await item(c)).status).toBe('in_progress');
    await ok(decide(b, { itemId: d, decision: 'approve_conditional', comment: 'OK for launch', conditionText: 'DPA signed by June', conditionExpires: '2027-06-30' }));
    expect((await readiness()).signedOff).toBe(2);
    const r4 = await ok<LedgerRecord>(decide(b, { itemId: a, decision: 'revoke', comment: 'Processor changed' }));
    expect((await readiness()).signedOff).toBe(1);
    expect((await item(a)).status).toBe('in_progress');
    const history = await ok<LedgerRecord[]>(b.router.call('review.history', { itemId: a }));
    expect(history.map((h) => h.decision)).toEqual(['approve', 'revoke']);
    expect(await ok<VerifyResult>(b.router.call('review.verify', {}))).toMatchObject({ ok: true, headHash: r4.hash, records: 4, problems: [] });
  });

  it('names the record that was changed directly in SQLite, and a gap where one was deleted', async () => {
    const { b, ids } = await setup();
    for (const id of ids) await ok(decide(b, { itemId: id, decision: 'approve', comment: 'fine' }));
    const side = new Database(b.dbFile);
    expect(() => side.prepare("UPDATE signoff_ledger SET comment = 'x' WHERE seq = 2").run()).toThrow(/append-only/);
    expect(() => side.prepare('DELETE FROM signoff_ledger WHERE seq = 2').run()).toThrow(/append-only/);
    side.exec('DROP TRIGGER ledger_no_update');
    side.prepare("UPDATE signoff_ledger SET comment = 'all fine, trust me' WHERE seq = 2").run();
    const kinds = async () => (await ok<VerifyResult>(b.router.call('review.verify', {}))).problems.map((p) => [p.kind, p.seq]);
    expect(await kinds()).toEqual([
      ['altered', 2],
      ['triggers_missing', null],
    ]);
    side.prepare("UPDATE signoff_ledger SET comment = 'fine' WHERE seq = 2").run();
    expect(await kinds()).toEqual([['triggers_missing', null]]);
    side.exec('DROP TRIGGER ledger_no_delete');
    side.prepare('DELETE FROM signoff_ledger WHERE seq = 2').run();
    side.close();
    const result = await ok<VerifyResult>(b.router.call('review.verify', {}));
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual(expect.objectContaining({ kind: 'missing_record', seq: 2, message: expect.stringMatching(/Record 2 is missing/) }));
  });

  it('turns an approval stale when evidence is added, and the item returns to the queue', async () => {
    const { b, ids, item, readiness } = await setup();
    const a = ids[0]!;
    await ok(decide(b, { itemId: a, decision: 'approve', comment: 'ok' }));
    await ok(b.router.call('evidence.addLink', { itemId: a, name: 'New DPA', url: 'https://example.org/dpa' }));
    expect(await item(a)).toMatchObject({ status: 'in_review', staleReason: expect.stringMatching(/^Stale — needs re-review: evidence "New DPA"/) });
    expect((await readiness()).signedOff).toBe(0);
    const queue = await ok<{ rows: { item: { id: string } }[] }>(b.router.call('review.queue', {}));
    expect(queue.rows.map((q) => q.item.id)).toContain(a);
  });

  it('turns an expired conditional approval stale when the date changes, never on a read', async () => {
    let now = new Date('2027-02-15T10:00:00Z');
    const b = await backends.start({ now: () => now, housekeepingCheckMs: 20 });
    await ok(b.router.call('settings.update', { displayName: 'Ana Legal', role: 'legal' }));
    const entry = await ok<Entry>(b.router.call('entries.create', validEntry({ targetCountry: 'BR', name: 'Brazil launch' })));
    const first0 = (await ok<ChecklistView>(b.router.call('checklist.get', { entryId: entry.id }))).items[0]!;
    const a = first0.id;
    await ok(b.router.call('checklist.updateItem', { itemId: a, version: first0.version, patch: { status: 'in_review' } }));
    await ok(decide(b, { itemId: a, decision: 'approve_conditional', comment: 'ok', conditionText: 'Renew the DPA', conditionExpires: '2027-03-01' }));
    const status = () => new Database(b.dbFile, { readonly: true }).prepare('SELECT status, stale_reason FROM checklist_items WHERE id = ?').get(a);
    // The clock jumps past the expiry and the reads run before the timer notices: they change nothing.
    now = new Date('2027-03-02T10:00:00Z');
    await ok(b.router.call('checklist.get', { entryId: entry.id }));
    await ok(b.router.call('portfolio.summary', { today: '2027-03-02' }));
    await ok(b.router.call('review.queue', { view: 'conditional' }));
    await ok(b.router.call('review.counts', {}));
    await new Promise((r) => setTimeout(r, 80));
    expect(status()).toMatchObject({ status: 'in_review', stale_reason: expect.stringMatching(/expired on 2027-03-01/) });
    const queue = await ok<{ rows: { item: { id: string; staleReason: string | null } }[] }>(b.router.call('review.queue', {}));
    expect(queue.rows.find((q) => q.item.id === a)?.item.staleReason).toMatch(/expired on 2027-03-01/);
  });

  it('sweeps expired conditions at start-up and when a decision is recorded; a read leaves the file unchanged', async () => {
    let now = new Date('2027-02-15T10:00:00Z');
    const dataDir = tempDir();
    const first = await backends.start({ dataDir, now: () => now });
    await ok(first.router.call('settings.update', { displayName: 'Ana Legal', role: 'legal' }));
    const entry = await ok<Entry>(first.router.call('entries.create', validEntry({ targetCountry: 'BR', name: 'Brazil launch' })));
    const three = (await ok<ChecklistView>(first.router.call('checklist.get', { entryId: entry.id }))).items.slice(0, 3);
    const [a, c, d] = three.map((i) => i.id) as [string, string, string];
    await ok(first.router.call('checklist.bulkUpdate', { items: three.map((i) => ({ itemId: i.id, version: i.version })), patch: { status: 'in_review' } }));
    await ok(decide(first, { itemId: a, decision: 'approve_conditional', comment: 'Checked', conditionText: 'Renew', conditionExpires: '2027-03-01' }));
    await ok(decide(first, { itemId: c, decision: 'approve_conditional', comment: 'Checked', conditionText: 'Renew', conditionExpires: '2027-03-05' }));
    const statusOf = (b: typeof first, id: string) => new Database(b.dbFile, { readonly: true }).prepare('SELECT status FROM checklist_items WHERE id = ?').pluck().get(id);
    now = new Date('2027-03-02T10:00:00Z');
    const changes = () => fs.statSync(path.join(dataDir, 'landfall.sqlite-wal')).mtimeMs + ':' + fs.statSync(path.join(dataDir, 'landfall.sqlite-wal')).size;
    const before = changes();
    await ok(first.router.call('checklist.get', { entryId: entry.id }));
    await ok(first.router.call('review.queue', { view: 'approved' }));
    expect(changes()).toBe(before);
    expect(statusOf(first, a)).toBe('signed_off');
    // A decision on another item sweeps first.
    await ok(decide(first, { itemId: d, decision: 'approve', comment: 'Checked' }));
    expect(statusOf(first, a)).toBe('in_review');
    expect(statusOf(first, c)).toBe('signed_off');
    backends.closeLast();
    now = new Date('2027-03-06T10:00:00Z');
    const second = await backends.start({ dataDir, now: () => now });
    expect(statusOf(second, c)).toBe('in_review');
  });

  it.each([
    ['approving without a display name', { role: 'legal', name: '' }, { decision: 'approve', comment: '' }, /display name/],
    ['approving as a program manager', { role: 'program_manager', name: 'Pat' }, { decision: 'approve', comment: '' }, /Only the legal role/],
    ['rejecting without a reason', { role: 'legal', name: 'Ana' }, { decision: 'reject', comment: '  ' }, /reason for the rejection/],
    ['a conditional approval without expiry', { role: 'legal', name: 'Ana' }, { decision: 'approve_conditional', comment: '', conditionText: 'x' }, /expiry date/],
    ['a conditional approval expiring in the past', { role: 'legal', name: 'Ana' }, { decision: 'approve_conditional', comment: '', conditionText: 'x', conditionExpires: '2027-01-01' }, /after today/],
  ] as const)('refuses %s and writes nothing', async (_l, who, input, message) => {
    const { b, ids, item } = await setup(who.role, who.name);
    const ledgerBefore = countRows(b.dbFile, 'signoff_ledger');
    const r = await decide(b, { itemId: ids[0], ...input });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(message);
    expect(countRows(b.dbFile, 'signoff_ledger')).toBe(ledgerBefore);
    expect((await item(ids[0]!)).status).toBe('in_review');
  });

  it('approves an item without evidence only with a comment; with evidence the comment stays optional', async () => {
    const { b, ids, item } = await setup();
    const [a, c] = ids as [string, string];
    const ledgerBefore = countRows(b.dbFile, 'signoff_ledger');
    for (const decision of ['approve', 'approve_conditional'] as const) {
      const refused = await decide(b, { itemId: a, decision, comment: '  ', conditionText: 'Renew', conditionExpires: '2027-06-30' });
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'comment', message: 'Comment: this item holds no evidence, so write why you approve it without any.' } });
    }
    expect(countRows(b.dbFile, 'signoff_ledger')).toBe(ledgerBefore);
    expect((await item(a)).status).toBe('in_review');
    await ok(decide(b, { itemId: a, decision: 'approve', comment: 'No document exists for this duty; confirmed with the registrar.' }));
    await ok(b.router.call('evidence.addLink', { itemId: c, name: 'DPA', url: 'https://example.org/dpa' }));
    await ok(decide(b, { itemId: c, decision: 'approve', comment: '' }));
    expect((await item(c)).status).toBe('signed_off');
  });

  it('refuses revoking without a reason or as another role', async () => {
    const { b, ids } = await setup();
    await ok(decide(b, { itemId: ids[0], decision: 'approve', comment: 'Checked' }));
    expect(await decide(b, { itemId: ids[0], decision: 'revoke', comment: '' })).toMatchObject({ ok: false, error: { field: 'comment' } });
    await ok(b.router.call('settings.update', { displayName: 'Pat', role: 'program_manager' }));
    expect(await decide(b, { itemId: ids[0], decision: 'revoke', comment: 'why not' })).toMatchObject({ ok: false, error: { field: 'role' } });
  });

  it('lists the approvals a pack update would make stale, and makes them stale when applied', async () => {
    const { b, ids, item } = await setup();
    const a = ids[0]!;
    await ok(decide(b, { itemId: a, decision: 'approve', comment: 'Checked' }));
    const requirementId = (await item(a)).requirementId!;
    const packId = requirementId.split('.')[0]!;
    const exported = await ok<{ content: string }>(b.router.call('library.exportPack', { packId }));
    const pack = JSON.parse(exported.content) as { version: string; requirements: { id: string; summary: string }[] };
    pack.version = '9.0.0';
    pack.requirements.find((r) => r.id === requirementId)!.summary += ' The deadline was shortened.';
    const content = JSON.stringify(pack);
    const diff = await ok<{ approvalsTurningStale: { itemId: string }[] }>(b.router.call('library.previewImport', { fileName: 'update.json', content }));
    expect(diff.approvalsTurningStale.map((t) => t.itemId)).toEqual([a]);
    await ok(b.router.call('library.applyImport', { fileName: 'update.json', content }));
    expect(await item(a)).toMatchObject({ status: 'in_review', staleReason: expect.stringMatching(new RegExp(`requirement ${requirementId.replace(/\./g, '\\.')} changed`)) });
  });

  it('exports the sign-off register as CSV and PDF with every decision and the head hash', async () => {
    const { b, entry, ids } = await setup();
    await ok(decide(b, { itemId: ids[0], decision: 'approve', comment: 'Policy, "v2"' }));
    const last = await ok<LedgerRecord>(decide(b, { itemId: ids[1], decision: 'reject', comment: 'Missing DPA' }));
    const csv = await ok<{ fileName: string; contentBase64: string }>(b.router.call('export.signoffRegister', { entryId: entry.id, format: 'csv' }));
    expect(csv.fileName).toMatch(/^landfall-brazil-launch-signoff-register-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = Buffer.from(csv.contentBase64, 'base64').toString('utf8');
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFF?Sequence,/);
    expect(lines[0]).toContain('Ledger head hash');
    expect(lines[1]).toContain(`,${last.hash},`);
    expect(lines[2]).toContain(`,${last.hash},`);
    expect(text).toContain('"Policy, ""v2"""');
    expect(lines).toHaveLength(1 + 2);
    const pdf = await ok<{ contentBase64: string }>(b.router.call('export.signoffRegister', { entryId: entry.id, format: 'pdf' }));
    const file = path.join(tempDir(), 'register.pdf');
    fs.writeFileSync(file, Buffer.from(pdf.contentBase64, 'base64'));
    const pdfText = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ');
    expect(pdfText).toContain(last.hash);
    expect(pdfText).toContain('Missing DPA');
  });

  it('keeps an entry with sign-offs from being deleted, but lets it be archived', async () => {
    const { b, entry, ids } = await setup();
    await ok(decide(b, { itemId: ids[0], decision: 'approve', comment: 'Checked' }));
    const del = await b.router.call('entries.delete', { id: entry.id });
    expect(del).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/archive it instead/) } });
    expect(countRows(b.dbFile, 'entries')).toBe(1);
    await ok(b.router.call('entries.archive', { id: entry.id }));
  });
});

/**
 * The ledger vouches for records exactly as the store holds them: a text the store would
 * change is refused before anything is recorded, other services append their own kinds of
 * record (a risk acceptance) that verify covers, and a rolled-back append leaves no trace.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/connection';
import { createServices } from '../../electron/backend/wiring';
import { AppError } from '../../shared/errors';
import { tempDir, validEntry } from './helpers';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const RESOURCES = path.resolve('resources');
const NOW = () => new Date('2027-02-15T10:00:00Z');

const open: { close(): void }[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

describe('records are vouched for as the store holds them', () => {
  async function services() {
    const dataDir = tempDir('landfall-readback-');
    const opened = await openDatabase(dataDir);
    open.push(opened);
    const s = createServices(opened.db, { dataDir, resourcesDir: RESOURCES, onProblem: () => {}, now: NOW, osUser: 'tester' });
    s.settings.update({ displayName: 'Ana Legal', role: 'legal' });
    const entry = s.entries.create(validEntry({ targetCountry: 'BR', name: 'Brazil launch' }));
    const item = s.checklists.view(entry.id).items[0]!;
    s.checklists.updateItem(item.id, item.version, { status: 'in_review' });
    return { s, entry, item, file: opened.file };
  }

  it('refuses a comment the store would change (a lone surrogate becomes U+FFFD), records nothing, and the ledger still verifies', async () => {
    const { s, item } = await services();
    let error: unknown;
    try {
      s.signoff.decide({ itemId: item.id, decision: 'approve', comment: 'Reviewed \uD800 today' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ field: 'comment', message: expect.stringMatching(/^The comment: the store could not keep this text exactly as written, so nothing was recorded/) });
    expect(s.signoff.history(item.id)).toEqual([]);
    expect(s.checklists.record(item.id).status).toBe('in_review');
    const r = s.signoff.decide({ itemId: item.id, decision: 'approve', comment: 'Reviewed today' });
    expect(s.signoff.verify()).toMatchObject({ ok: true, records: 1, headHash: r.hash });
  });

  it('appends a risk acceptance for another service, and verify covers it', async () => {
    const { s, entry, file } = await services();
    const snapshot = { title: 'Payment provider outage', likelihood: 3, impact: 4, mitigation: 'Second acquirer contracted' };
    const r = s.kernel.write(() =>
      s.signoff.appendRecord({ kind: 'risk_acceptance', entryId: entry.id, subjectId: '7d1f0c3a-0000-4000-8000-00000000ab01', snapshot, decision: 'accept', comment: 'Accepted for launch', expiresOn: '2027-06-30' }),
    );
    expect(r).toMatchObject({ seq: 1, format: 2, kind: 'risk_acceptance', decision: 'accept', itemId: '7d1f0c3a-0000-4000-8000-00000000ab01', snapshot, conditionExpires: '2027-06-30', contentHash: sha256(JSON.stringify({ impact: 4, likelihood: 3, mitigation: 'Second acquirer contracted', title: 'Payment provider outage' })) });
    expect(s.signoff.verify()).toMatchObject({ ok: true, records: 1 });
    const db = new Database(file);
    db.exec('DROP TRIGGER ledger_no_update');
    db.prepare('UPDATE signoff_ledger SET snapshot = ? WHERE seq = 1').run(JSON.stringify({ ...snapshot, impact: 1 }));
    db.close();
    expect(s.signoff.verify().problems.map((p) => [p.kind, p.seq])).toEqual([
      ['altered', 1],
      ['triggers_missing', null],
    ]);
  });

  it('a risk acceptance rolled back with its caller leaves neither a record nor a moved head', async () => {
    const { s, entry } = await services();
    expect(() =>
      s.kernel.write(() => {
        s.signoff.appendRecord({ kind: 'risk_acceptance', entryId: entry.id, subjectId: '7d1f0c3a-0000-4000-8000-00000000ab02', snapshot: { title: 'x' }, decision: 'accept', comment: '' });
        throw new Error('the risk service failed after appending');
      }),
    ).toThrow(/failed after appending/);
    expect(s.signoff.verify()).toMatchObject({ ok: true, records: 0, problems: [] });
  });
});

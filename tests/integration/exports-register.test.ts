import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChecklistView } from '../../shared/checklist-schema';
import type { Entry } from '../../shared/entry-schema';
import type { ExportFile } from '../../shared/export-schema';
import type { LedgerRecord, VerifyResult } from '../../shared/signoff-schema';
import { backendsForTests, ok, tempDir, validEntry } from './helpers';
import { pageTexts, squeeze } from './pdf-pages';

const backends = backendsForTests();

async function registerWith(decisions: number) {
  const b = await backends.start();
  await ok(b.router.call('settings.update', { displayName: 'Ana Legal', role: 'legal' }));
  const entry = await ok<Entry>(b.router.call('entries.create', validEntry({ targetCountry: 'BR', name: 'Brazil launch' })));
  const items = (await ok<ChecklistView>(b.router.call('checklist.get', { entryId: entry.id }))).items;
  expect(items.length).toBeGreaterThanOrEqual(decisions);
  const ids = items.slice(0, decisions).map((i) => i.id);
  if (ids.length) await ok(b.router.call('checklist.bulkUpdate', { items: ids.map((itemId) => ({ itemId, version: 1 })), patch: { status: 'in_review' } }));
  const records: LedgerRecord[] = [];
  for (const [i, itemId] of ids.entries()) {
    records.push(await ok<LedgerRecord>(b.router.call('review.decide', { itemId, decision: i % 3 === 1 ? 'reject' : 'approve', comment: `Decision ${i + 1}, "checked"; see file` })));
  }
  const save = async (format: 'pdf' | 'csv') => {
    const f = await ok<ExportFile>(b.router.call('export.signoffRegister', { entryId: entry.id, format }));
    const file = path.join(tempDir('landfall-register-'), f.fileName);
    fs.writeFileSync(file, Buffer.from(f.contentBase64, 'base64'));
    return file;
  };
  return { b, entry, records, save };
}

/** Python's csv.DictReader, the reader people point at a CSV first. */
function dictReader(file: string): Record<string, string>[] {
  const script = 'import csv,json,sys\nwith open(sys.argv[1], newline="", encoding="utf-8-sig") as f: print(json.dumps(list(csv.DictReader(f))))';
  return JSON.parse(execFileSync('python3', ['-c', script, file]).toString()) as Record<string, string>[];
}

describe('sign-off register exports', () => {
  it('puts a footer on every page of a 7-record register and no page holds only a footer', async () => {
    const { b, records, save } = await registerWith(7);
    const pages = pageTexts(await save('pdf'));
    const head = records.at(-1)!.hash;
    const key = (await ok<VerifyResult>(b.router.call('review.verify', {}))).key.fingerprint!;
    expect(squeeze(pages[0]!)).toContain(`Signing key fingerprint (SHA-256 of the Ed25519 public key): ${key}`);
    pages.forEach((text, i) => {
      const t = squeeze(text);
      expect(t).toContain(`Head hash ${head} · Key ${key} · Page ${i + 1} of ${pages.length}`);
      // Something besides the footer: a record or the register's own header.
      expect(t.replace(/Head hash \S+ · Key [0-9a-f ]+ · Page \d+ of \d+/, '').trim().length).toBeGreaterThan(40);
    });
    const all = squeeze(pages.join(' '));
    for (const r of records) expect(all).toContain(`#${r.seq} `);
    expect(pages.length).toBeLessThanOrEqual(3);
  });

  it('writes an empty register on one page with its footer', async () => {
    const { save } = await registerWith(0);
    const pages = pageTexts(await save('pdf'));
    expect(pages).toHaveLength(1);
    expect(squeeze(pages[0]!)).toContain('No sign-off decisions have been recorded for this entry.');
    expect(squeeze(pages[0]!)).toMatch(/Head hash none · Key [0-9a-f ]{79} · Page 1 of 1/);
  });

  it('writes a CSV whose first line is the header, read by csv.DictReader with the head hash and verify status in columns', async () => {
    const { b, records, save } = await registerWith(3);
    const file = await save('csv');
    const key = (await ok<VerifyResult>(b.router.call('review.verify', {}))).key.fingerprint;
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes.toString('utf8').slice(1).split('\r\n')[0]).toMatch(/^Sequence,Time \(UTC\),Item,Decision,/);
    const rows = dictReader(file);
    expect(rows).toHaveLength(3);
    const head = records.at(-1)!.hash;
    rows.forEach((row, i) => {
      expect(row['Sequence']).toBe(String(records[i]!.seq));
      expect(row['Record hash']).toBe(records[i]!.hash);
      expect(row['Comment']).toBe(`Decision ${i + 1}, "checked"; see file`);
      expect(row['Ledger head hash']).toBe(head);
      expect(row['Ledger verified when exported']).toBe('ok, 3 records, every signature valid');
      expect(row['Ledger key fingerprint']).toBe(key);
      expect(row['Signature (Ed25519)']).toBe(records[i]!.signature);
      expect(row['Entry']).toBe('Brazil launch');
    });
  });
});

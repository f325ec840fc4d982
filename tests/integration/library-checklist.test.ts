import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChecklistView, ImportDiff, LibraryView } from '../../shared/checklist-schema';
import type { Entry } from '../../shared/entry-schema';
import type { Pack, Requirement } from '../../shared/requirements/pack-schema';
import { backendsForTests, countRows, ok, tempDir, validEntry } from './helpers';
import { requirement } from '../fixtures/requirement';

const backends = backendsForTests();

/** A backend whose library holds only the test pack below (not the shipped packs), used as Legal (who imports packs). */
async function backend(packs: Pack[] = [testPack()], role: 'legal' | 'program_manager' | null = 'legal') {
  const resourcesDir = tempDir('landfall-res-');
  fs.mkdirSync(path.join(resourcesDir, 'requirements'));
  for (const shipped of ['plan-templates', 'risk-matrices', 'risk-templates', 'metrics']) {
    fs.cpSync(path.resolve('resources', shipped), path.join(resourcesDir, shipped), { recursive: true });
  }
  for (const p of packs) fs.writeFileSync(path.join(resourcesDir, 'requirements', `${p.id}.json`), JSON.stringify(p));
  const b = await backends.start({ resourcesDir });
  await ok(b.router.call('settings.update', { displayName: '', role }));
  return b;
}

function req(id: string, over: Partial<Requirement> = {}): Requirement {
  return requirement(id, over);
}

function testPack(over: Partial<Pack> = {}): Pack {
  return {
    schemaVersion: 1,
    id: 'test-br',
    name: 'Test pack for Brazil',
    version: '1.0.0',
    publisher: 'Tests',
    publicationDate: '2026-11-29',
    license: 'CC0',
    requirements: [
      req('test.br.privacy'),
      req('test.br.ai', { category: 'ai_governance', appliesWhen: { field: 'aiInProduct', is: true } }),
      req('test.br.company', { category: 'company_registration', workstream: 'team_operations', appliesWhen: { field: 'entryMode', in: ['subsidiary', 'branch'] }, leadTimeDays: 20 }),
    ],
    noneKnown: [],
    ...over,
  };
}

const brazil = () => validEntry({ name: 'Brazil launch', targetCountry: 'BR', startDate: '2027-03-01' });

describe('checklists', () => {
  it('gives a new entry its applicable items with reasons and due dates in business days', async () => {
    const b = await backend();
    const e = await ok<Entry>(b.router.call('entries.create', brazil()));
    const view = await ok<ChecklistView>(b.router.call('checklist.get', { entryId: e.id }));
    expect(view.items.map((i) => i.requirementId).sort()).toEqual(['test.br.ai', 'test.br.company', 'test.br.privacy']);
    const privacy = view.items.find((i) => i.requirementId === 'test.br.privacy')!;
    expect(privacy.reasons).toEqual(['Brazil', 'processes personal data of residents']);
    // 10 business days after Mon 2027-03-01 is Mon 2027-03-15 (no Brazilian holiday in between).
    expect(privacy.dueDate).toBe('2027-03-15');
    expect(view.readiness).toEqual({ signedOff: 0, applicable: 3, percent: 0 });
  });

  it('shows the notes of the packs covering the entry\'s market: looked for, none known', async () => {
    const note = (jurisdiction: string[], text: string) => ({ jurisdiction, category: 'data_localization' as const, text, lastReviewed: '2026-11-29' });
    const eu = { ...testPack({ id: 'test-eu', name: 'Test EU pack', requirements: [] }), noneKnown: [note(['EU'], 'No EU-wide localization rule known to the authors.')] };
    const br = testPack({ noneKnown: [note(['BR'], 'No Brazilian localization rule known to the authors.')] });
    const b = await backend([br, eu]);
    const brazilEntry = await ok<Entry>(b.router.call('entries.create', brazil()));
    const inBrazil = await ok<ChecklistView>(b.router.call('checklist.get', { entryId: brazilEntry.id }));
    expect(inBrazil.noneKnown).toEqual({ countryName: 'Brazil', notes: [expect.objectContaining({ text: 'No Brazilian localization rule known to the authors.' })] });
    const germany = await ok<Entry>(b.router.call('entries.create', validEntry({ targetCountry: 'DE' })));
    const inGermany = await ok<ChecklistView>(b.router.call('checklist.get', { entryId: germany.id }));
    expect(inGermany.noneKnown.countryName).toBe('Germany');
    expect(inGermany.noneKnown.notes.map((n) => n.text)).toEqual(['No EU-wide localization rule known to the authors.']);
  });

  it('previews and applies a change of the optional answers: unknown customer states are a check, a known state decides', async () => {
    const saoPaulo = req('test.br.sp', { title: 'São Paulo duty', appliesWhen: { field: 'customerRegions', includes: 'BR-SP' } });
    const b = await backend([testPack({ requirements: [saoPaulo] })]);
    const e = await ok<Entry>(b.router.call('entries.create', brazil()));
    const before = (await ok<ChecklistView>(b.router.call('checklist.get', { entryId: e.id }))).items;
    expect(before.map((i) => [i.requirementId, i.certainty])).toEqual([['test.br.sp', 'check']]);
    const { id: _i, targetDate: _t, archived: _a, createdAt: _c, updatedAt: _u, version, ...fields } = e;

    const elsewhere = { ...fields, profile: { ...fields.profile, customerRegions: ['BR-RJ'] } };
    const preview = await ok<{ remove: { title: string; outcome: string }[] }>(b.router.call('entries.previewUpdate', { id: e.id, fields: elsewhere }));
    expect(preview.remove).toEqual([expect.objectContaining({ title: 'São Paulo duty', outcome: 'deleted' })]);
    // The entry's own region is a site there, whatever the customer list says.
    const inSaoPaulo = { ...elsewhere, targetSubdivision: 'BR-SP' };
    expect((await ok<{ remove: unknown[] }>(b.router.call('entries.previewUpdate', { id: e.id, fields: inSaoPaulo }))).remove).toEqual([]);

    await ok(b.router.call('entries.update', { id: e.id, version, fields: inSaoPaulo }));
    const after = (await ok<ChecklistView>(b.router.call('checklist.get', { entryId: e.id }))).items;
    expect(after.map((i) => [i.requirementId, i.certainty, i.reasons])).toEqual([['test.br.sp', 'applies', ['Brazil', 'operates in BR-SP']]]);
  });

  it('never deletes an item with evidence when the profile changes; it becomes not applicable and comes back', async () => {
    const b = await backend();
    const e = await ok<Entry>(b.router.call('entries.create', brazil()));
    const items = (await ok<ChecklistView>(b.router.call('checklist.get', { entryId: e.id }))).items;
    const ai = items.find((i) => i.requirementId === 'test.br.ai')!;
    await ok(b.router.call('evidence.addLink', { itemId: ai.id, name: 'AI inventory', url: 'https://example.org/ai' }));
    const { id: _i, targetDate: _t, archived: _a, createdAt: _c, updatedAt: _u, ...fields } = e;
    const noAi = { ...fields, profile: { ...fields.profile, aiInProduct: false, entryMode: 'employer_of_record' as const } };

    const preview = await ok<{ remove: { title: string; outcome: string }[]; add: unknown[] }>(b.router.call('entries.previewUpdate', { id: e.id, fields: noAi }));
    expect(preview.remove).toEqual(
      expect.arrayContaining([
        { itemId: ai.id, title: 'Duty test.br.ai', outcome: 'marked_not_applicable' },
        expect.objectContaining({ title: 'Duty test.br.company', outcome: 'deleted' }),
      ]),
    );
    expect(countRows(b.dbFile, 'checklist_items')).toBe(3); // preview changes nothing

    await ok(b.router.call('entries.update', { id: e.id, version: 1, fields: noAi }));
    const after = (await ok<ChecklistView>(b.router.call('checklist.get', { entryId: e.id }))).items;
    expect(after.map((i) => i.requirementId).sort()).toEqual(['test.br.ai', 'test.br.privacy']);
    expect(after.find((i) => i.id === ai.id)).toMatchObject({ status: 'not_applicable', profileExcluded: true, naReason: 'Not applicable (profile changed)' });
    expect(after.find((i) => i.id === ai.id)!.evidence).toHaveLength(1);

    await ok(b.router.call('entries.update', { id: e.id, version: 2, fields }));
    const back = (await ok<ChecklistView>(b.router.call('checklist.get', { entryId: e.id }))).items;
    expect(back.find((i) => i.id === ai.id)).toMatchObject({ status: 'todo', profileExcluded: false });
    expect(back).toHaveLength(3);
  });

  it('bulk-assigns an owner in one go and refuses an empty selection without changing anything', async () => {
    const b = await backend();
    const e = await ok<Entry>(b.router.call('entries.create', brazil()));
    const items = (await ok<ChecklistView>(b.router.call('checklist.get', { entryId: e.id }))).items;
    const none = await b.router.call('checklist.bulkUpdate', { items: [], patch: { owner: 'Ana' } });
    expect(none).toMatchObject({ ok: false, error: { message: 'Select at least one item first.' } });
    await ok(b.router.call('checklist.bulkUpdate', { items: items.map((i) => ({ itemId: i.id, version: i.version })), patch: { owner: 'Ana Souza' } }));
    const after = (await ok<ChecklistView>(b.router.call('checklist.get', { entryId: e.id }))).items;
    expect(after.every((i) => i.owner === 'Ana Souza')).toBe(true);
  });

  it('requires a written reason for not applicable, and a bulk change with one bad item changes nothing', async () => {
    const b = await backend();
    const e = await ok<Entry>(b.router.call('entries.create', brazil()));
    const items = (await ok<ChecklistView>(b.router.call('checklist.get', { entryId: e.id }))).items;
    const r = await b.router.call('checklist.updateItem', { itemId: items[0]!.id, version: items[0]!.version, patch: { status: 'not_applicable' } });
    expect(r).toMatchObject({ ok: false, error: { field: 'naReason' } });
    const missing = await b.router.call('checklist.bulkUpdate', { items: [{ itemId: items[0]!.id, version: 1 }, { itemId: '00000000-0000-4000-8000-000000000000', version: 1 }], patch: { status: 'blocked' } });
    expect(missing.ok).toBe(false);
    const after = (await ok<ChecklistView>(b.router.call('checklist.get', { entryId: e.id }))).items;
    expect(after.every((i) => i.status === 'todo')).toBe(true);
  });

  it('stores evidence files by SHA-256 and refuses one over the size limit', async () => {
    const b = await backend();
    const e = await ok<Entry>(b.router.call('entries.create', brazil()));
    const itemId = (await ok<ChecklistView>(b.router.call('checklist.get', { entryId: e.id }))).items[0]!.id;
    const ev = await ok<{ sha256: string; size: number; addedBy: string }>(
      b.router.call('evidence.addFile', { itemId, fileName: '../../ropa.csv', contentBase64: Buffer.from('register of processing').toString('base64') }),
    );
    expect(ev).toMatchObject({ size: 22, addedBy: 'tester', name: 'ropa.csv' });
    expect(fs.readFileSync(path.join(b.dataDir, 'evidence', ev.sha256.slice(0, 2), ev.sha256), 'utf8')).toBe('register of processing');
    const big = Buffer.alloc(25 * 1024 * 1024 + 1, 1).toString('base64');
    const r = await b.router.call('evidence.addFile', { itemId, fileName: 'scan.pdf', contentBase64: big });
    expect(r).toMatchObject({ ok: false, error: { field: 'file', message: expect.stringMatching(/scan\.pdf is 25\.0 MB; evidence files can be at most 25\.0 MB/) } });
    expect(countRows(b.dbFile, 'evidence')).toBe(1);
  });
});

describe('evidence input', () => {
  it('refuses file bytes that are not base64 with a sentence, and stores nothing', async () => {
    const b = await backend();
    const e = await ok<Entry>(b.router.call('entries.create', brazil()));
    const itemId = (await ok<ChecklistView>(b.router.call('checklist.get', { entryId: e.id }))).items[0]!.id;
    const r = await b.router.call('evidence.addFile', { itemId, fileName: 'scan.pdf', contentBase64: 'not base64!' });
    expect(r).toMatchObject({ ok: false, error: { field: 'contentBase64', message: expect.stringMatching(/did not arrive intact/) } });
    expect(countRows(b.dbFile, 'evidence')).toBe(0);
  });
});

describe('the portfolio summary', () => {
  it('keeps per-entry counts in step with item changes, including overdue items', async () => {
    const b = await backend();
    const e = await ok<Entry>(b.router.call('entries.create', brazil()));
    const items = (await ok<ChecklistView>(b.router.call('checklist.get', { entryId: e.id }))).items;
    await ok(b.router.call('checklist.updateItem', { itemId: items[0]!.id, version: 1, patch: { status: 'not_applicable', naReason: 'No such processing' } }));
    await ok(b.router.call('checklist.updateItem', { itemId: items[1]!.id, version: 1, patch: { status: 'blocked' } }));
    type Row = { entryId: string; applicable: number; open: number; blocked: number; overdue: number; readinessPercent: number };
    const [row] = await ok<Row[]>(b.router.call('portfolio.summary', { today: '2027-03-16' }));
    const due = items.slice(1).filter((i) => i.dueDate! < '2027-03-16').length;
    expect(row).toMatchObject({ entryId: e.id, applicable: 2, open: 2, blocked: 1, overdue: due, readinessPercent: 0 });
    await ok(b.router.call('entries.delete', { id: e.id }));
    expect(await ok<Row[]>(b.router.call('portfolio.summary', { today: '2027-03-16' }))).toEqual([]);
  });
});

describe('the library', () => {
  it('previews an import: a changed requirement lists exactly the items that pin it; applying is one transaction', async () => {
    const b = await backend();
    const e1 = await ok<Entry>(b.router.call('entries.create', brazil()));
    await ok<Entry>(b.router.call('entries.create', { ...brazil(), name: 'Brazil without data', profile: { ...brazil().profile, processesPersonalData: false } }));
    const items = (await ok<ChecklistView>(b.router.call('checklist.get', { entryId: e1.id }))).items;
    const pinned = items.find((i) => i.requirementId === 'test.br.privacy')!;

    const next = testPack({
      version: '1.1.0',
      requirements: [
        req('test.br.privacy', { summary: 'A changed summary: the duty now has a shorter deadline.' }),
        req('test.br.company', { category: 'company_registration', workstream: 'team_operations', appliesWhen: { field: 'entryMode', in: ['subsidiary', 'branch'] }, leadTimeDays: 20 }),
        req('test.br.new', { category: 'breach_notification' }),
      ],
    });
    const text = JSON.stringify(next);
    const diff = await ok<ImportDiff>(b.router.call('library.previewImport', { fileName: 'test-br.json', content: text }));
    expect(diff.fromVersion).toBe('1.0.0');
    expect(diff.changed).toEqual([{ id: 'test.br.privacy', title: 'Duty test.br.privacy', fields: ['summary'], touches: [{ entryId: e1.id, entryName: 'Brazil launch', itemId: pinned.id, itemStatus: 'todo' }] }]);
    expect(diff.removed.map((r) => r.id)).toEqual(['test.br.ai']);
    expect(diff.added.map((a) => [a.id, a.touches.map((t) => t.entryName)])).toEqual([['test.br.new', ['Brazil launch']]]);
    expect(diff.unchanged).toBe(1);

    await ok(b.router.call('library.applyImport', { fileName: 'test-br.json', content: text }));
    const after = (await ok<ChecklistView>(b.router.call('checklist.get', { entryId: e1.id }))).items;
    expect(after.find((i) => i.id === pinned.id)).toMatchObject({ requirementChanged: true });
    expect(after.find((i) => i.requirementId === 'test.br.ai')).toMatchObject({ requirementWithdrawn: true });
    expect(after.some((i) => i.requirementId === 'test.br.new')).toBe(true);
    const lib = await ok<LibraryView>(b.router.call('library.get', {}));
    expect(lib.packs.find((p) => p.id === 'test-br')).toMatchObject({ version: '1.1.0', origin: 'imported', requirementCount: 3 });
  });

  it.each([
    ['not JSON', '{"id": ', /^broken\.json: this is not valid JSON/],
    ['a duplicate id', JSON.stringify(testPack({ requirements: [req('test.br.x'), req('test.br.x')] })), /^broken\.json, requirement test\.br\.x: this id appears more than once/],
    ['an unknown country', JSON.stringify(testPack({ requirements: [req('test.br.x', { jurisdiction: ['QQ'] })] })), /^broken\.json, requirement test\.br\.x, field jurisdiction: "QQ" is neither/],
    ['an unknown profile field', JSON.stringify(testPack({ requirements: [req('test.br.x', { appliesWhen: { all: [{ field: 'shoeSize', is: true } as never] } })] })), /^broken\.json, requirement test\.br\.x, field appliesWhen\.all\.0\.field: the rule refers to "shoeSize"/],
    ['a broken field', JSON.stringify(testPack({ requirements: [req('test.br.x', { sourceUrl: 'ftp://x' })] })), /^broken\.json, requirement test\.br\.x, field sourceUrl: /],
    ['a missing pack field', JSON.stringify({ ...testPack(), version: undefined }), /^broken\.json, field version: /],
  ])('refuses a pack with %s, saying where, and imports nothing', async (_label, content, message) => {
    const b = await backend();
    const before = await ok<LibraryView>(b.router.call('library.get', {}));
    for (const m of ['library.previewImport', 'library.applyImport']) {
      const r = await b.router.call(m, { fileName: 'broken.json', content });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(message);
    }
    expect(await ok<LibraryView>(b.router.call('library.get', {}))).toEqual(before);
  });

  it('refuses a requirement of your own for an unknown country, and adds nothing', async () => {
    const b = await backend();
    const before = await ok<LibraryView>(b.router.call('library.get', {}));
    const r = await b.router.call('library.addCustom', req('custom.x', { jurisdiction: ['QQ'] }));
    expect(r).toMatchObject({ ok: false, error: { field: 'jurisdiction', message: expect.stringMatching(/"QQ" is neither/) } });
    expect(await ok<LibraryView>(b.router.call('library.get', {}))).toEqual(before);
  });

  it.each([
    ['a program manager', 'program_manager'],
    ['someone without a role', null],
  ] as const)('refuses importing a pack and adding a requirement for %s, saying roles are self-declared; previewing still works', async (_label, role) => {
    const b = await backend([testPack()], role);
    const before = await ok<LibraryView>(b.router.call('library.get', {}));
    const content = JSON.stringify(testPack({ version: '1.1.0', requirements: [req('test.br.new')] }));
    await ok(b.router.call('library.previewImport', { fileName: 'update.json', content }));
    expect(await b.router.call('library.applyImport', { fileName: 'update.json', content })).toEqual({
      ok: false,
      error: { code: 'invalid_input', field: 'role', message: 'Only Legal can import packs: switch your role in Settings. Roles are self-declared on this machine.' },
    });
    expect(await b.router.call('library.addCustom', req('custom.x'))).toEqual({
      ok: false,
      error: { code: 'invalid_input', field: 'role', message: 'Only Legal can add or edit requirements: switch your role in Settings. Roles are self-declared on this machine.' },
    });
    expect(await ok<LibraryView>(b.router.call('library.get', {}))).toEqual(before);
  });

  it('exports a pack that imports back unchanged', async () => {
    const b = await backend();
    const exported = await ok<{ fileName: string; content: string }>(b.router.call('library.exportPack', { packId: 'test-br' }));
    expect(exported.fileName).toBe('landfall-pack-test-br-1.0.0.json');
    const diff = await ok<ImportDiff>(b.router.call('library.previewImport', { fileName: exported.fileName, content: exported.content }));
    expect(diff).toMatchObject({ added: [], changed: [], removed: [], unchanged: 3 });
  });
});

describe('the shipped packs', () => {
  it('all load without problems', async () => {
    const problems: unknown[] = [];
    const b = await backends.start({ onInternalError: (e) => problems.push(e) });
    expect(problems).toEqual([]);
    const lib = await ok<LibraryView>(b.router.call('library.get', {}));
    const shipped = fs.readdirSync(path.resolve('resources/requirements')).filter((f) => f.endsWith('.json'));
    expect(lib.packs).toHaveLength(shipped.length);
  });
});

import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backendsForTests, countAudit, countRows, ok, tempDir, validEntry } from './helpers';
import type { Entry } from '../../shared/entry-schema';
import { sampleProfile } from '../fixtures/profile';

const backends = backendsForTests();
const backend = (dataDir = tempDir()) => backends.start({ dataDir, osUser: 'jdoe' });

describe('market entries', () => {
  it('creates an entry: one entry row and one audit row, target date start + 90 days', async () => {
    const b = await backend();
    const e = await ok<Entry>(b.router.call('entries.create', validEntry()));
    expect(e.targetDate).toBe('2027-05-30');
    expect(e.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(countRows(b.dbFile, 'entries')).toBe(1);
    expect(countAudit(b.dbFile, 'entry')).toBe(1);
    const history = await ok<{ action: string; actor: string; osUser: string }[]>(b.router.call('entries.history', { id: e.id }));
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: 'create', actor: 'jdoe', osUser: 'jdoe' });
  });

  it.each([
    ['an empty name', { name: '   ' }, 'name'],
    ['an unknown country code', { targetCountry: 'XZ' }, 'targetCountry'],
    ['an impossible start date', { startDate: '2026-02-30' }, 'startDate'],
    ['a target of 0 days', { targetDays: 0 }, 'targetDays'],
    ['a target of 1000 days', { targetDays: 1000 }, 'targetDays'],
    ['a description over the limit', { description: 'x'.repeat(20_001) }, 'description'],
    ['a region of another country', { targetSubdivision: 'FR-75' }, 'targetSubdivision'],
    ['a customer state of another country', { profile: sampleProfile({ customerRegions: ['DE-BY', 'US-CA'] }) }, 'profile.customerRegions'],
    ['a customer region that is no region', { profile: sampleProfile({ customerRegions: ['DE-ZZ'] }) }, 'profile.customerRegions'],
  ])('refuses %s, names the field, and writes nothing', async (_label, overrides, field) => {
    const b = await backend();
    const r = await b.router.call('entries.create', validEntry(overrides as never));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_input');
    expect(r.error.field).toBe(field);
    expect(r.error.message.length).toBeGreaterThan(5);
    expect(r.error.message).not.toMatch(/at .*\.ts:\d+/);
    expect(countRows(b.dbFile, 'entries')).toBe(0);
    expect(countAudit(b.dbFile, 'entry')).toBe(0);
  });

  it('rolls the entry back when its audit row cannot be written', async () => {
    const b = await backend();
    const side = new Database(b.dbFile);
    side.exec("CREATE TRIGGER fail_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit disk full'); END;");
    side.close();
    const r = await b.router.call('entries.create', validEntry());
    expect(r.ok).toBe(false);
    expect(countRows(b.dbFile, 'entries')).toBe(0);
  });

  it('edits, archives and restores an entry, keeping its status, with one audit row each', async () => {
    const b = await backend();
    const e = await ok<Entry>(b.router.call('entries.create', validEntry({ status: 'active' })));
    const { id: _id, targetDate: _t, archived: _a, createdAt: _c, updatedAt: _u, version: _v, ...fields } = e;
    const edited = await ok<Entry>(b.router.call('entries.update', { id: e.id, version: e.version, fields: { ...fields, startDate: '2027-04-01', targetDays: 120 } }));
    expect(edited.targetDate).toBe('2027-07-30');
    const archived = await ok<Entry>(b.router.call('entries.archive', { id: e.id }));
    expect(archived).toMatchObject({ archived: true, status: 'active' });
    expect(await ok<Entry[]>(b.router.call('entries.list', {}))).toHaveLength(0);
    expect(await ok<Entry[]>(b.router.call('entries.list', { includeArchived: true }))).toHaveLength(1);
    const restored = await ok<Entry>(b.router.call('entries.restore', { id: e.id }));
    expect(restored).toMatchObject({ archived: false, status: 'active' });
    expect(countAudit(b.dbFile, 'entry')).toBe(4);
  });

  it('undoes an archive with the version archiving returned, and refuses an undo the entry has moved past', async () => {
    const b = await backend();
    const e = await ok<Entry>(b.router.call('entries.create', validEntry({ status: 'active' })));
    const archived = await ok<Entry>(b.router.call('entries.archive', { id: e.id, version: e.version }));
    const undone = await ok<Entry>(b.router.call('entries.restore', { id: e.id, version: archived.version }));
    expect(undone).toMatchObject({ archived: false, status: 'active', version: archived.version + 1 });

    // Archived again, then edited elsewhere: the old Undo no longer applies and changes nothing.
    const again = await ok<Entry>(b.router.call('entries.archive', { id: e.id, version: undone.version }));
    const { id: _id, targetDate: _t, archived: _a, createdAt: _c, updatedAt: _u, version: _v, ...fields } = again;
    await ok(b.router.call('entries.update', { id: e.id, version: again.version, fields: { ...fields, name: 'Renamed elsewhere' } }));
    const stale = await b.router.call('entries.restore', { id: e.id, version: again.version });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', field: 'version', message: expect.stringMatching(/^Someone changed this entry at .* since you opened it/) } });
    expect(await ok<Entry>(b.router.call('entries.get', { id: e.id }))).toMatchObject({ archived: true, name: 'Renamed elsewhere' });
    expect(await b.router.call('entries.archive', { id: e.id, version: 1 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('deletes an entry but keeps its audit history', async () => {
    const b = await backend();
    const e = await ok<Entry>(b.router.call('entries.create', validEntry()));
    await ok(b.router.call('entries.delete', { id: e.id }));
    expect(countRows(b.dbFile, 'entries')).toBe(0);
    const history = await ok<{ action: string }[]>(b.router.call('entries.history', { id: e.id }));
    expect(history.map((h) => h.action)).toEqual(['delete', 'create']);
    const again = await b.router.call('entries.get', { id: e.id });
    expect(again).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('records the display name from Settings as the actor once one is set', async () => {
    const b = await backend();
    await ok(b.router.call('settings.update', { displayName: 'Ana Legal', role: 'legal' }));
    const e = await ok<Entry>(b.router.call('entries.create', validEntry()));
    const [row] = await ok<{ actor: string; osUser: string }[]>(b.router.call('entries.history', { id: e.id }));
    expect(row).toMatchObject({ actor: 'Ana Legal', osUser: 'jdoe' });
  });

  it('keeps everything across a restart', async () => {
    const dir = tempDir();
    const first = await backend(dir);
    const e = await ok<Entry>(first.router.call('entries.create', validEntry({ name: 'Brazil entry', targetCountry: 'BR' })));
    await ok(first.router.call('settings.update', { displayName: 'Dana', role: 'program_manager' }));
    backends.closeLast();
    const second = await backend(dir);
    expect(await ok<Entry>(second.router.call('entries.get', { id: e.id }))).toEqual(e);
    expect(await ok<{ displayName: string }>(second.router.call('settings.get', {}))).toMatchObject({ displayName: 'Dana', role: 'program_manager' });
  });

  it('lists the public holidays and weekend days inside a German window', async () => {
    const b = await backend();
    const e = await ok<Entry>(b.router.call('entries.create', validEntry({ startDate: '2027-03-01', targetDays: 90 })));
    const cal = await ok<{ holidays: { date: string; name: string }[]; businessDays: number; calendarDays: number; weekendDays: string[] }>(
      b.router.call('entries.calendar', { id: e.id }),
    );
    expect(cal.calendarDays).toBe(91);
    expect(cal.holidays.map((h) => h.date)).toEqual(expect.arrayContaining(['2027-03-26', '2027-03-29', '2027-05-01', '2027-05-06', '2027-05-17']));
    expect(cal.weekendDays).toHaveLength(26);
    const weekdayHolidays = cal.holidays.filter((h) => ![0, 6].includes(new Date(h.date + 'T00:00:00Z').getUTCDay())).length;
    expect(cal.businessDays).toBe(91 - 26 - weekdayHolidays);
  });

  it('says when a country has no holiday data rather than claiming none', async () => {
    const b = await backend();
    const e = await ok<Entry>(b.router.call('entries.create', validEntry({ targetCountry: 'AQ' })));
    const cal = await ok<{ holidays: unknown }>(b.router.call('entries.calendar', { id: e.id }));
    expect(cal.holidays).toBeNull();
  });
});

describe('the router', () => {
  it('answers an unknown method and a prototype name with not_found', async () => {
    const b = await backend();
    for (const m of ['entries.explode', 'constructor', '__proto__', 'toString']) {
      const r = await b.router.call(m, {});
      expect(r).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
  });

  it('never lets a stack trace out', async () => {
    const b = await backend();
    const r = await b.router.call('entries.get', { id: 'not-a-uuid' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'id' } });
    expect(JSON.stringify(r)).not.toMatch(/\.ts:\d+|node_modules/);
  });

  it('writes the database file where it was asked to', async () => {
    const dir = tempDir();
    const b = await backend(dir);
    expect(b.dbFile).toBe(path.join(dir, 'landfall.sqlite'));
  });
});

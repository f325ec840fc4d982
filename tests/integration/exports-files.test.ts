import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../shared/entry-schema';
import type { ExportFile } from '../../shared/export-schema';
import type { PlanView } from '../../shared/plan-schema';
import { backendsForTests, ok, tempDir, validEntry } from './helpers';

const backends = backendsForTests();

async function start() {
  const b = await backends.start();
  const create = (name: string) => ok<Entry>(b.router.call('entries.create', validEntry({ name, startDate: '2027-03-01' })));
  const exportAs = async (entryId: string, format: string, extra: Record<string, unknown> = {}) => {
    const f = await ok<ExportFile>(b.router.call('export.timeline', { entryId, format, ...extra }));
    const file = path.join(tempDir('landfall-export-'), f.fileName);
    fs.writeFileSync(file, Buffer.from(f.contentBase64, 'base64'));
    return { ...f, file, bytes: fs.readFileSync(file) };
  };
  return { b, create, exportAs };
}

const GERMAN = 'Prüfung: Köln, Düsseldorf; Ablage C:\\Verträge — Übergabe der Geschäftsräume an die Behörde';

describe('ICS that strict calendar readers accept', () => {
  it('folds every line at 75 octets, escapes TEXT and parses strictly with ical.js', async () => {
    const { create, exportAs } = await start();
    const entry = await create(GERMAN);
    const ics = await exportAs(entry.id, 'ics', { includeTaskFinishes: true });
    const text = ics.bytes.toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // CRLF only
    const lines = text.split('\r\n').slice(0, -1);
    const longest = Math.max(...lines.map((l) => Buffer.byteLength(l, 'utf8')));
    expect(longest).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true); // the long German lines were folded

    // X-WR-CALNAME is TEXT (RFC 5545 §3.8.8.2: the default type of an x-prop); tell ical.js so it unescapes it.
    (ICAL.design.icalendar.property as Record<string, unknown>)['x-wr-calname'] = { defaultType: 'text' };
    const cal = new ICAL.Component(ICAL.parse(text));
    expect(cal.name).toBe('vcalendar');
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toBeTruthy();
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe(`${GERMAN} readiness`);
    const events = cal.getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(5);
    for (const ev of events) {
      for (const p of ['uid', 'dtstamp', 'dtstart', 'dtend', 'summary', 'sequence']) expect(ev.hasProperty(p), p).toBe(true);
      const e = new ICAL.Event(ev);
      expect(e.startDate.isDate).toBe(true);
      expect(e.summary.startsWith(`${GERMAN}: `)).toBe(true);
      expect(ev.getFirstPropertyValue('sequence')).toBeLessThan(2 ** 31);
    }
  });

  it('gives a later export a higher SEQUENCE for the same UIDs', async () => {
    let now = new Date('2033-05-18T03:33:00Z');
    const b = await backends.start({ now: () => now });
    const entry = await ok<Entry>(b.router.call('entries.create', validEntry({ startDate: '2033-06-01' })));
    const seqs = async () => {
      const f = await ok<ExportFile>(b.router.call('export.timeline', { entryId: entry.id, format: 'ics' }));
      const cal = new ICAL.Component(ICAL.parse(Buffer.from(f.contentBase64, 'base64').toString('utf8')));
      return new Map(cal.getAllSubcomponents('vevent').map((e) => [String(e.getFirstPropertyValue('uid')), Number(e.getFirstPropertyValue('sequence'))]));
    };
    const before = await seqs();
    now = new Date('2033-05-18T03:34:00Z'); // just past the second the old formula wrapped at
    const after = await seqs();
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [uid, s] of after) expect(s).toBeGreaterThan(before.get(uid)!);
  });
});

describe('XLSX for printing and for project tools', () => {
  it('prints landscape, one page wide, header row repeated; shows remaining work and links by ID', async () => {
    const { b, create, exportAs } = await start();
    const entry = await create('Germany launch');
    let plan = await ok<PlanView>(b.router.call('plan.get', { entryId: entry.id }));
    const task = plan.tasks.find((t) => t.durationDays > 0 && !t.isReadiness)!;
    plan = await ok<PlanView>(b.router.call('plan.updateTask', { taskId: task.id, version: task.version, patch: { durationDays: 13, percentComplete: 40 } }));
    const x = await exportAs(entry.id, 'xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.bytes as unknown as ArrayBuffer);
    for (const name of ['Tasks', 'Milestones']) {
      const sheet = wb.getWorksheet(name)!;
      expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    }
    const sheet = wb.getWorksheet('Tasks')!;
    const headers = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    const col = (h: string) => headers.indexOf(h);
    const rows = [...Array(sheet.rowCount - 1).keys()].map((i) => sheet.getRow(i + 2));
    const row = rows.find((r) => r.getCell(col('Task id')).value === task.id)!;
    expect(row.getCell(col('Duration (business days)')).value).toBe(13);
    expect(row.getCell(col('Percent complete')).value).toBe(0.4);
    expect(row.getCell(col('Remaining (working days)')).value).toBe(8);

    // Rebuild every link from the ID columns alone, as a project tool would.
    const ms = wb.getWorksheet('Milestones')!;
    const mHeaders = (ms.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    const byRow = new Map<number, string>();
    const linksById: string[] = [];
    const collect = (s: ExcelJS.Worksheet, h: string[]) => {
      for (let r = 2; r <= s.rowCount; r++) {
        const x2 = s.getRow(r);
        byRow.set(Number(x2.getCell(h.indexOf('ID')).value), String(x2.getCell(h.indexOf('Task id')).value));
      }
    };
    collect(sheet, headers);
    collect(ms, mHeaders);
    const read = (s: ExcelJS.Worksheet, h: string[]) => {
      for (let r = 2; r <= s.rowCount; r++) {
        const x2 = s.getRow(r);
        const succ = String(x2.getCell(h.indexOf('Task id')).value);
        for (const token of String(x2.getCell(h.indexOf('Predecessor IDs')).value ?? '').split(';').filter(Boolean)) {
          const m = /^(\d+)(FS|SS|FF)([+-]\d+d)?$/.exec(token)!;
          expect(m, token).not.toBeNull();
          linksById.push(`${byRow.get(Number(m[1]))}>${succ} ${m[2]} ${m[3] ? parseInt(m[3], 10) : 0}`);
        }
      }
    };
    read(sheet, headers);
    read(ms, mHeaders);
    expect(linksById.sort()).toEqual(plan.dependencies.map((d) => `${d.predecessorId}>${d.successorId} ${d.type} ${d.lagDays}`).sort());
  });
});

describe('export file names', () => {
  it('keeps the letters of every script and never gives two entries the same name', async () => {
    const { create, exportAs } = await start();
    const names = ['日本進出', '中国市场进入', 'التوسع في السعودية', 'כניסה לישראל', 'भारत विस्तार', 'ขยายสู่ประเทศไทย', 'Germany launch', 'Germany launch', 'GERMANY: launch!', '★★★'];
    const files: string[] = [];
    const entries: Entry[] = [];
    for (const n of names) entries.push(await create(n));
    for (const e of entries) files.push((await exportAs(e.id, 'csv')).fileName);
    expect(new Set(files).size).toBe(files.length);
    expect(files[0]).toMatch(/^landfall-日本進出-timeline-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(files[2]).toMatch(/^landfall-التوسع-في-السعودية-timeline-/);
    expect(files[4]).toMatch(/^landfall-भारत-विस्तार-timeline-/);
    expect(files[6]).toMatch(/^landfall-germany-launch-[0-9a-f]{8}-timeline-/);
    expect(files[9]).toMatch(/^landfall-entry-[0-9a-f]{8}-timeline-/);
    // eslint-disable-next-line no-control-regex
    for (const f of files) expect(f).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/);
  });
});

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../shared/entry-schema';
import type { ExportFile } from '../../shared/export-schema';
import type { PlanView } from '../../shared/plan-schema';
import { backendsForTests, ok, tempDir, validEntry } from './helpers';

const backends = backendsForTests();

async function setup(name = 'Запуск в Ελλάδα — Germany launch') {
  const b = await backends.start();
  const entry = await ok<Entry>(b.router.call('entries.create', validEntry({ name, startDate: '2027-03-01' })));
  const plan = await ok<PlanView>(b.router.call('plan.get', { entryId: entry.id }));
  const exportAs = async (format: string, extra: Record<string, unknown> = {}) => {
    const f = await ok<ExportFile>(b.router.call('export.timeline', { entryId: entry.id, format, ...extra }));
    const dir = tempDir('landfall-export-');
    const file = path.join(dir, f.fileName);
    fs.writeFileSync(file, Buffer.from(f.contentBase64, 'base64'));
    return { ...f, file, dir, bytes: fs.readFileSync(file) };
  };
  return { b, entry, plan, exportAs };
}

/** A small RFC 4180 reader, enough to read our own CSV back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (c !== '\r') cell += c;
  }
  return rows;
}

/** A sheet's columns by header text (1-based numbers, as exceljs counts). */
function columnsOf(sheet: ExcelJS.Worksheet): (header: string) => number {
  const headers = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  return (header) => {
    const i = headers.indexOf(header);
    if (i < 1) throw new Error(`no column "${header}" in ${sheet.name}: ${headers.join(' | ')}`);
    return i;
  };
}

function icsEvents(text: string) {
  return text
    .split('BEGIN:VEVENT')
    .slice(1)
    .map((block) => {
      const unfolded = block.replace(/\r\n[ \t]/g, '');
      const get = (k: string) => new RegExp(`^${k}[^:\\r\\n]*:(.*)$`, 'm').exec(unfolded)?.[1]?.trim();
      return { uid: get('UID'), start: get('DTSTART'), end: get('DTEND'), summary: get('SUMMARY') };
    });
}

describe('timeline exports', () => {
  it('writes a PDF whose every page renders and whose first page names the entry and the forecast date', async () => {
    const { plan, exportAs } = await setup();
    const pdf = await exportAs('pdf', { pageSize: 'A4' });
    expect(pdf.fileName).toMatch(/^landfall-запуск-в-ελλάδα-germany-launch-timeline-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const info = execFileSync('pdfinfo', [pdf.file]).toString();
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(2); // a 90-day window does not fit one A4 page at day scale: it tiles
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28/);
    execFileSync('pdftoppm', ['-r', '40', '-png', pdf.file, path.join(pdf.dir, 'page')]);
    expect(fs.readdirSync(pdf.dir).filter((f) => f.endsWith('.png'))).toHaveLength(pages);
    const text = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf.file, '-']).toString();
    expect(text).toContain('Запуск в Ελλάδα — Germany launch');
    const forecast = new Date(`${plan.forecastFinish}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    expect(text).toContain(`Forecast: ${forecast}`);
    expect(text).toContain('Page 1 of');
    const a3 = await exportAs('pdf', { pageSize: 'A3' });
    expect(execFileSync('pdfinfo', [a3.file]).toString()).toMatch(/Page size:\s+1190\.55 x 841\.89/);
  });

  it('prints the sign-off ledger head hash and key fingerprint once sign-offs exist (PDF footer, XLSX About sheet)', async () => {
    const { b, entry, exportAs } = await setup('Ledger test');
    const items = (await ok<{ items: { id: string }[] }>(b.router.call('checklist.get', { entryId: entry.id }))).items;
    await ok(b.router.call('settings.update', { displayName: 'Ana', role: 'legal' }));
    await ok(b.router.call('checklist.updateItem', { itemId: items[0]!.id, version: 1, patch: { status: 'in_review' } }));
    const record = await ok<{ hash: string }>(b.router.call('review.decide', { itemId: items[0]!.id, decision: 'approve', comment: 'Checked' }));
    const pdf = await exportAs('pdf');
    const text = execFileSync('pdftotext', ['-layout', pdf.file, '-']).toString().replace(/\s+/g, ' ');
    const key = (await ok<{ key: { fingerprint: string } }>(b.router.call('review.verify', {}))).key.fingerprint;
    expect(text).toContain(`Sign-off ledger head: ${record.hash} · key ${key}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportAs('xlsx')).bytes as unknown as ArrayBuffer);
    const about = new Map<string, unknown>();
    wb.getWorksheet('About')!.eachRow((row) => about.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(about.get('Sign-off ledger head hash')).toBe(record.hash);
    expect(about.get('Sign-off ledger key fingerprint')).toBe(key);
  });

  it('writes an XLSX that reads back with the same tasks, real dates and dependencies', async () => {
    const { plan, exportAs } = await setup();
    const x = await exportAs('xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.bytes as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Tasks')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const col = columnsOf(sheet);
    expect(sheet.getColumn(col('Task')).width).toBeGreaterThan(20);
    const tasks = plan.tasks.filter((t) => t.durationDays > 0);
    expect(sheet.rowCount - 1).toBe(tasks.length);
    const titles = new Map(plan.tasks.map((t) => [t.id, t.title]));
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const task = tasks.find((t) => t.title === row.getCell(col('Task')).value)!;
      expect(task).toBeDefined();
      expect(row.getCell(col('Task id')).value).toBe(task.id);
      expect(row.getCell(col('Start')).value).toBeInstanceOf(Date);
      expect((row.getCell(col('Start')).value as Date).toISOString().slice(0, 10)).toBe(task.schedule.earlyStart);
      expect((row.getCell(col('Finish')).value as Date).toISOString().slice(0, 10)).toBe(task.schedule.earlyFinish);
      expect(row.getCell(col('Remaining (working days)')).value).toBe(task.schedule.remainingDays);
      const preds = plan.dependencies.filter((d) => d.successorId === task.id).map((d) => titles.get(d.predecessorId)!);
      for (const p of preds) expect(String(row.getCell(col('Predecessors')).value ?? '')).toContain(p);
    }
    const ms = wb.getWorksheet('Milestones')!;
    const mcol = columnsOf(ms);
    expect(ms.getRow(2).getCell(mcol('Milestone')).value).toBe('Operational readiness');
    expect((ms.getRow(2).getCell(mcol('Date')).value as Date).toISOString().slice(0, 10)).toBe(plan.forecastFinish);
  });

  it('writes an ICS whose milestones parse back on the right dates with stable UIDs', async () => {
    const { plan, exportAs } = await setup();
    const first = icsEvents((await exportAs('ics')).bytes.toString('utf8'));
    const milestones = plan.tasks.filter((t) => t.durationDays === 0);
    expect(first).toHaveLength(milestones.length);
    const readiness = milestones.find((m) => m.isReadiness)!;
    const ev = first.find((e) => e.uid === `${readiness.id}@landfall`)!;
    expect(ev.start).toBe(plan.forecastFinish.replace(/-/g, ''));
    const withTasks = icsEvents((await exportAs('ics', { includeTaskFinishes: true })).bytes.toString('utf8'));
    expect(withTasks).toHaveLength(plan.tasks.length);
    const again = icsEvents((await exportAs('ics')).bytes.toString('utf8'));
    expect(again.map((e) => e.uid).sort()).toEqual(first.map((e) => e.uid).sort());
  });

  it('writes a CSV that round-trips: UTF-8, a header row, dates as YYYY-MM-DD', async () => {
    const { plan, exportAs } = await setup();
    const csv = await exportAs('csv');
    expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = parseCsv(csv.bytes.toString('utf8').slice(1));
    expect(rows[0]![0]).toBe('Task');
    expect(rows).toHaveLength(plan.tasks.length + 1);
    for (const t of plan.tasks) {
      const row = rows.find((r) => r[0] === t.title)!;
      expect(row[5]).toBe(t.schedule.earlyStart);
      expect(row[6]).toBe(t.schedule.earlyFinish);
      expect(row[3]).toBe(String(t.durationDays));
    }
  });

  it('exports an empty plan as valid files that say so, with a safe file name', async () => {
    const { b, plan, exportAs } = await setup('Q3: "Brazil/Argentina" <launch>?');
    for (const t of plan.tasks.filter((x) => !x.isReadiness)) await ok(b.router.call('plan.deleteTask', { taskId: t.id }));
    const pdf = await exportAs('pdf');
    expect(pdf.fileName).toMatch(/^landfall-q3-brazil-argentina-launch-timeline-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(execFileSync('pdftotext', [pdf.file, '-']).toString()).toContain('This plan is empty');
    for (const format of ['xlsx', 'csv', 'ics']) {
      const f = await exportAs(format);
      expect(f.bytes.length).toBeGreaterThan(20);
    }
  });
});

/**
 * Efficiency comparisons through the real router and a real SQLite file: measurements by
 * hand and by import (CSV and XLSX), the index recomputed by hand, version checks, located
 * import errors that import nothing, the leadership figures, and both exports.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/index';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import { backendsForTests, countRows, ok, tempDir, validEntry } from './helpers';
import { pageTexts, squeeze } from './pdf-pages';

const backends = backendsForTests();

async function call<M extends MethodName>(b: Backend, m: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  return ok<MethodOutput<M>>(b.router.call(m, input));
}

async function refused(b: Backend, m: MethodName, input: unknown) {
  const r = await b.router.call(m, input);
  if (r.ok) throw new Error(`${m} should have been refused`);
  return r.error;
}

const month = (metricId: string, market: string, value: number, m = '01', extra: Record<string, unknown> = {}) => ({
  metricId,
  market,
  periodStart: `2027-${m}-01`,
  periodEnd: `2027-${m}-${m === '02' ? '28' : m === '04' ? '30' : '31'}`,
  value,
  ...extra,
});

const csv = (lines: string[]) => ({ contentBase64: Buffer.from(lines.join('\r\n'), 'utf8').toString('base64') });

async function germany() {
  const b = await backends.start();
  const entry = await call(b, 'entries.create', validEntry());
  return { b, entry };
}

describe('efficiency: metrics and measurements', () => {
  it('ships the ten default metrics into the database, editable with a version check', async () => {
    const { b } = await germany();
    const metrics = await call(b, 'efficiency.metrics', {});
    expect(metrics.map((m) => m.id)).toEqual([
      'cost_per_transaction',
      'tickets_per_agent_day',
      'first_response_time',
      'incident_time_to_resolve',
      'uptime',
      'deployment_lead_time',
      'change_failure_rate',
      'onboarding_time',
      'csat',
      'nps',
    ]);
    const uptime = metrics.find((m) => m.id === 'uptime')!;
    const { id: _id, origin: _o, catalogueVersion: _c, version, updatedAt: _u, ...fields } = uptime;
    const edited = await call(b, 'efficiency.updateMetric', { id: 'uptime', version, fields: { ...fields, weight: 3 } });
    expect(edited).toMatchObject({ weight: 3, version: 2 });
    const stale = await refused(b, 'efficiency.updateMetric', { id: 'uptime', version, fields: { ...fields, weight: 5 } });
    expect(stale).toMatchObject({ code: 'conflict', message: expect.stringMatching(/^Someone changed this metric at \d\d:\d\d since you opened it; your changes are kept in the form — reload to see theirs\.$/) });
    const added = await call(b, 'efficiency.addMetric', { name: 'Refund time', unit: 'days', direction: 'lower_is_better', weight: 1, aggregation: 'mean', money: false, currency: null, satisfaction: false, description: '' });
    expect(added).toMatchObject({ id: 'refund_time', origin: 'custom', version: 1 });
  });

  it('computes the index as recomputed by hand, with the inputs of every figure', async () => {
    const { b, entry } = await germany();
    await call(b, 'efficiency.addMeasurement', month('first_response_time', 'US', 4));
    await call(b, 'efficiency.addMeasurement', month('first_response_time', entry.id, 5));
    await call(b, 'efficiency.addMeasurement', month('tickets_per_agent_day', 'US', 40));
    await call(b, 'efficiency.addMeasurement', month('tickets_per_agent_day', entry.id, 30));
    await call(b, 'efficiency.addMeasurement', month('uptime', entry.id, 99.5));
    const view = await call(b, 'efficiency.entryView', { entryId: entry.id });
    // first response: home 4 ÷ market 5 = 80 %; tickets: market 30 ÷ home 40 = 75 %; both weight 1.
    expect(view.index.percent).toBeCloseTo((80 + 75) / 2, 10);
    const row = (id: string) => view.rows.find((r) => r.metricId === id)!;
    expect(row('first_response_time').figure).toBe('80 % = home 4 h ÷ market 5 h, Jan 2027');
    expect(row('tickets_per_agent_day').figure).toBe('75 % = market 30 tickets ÷ home 40 tickets, Jan 2027');
    expect(row('uptime')).toMatchObject({ percent: null, figure: 'Uptime: no baseline' });
    expect(view.index.missing).toContain('uptime');
    expect(view.index.used).toEqual(['tickets_per_agent_day', 'first_response_time']);
    expect(view.targets).toEqual({ index: 85, satisfaction: 90 });
  });

  it('refuses an overlapping period, a money value without currency and a stale edit, changing nothing', async () => {
    const { b, entry } = await germany();
    const first = await call(b, 'efficiency.addMeasurement', month('uptime', entry.id, 99.5));
    const overlap = await refused(b, 'efficiency.addMeasurement', { ...month('uptime', entry.id, 98), periodStart: '2027-01-15', periodEnd: '2027-02-14' });
    expect(overlap).toMatchObject({ code: 'conflict', field: 'periodStart', message: 'Period start: 15 Jan – 14 Feb 2027 overlaps the Uptime measurement of Jan 2027 for this market; change the dates or edit that one.' });
    const money = await refused(b, 'efficiency.addMeasurement', month('cost_per_transaction', entry.id, 3.2));
    expect(money).toMatchObject({ field: 'currency', message: expect.stringContaining('Cost per transaction is money') });
    const backwards = await refused(b, 'efficiency.addMeasurement', { ...month('uptime', 'US', 99), periodStart: '2027-03-31', periodEnd: '2027-03-01' });
    expect(backwards).toMatchObject({ field: 'periodEnd', message: expect.stringContaining('Period end must be on or after the period start') });

    const edited = await call(b, 'efficiency.updateMeasurement', { id: first.id, version: 1, fields: month('uptime', entry.id, 99.7) });
    expect(edited).toMatchObject({ value: 99.7, version: 2, recordedBy: 'tester' });
    const stale = await refused(b, 'efficiency.updateMeasurement', { id: first.id, version: 1, fields: month('uptime', entry.id, 90) });
    expect(stale.code).toBe('conflict');
    expect(stale.message).toMatch(/^Someone changed this measurement at \d\d:\d\d since you opened it; your changes are kept in the form — reload to see theirs\.$/);
    expect(await refused(b, 'efficiency.deleteMeasurement', { id: first.id, version: 1 })).toMatchObject({ code: 'conflict' });
    expect((await call(b, 'efficiency.measurements', { market: entry.id })).map((m) => m.value)).toEqual([99.7]);
    await call(b, 'efficiency.deleteMeasurement', { id: first.id, version: 2 });
    expect(await call(b, 'efficiency.measurements', { market: entry.id })).toEqual([]);
  });
});

describe('efficiency: import', () => {
  it('names every problem by row and column and imports nothing while there is one', async () => {
    const { b, entry } = await germany();
    await call(b, 'efficiency.addMeasurement', month('uptime', entry.id, 99.5));
    const file = {
      entryId: entry.id,
      fileName: 'bi-export.csv',
      ...csv([
        'metric,market,period_start,period_end,value,source',
        'first_response_time,home,2027-01-01,2027-01-31,4,BI',
        'Time to coffee,market,2027-01-01,2027-01-31,4,BI',
        'first_response_time,market,2027-01-01,2027-02-30,5,BI',
        'tickets_per_agent_day,market,2027-01-01,2027-01-31,"30,5",BI',
        'uptime,DE,2027-01-10,2027-01-20,99,BI',
      ]),
    };
    const preview = await call(b, 'efficiency.previewImport', file);
    expect(preview.errors).toEqual([
      { row: 3, column: 'metric', message: 'Row 3, metric (column A): “Time to coffee” is not a metric in the catalogue' },
      { row: 4, column: 'period_end', message: 'Row 4, period_end (column D): “2027-02-30” is not a date; use YYYY-MM-DD' },
      { row: 5, column: 'value', message: 'Row 5, value (column E): “30,5” is not a number (use a point for decimals, no thousands separators)' },
      { row: 6, column: 'period_start', message: `Row 6, period_start (column C): 10 Jan – 20 Jan 2027 overlaps the Uptime measurement already recorded for ${entry.name} (Jan 2027)` },
    ]);
    expect(preview.measurements).toHaveLength(1);
    const before = countRows(b.dbFile, 'efficiency_measurements');
    const applied = await refused(b, 'efficiency.applyImport', file);
    expect(applied).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/^bi-export\.csv has 4 problems, so nothing was imported\. Row 3, metric/) });
    expect(countRows(b.dbFile, 'efficiency_measurements')).toBe(before);
  });

  it('an imported CSV changes the index exactly as recomputed by hand, and the trend follows', async () => {
    const { b, entry } = await germany();
    await call(b, 'efficiency.addMeasurement', month('first_response_time', 'US', 4));
    await call(b, 'efficiency.addMeasurement', month('first_response_time', entry.id, 5));
    expect((await call(b, 'efficiency.entryView', { entryId: entry.id })).index.percent).toBeCloseTo(80, 10);
    const file = {
      entryId: entry.id,
      fileName: 'february.csv',
      ...csv([
        'Metric;Market;Period start;Period end;Value;Currency',
        'First-response time;home;2027-02-01;2027-02-28;4;',
        'first_response_time;DE;2027-02-01;2027-02-28;4.4;',
        'cost_per_transaction;US;2027-02-01;2027-02-28;2;USD',
        'cost_per_transaction;market;2027-02-01;2027-02-28;2.5;USD',
        'csat;market;2027-02-01;2027-02-28;91;',
      ]),
    };
    const preview = await call(b, 'efficiency.previewImport', file);
    expect(preview.errors).toEqual([]);
    expect(preview.measurements.map((m) => [m.row, m.metricId, m.marketLabel, m.value])).toEqual([
      [2, 'first_response_time', 'Home (US)', 4],
      [3, 'first_response_time', 'Germany launch', 4.4],
      [4, 'cost_per_transaction', 'Home (US)', 2],
      [5, 'cost_per_transaction', 'Germany launch', 2.5],
      [6, 'csat', 'Germany launch', 91],
    ]);
    await call(b, 'efficiency.applyImport', file);
    const view = await call(b, 'efficiency.entryView', { entryId: entry.id });
    // February: first response 4 ÷ 4.4 (weight 1), cost per transaction 2 ÷ 2.5 (weight 2).
    const byHand = ((1 * 4) / 4.4 + (2 * 2) / 2.5) / 3;
    expect(view.index.percent).toBeCloseTo(byHand * 100, 10);
    expect(view.indexTrend.map((p) => [p.periodEnd, p.percent === null ? null : Math.round(p.percent * 1000) / 1000])).toEqual([
      ['2027-01-31', 80],
      ['2027-02-28', Math.round(byHand * 100_000) / 1000],
    ]);
    expect(view.satisfaction).toMatchObject({ metricId: 'csat', percent: 91, periodEnd: '2027-02-28' });
    const figures = await leadership(b);
    expect(figures.get(entry.id)).toEqual({ index: expect.closeTo(byHand, 10), satisfaction: 91, metricsUsed: 2 });
  });

  it('reads an XLSX with real date cells the same way', async () => {
    const { b, entry } = await germany();
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('BI');
    sheet.addRow(['metric', 'market', 'period_start', 'period_end', 'value']);
    sheet.addRow(['uptime', 'home', new Date('2027-03-01T00:00:00Z'), new Date('2027-03-31T00:00:00Z'), 99.9]);
    sheet.addRow(['uptime', 'market', new Date('2027-03-01T00:00:00Z'), new Date('2027-03-31T00:00:00Z'), 98.9]);
    sheet.addRow(['uptime', 'market', 'soon', new Date('2027-04-30T00:00:00Z'), 'n/a']);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const input = { entryId: entry.id, fileName: 'bi.xlsx', contentBase64: bytes.toString('base64') };
    const preview = await call(b, 'efficiency.previewImport', input);
    expect(preview.errors.map((e) => e.message)).toEqual(['Row 4, period_start (column C): “soon” is not a date; use YYYY-MM-DD', 'Row 4, value (column E): “n/a” is not a number (use a point for decimals, no thousands separators)']);
    sheet.spliceRows(4, 1);
    const fixed = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    await call(b, 'efficiency.applyImport', { ...input, contentBase64: fixed });
    const view = await call(b, 'efficiency.entryView', { entryId: entry.id });
    expect(view.rows.find((r) => r.metricId === 'uptime')!.percent).toBeCloseTo((98.9 / 99.9) * 100, 10);
  });
});

/** The leadership figures, straight from the services (no contract method: the leadership pack reads them in the backend). */
async function leadership(b: Backend) {
  const { createServices } = await import('../../electron/backend/wiring');
  const Database = (await import('better-sqlite3')).default;
  const db = new Database(b.dbFile);
  try {
    const services = createServices(db, { dataDir: b.dataDir, resourcesDir: path.resolve('resources'), onProblem: () => {}, osUser: 'tester' });
    return services.efficiency.portfolioFigures();
  } finally {
    db.close();
  }
}

describe('efficiency: comparison and exports', () => {
  async function twoMarkets() {
    const b = await backends.start();
    const de = await call(b, 'entries.create', validEntry({ startDate: '2027-01-01' }));
    const fr = await call(b, 'entries.create', validEntry({ name: 'France launch', targetCountry: 'FR', startDate: '2027-02-01' }));
    for (const [m, home, d, f] of [
      ['01', 4, 5, null],
      ['02', 4, 4.5, 4.8],
      ['03', 4, 4.2, 4.4],
    ] as const) {
      await call(b, 'efficiency.addMeasurement', month('first_response_time', 'US', home, m));
      await call(b, 'efficiency.addMeasurement', month('first_response_time', de.id, d, m));
      if (f !== null) await call(b, 'efficiency.addMeasurement', month('first_response_time', fr.id, f, m));
    }
    return { b, de, fr };
  }

  it('ranks markets on the index and shows each trend since its start', async () => {
    const { b } = await twoMarkets();
    const view = await call(b, 'efficiency.comparison', { metricId: null });
    expect(view.markets.map((m) => [m.entryName, Math.round(m.percent! * 10) / 10])).toEqual([
      ['Germany launch', 95.2],
      ['France launch', 90.9],
    ]);
    expect(view.trend.xLabels).toEqual(['Month 1', 'Month 2', 'Month 3']);
    expect(view.trend.series.find((s) => s.name === 'France launch')!.points.map((p) => p.x)).toEqual(['Month 1', 'Month 2']);
    expect(view).toMatchObject({ target: 85, targetLabel: 'Target 85 %' });
  });

  it('exports the comparison as XLSX with real numbers and dates, one sheet per view', async () => {
    const { b } = await twoMarkets();
    const file = await call(b, 'export.efficiency', { format: 'xlsx', metricId: null });
    expect(file.fileName).toBe('landfall-efficiency-2027-02-15.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Index', 'First-response time', 'Customer satisfaction (CSAT)', 'Trend', 'Measurements', 'About']));
    const index = wb.getWorksheet('Index')!;
    expect(index.getRow(2).getCell(2).value).toBe('Germany launch');
    expect(index.getRow(2).getCell(6).value).toBeCloseTo(0.952, 3);
    expect(index.getRow(2).getCell(5).value).toEqual(new Date('2027-01-01T00:00:00Z'));
    const ms = wb.getWorksheet('Measurements')!;
    expect(ms.getRow(2).getCell(5).value).toBeInstanceOf(Date);
    expect(typeof ms.getRow(2).getCell(7).value).toBe('number');
  });

  it('draws the PDF page with its charts: it renders, and axis labels and the target line label are text', async () => {
    const { b } = await twoMarkets();
    const file = await call(b, 'export.efficiency', { format: 'pdf', metricId: null });
    const dir = tempDir('landfall-eff-pdf-');
    const pdf = path.join(dir, file.fileName);
    fs.writeFileSync(pdf, Buffer.from(file.contentBase64, 'base64'));
    const [text] = pageTexts(pdf).map(squeeze);
    expect(pageTexts(pdf)).toHaveLength(1);
    expect(text).toContain('Efficiency vs home — Efficiency index vs home');
    expect(text).toContain('Target 85 %');
    expect(text).toContain('Month 1');
    expect(text).toContain('Month 3');
    expect(text).toContain('100 %');
    expect(text).toContain('Germany launch');
    expect(text).toContain('95.2 % = Σ(weight × ratio)');
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(dir, 'page')]);
    const png = fs.readdirSync(dir).find((f) => f.endsWith('.png'))!;
    expect(fs.statSync(path.join(dir, png)).size).toBeGreaterThan(10_000);
    if (process.env.EFFICIENCY_PDF_OUT) fs.copyFileSync(pdf, process.env.EFFICIENCY_PDF_OUT);
  });
});

/**
 * Leadership's portfolio on a real SQLite file: the dashboard's figures follow approvals and
 * plan slips, targets refuse out-of-range values, snapshots are kept monthly and on demand,
 * and the leadership pack's PDF, XLSX and ICS carry the dashboard's figures.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { ChecklistView } from '../../shared/checklist-schema';
import type { Entry } from '../../shared/entry-schema';
import type { ExportFile } from '../../shared/export-schema';
import type { PlanView } from '../../shared/plan-schema';
import type { Dashboard, SnapshotSummary } from '../../shared/portfolio-schema';
import { dayOfWeek } from '../../shared/domain/iso-date';
import { backendsForTests, ok, tempDir, validEntry } from './helpers';
import { pageCount, pageTexts, squeeze } from './pdf-pages';
import { riskInput } from '../fixtures/risk';

const backends = backendsForTests();

/** A library requirement that applies by the tests' today (duties that apply later count in neither readiness nor compliance). */
const inForce = (i: ChecklistView['items'][number]) => i.requirementId !== null && (i.appliesFrom === null || i.appliesFrom <= '2027-02-15');
const SAMPLES = process.env.LANDFALL_PDF_SAMPLES;

async function setup() {
  let now = new Date('2027-02-15T10:00:00Z');
  const b = await backends.start({ now: () => now });
  const call = <T>(method: string, input: unknown) => ok<T>(b.router.call(method as never, input as never));
  await call('settings.update', { displayName: 'Ana Legal', role: 'legal' });
  const create = (name: string, country: string, startDate = '2027-02-15') => call<Entry>('entries.create', validEntry({ name, targetCountry: country, startDate }));
  const dashboard = (asOf = '2027-02-15') => call<Dashboard>('portfolio.dashboard', { asOf });
  const row = async (id: string, asOf?: string) => (await dashboard(asOf)).markets.find((m) => m.entryId === id)!;
  const plan = (entryId: string) => call<PlanView>('plan.get', { entryId, baselineId: null });
  const items = async (entryId: string) => (await call<ChecklistView>('checklist.get', { entryId })).items;
  return { b, call, create, dashboard, row, plan, items, setNow: (iso: string) => (now = new Date(iso)) };
}

describe('the portfolio dashboard', () => {
  it('counts an approval into compliance and turns health late when a critical-path task slips past the target', async () => {
    const { call, create, row, plan, items, dashboard } = await setup();
    const de = await create('Germany launch', 'DE');
    const fr = await create('France launch', 'FR');
    await plan(de.id); // the plan exists; its forecast is stored with it
    await plan(fr.id);
    await call('portfolio.open', { today: '2027-02-15' });

    const before = await row(de.id);
    expect(before.health).toBe('on_track');
    expect(before.forecast).not.toBeNull();
    expect(before.compliancePercent).toBe(0);
    expect(before.applicableInForce).toBeGreaterThan(3);

    // Counsel approves one requirement of Germany's: compliance rises by exactly 1 ÷ applicable.
    const first = (await items(de.id)).find(inForce)!;
    await call('checklist.updateItem', { itemId: first.id, version: first.version, patch: { status: 'in_review' } });
    expect((await row(de.id)).inReview).toBe(1);
    await call('review.decide', { itemId: first.id, decision: 'approve', comment: 'Filed' });
    const approved = await row(de.id);
    expect(approved.approvedInForce).toBe(1);
    expect(approved.compliancePercent).toBeCloseTo(100 / before.applicableInForce, 6);
    const d = await dashboard();
    expect(d.tiles.compliance.value).toBeCloseTo((100 * 1) / (before.applicableInForce + (await row(fr.id)).applicableInForce), 6);

    // A baseline, then the longest critical task grows by 60 business days: the forecast passes the target.
    await call('plan.saveBaseline', { entryId: de.id, name: 'Approved' });
    const critical = (await plan(de.id)).tasks.filter((t) => t.schedule.critical && !t.isReadiness).sort((a, b) => b.durationDays - a.durationDays)[0]!;
    const slipped = await call<PlanView>('plan.updateTask', { taskId: critical.id, version: critical.version, patch: { durationDays: critical.durationDays + 60 } });
    const late = await row(de.id);
    expect(late.forecast).toBe(slipped.forecastFinish);
    expect(late.forecast! > late.targetDate).toBe(true);
    expect(late.health).toBe('late');
    expect(late.baselineSlipDays).toBe(60);
    expect(late.criticalLate).toBeGreaterThanOrEqual(1);
    expect(late.healthReasons.join(' ')).toMatch(/after the target/);
    expect((await dashboard()).tiles.readiness.missing.map((m) => m.name)).toContain('Germany launch');
    // No risk register or efficiency measurements yet: the row says so rather than showing numbers.
    expect(late.risks).toBeNull();
    expect(late.efficiencyIndex).toBeNull();
    expect(late.metricsUsed).toBe(0);
    // Measuring Germany shows on the next read (the efficiency figures kept between reads are dropped on each write).
    const jan = { periodStart: '2027-01-01', periodEnd: '2027-01-31', metricId: 'first_response_time' };
    await call('efficiency.addMeasurement', { ...jan, market: 'US', value: 4 });
    const mine = await call<{ id: string }>('efficiency.addMeasurement', { ...jan, market: de.id, value: 5 });
    expect((await row(de.id)).efficiencyIndex).toBeCloseTo(0.8, 10);
    await call('efficiency.updateMeasurement', { id: mine.id, version: 1, fields: { ...jan, market: de.id, value: 4 } });
    expect((await row(de.id)).efficiencyIndex).toBeCloseTo(1, 10);
  });

  it('counts a conditional approval expiring in 20 days, and not one expiring in 40', async () => {
    const { call, create, row, items } = await setup();
    const de = await create('Germany launch', 'DE');
    const [a, b2] = (await items(de.id)).filter(inForce);
    await call('checklist.bulkUpdate', { items: [{ itemId: a!.id, version: a!.version }, { itemId: b2!.id, version: b2!.version }], patch: { status: 'in_review' } });
    await call('review.decide', { itemId: a!.id, decision: 'approve_conditional', comment: 'Checked', conditionText: 'Renew the certificate', conditionExpires: '2027-03-07' });
    await call('review.decide', { itemId: b2!.id, decision: 'approve_conditional', comment: 'Checked', conditionText: 'Annual audit', conditionExpires: '2027-03-27' });
    expect((await row(de.id)).conditionsExpiring).toBe(1);
  });

  it('refuses targets out of range with one sentence naming the field, and keeps the old ones', async () => {
    const { b, call } = await setup();
    const good = { readinessDays: 120, compliancePercent: 95, efficiencyPercent: 80, satisfactionPercent: 85 };
    expect(await call('settings.updateTargets', good)).toEqual(good);
    for (const [patch, field, words] of [
      [{ readinessDays: 0 }, 'readinessDays', /Days to operational readiness: enter a whole number of days from 1 to 730/],
      [{ readinessDays: 731 }, 'readinessDays', /from 1 to 730/],
      [{ compliancePercent: 101 }, 'compliancePercent', /Regulatory compliance: enter a percentage from 0 to 100/],
      [{ satisfactionPercent: -1 }, 'satisfactionPercent', /Customer satisfaction/],
    ] as const) {
      const r = await b.router.call('settings.updateTargets', { ...good, ...patch });
      expect(r).toMatchObject({ ok: false, error: { field } });
      expect(!r.ok && r.error.message).toMatch(words);
    }
    expect(await call('settings.targets', {})).toEqual(good);
  });

  it('takes one monthly snapshot on the first open of a month, others on demand, and says what changed since last month', async () => {
    const { call, create, items, setNow, dashboard } = await setup();
    const de = await create('Germany launch', 'DE');
    const first = await call<{ snapshot: SnapshotSummary | null }>('portfolio.open', { today: '2027-02-15' });
    expect(first.snapshot).toMatchObject({ kind: 'monthly', month: '2027-02' });
    expect((await call<{ snapshot: SnapshotSummary | null }>('portfolio.open', { today: '2027-02-20' })).snapshot).toBeNull();
    await call('portfolio.takeSnapshot', { today: '2027-02-20' });
    expect((await dashboard('2027-02-20')).history.map((h) => h.kind)).toEqual(['monthly', 'on_demand']);
    expect((await dashboard('2027-02-20')).changes).toBeNull(); // nothing from an earlier month yet

    const item = (await items(de.id)).find(inForce)!;
    await call('checklist.updateItem', { itemId: item.id, version: item.version, patch: { status: 'in_review' } });
    await call('review.decide', { itemId: item.id, decision: 'approve', comment: 'Checked' });
    setNow('2027-03-02T09:00:00Z');
    expect((await call<{ snapshot: SnapshotSummary | null }>('portfolio.open', { today: '2027-03-02' })).snapshot).toMatchObject({ kind: 'monthly', month: '2027-03' });
    const d = await dashboard('2027-03-02');
    expect(d.history).toHaveLength(3);
    expect(d.changes!.since).toBe('2027-02-20');
    expect(d.changes!.items.map((c) => c.text).join(' ')).toMatch(/Compliance 0 % → \d/);
  });
});

async function write(f: ExportFile): Promise<string> {
  const file = path.join(tempDir('landfall-pack-'), f.fileName);
  fs.writeFileSync(file, Buffer.from(f.contentBase64, 'base64'));
  if (SAMPLES) {
    fs.mkdirSync(SAMPLES, { recursive: true });
    fs.copyFileSync(file, path.join(SAMPLES, f.fileName));
  }
  return file;
}

describe('the leadership pack', () => {
  async function portfolio() {
    const s = await setup();
    const de = await s.create('Germany launch', 'DE');
    const sa = await s.create('Saudi Arabia launch', 'SA');
    const jp = await s.create('Japan pilot', 'JP', '2027-02-08');
    for (const e of [de, sa, jp]) await s.plan(e.id);
    const item = (await s.items(de.id)).find(inForce)!;
    await s.call('checklist.updateItem', { itemId: item.id, version: item.version, patch: { status: 'in_review' } });
    await s.call('review.decide', { itemId: item.id, decision: 'approve', comment: 'Filed' });
    // Germany measured against the home market: 4 h at home, 5 h there (80 %), CSAT 88 %.
    const jan = { periodStart: '2027-01-01', periodEnd: '2027-01-31' };
    await s.call('efficiency.addMeasurement', { ...jan, metricId: 'first_response_time', market: 'US', value: 4 });
    await s.call('efficiency.addMeasurement', { ...jan, metricId: 'first_response_time', market: de.id, value: 5 });
    await s.call('efficiency.addMeasurement', { ...jan, metricId: 'csat', market: de.id, value: 88 });
    // One risk in Germany's register (high: likelihood 3 × impact 4 now).
    await s.call('risks.create', { entryId: de.id, fields: riskInput() });
    return { ...s, entries: [de, sa, jp] };
  }

  it("follows the register: a new critical risk shows on the next dashboard read (the register's figures are kept only until a write)", async () => {
    const { call, entries, dashboard } = await portfolio();
    const germany = (d: { markets: { entryId: string; risks: { critical: number; high: number } | null }[] }) => d.markets.find((m) => m.entryId === entries[0]!.id)!.risks;
    expect(germany(await dashboard())).toMatchObject({ critical: 0, high: 1 });
    expect(germany(await dashboard())).toMatchObject({ critical: 0, high: 1 });
    await call('risks.create', { entryId: entries[0]!.id, fields: riskInput({ title: 'Licence refused', current: { likelihood: 5, impact: 5 } }) });
    expect(germany(await dashboard())).toMatchObject({ critical: 1, high: 1 });
  });

  it('refuses a pack for no markets, and says there is nothing to show yet before any start', async () => {
    const { b, entries } = await portfolio();
    const none = await b.router.call('export.leadershipPack', { entryIds: [], asOf: '2027-02-15' });
    expect(none).toMatchObject({ ok: false, error: { field: 'entryIds', message: expect.stringMatching(/choose at least one market/) } });
    const early = await b.router.call('export.leadershipPack', { entryIds: entries.map((e) => e.id), asOf: '2026-12-01' });
    expect(early).toMatchObject({ ok: false, error: { field: 'asOf', message: expect.stringMatching(/nothing to show yet/) } });
  });

  it('writes a PDF whose pages hold every market with its figures, an XLSX with the dashboard numbers and an ICS of every milestone on working days', async () => {
    const { call, entries, dashboard, plan } = await portfolio();
    const d = await dashboard();
    const { files } = await call<{ files: ExportFile[] }>('export.leadershipPack', { entryIds: entries.map((e) => e.id), asOf: '2027-02-15' });
    expect(files.map((f) => f.fileName)).toEqual(['landfall-portfolio-leadership-pack-2027-02-15.pdf', 'landfall-portfolio-leadership-pack-2027-02-15.xlsx', 'landfall-portfolio-leadership-pack-2027-02-15.ics']);

    // PDF: portfolio page, timeline page, one page per market.
    const pdf = await write(files[0]!);
    expect(pageCount(pdf)).toBe(2 + entries.length);
    const pages = pageTexts(pdf).map(squeeze);
    const verified = await call<{ headHash: string; key: { fingerprint: string } }>('review.verify', {});
    // Every page's footer: the ledger's head hash and key fingerprint, as the timeline export prints them.
    for (const [i, text] of pages.entries()) expect(text, `page ${i + 1}`).toContain(`Sign-off ledger head: ${verified.headHash} · key ${verified.key.fingerprint}`);
    expect(pages[0]).toMatch(/Days to operational readiness/);
    expect(pages[0]).toMatch(/Regulatory compliance/);
    for (const m of d.markets) {
      expect(pages[0]).toContain(m.name);
      const page = pages.find((p) => p.startsWith(`${m.name} — `))!;
      expect(page, m.name).toBeDefined();
      expect(page).toContain(`Readiness ${m.readinessPercent.toLocaleString('en-GB', { maximumFractionDigits: 1 })} %`);
      expect(page).toContain(`${m.approvedInForce} of ${m.applicableInForce} requirements in force approved`);
      if (m.name === 'Germany launch') {
        // The register's top risks and its heat map.
        expect(page).toContain('Top risks');
        expect(page).toContain('• Bank account opening delayed (High)');
        expect(page).toContain('Likelihood ↑ · impact →');
        // The efficiency comparison against the home market, metric by metric.
        expect(m.efficiencyIndex).toBeCloseTo(0.8, 10);
        expect(page).toContain('Index 80 % (target 85 %)');
        expect(page).toContain('Customer satisfaction 88 % (target 90 %)');
        expect(page).toContain('First-response time: 80 % of home');
        expect(page).toMatch(/8 other metrics have no comparable figure yet/);
      } else expect(page).toMatch(/No measurements/);
      if (m.name !== 'Germany launch') expect(page).toMatch(/No risks recorded/);
      expect(page).toMatch(/Checklist status by workstream/);
    }
    expect(pages[1]).toMatch(/Multi-market timeline/);
    const compliance = d.tiles.compliance.value!;
    expect(pages[0]).toContain(`${compliance.toLocaleString('en-GB', { maximumFractionDigits: 1 })} %`);

    // XLSX: the Portfolio sheet re-reads with the dashboard's numbers and real dates.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await write(files[1]!));
    const sheet = wb.getWorksheet('Portfolio')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    expect(sheet.rowCount).toBe(1 + d.markets.length);
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const m = d.markets.find((x) => x.name === row.getCell(col('Market')).value)!;
      expect(row.getCell(col('Readiness %')).value).toBe(m.readinessPercent);
      expect(row.getCell(col('Compliance %')).value).toBe(m.compliancePercent);
      expect(row.getCell(col('Awaiting sign-off')).value).toBe(m.inReview);
      expect(row.getCell(col('Forecast')).value).toEqual(new Date(`${m.forecast}T00:00:00Z`));
      expect(row.getCell(col('Target date')).value).toEqual(new Date(`${m.targetDate}T00:00:00Z`));
      expect(row.getCell(col('Critical risks')).value ?? null).toBe(m.risks?.critical ?? null);
      expect(row.getCell(col('Efficiency index %')).value ?? null).toBe(m.efficiencyIndex === null ? null : 100 * m.efficiencyIndex);
    }
    const targets = wb.getWorksheet('Targets')!;
    expect(targets.getRow(3).getCell(2).value).toBeCloseTo(compliance, 9);
    const about = new Map<string, unknown>();
    targets.eachRow((row) => about.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(about.get('Sign-off ledger head hash')).toBe(verified.headHash);
    expect(about.get('Sign-off ledger key fingerprint')).toBe(verified.key.fingerprint);

    // ICS: every market's milestones, each on a working day of its market.
    const cal = new ICAL.Component(ICAL.parse(fs.readFileSync(await write(files[2]!), 'utf8')));
    const events = cal.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    for (const e of entries) {
      const view = await plan(e.id);
      const milestones = view.tasks.filter((t) => t.durationDays === 0);
      expect(milestones.length).toBeGreaterThan(0);
      const holidays = new Set((view.calendar.holidays ?? []).map((h) => h.date));
      const weekend = view.calendar.weekendDays.at(-1)!.days;
      for (const t of milestones) {
        const ev = events.find((x) => x.uid === `${t.id}@landfall`)!;
        expect(ev, `${e.name}: ${t.title}`).toBeDefined();
        expect(ev.summary).toBe(`${e.name}: ${t.title}`);
        const day = ev.startDate.toString().slice(0, 10);
        expect(day).toBe(t.schedule.earlyFinish);
        expect(weekend).not.toContain(dayOfWeek(day));
        expect(holidays.has(day)).toBe(false);
      }
    }
  });

  it('exports a portfolio-wide register listing evidence by file name and hash, with stale approvals marked', async () => {
    const { b, call, create, items } = await setup();
    const de = await create('Germany launch', 'DE');
    const fr = await create('France launch', 'FR');
    const a = (await items(de.id))[0]!;
    const c = (await items(fr.id))[0]!;
    await call('evidence.addFile', { itemId: a.id, fileName: 'dpa-signed.pdf', contentBase64: Buffer.from('signed DPA').toString('base64') });
    await call('checklist.bulkUpdate', { items: [{ itemId: a.id, version: a.version }], patch: { status: 'in_review' } });
    await call('checklist.bulkUpdate', { items: [{ itemId: c.id, version: c.version }], patch: { status: 'in_review' } });
    await call('review.decide', { itemId: a.id, decision: 'approve', comment: 'DPA in place' });
    await call('review.decide', { itemId: c.id, decision: 'approve', comment: 'Registered' });
    // New evidence after the approval turns Germany's approval stale.
    await call('evidence.addFile', { itemId: a.id, fileName: 'dpa-amendment.pdf', contentBase64: Buffer.from('amendment').toString('base64') });
    const csv = await ok<ExportFile>(b.router.call('export.portfolioRegister', { format: 'csv' }));
    const text = Buffer.from(csv.contentBase64, 'base64').toString('utf8');
    const lines = text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/Evidence \(name and hash\),Stale approval/);
    expect(lines).toHaveLength(3);
    const deLine = lines.find((l) => l.includes('Germany launch'))!;
    expect(deLine).toMatch(/dpa-signed\.pdf \([0-9a-f]{64}\)/);
    expect(deLine).toMatch(/STALE: Stale — needs re-review: evidence ""dpa-amendment\.pdf""/);
    expect(lines.find((l) => l.includes('France launch'))).not.toMatch(/STALE/);
    const pdf = await write(await ok<ExportFile>(b.router.call('export.portfolioRegister', { format: 'pdf' })));
    const all = pageTexts(pdf).map(squeeze).join(' ');
    expect(all).toContain('Germany launch');
    expect(all).toContain('France launch');
    expect(all).toMatch(/dpa-signed\.pdf/);
    expect(all).toMatch(/STALE/);
  });
});

/**
 * Risk registers through the real router on a real SQLite file: suggestions, scoring and its
 * refusals, acceptances in the sign-off ledger (and verify walking them), expiry reopening a
 * risk, version conflicts, the forecast cache, the CSV / XLSX round trip and matrix import.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../shared/entry-schema';
import type { ApiResult } from '../../shared/errors';
import type { MethodOutput } from '../../shared/contract';
import { riskFields, type RiskFieldsInput, type RiskView } from '../../shared/risk-schema';
import type { VerifyResult } from '../../shared/signoff-schema';
import { backendsForTests, countRows, ok, tempDir, validEntry } from './helpers';
import { openDatabase } from '../../electron/db/connection';
import path from 'node:path';
import { pageCount, pageTexts } from './pdf-pages';
import { createServices } from '../../electron/backend/wiring';

const backends = backendsForTests();

async function setup(role: 'legal' | 'leadership' | 'program_manager' | null = 'legal', displayName = 'Ana Legal') {
  let now = new Date('2027-02-15T10:00:00Z');
  const b = await backends.start({ now: () => now, housekeepingCheckMs: 20 });
  await ok(b.router.call('settings.update', { displayName, role }));
  const entry = await ok<Entry>(b.router.call('entries.create', validEntry({ name: 'Germany launch' })));
  const call = <T>(method: string, input: unknown) => ok<T>(b.router.call(method, input));
  const fail = async (method: string, input: unknown) => {
    const r = (await b.router.call(method, input)) as ApiResult<unknown>;
    if (r.ok) throw new Error(`expected ${method} to be refused`);
    return r.error;
  };
  const plan = await call<MethodOutput<'plan.get'>>('plan.get', { entryId: entry.id });
  return { b, entry, call, fail, plan, setNow: (d: string) => (now = new Date(d)) };
}

function fields(overrides: Partial<RiskFieldsInput> = {}): RiskFieldsInput {
  return {
    title: 'Bank account opening delayed',
    cause: 'KYC checks on the parent company',
    event: 'The bank takes weeks longer to open the account',
    effect: 'Payroll and supplier payments cannot start',
    category: 'financial',
    workstream: 'team_operations',
    owner: 'Dana Reyes',
    inherent: { likelihood: 4, impact: 4 },
    current: { likelihood: 3, impact: 4 },
    residual: { likelihood: 2, impact: 3 },
    controls: [{ description: 'Pre-filled KYC pack', effectiveness: 'partial' }],
    response: 'reduce',
    treatments: [{ action: 'Open the account with a second bank in parallel', owner: 'Finance' }],
    earlyWarning: 'No account number 10 working days after filing',
    ...overrides,
  };
}

describe('risk register', () => {
  it('offers fitting suggestions; accepting adds the risk with its schedule impact, dismissing removes it for good', async () => {
    const { entry, call } = await setup();
    const offered = await call<MethodOutput<'risks.suggestions'>>('risks.suggestions', { entryId: entry.id });
    const registration = offered.find((s) => s.templateId === 'reg.registration-delayed');
    expect(registration?.reasons.join(' ')).toMatch(/checklist holds/);
    const risk = await call<RiskView>('risks.acceptSuggestion', { entryId: entry.id, templateId: 'reg.registration-delayed' });
    expect(risk).toMatchObject({ title: 'Company registration delayed by the authority', status: 'open', inherent: { likelihood: 3, impact: 4 }, levels: { inherent: 'high' }, version: 1 });
    expect(risk.scheduleImpact).toMatchObject({ minDays: 5, likelyDays: 10, maxDays: 25 });
    expect(risk.scheduleImpact!.taskIds).toHaveLength(1);
    const other = offered.find((s) => s.templateId !== 'reg.registration-delayed')!;
    await call('risks.dismissSuggestion', { entryId: entry.id, templateId: other.templateId });
    const again = await call<MethodOutput<'risks.suggestions'>>('risks.suggestions', { entryId: entry.id });
    expect(again.map((s) => s.templateId)).not.toContain(other.templateId);
    expect(again.map((s) => s.templateId)).not.toContain('reg.registration-delayed');
  });

  it('refuses bad input with a sentence naming the field and stores nothing', async () => {
    const { b, entry, call, fail } = await setup();
    const other = await call<Entry>('entries.create', validEntry({ name: 'France launch', targetCountry: 'FR' }));
    const otherTask = (await call<MethodOutput<'plan.get'>>('plan.get', { entryId: other.id })).tasks[0]!.id;
    const cases: [Partial<RiskFieldsInput>, string, RegExp][] = [
      [{ inherent: { likelihood: 6, impact: 2 } }, 'inherent.likelihood', /Inherent likelihood must be a step from 1 to 5/],
      [{ residual: { likelihood: 2, impact: 0 } }, 'residual.impact', /Residual impact must be a step from 1 to 5/],
      [{ scheduleImpact: { minDays: 8, likelyDays: 5, maxDays: 3, taskIds: [] } }, 'scheduleImpact.minDays', /minimum \(8\) exceeds the maximum \(3\)/],
      [{ treatments: [{ action: 'Escalate', taskId: otherTask }] }, 'treatments.0.taskId', /not in this entry's plan/],
      [{ status: 'accepted' }, 'status', /Accept risk/],
    ];
    for (const [o, field, message] of cases) {
      const e = await fail('risks.create', { entryId: entry.id, fields: fields(o) });
      expect(e.field, field).toBe(field);
      expect(e.message).toMatch(message);
    }
    expect(countRows(b.dbFile, 'risks')).toBe(0);
  });

  it('refuses a stale update with the sentence and keeps the other write', async () => {
    const { entry, call, fail } = await setup();
    const r = await call<RiskView>('risks.create', { entryId: entry.id, fields: fields() });
    const theirs = await call<RiskView>('risks.patch', { id: r.id, version: r.version, patch: { owner: 'Sam Ops' } });
    expect(theirs.version).toBe(2);
    const e = await fail('risks.update', { id: r.id, version: r.version, fields: fields({ title: 'Mine' }) });
    expect(e.code).toBe('conflict');
    expect(e.message).toMatch(/^Someone changed this risk at \d\d:\d\d since you opened it; your changes are kept in the form — reload to see theirs\.$/);
    expect(await call<RiskView>('risks.get', { id: r.id })).toMatchObject({ owner: 'Sam Ops', title: 'Bank account opening delayed', version: 2 });
  });

  it('records an acceptance in the sign-off ledger with a snapshot; verify walks it and names a tampered one', async () => {
    const { b, entry, call } = await setup('legal');
    const r = await call<RiskView>('risks.create', { entryId: entry.id, fields: fields() });
    expect(r.aboveAppetite).toBe(true);
    const accepted = await call<RiskView>('risks.accept', { id: r.id, version: r.version, rationale: 'Second bank is lined up', expires: '2027-05-31' });
    expect(accepted).toMatchObject({ status: 'accepted', acceptance: { approverName: 'Ana Legal', approverRole: 'legal', expires: '2027-05-31', ledgerSeq: 1, expired: false } });
    expect(await call<VerifyResult>('review.verify', {})).toMatchObject({ ok: true, records: 1, headHash: accepted.acceptance!.ledgerHash });
    const register = await call<MethodOutput<'export.signoffRegister'>>('export.signoffRegister', { entryId: entry.id, format: 'csv' });
    expect(Buffer.from(register.contentBase64, 'base64').toString('utf8')).toMatch(/Risk: Bank account opening delayed.*Risk accepted/);
    const side = new Database(b.dbFile);
    const row = side.prepare('SELECT kind, item_id, decision, comment, condition_expires, snapshot, signature FROM signoff_ledger').get() as Record<string, string>;
    expect(row).toMatchObject({ kind: 'risk_acceptance', item_id: r.id, decision: 'accept', comment: 'Second bank is lined up', condition_expires: '2027-05-31', signature: expect.any(String) });
    expect(JSON.parse(row.snapshot!)).toMatchObject({ title: 'Bank account opening delayed', current: { likelihood: 3, impact: 4 }, levels: { current: 'high' }, rationale: 'Second bank is lined up' });
    expect(side.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'ledger_records'").get()).toEqual({ n: 0 });
    expect(() => side.prepare("UPDATE signoff_ledger SET signer_name = 'x'").run()).toThrow(/append-only/);
    side.exec('DROP TRIGGER ledger_no_update');
    side.prepare("UPDATE signoff_ledger SET snapshot = json_set(snapshot, '$.rationale', 'whatever')").run();
    side.close();
    const tampered = await call<VerifyResult>('review.verify', {});
    expect(tampered.ok).toBe(false);
    expect(tampered.problems).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'altered', seq: 1, message: expect.stringMatching(/content no longer matches its hash/) })]));
  });

  it('refuses acceptances without approver, by a role that may not accept, without rationale, or expiring in the past', async () => {
    const { b, entry, call, fail } = await setup('program_manager', 'Pat PM');
    const r = await call<RiskView>('risks.create', { entryId: entry.id, fields: fields() });
    const accept = (o: Record<string, unknown> = {}) => fail('risks.accept', { id: r.id, version: r.version, rationale: 'ok', expires: '2027-05-31', ...o });
    expect(await accept()).toMatchObject({ field: 'approver', message: expect.stringMatching(/only the legal or leadership role/) });
    await call('settings.update', { displayName: '', role: 'leadership' });
    expect(await accept()).toMatchObject({ field: 'approver', message: expect.stringMatching(/display name/) });
    await call('settings.update', { displayName: 'Lee Lead', role: 'leadership' });
    expect(await accept({ rationale: '' })).toMatchObject({ field: 'rationale' });
    expect(await accept({ expires: '2027-02-15' })).toMatchObject({ field: 'expires', message: 'Expiry date: choose a date after today.' });
    expect(await accept({ expires: undefined })).toMatchObject({ field: 'expires' });
    expect(countRows(b.dbFile, 'signoff_ledger')).toBe(0);
    expect((await call<RiskView>('risks.get', { id: r.id })).status).toBe('open');
  });

  it('reopens a risk whose acceptance expired and puts it in the approver queue', async () => {
    const { entry, call, setNow } = await setup('leadership', 'Lee Lead');
    const r = await call<RiskView>('risks.create', { entryId: entry.id, fields: fields() });
    await call('risks.accept', { id: r.id, version: r.version, rationale: 'Accepted for launch', expires: '2027-03-01' });
    setNow('2027-03-01T10:00:00Z');
    expect((await call<RiskView>('risks.get', { id: r.id })).status).toBe('accepted');
    setNow('2027-03-02T10:00:00Z');
    // Reads never write: the risk stays accepted until the housekeeping sweep (start-up, the date changing) runs.
    expect((await call<RiskView>('risks.get', { id: r.id })).status).toBe('accepted');
    await new Promise((r) => setTimeout(r, 80));
    const queue = await call<MethodOutput<'risks.acceptanceQueue'>>('risks.acceptanceQueue', {});
    expect(queue).toEqual([expect.objectContaining({ riskId: r.id, approverName: 'Lee Lead', expired: '2027-03-01', entryName: 'Germany launch' })]);
    expect(await call<RiskView>('risks.get', { id: r.id })).toMatchObject({ status: 'open', acceptance: { expired: true, approverName: 'Lee Lead' } });
    expect(await call<VerifyResult>('review.verify', {})).toMatchObject({ ok: true, records: 1 });
  });

  it('computes a forecast after the write; a likely critical-path risk moves P80 later; the portfolio figures read the cache', async () => {
    const { b, entry, call, plan } = await setup();
    const before = await call<MethodOutput<'risks.forecast'>>('risks.forecast', { entryId: entry.id });
    expect(before).toMatchObject({ deterministic: plan.forecastFinish, p50: plan.forecastFinish, p80: plan.forecastFinish, scheduleRisks: 0 });
    const critical = plan.tasks.find((t) => t.schedule.critical && !t.isReadiness && t.durationDays > 0)!;
    await call('risks.create', { entryId: entry.id, fields: fields({ current: { likelihood: 5, impact: 4 }, scheduleImpact: { minDays: 10, likelyDays: 15, maxDays: 30, taskIds: [critical.id] } }) });
    await new Promise((r) => setTimeout(r, 50));
    const cached = new Database(b.dbFile, { readonly: true }).prepare('SELECT p80 FROM risk_forecasts WHERE entry_id = ?').get(entry.id) as { p80: string };
    const after = await call<MethodOutput<'risks.forecast'>>('risks.forecast', { entryId: entry.id });
    expect(cached.p80).toBe(after.p80);
    expect(after.p80 > plan.forecastFinish).toBe(true);
    expect(after.p50 <= after.p80 && after.p80 <= after.p95).toBe(true);
    expect(after.drivers[0]).toMatchObject({ title: 'Bank account opening delayed' });
    expect(after.iterations).toBe(2000);
  });

  it('re-imports its own CSV and XLSX to the same register; a changed cell is an update, a bad one is located', async () => {
    const { entry, call, fail } = await setup();
    await call('risks.create', { entryId: entry.id, fields: fields({ costImpact: { amount: 25000, currency: 'EUR' }, title: '=cmd risk' }) });
    await call('risks.acceptSuggestion', { entryId: entry.id, templateId: 'reg.registration-delayed' });
    const register = await call<RiskView[]>('risks.list', { entryId: entry.id });
    for (const format of ['csv', 'xlsx'] as const) {
      const file = await call<MethodOutput<'risks.exportRegister'>>('risks.exportRegister', { entryId: entry.id, format });
      expect(file.fileName).toMatch(new RegExp(`risk-register.*\\.${format}$`));
      const same = await call<MethodOutput<'risks.previewImport'>>('risks.previewImport', { entryId: entry.id, fileName: file.fileName, contentBase64: file.contentBase64 });
      expect(same).toMatchObject({ format, create: [], update: [], unchanged: 2, errors: [] });
      await call('risks.applyImport', { entryId: entry.id, fileName: file.fileName, contentBase64: file.contentBase64 });
      expect(await call<RiskView[]>('risks.list', { entryId: entry.id })).toEqual(register);
    }
    const csv = Buffer.from((await call<MethodOutput<'risks.exportRegister'>>('risks.exportRegister', { entryId: entry.id, format: 'csv' })).contentBase64, 'base64').toString('utf8');
    expect(csv).toContain("'=cmd risk");
    const edited = csv.replace("'=cmd risk", 'Bank account opening delayed by KYC');
    const preview = await call<MethodOutput<'risks.previewImport'>>('risks.previewImport', { entryId: entry.id, fileName: 'r.csv', contentBase64: Buffer.from(edited).toString('base64') });
    expect(preview.update).toEqual([expect.objectContaining({ row: 2, changes: ['Title'] })]);
    const bad = csv.split('\r\n');
    bad[2] = bad[2]!.replace(/,3,4,High,/, ',9,4,High,');
    const badBytes = Buffer.from(bad.join('\r\n')).toString('base64');
    const located = await call<MethodOutput<'risks.previewImport'>>('risks.previewImport', { entryId: entry.id, fileName: 'r.csv', contentBase64: badBytes });
    expect(located.errors).toEqual([{ row: 3, column: 'Inherent likelihood', message: expect.stringMatching(/step from 1 to 5/) }]);
    expect((await fail('risks.applyImport', { entryId: entry.id, fileName: 'r.csv', contentBase64: badBytes })).message).toMatch(/^Row 3, Inherent likelihood: .*Nothing was imported/);
    await call('risks.applyImport', { entryId: entry.id, fileName: 'r.csv', contentBase64: Buffer.from(edited).toString('base64') });
    expect((await call<RiskView[]>('risks.list', { entryId: entry.id })).map((r) => r.title)).toContain('Bank account opening delayed by KYC');
  });

  it('imports a matrix that covers every cell and refuses one that does not, naming the cell', async () => {
    const { call, fail } = await setup();
    const m = JSON.parse(fs.readFileSync('resources/risk-matrices/default-5x5.json', 'utf8'));
    m.grid[2].pop();
    const e = await fail('risks.importMatrix', { fileName: 'm.json', content: JSON.stringify(m) });
    expect(e.message).toBe('Matrix file: The grid has no level for the cell likelihood 3 (Possible) × impact 5 (Severe).');
    m.grid[2].push('critical');
    m.version = '1.1.0';
    expect(await call('risks.importMatrix', { fileName: 'm.json', content: JSON.stringify(m) })).toMatchObject({ version: '1.1.0' });
    expect(await call('risks.matrix', {})).toMatchObject({ version: '1.1.0' });
  });

  it('gives leadership its figures per entry from the cached forecasts', async () => {
    const dataDir = tempDir();
    const opened = await openDatabase(dataDir);
    try {
      const s = createServices(opened.db, { dataDir, resourcesDir: 'resources', onProblem: () => {}, now: () => new Date('2027-02-15T10:00:00Z'), osUser: 'tester' });
      s.settings.update({ displayName: 'Ana Legal', role: 'legal' });
      const entry = s.entries.create(validEntry());
      const plan = s.plans.view(entry.id, null);
      const critical = plan.tasks.find((t) => t.schedule.critical && !t.isReadiness && t.durationDays > 0)!;
      const base = riskFields.parse(fields({ controls: [], treatments: [] }));
      s.risks.create(entry.id, { ...base, current: { likelihood: 5, impact: 5 }, scheduleImpact: { minDays: 5, likelyDays: 10, maxDays: 20, taskIds: [critical.id] } });
      s.risks.create(entry.id, { ...base, current: { likelihood: 4, impact: 4 }, nextReview: '2027-02-01' });
      const third = s.risks.create(entry.id, { ...base, current: { likelihood: 1, impact: 1 } });
      s.risks.accept(third.id, third.version, 'Small', '2027-03-10');
      const forecast = s.risks.forecast(entry.id);
      await new Promise((r) => setTimeout(r, 50));
      const figures = s.risks.portfolioFigures('2027-02-15');
      expect(figures).toEqual([
        {
          entryId: entry.id,
          openRisks: 3,
          critical: 1,
          high: 1,
          aboveAppetite: 2,
          acceptancesExpiringSoon: 1,
          overdueReviews: 1,
          p50: forecast.p50,
          p80: forecast.p80,
          probabilityOnTarget: forecast.probabilityOnTarget,
          scheduleRisks: 1,
        },
      ]);
      expect(s.risks.overdue()).toMatchObject({ total: 1, rows: [expect.objectContaining({ nextReview: '2027-02-01', entryId: entry.id, level: 'high' })] });
      // Outside the window, the acceptance is not counted as expiring soon.
      expect(s.risks.portfolioFigures('2027-02-15', 10)[0]).toMatchObject({ acceptancesExpiringSoon: 0 });
      s.risks.close();
    } finally {
      opened.close();
    }
  });

  it('puts the P50 / P80 line and the entry heat map in the timeline PDF once the entry has risks', async () => {
    const { entry, call, plan } = await setup();
    const pdf = async () => {
      const f = await call<MethodOutput<'export.timeline'>>('export.timeline', { entryId: entry.id, format: 'pdf', pageSize: 'A4' });
      const file = path.join(tempDir(), 'timeline.pdf');
      fs.writeFileSync(file, Buffer.from(f.contentBase64, 'base64'));
      return file;
    };
    const before = await pdf();
    expect(pageTexts(before).join(' ')).not.toMatch(/Risk-adjusted/);
    const critical = plan.tasks.find((t) => t.schedule.critical && !t.isReadiness && t.durationDays > 0)!;
    await call('risks.create', { entryId: entry.id, fields: fields({ current: { likelihood: 5, impact: 5 }, scheduleImpact: { minDays: 10, likelyDays: 15, maxDays: 30, taskIds: [critical.id] } }) });
    const forecast = await call<MethodOutput<'risks.forecast'>>('risks.forecast', { entryId: entry.id });
    const after = await pdf();
    if (process.env.KEEP_PDF) fs.copyFileSync(after, process.env.KEEP_PDF);
    expect(pageCount(after)).toBe(pageCount(before) + 1);
    const texts = pageTexts(after);
    const p80 = new Date(`${forecast.p80}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    expect(texts[0]).toMatch(new RegExp(`Risk-adjusted: P50 .*, P80 ${p80}`));
    expect(texts[0]).toMatch(/\bP80\b/);
    const last = texts[texts.length - 1]!;
    expect(last).toMatch(/Risk heat map/);
    expect(last).toMatch(/CRITICAL · 1/);
    expect(last).toMatch(/Bank account opening delayed/);
  });
});

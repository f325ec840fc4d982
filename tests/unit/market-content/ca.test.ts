/**
 * Canada pack: key facts confirmed against sources on 2026-11-29.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pack } from '../../../shared/requirements/pack-schema';
import { applicableRequirements } from '../../../shared/requirements/applicability';
import { sampleProfile } from '../../fixtures/profile';

const ca = pack.parse(JSON.parse(fs.readFileSync(path.resolve('resources/requirements/ca.json'), 'utf8')));
const byId = (id: string) => {
  const r = ca.requirements.find((q) => q.id === id);
  if (!r) throw new Error(`missing ${id}`);
  return r;
};
const run = (profile = sampleProfile(), on = '2026-12-01') =>
  applicableRequirements(ca.requirements, { country: 'CA', countryName: 'Canada', profile, on });

describe('Canada pack', () => {
  it('names PIPEDA and the Privacy Commissioner of Canada', () => {
    expect(ca.id).toBe('ca');
    const core = byId('ca.pipeda.fair-information-principles');
    expect(core.citation.law).toMatch(/PIPEDA/);
    expect(core.summary).toMatch(/Office of the Privacy Commissioner|Privacy Commissioner of Canada|OPC/);
  });

  it('reports real-risk-of-significant-harm breaches to the OPC as soon as feasible, since 1 November 2018', () => {
    const breach = byId('ca.pipeda.breach-report-opc');
    expect(breach.category).toBe('breach_notification');
    expect(breach.summary).toMatch(/real risk of significant harm/);
    expect(breach.summary).toMatch(/as soon as feasible/);
    expect(breach.effectiveFrom).toBe('2018-11-01');
  });

  it('marks Quebec Law 25 items as Quebec-only in their titles', () => {
    for (const r of ca.requirements.filter((q) => q.id.startsWith('ca.qc.'))) expect(r.title).toMatch(/^Quebec only/);
    const transfer = byId('ca.qc.law25-s17-transfer-assessment');
    expect(transfer.citation.article).toMatch(/17/);
    expect(transfer.effectiveFrom).toBe('2023-09-22');
  });

  it('records that no general data-localization law and no federal AI statute is known', () => {
    expect(ca.noneKnown.some((n) => n.category === 'data_localization' && /No general data-localization law/.test(n.text))).toBe(true);
    expect(ca.noneKnown.some((n) => n.category === 'ai_governance' && /died/.test(n.text))).toBe(true);
  });

  it('asks for simplified GST/HST above CAD 30,000 only from cross-border sellers to consumers', () => {
    const gst = 'ca.eta.simplified-gst-hst-registration';
    expect(run().map((a) => a.requirement.id)).not.toContain(gst);
    const seller = sampleProfile({ entryMode: 'cross_border', sellsDigitalServicesToConsumers: true, customerType: 'b2c' });
    expect(run(seller).find((a) => a.requirement.id === gst)?.certainty).toBe('check');
    const above = run({ ...seller, expectedMarketRevenue: { amount: 50000, currency: 'CAD' } }).find((a) => a.requirement.id === gst);
    expect(above?.certainty).toBe('applies');
    expect(run({ ...seller, expectedMarketRevenue: { amount: 10000, currency: 'CAD' } }).map((a) => a.requirement.id)).not.toContain(gst);
  });

  it('keeps the Quebec automated-decision duty to profiles that decide about people with AI', () => {
    const adm = 'ca.qc.law25-s12-1-automated-decisions';
    expect(run().map((a) => a.requirement.id)).not.toContain(adm);
    expect(run(sampleProfile({ aiInDecisionsAboutPeople: true })).map((a) => a.requirement.id)).toContain(adm);
  });
});

/**
 * Singapore pack: key facts confirmed against sources on 2026-11-29.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pack } from '../../../shared/requirements/pack-schema';
import { applicableRequirements } from '../../../shared/requirements/applicability';
import { sampleProfile } from '../../fixtures/profile';

const sg = pack.parse(JSON.parse(fs.readFileSync(path.resolve('resources/requirements/sg.json'), 'utf8')));
const byId = (id: string) => {
  const r = sg.requirements.find((q) => q.id === id);
  if (!r) throw new Error(`missing ${id}`);
  return r;
};
const run = (profile = sampleProfile(), on = '2026-12-01') =>
  applicableRequirements(sg.requirements, { country: 'SG', countryName: 'Singapore', profile, on });

describe('Singapore pack', () => {
  it('names the PDPA 2012 and the PDPC', () => {
    expect(sg.id).toBe('sg');
    const core = byId('sg.pdpa.core-obligations');
    expect(core.citation.law).toMatch(/Personal Data Protection Act 2012/);
    expect(core.summary).toMatch(/PDPC/);
  });

  it('notifies the PDPC within 3 calendar days of assessing a breach notifiable (500+ people or significant harm)', () => {
    const breach = byId('sg.pdpa.s26d-breach-notification');
    expect(breach.summary).toMatch(/3 calendar days/);
    expect(breach.summary).toMatch(/500 or more/);
    expect(breach.effectiveFrom).toBe('2021-02-01');
    expect(breach.verified).toBe(true);
  });

  it('requires a DPO for every organisation processing personal data', () => {
    const dpo = byId('sg.pdpa.s11-dpo');
    expect(dpo.citation.article).toMatch(/s\. 11\(3\)/);
    expect(run().map((a) => a.requirement.id)).toContain(dpo.id);
  });

  it('records no data-localization law and no AI statute', () => {
    expect(sg.noneKnown.find((n) => n.category === 'data_localization')?.text).toMatch(/No general data-localization law/);
    expect(sg.noneKnown.find((n) => n.category === 'ai_governance')?.text).toMatch(/No AI-specific statute/);
  });

  it('applies OVR GST to cross-border B2C digital sellers above SGD 1 million global turnover', () => {
    const gst = byId('sg.gst.overseas-vendor-registration');
    expect(gst.summary).toMatch(/SGD 100,000/);
    const base = { entryMode: 'cross_border' as const, sellsDigitalServicesToConsumers: true };
    const big = run(sampleProfile({ ...base, globalRevenue: { amount: 5_000_000, currency: 'SGD' } })).find((a) => a.requirement.id === gst.id);
    expect(big?.certainty).toBe('applies');
    const small = run(sampleProfile({ ...base, globalRevenue: { amount: 500_000, currency: 'SGD' } })).map((a) => a.requirement.id);
    expect(small).not.toContain(gst.id);
  });
});

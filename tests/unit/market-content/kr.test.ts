/**
 * South Korea pack: key facts confirmed against sources on 2026-11-29.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pack } from '../../../shared/requirements/pack-schema';
import { applicableRequirements } from '../../../shared/requirements/applicability';
import { sampleProfile } from '../../fixtures/profile';

const kr = pack.parse(JSON.parse(fs.readFileSync(path.resolve('resources/requirements/kr.json'), 'utf8')));
const byId = (id: string) => {
  const r = kr.requirements.find((q) => q.id === id);
  if (!r) throw new Error(`missing ${id}`);
  return r;
};
const run = (profile = sampleProfile(), on = '2026-12-01') =>
  applicableRequirements(kr.requirements, { country: 'KR', countryName: 'South Korea', profile, on });
const ids = (profile = sampleProfile()) => run(profile).map((a) => a.requirement.id);

describe('South Korea pack', () => {
  it('names the PIPA and the PIPC, with the September 2026 amendments', () => {
    expect(kr.id).toBe('kr');
    const core = byId('kr.pipa.core-obligations');
    expect(core.citation.law).toMatch(/Personal Information Protection Act/);
    expect(core.summary).toMatch(/PIPC/);
    expect(core.summary).toMatch(/11 September 2026/);
  });

  it('keeps the 72-hour notice and report with the 1,000-person trigger', () => {
    const breach = byId('kr.pipa.art34-breach-notification');
    expect(breach.summary).toMatch(/within 72 hours/);
    expect(breach.summary).toMatch(/1,000 or more people/);
  });

  it('requires a domestic agent only for large cross-border controllers (KRW 1 trillion or 1 million users)', () => {
    const agent = byId('kr.pipa.art31-2-domestic-agent');
    expect(agent.summary).toMatch(/KRW 1 trillion/);
    const small = { entryMode: 'cross_border' as const, globalRevenue: { amount: 5e10, currency: 'KRW' } };
    expect(ids(sampleProfile(small))).not.toContain(agent.id);
    expect(ids(sampleProfile({ ...small, globalRevenue: { amount: 2e12, currency: 'KRW' } }))).toContain(agent.id);
    expect(ids(sampleProfile({ entryMode: 'cross_border', dataSubjects: 'over_1m' }))).toContain(agent.id);
    const check = run(sampleProfile({ entryMode: 'cross_border', globalRevenue: { amount: 5e9, currency: 'USD' } })).find((a) => a.requirement.id === agent.id);
    expect(check?.certainty).toBe('check');
  });

  it('has no general localization rule but keeps medical and financial data in Korea', () => {
    expect(kr.noneKnown.find((n) => n.category === 'data_localization')?.text).toMatch(/No general data-localization rule/);
    expect(ids()).not.toContain('kr.sector.data-localization');
    expect(ids(sampleProfile({ regulatedSectors: ['health'] }))).toContain('kr.sector.data-localization');
  });

  it('applies the AI Basic Act from 22 January 2026 to AI products only', () => {
    expect(byId('kr.ai-basic-act.transparency').effectiveFrom).toBe('2026-01-22');
    expect(ids().filter((id) => id.startsWith('kr.ai-basic-act'))).toEqual([]);
    expect(ids(sampleProfile({ aiInProduct: true }))).toContain('kr.ai-basic-act.transparency');
  });

  it('requires simplified VAT registration for cross-border B2C e-services with no threshold', () => {
    expect(byId('kr.vat.foreign-e-services').summary).toMatch(/no turnover threshold/);
  });
});

/**
 * South Africa pack: key facts confirmed against sources on 2026-11-29.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pack } from '../../../shared/requirements/pack-schema';
import { applicableRequirements } from '../../../shared/requirements/applicability';
import { sampleProfile } from '../../fixtures/profile';

const za = pack.parse(JSON.parse(fs.readFileSync(path.resolve('resources/requirements/za.json'), 'utf8')));
const byId = (id: string) => {
  const r = za.requirements.find((q) => q.id === id);
  if (!r) throw new Error(`missing ${id}`);
  return r;
};
const ids = (profile = sampleProfile(), on = '2026-12-01') =>
  applicableRequirements(za.requirements, { country: 'ZA', countryName: 'South Africa', profile, on }).map((a) => a.requirement.id);

describe('South Africa pack', () => {
  it('names POPIA and the Information Regulator', () => {
    const core = byId('za.popia.conditions-lawful-processing');
    expect(core.citation.law).toMatch(/Protection of Personal Information Act 4 of 2013/);
    expect(core.summary).toMatch(/Information Regulator/);
  });

  it('reports security compromises as soon as reasonably possible through the eServices portal (since 1 April 2025)', () => {
    const breach = byId('za.popia.s22-security-compromise');
    expect(breach.citation.article).toMatch(/22/);
    expect(breach.summary).toMatch(/as soon as reasonably possible/);
    expect(breach.summary).toMatch(/1 April 2025/);
  });

  it('requires information-officer registration and records no binding localization law', () => {
    expect(ids()).toContain('za.popia.s55-information-officer-registration');
    expect(za.noneKnown.some((n) => n.category === 'data_localization' && /No binding data-localization law/.test(n.text))).toBe(true);
  });

  it('registers a branch as an external company within 20 business days, not a subsidiary', () => {
    expect(byId('za.companies.s23-external-company').summary).toMatch(/20 business days/);
    expect(ids(sampleProfile({ entryMode: 'branch' }))).toContain('za.companies.s23-external-company');
    expect(ids()).not.toContain('za.companies.s23-external-company');
  });

  it('asks for VAT registration above ZAR 1 million of electronic services', () => {
    const vat = 'za.vat.electronic-services';
    const seller = sampleProfile({ entryMode: 'cross_border', sellsDigitalServicesToConsumers: true });
    expect(ids({ ...seller, expectedMarketRevenue: { amount: 2_000_000, currency: 'ZAR' } })).toContain(vat);
    expect(ids({ ...seller, expectedMarketRevenue: { amount: 500_000, currency: 'ZAR' } })).not.toContain(vat);
  });
});

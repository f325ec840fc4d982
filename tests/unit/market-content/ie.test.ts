/**
 * Ireland pack: key facts confirmed against sources on 2026-11-29.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pack } from '../../../shared/requirements/pack-schema';
import { applicableRequirements } from '../../../shared/requirements/applicability';
import { sampleProfile } from '../../fixtures/profile';

const ie = pack.parse(JSON.parse(fs.readFileSync(path.resolve('resources/requirements/ie.json'), 'utf8')));
const eu = pack.parse(JSON.parse(fs.readFileSync(path.resolve('resources/requirements/eu.json'), 'utf8')));
const byId = (id: string) => {
  const r = ie.requirements.find((q) => q.id === id);
  if (!r) throw new Error(`missing ${id}`);
  return r;
};
const ids = (profile = sampleProfile(), on = '2026-12-01') =>
  applicableRequirements([...eu.requirements, ...ie.requirements], { country: 'IE', countryName: 'Ireland', profile, on }).map(
    (a) => a.requirement.id,
  );

describe('Ireland pack', () => {
  it('names the Data Protection Act 2018 and the Data Protection Commission', () => {
    expect(ie.id).toBe('ie');
    const core = byId('ie.dpa2018.dpc-national-framework');
    expect(core.citation.law).toMatch(/Data Protection Act 2018/);
    expect(core.summary).toMatch(/Data Protection Commission/);
    expect(core.effectiveFrom).toBe('2018-05-25');
  });

  it('sets the digital age of consent at 16 under section 31', () => {
    const age = byId('ie.dpa2018.s31-digital-age-of-consent');
    expect(age.citation.article).toMatch(/s\. 31/);
    expect(age.summary).toMatch(/under 16/);
    expect(ids()).not.toContain(age.id);
    expect(ids(sampleProfile({ childrensData: true }))).toContain(age.id);
  });

  it('leaves breach deadlines to GDPR (72 hours) and records no localization law', () => {
    expect(ie.requirements.some((r) => r.category === 'breach_notification')).toBe(false);
    expect(ie.noneKnown.find((n) => n.category === 'breach_notification')?.text).toMatch(/Covered by the EU-wide pack.*72 hours/);
    expect(ids()).toContain('eu.gdpr.art33-breach-authority');
    expect(ie.noneKnown.some((n) => n.category === 'data_localization' && /No general data-localization law/.test(n.text))).toBe(true);
  });

  it('requires an EEA-resident director or a EUR 25,000 bond for a subsidiary only', () => {
    const ltd = byId('ie.companies.ltd-incorporation');
    expect(ltd.citation.article).toMatch(/137/);
    expect(ltd.summary).toMatch(/€25,000/);
    expect(ids()).toContain(ltd.id);
    expect(ids(sampleProfile({ entryMode: 'employer_of_record' })).filter((id) => id.startsWith('ie.companies.'))).toEqual([]);
  });

  it('registers a branch within 30 days', () => {
    const branch = byId('ie.companies.external-branch-registration');
    expect(branch.summary).toMatch(/within 30 days/);
    expect(ids(sampleProfile({ entryMode: 'branch' }))).toContain(branch.id);
    expect(ids()).not.toContain(branch.id);
  });

  it('uses the 2025 VAT thresholds', () => {
    const vat = byId('ie.vat.revenue-registration');
    expect(vat.summary).toMatch(/42,500/);
    expect(vat.summary).toMatch(/85,000/);
  });
});

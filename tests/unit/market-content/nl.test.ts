/**
 * Netherlands pack: key facts confirmed against sources on 2026-11-29.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pack } from '../../../shared/requirements/pack-schema';
import { applicableRequirements } from '../../../shared/requirements/applicability';
import { sampleProfile } from '../../fixtures/profile';

const nl = pack.parse(JSON.parse(fs.readFileSync(path.resolve('resources/requirements/nl.json'), 'utf8')));
const eu = pack.parse(JSON.parse(fs.readFileSync(path.resolve('resources/requirements/eu.json'), 'utf8')));
const byId = (id: string) => {
  const r = nl.requirements.find((q) => q.id === id);
  if (!r) throw new Error(`missing ${id}`);
  return r;
};
const ids = (profile = sampleProfile(), on = '2026-12-01') =>
  applicableRequirements([...eu.requirements, ...nl.requirements], { country: 'NL', countryName: 'Netherlands', profile, on }).map(
    (a) => a.requirement.id,
  );

describe('Netherlands pack', () => {
  it('names the UAVG and the Autoriteit Persoonsgegevens', () => {
    expect(nl.id).toBe('nl');
    const core = byId('nl.uavg.ap-national-framework');
    expect(core.citation.law).toMatch(/UAVG/);
    expect(core.summary).toMatch(/Autoriteit Persoonsgegevens/);
  });

  it('restricts BSN processing under Art. 46 UAVG', () => {
    const bsn = byId('nl.uavg.art46-bsn');
    expect(bsn.citation.article).toMatch(/Art\. 46/);
    expect(bsn.summary).toMatch(/only to carry out a statute/);
  });

  it('leaves the breach deadline to GDPR and records no localization law', () => {
    expect(nl.noneKnown.find((n) => n.category === 'breach_notification')?.text).toMatch(/72 hours/);
    expect(ids()).toContain('eu.gdpr.art33-breach-authority');
    expect(nl.noneKnown.some((n) => n.category === 'data_localization' && /No general data-localization law/.test(n.text))).toBe(true);
  });

  it('forms a BV by notarial deed with EUR 0.01 capital, and registers branches at the KVK', () => {
    const bv = byId('nl.bw2.bv-incorporation');
    expect(bv.summary).toMatch(/notary/);
    expect(bv.summary).toMatch(/EUR 0\.01/);
    expect(bv.effectiveFrom).toBe('2012-10-01');
    expect(ids(sampleProfile({ entryMode: 'branch' }))).toContain('nl.hrw.branch-registration');
    expect(ids(sampleProfile({ entryMode: 'cross_border' })).filter((id) => id.startsWith('nl.hrw.') || id.startsWith('nl.bw2.'))).toEqual([]);
  });

  it('registers trademarks at BOIP as Benelux marks', () => {
    expect(byId('nl.bcip.boip-trademark').summary).toMatch(/Benelux Office for Intellectual Property/);
  });

  it('records the AI Act implementation bill as a draft, not law', () => {
    expect(nl.noneKnown.find((n) => n.category === 'ai_governance')?.text).toMatch(/Uitvoeringswet AI-verordening.*not confirmed/);
  });
});

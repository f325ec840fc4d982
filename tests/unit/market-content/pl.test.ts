/**
 * Poland pack: key facts confirmed against sources on 2026-11-29.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pack } from '../../../shared/requirements/pack-schema';
import { applicableRequirements } from '../../../shared/requirements/applicability';
import { sampleProfile } from '../../fixtures/profile';

const pl = pack.parse(JSON.parse(fs.readFileSync(path.resolve('resources/requirements/pl.json'), 'utf8')));
const eu = pack.parse(JSON.parse(fs.readFileSync(path.resolve('resources/requirements/eu.json'), 'utf8')));
const byId = (id: string) => {
  const r = pl.requirements.find((q) => q.id === id);
  if (!r) throw new Error(`missing ${id}`);
  return r;
};
const run = (profile = sampleProfile(), on = '2026-12-01') =>
  applicableRequirements([...eu.requirements, ...pl.requirements], { country: 'PL', countryName: 'Poland', profile, on });
const ids = (profile = sampleProfile(), on = '2026-12-01') => run(profile, on).map((a) => a.requirement.id);

describe('Poland pack', () => {
  it('names the Act of 10 May 2018 and the President of UODO', () => {
    expect(pl.id).toBe('pl');
    const core = byId('pl.uodo.national-framework');
    expect(core.citation.law).toMatch(/10 maja 2018/);
    expect(core.summary).toMatch(/Prezes UODO/);
    expect(core.effectiveFrom).toBe('2018-05-25');
  });

  it('leaves the breach deadline to GDPR and records no localization law', () => {
    expect(pl.noneKnown.find((n) => n.category === 'breach_notification')?.text).toMatch(/UODO within 72 hours/);
    expect(ids()).toContain('eu.gdpr.art33-breach-authority');
    expect(pl.noneKnown.some((n) => n.category === 'data_localization' && /No general data-localization law/.test(n.text))).toBe(true);
  });

  it('makes KSeF e-invoicing apply to local entities from 1 February 2026, shown with its date before then', () => {
    const ksef = byId('pl.vat.ksef-mandatory-e-invoicing');
    expect(ksef.effectiveFrom).toBe('2026-02-01');
    expect(ksef.summary).toMatch(/1 April 2026/);
    expect(ksef.summary).toMatch(/PLN 200 million/);
    expect(ids()).toContain(ksef.id);
    expect(run(sampleProfile(), '2025-12-01').find((a) => a.requirement.id === ksef.id)?.appliesFrom).toBe('2026-02-01');
    expect(ids(sampleProfile({ entryMode: 'cross_border' }))).not.toContain(ksef.id);
  });

  it('lets a branch trade only after its KRS entry', () => {
    const branch = byId('pl.krs.branch-registration');
    expect(branch.summary).toMatch(/only after the branch is entered/);
    expect(branch.summary).toMatch(/oddział w Polsce/);
    expect(ids(sampleProfile({ entryMode: 'branch' }))).toContain(branch.id);
  });

  it('requires PLN 5,000 capital for an sp. z o.o.', () => {
    expect(byId('pl.ksh.sp-zoo-incorporation').summary).toMatch(/PLN 5,000/);
  });

  it('records the AI systems bill (KRiBSI) as not yet law', () => {
    expect(pl.noneKnown.find((n) => n.category === 'ai_governance')?.text).toMatch(/KRiBSI.*not confirmed/);
  });
});

/**
 * Saudi Arabia pack: key facts confirmed against sources on 2026-11-29.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pack } from '../../../shared/requirements/pack-schema';
import { applicableRequirements } from '../../../shared/requirements/applicability';
import { sampleProfile } from '../../fixtures/profile';

const sa = pack.parse(JSON.parse(fs.readFileSync(path.resolve('resources/requirements/sa.json'), 'utf8')));
const byId = (id: string) => {
  const r = sa.requirements.find((q) => q.id === id);
  if (!r) throw new Error(`missing ${id}`);
  return r;
};
const ids = (profile = sampleProfile(), on = '2026-12-01') =>
  applicableRequirements(sa.requirements, { country: 'SA', countryName: 'Saudi Arabia', profile, on }).map((a) => a.requirement.id);

describe('Saudi Arabia pack', () => {
  it('names the PDPL, enforced from 14 September 2024, with SDAIA', () => {
    const core = byId('sa.pdpl.core-obligations');
    expect(core.citation.law).toMatch(/Personal Data Protection Law/);
    expect(core.effectiveFrom).toBe('2024-09-14');
    expect(core.summary).toMatch(/Saudi Data and AI Authority \(SDAIA\)/);
  });

  it('notifies SDAIA within 72 hours (Implementing Regulations Art. 24)', () => {
    const breach = byId('sa.pdpl.art20-breach-notification');
    expect(breach.summary).toMatch(/within 72 hours/);
    expect(breach.citation.article).toMatch(/Art\. 24/);
  });

  it('lists the three transfer safeguards of the September 2024 regulation', () => {
    const t = byId('sa.pdpl.transfer-regulation');
    expect(t.summary).toMatch(/1 September 2024/);
    expect(t.summary).toMatch(/standard contractual clauses/);
    expect(t.summary).toMatch(/binding common rules/);
  });

  it('keeps NCA in-Kingdom hosting to critical infrastructure and marks it unverified', () => {
    const local = byId('sa.nca.government-cni-data-hosting');
    expect(local.verified).toBe(false);
    expect(ids()).not.toContain(local.id);
    expect(ids(sampleProfile({ regulatedSectors: ['critical_infrastructure'] }))).toContain(local.id);
  });

  it('requires VAT registration for cross-border consumer digital sales without a threshold', () => {
    const vat = byId('sa.zatca.non-resident-vat');
    expect(vat.summary).toMatch(/no registration threshold/);
    expect(ids(sampleProfile({ entryMode: 'cross_border', sellsDigitalServicesToConsumers: true }))).toContain(vat.id);
  });
});

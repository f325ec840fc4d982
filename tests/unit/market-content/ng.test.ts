/**
 * Nigeria pack: key facts confirmed against sources on 2026-11-29.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pack } from '../../../shared/requirements/pack-schema';
import { applicableRequirements } from '../../../shared/requirements/applicability';
import { sampleProfile } from '../../fixtures/profile';

const ng = pack.parse(JSON.parse(fs.readFileSync(path.resolve('resources/requirements/ng.json'), 'utf8')));
const byId = (id: string) => {
  const r = ng.requirements.find((q) => q.id === id);
  if (!r) throw new Error(`missing ${id}`);
  return r;
};
const ids = (profile = sampleProfile(), on = '2026-12-01') =>
  applicableRequirements(ng.requirements, { country: 'NG', countryName: 'Nigeria', profile, on }).map((a) => a.requirement.id);

describe('Nigeria pack', () => {
  it('cites the NDPA 2023 and the GAID in force from 19 September 2025, with the NDPC', () => {
    const core = byId('ng.ndpa.gaid-compliance');
    expect(core.citation.law).toMatch(/Nigeria Data Protection Act 2023/);
    expect(core.summary).toMatch(/Nigeria Data Protection Commission/);
    expect(core.summary).toMatch(/19 September 2025/);
  });

  it('notifies the NDPC within 72 hours under section 40', () => {
    const breach = byId('ng.ndpa.s40-breach-notification');
    expect(breach.citation.article).toBe('s. 40');
    expect(breach.summary).toMatch(/within 72 hours/);
  });

  it('keeps CBN payment-data localization to payment operators in finance, from 2027', () => {
    const local = byId('ng.cbn.payment-data-localization');
    expect(local.effectiveFrom).toBe('2027-01-01');
    expect(ids()).not.toContain(local.id);
    expect(ids(sampleProfile({ paymentData: true, regulatedSectors: ['finance'] }))).toContain(local.id);
  });

  it('requires local incorporation for both subsidiary and branch entries (CAMA s 78)', () => {
    expect(ids(sampleProfile({ entryMode: 'branch' }))).toContain('ng.cama.s78-local-incorporation');
    expect(ids(sampleProfile({ entryMode: 'cross_border' }))).not.toContain('ng.cama.s78-local-incorporation');
  });

  it('records that no AI statute is confirmed in force', () => {
    expect(ng.noneKnown.some((n) => n.category === 'ai_governance' && /No AI-specific statute confirmed in force/.test(n.text))).toBe(true);
  });
});

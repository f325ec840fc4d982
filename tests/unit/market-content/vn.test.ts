/**
 * Vietnam pack: key facts confirmed against sources on 2026-11-29.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pack } from '../../../shared/requirements/pack-schema';
import { applicableRequirements } from '../../../shared/requirements/applicability';
import { sampleProfile } from '../../fixtures/profile';

const vn = pack.parse(JSON.parse(fs.readFileSync(path.resolve('resources/requirements/vn.json'), 'utf8')));
const byId = (id: string) => {
  const r = vn.requirements.find((q) => q.id === id);
  if (!r) throw new Error(`missing ${id}`);
  return r;
};
const ids = (profile = sampleProfile(), on = '2026-12-01') =>
  applicableRequirements(vn.requirements, { country: 'VN', countryName: 'Vietnam', profile, on }).map((a) => a.requirement.id);

describe('Vietnam pack', () => {
  it('uses the PDP Law 91/2025/QH15 in force from 1 January 2026 (replacing Decree 13)', () => {
    expect(vn.id).toBe('vn');
    const core = byId('vn.pdpl.core-obligations');
    expect(core.citation.law).toMatch(/91\/2025\/QH15/);
    expect(core.citation.law).toMatch(/356\/2025/);
    expect(core.effectiveFrom).toBe('2026-01-01');
    expect(core.summary).toMatch(/Decree 13\/2023/);
  });

  it('requires a cross-border transfer impact assessment dossier', () => {
    const transfer = byId('vn.pdpl.cross-border-transfer-assessment');
    expect(transfer.summary).toMatch(/impact assessment dossier/);
    expect(transfer.verified).toBe(true);
  });

  it('keeps breach reporting at 72 hours but marks it unverified for the 2025 Law', () => {
    const breach = byId('vn.pdpl.breach-notification');
    expect(breach.summary).toMatch(/72 hours/);
    expect(breach.verified).toBe(false);
  });

  it('localizes data for a Vietnamese subsidiary under the Cybersecurity Law and Decree 53', () => {
    const local = byId('vn.cybersecurity.data-localization');
    expect(local.citation.law).toMatch(/53\/2022/);
    expect(local.summary).toMatch(/24 months/);
    expect(ids()).toContain(local.id);
    expect(ids(sampleProfile({ entryMode: 'cross_border' }))).not.toContain(local.id);
  });

  it('applies the AI Law from 1 March 2026 only to AI users', () => {
    expect(byId('vn.ai-law.risk-classification').effectiveFrom).toBe('2026-03-01');
    expect(ids()).not.toContain('vn.ai-law.risk-classification');
    expect(ids(sampleProfile({ aiInDecisionsAboutPeople: true }))).toContain('vn.ai-law.risk-classification');
  });
});

/**
 * Indonesia pack: key facts confirmed against sources on 2026-11-29.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pack } from '../../../shared/requirements/pack-schema';
import { applicableRequirements } from '../../../shared/requirements/applicability';
import { sampleProfile } from '../../fixtures/profile';

const idPack = pack.parse(JSON.parse(fs.readFileSync(path.resolve('resources/requirements/id.json'), 'utf8')));
const byId = (id: string) => {
  const r = idPack.requirements.find((q) => q.id === id);
  if (!r) throw new Error(`missing ${id}`);
  return r;
};
const ids = (profile = sampleProfile(), on = '2026-12-01') =>
  applicableRequirements(idPack.requirements, { country: 'ID', countryName: 'Indonesia', profile, on }).map((a) => a.requirement.id);

describe('Indonesia pack', () => {
  it('names Law No. 27 of 2022, fully applicable from 17 October 2024', () => {
    expect(idPack.id).toBe('id');
    const core = byId('id.pdp.core-obligations');
    expect(core.citation.law).toMatch(/Law No\. 27 of 2022/);
    expect(core.effectiveFrom).toBe('2024-10-17');
  });

  it('requires written breach notice within 3 x 24 hours', () => {
    const breach = byId('id.pdp.art46-breach-notification');
    expect(breach.summary).toMatch(/3 x 24 hours/);
    expect(breach.verified).toBe(true);
  });

  it('localizes only public-scope systems (GR 71/2019), not an ordinary private company', () => {
    const local = byId('id.gr71.public-scope-localization');
    expect(local.citation.law).toMatch(/Government Regulation No\. 71 of 2019/);
    expect(local.summary).toMatch(/public-scope/);
    expect(ids()).not.toContain(local.id);
  });

  it('requires PSE registration with an Indonesian contact person for foreign operators', () => {
    expect(byId('id.komdigi.private-eso-registration').summary).toMatch(/contact person domiciled in Indonesia/);
    expect(ids(sampleProfile({ entryMode: 'cross_border' }))).toContain('id.komdigi.private-eso-registration');
  });

  it('uses the October 2025 PT PMA capital rule (IDR 2.5 billion paid-up)', () => {
    const pma = byId('id.bkpm.pt-pma-establishment');
    expect(pma.summary).toMatch(/IDR 2\.5 billion/);
    expect(pma.effectiveFrom).toBe('2025-10-02');
  });

  it('records that no binding AI law is known', () => {
    expect(idPack.noneKnown.find((n) => n.category === 'ai_governance')?.text).toMatch(/No binding AI-specific law/);
  });
});

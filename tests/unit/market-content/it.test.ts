/**
 * Italy pack: key facts confirmed against sources on 2026-11-29.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pack } from '../../../shared/requirements/pack-schema';
import { applicableRequirements } from '../../../shared/requirements/applicability';
import { sampleProfile } from '../../fixtures/profile';

const itPack = pack.parse(JSON.parse(fs.readFileSync(path.resolve('resources/requirements/it.json'), 'utf8')));
const eu = pack.parse(JSON.parse(fs.readFileSync(path.resolve('resources/requirements/eu.json'), 'utf8')));
const byId = (id: string) => {
  const r = itPack.requirements.find((q) => q.id === id);
  if (!r) throw new Error(`missing ${id}`);
  return r;
};
const ids = (profile = sampleProfile(), on = '2026-12-01') =>
  applicableRequirements([...eu.requirements, ...itPack.requirements], { country: 'IT', countryName: 'Italy', profile, on }).map(
    (a) => a.requirement.id,
  );

describe('Italy pack', () => {
  it('names the Codice privacy as amended by D.Lgs. 101/2018 and the Garante', () => {
    expect(itPack.id).toBe('it');
    const core = byId('it.codice-privacy.garante-national-framework');
    expect(core.citation.law).toMatch(/D\.Lgs\. 196\/2003/);
    expect(core.citation.law).toMatch(/101\/2018/);
    expect(core.summary).toMatch(/Garante per la protezione dei dati personali/);
    expect(core.effectiveFrom).toBe('2018-09-19');
  });

  it('sets the digital age of consent at 14 under Art. 2-quinquies', () => {
    const minors = byId('it.codice-privacy.art2quinquies-minors');
    expect(minors.citation.article).toMatch(/2-quinquies/);
    expect(minors.summary).toMatch(/aged 14 or over/);
  });

  it('applies Law 132/2025 workplace AI information from 10 October 2025, only to employers using AI on people', () => {
    const work = byId('it.l132-2025.art11-workplace-ai-information');
    expect(work.citation.law).toMatch(/n\. 132/);
    expect(work.effectiveFrom).toBe('2025-10-10');
    expect(ids()).not.toContain(work.id);
    expect(ids(sampleProfile({ aiInDecisionsAboutPeople: true }))).toContain(work.id);
    expect(ids(sampleProfile({ aiInDecisionsAboutPeople: true, employsLocalStaff: false }))).not.toContain(work.id);
  });

  it('leaves the breach deadline to GDPR and records no general localization law', () => {
    expect(itPack.noneKnown.find((n) => n.category === 'breach_notification')?.text).toMatch(/Garante within 72 hours/);
    expect(ids()).toContain('eu.gdpr.art33-breach-authority');
    expect(itPack.noneKnown.some((n) => n.category === 'data_localization' && /No general data-localization law/.test(n.text))).toBe(true);
  });

  it('registers a branch within 30 days under Arts. 2197 and 2508 c.c.', () => {
    const branch = byId('it.cc.art2508-branch-registration');
    expect(branch.citation.article).toMatch(/2508/);
    expect(branch.summary).toMatch(/within 30 days/);
    expect(ids(sampleProfile({ entryMode: 'branch' }))).toContain(branch.id);
    expect(ids()).not.toContain(branch.id);
  });

  it('registers trademarks at the UIBM', () => {
    expect(byId('it.cpi.uibm-trademark').summary).toMatch(/Ufficio Italiano Brevetti e Marchi/);
  });
});

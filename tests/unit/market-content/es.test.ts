/**
 * Spain pack: key facts confirmed against sources on 2026-11-29.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pack } from '../../../shared/requirements/pack-schema';
import { applicableRequirements } from '../../../shared/requirements/applicability';
import { sampleProfile } from '../../fixtures/profile';

const es = pack.parse(JSON.parse(fs.readFileSync(path.resolve('resources/requirements/es.json'), 'utf8')));
const eu = pack.parse(JSON.parse(fs.readFileSync(path.resolve('resources/requirements/eu.json'), 'utf8')));
const byId = (id: string) => {
  const r = es.requirements.find((q) => q.id === id);
  if (!r) throw new Error(`missing ${id}`);
  return r;
};
const ids = (profile = sampleProfile(), on = '2026-12-01') =>
  applicableRequirements([...eu.requirements, ...es.requirements], { country: 'ES', countryName: 'Spain', profile, on }).map(
    (a) => a.requirement.id,
  );

describe('Spain pack', () => {
  it('names the LOPDGDD (Organic Law 3/2018) and the AEPD', () => {
    expect(es.id).toBe('es');
    const core = byId('es.lopdgdd.aepd-national-framework');
    expect(core.citation.law).toMatch(/Ley Orgánica 3\/2018/);
    expect(core.summary).toMatch(/Agencia Española de Protección de Datos/);
  });

  it('keeps the age-14 consent rule unverified while the age-16 bill is pending', () => {
    const minors = byId('es.lopdgdd.art7-minors-consent');
    expect(minors.summary).toMatch(/under 14/);
    expect(minors.summary).toMatch(/16/);
    expect(minors.verified).toBe(false);
  });

  it('requires a DPO for listed sectors such as finance but not for an ordinary B2B profile', () => {
    const dpo = byId('es.lopdgdd.art34-mandatory-dpo');
    expect(dpo.citation.article).toMatch(/Art\. 34/);
    expect(ids()).not.toContain(dpo.id);
    expect(ids(sampleProfile({ regulatedSectors: ['finance'] }))).toContain(dpo.id);
  });

  it('leaves the breach deadline to GDPR and records no localization law', () => {
    expect(es.noneKnown.find((n) => n.category === 'breach_notification')?.text).toMatch(/AEPD within 72 hours/);
    expect(ids()).toContain('eu.gdpr.art33-breach-authority');
    expect(es.noneKnown.some((n) => n.category === 'data_localization' && /No general data-localization law/.test(n.text))).toBe(true);
  });

  it('forms an SL with EUR 1 minimum capital since Law 18/2022', () => {
    const sl = byId('es.lsc.sl-incorporation');
    expect(sl.summary).toMatch(/EUR 1;/);
    expect(sl.effectiveFrom).toBe('2022-10-19');
    expect(ids()).toContain(sl.id);
    expect(ids(sampleProfile({ entryMode: 'cross_border' }))).not.toContain(sl.id);
  });

  it('registers trademarks at the OEPM under Ley 17/2001', () => {
    expect(byId('es.lm.oepm-trademark').citation.law).toMatch(/Ley 17\/2001/);
  });
});

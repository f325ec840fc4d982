/**
 * Switzerland pack: key facts confirmed against sources on 2026-11-29.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pack, type Requirement } from '../../../shared/requirements/pack-schema';
import { applicableRequirements } from '../../../shared/requirements/applicability';
import { sampleProfile } from '../../fixtures/profile';

const dir = path.resolve('resources/requirements');
const load = (f: string) => pack.parse(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
const ch = load('ch.json');
// The EU-wide pack is loaded too, to show that none of it reaches a Swiss entry.
const all: Requirement[] = [...load('eu.json').requirements, ...ch.requirements];
const byId = (id: string) => {
  const r = ch.requirements.find((q) => q.id === id);
  if (!r) throw new Error(`missing ${id}`);
  return r;
};
const run = (profile = sampleProfile(), on = '2026-12-01') =>
  applicableRequirements(all, { country: 'CH', countryName: 'Switzerland', profile, on });
const ids = (profile = sampleProfile()) => run(profile).map((a) => a.requirement.id);

describe('Switzerland pack', () => {
  it('names the revised FADP in force since 1 September 2023 and the FDPIC', () => {
    expect(ch.id).toBe('ch');
    const core = byId('ch.fadp.core-obligations');
    expect(core.citation.law).toMatch(/Federal Act on Data Protection/);
    expect(core.summary).toMatch(/Federal Data Protection and Information Commissioner/);
    expect(core.effectiveFrom).toBe('2023-09-01');
  });

  it('gets no EU duties (Switzerland is not in the EU or EEA)', () => {
    expect(ids().some((id) => id.startsWith('eu.'))).toBe(false);
  });

  it('reports high-risk breaches to the FDPIC as quickly as possible, with no fixed hour limit', () => {
    const breach = byId('ch.fadp.art24-breach-notification');
    expect(breach.citation.article).toMatch(/Art\. 24/);
    expect(breach.summary).toMatch(/as quickly as possible/);
    expect(breach.summary).toMatch(/high risk/);
    expect(ids()).toContain(breach.id);
  });

  it('allows transfers to DPF-certified US companies since 15 September 2024', () => {
    expect(byId('ch.fadp.art16-cross-border-transfers').summary).toMatch(/15 September 2024/);
  });

  it('asks foreign controllers, not Swiss subsidiaries, about an Art. 14 representative', () => {
    const rep = 'ch.fadp.art14-swiss-representative';
    expect(ids()).not.toContain(rep);
    expect(ids(sampleProfile({ entryMode: 'cross_border', dataSubjects: '100k_to_1m' }))).toContain(rep);
    expect(ids(sampleProfile({ entryMode: 'cross_border', dataSubjects: 'under_1k' }))).not.toContain(rep);
  });

  it('records that no data-localization law is known', () => {
    expect(ch.noneKnown.some((n) => n.category === 'data_localization' && /No general data-localization law/.test(n.text))).toBe(true);
  });

  it('registers foreign e-service sellers for VAT from CHF 100,000 worldwide turnover', () => {
    const vat = 'ch.mwstg.foreign-electronic-services';
    const seller = sampleProfile({ entryMode: 'cross_border', sellsDigitalServicesToConsumers: true, customerType: 'b2c' });
    expect(run(seller).find((a) => a.requirement.id === vat)?.certainty).toBe('check');
    expect(ids({ ...seller, globalRevenue: { amount: 5_000_000, currency: 'CHF' } })).toContain(vat);
    expect(ids({ ...seller, globalRevenue: { amount: 50_000, currency: 'CHF' } })).not.toContain(vat);
  });

  it('keeps cyberattack reporting to critical-infrastructure profiles', () => {
    const isg = 'ch.isg.cyberattack-reporting';
    expect(byId(isg).summary).toMatch(/within 24 hours/);
    expect(ids()).not.toContain(isg);
    expect(ids(sampleProfile({ regulatedSectors: ['energy'] }))).toContain(isg);
  });
});

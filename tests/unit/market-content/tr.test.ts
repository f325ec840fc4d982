/**
 * Turkey pack: key facts confirmed against sources on 2026-11-29.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pack } from '../../../shared/requirements/pack-schema';
import { applicableRequirements } from '../../../shared/requirements/applicability';
import { sampleProfile } from '../../fixtures/profile';

const load = (f: string) => pack.parse(JSON.parse(fs.readFileSync(path.resolve('resources/requirements', f), 'utf8')));
const tr = load('tr.json');
// The EU-wide pack is loaded too, to show that none of it reaches a Turkish entry.
const all = [...load('eu.json').requirements, ...tr.requirements];
const byId = (id: string) => {
  const r = tr.requirements.find((q) => q.id === id);
  if (!r) throw new Error(`missing ${id}`);
  return r;
};
const ids = (profile = sampleProfile(), on = '2026-12-01') =>
  applicableRequirements(all, { country: 'TR', countryName: 'Turkey', profile, on }).map((a) => a.requirement.id);

describe('Turkey pack', () => {
  it('names Law No. 6698 (KVKK), in force since 7 April 2016', () => {
    expect(tr.id).toBe('tr');
    const core = byId('tr.kvkk.core-obligations');
    expect(core.citation.law).toMatch(/Law No\. 6698/);
    expect(core.citation.law).toMatch(/KVKK/);
    expect(core.effectiveFrom).toBe('2016-04-07');
    expect(ids().some((id) => id.startsWith('eu.'))).toBe(false);
  });

  it('reports breaches to the Board within 72 hours under Decision 2019/10', () => {
    const breach = byId('tr.kvkk.art12-breach-notification');
    expect(breach.citation.law).toMatch(/2019\/10/);
    expect(breach.summary).toMatch(/within 72 hours/);
    expect(ids()).toContain(breach.id);
  });

  it('reflects the 2024 transfer reform: Law No. 7499 from 1 June 2024, standard contracts notified within five business days', () => {
    const transfer = byId('tr.kvkk.art9-cross-border-transfers');
    expect(transfer.citation.law).toMatch(/Law No\. 7499/);
    expect(transfer.effectiveFrom).toBe('2024-06-01');
    expect(transfer.summary).toMatch(/within five business days/);
    expect(transfer.summary).toMatch(/1 September 2024/);
  });

  it('sends foreign controllers to VERBIS through a Turkish representative, and local entities to the threshold check', () => {
    expect(ids(sampleProfile({ entryMode: 'cross_border' }))).toContain('tr.kvkk.foreign-controller-representative');
    expect(ids(sampleProfile({ entryMode: 'cross_border' }))).not.toContain('tr.kvkk.verbis-registration');
    expect(ids()).toContain('tr.kvkk.verbis-registration');
    expect(byId('tr.kvkk.verbis-registration').summary).toMatch(/TRY 100 million/);
  });

  it('applies data localization only to large consumer platforms and to finance', () => {
    const social = 'tr.5651.social-network-data-localization';
    const bank = 'tr.banking.primary-secondary-systems-in-turkey';
    expect(byId(social).summary).toMatch(/more than one million daily accesses/);
    expect(ids()).not.toContain(social);
    expect(ids()).not.toContain(bank);
    expect(ids(sampleProfile({ customerType: 'b2c', dataSubjects: 'over_1m' }))).toContain(social);
    expect(ids(sampleProfile({ regulatedSectors: ['finance'] }))).toContain(bank);
  });

  it('requires VAT registration with no threshold from foreign e-service sellers to consumers', () => {
    const vat = 'tr.vat.foreign-e-service-providers';
    expect(byId(vat).summary).toMatch(/no registration threshold/);
    expect(ids()).not.toContain(vat);
    expect(ids(sampleProfile({ entryMode: 'cross_border', sellsDigitalServicesToConsumers: true }))).toContain(vat);
  });

  it('records that no AI statute is in force', () => {
    expect(tr.noneKnown.find((n) => n.category === 'ai_governance')?.text).toMatch(/No AI-specific statute in force/);
  });
});

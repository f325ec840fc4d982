/**
 * United Arab Emirates pack: key facts confirmed against sources on 2026-11-29.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pack } from '../../../shared/requirements/pack-schema';
import { applicableRequirements } from '../../../shared/requirements/applicability';
import { sampleProfile } from '../../fixtures/profile';

const ae = pack.parse(JSON.parse(fs.readFileSync(path.resolve('resources/requirements/ae.json'), 'utf8')));
const byId = (id: string) => {
  const r = ae.requirements.find((q) => q.id === id);
  if (!r) throw new Error(`missing ${id}`);
  return r;
};
const ids = (profile = sampleProfile(), on = '2026-12-01') =>
  applicableRequirements(ae.requirements, { country: 'AE', countryName: 'United Arab Emirates', profile, on }).map((a) => a.requirement.id);

describe('United Arab Emirates pack', () => {
  it('cites Federal Decree-Law 45 of 2021, in force 2 January 2022, with the UAE Data Office', () => {
    const core = byId('ae.pdpl.core-obligations');
    expect(core.citation.law).toMatch(/Federal Decree-Law No\. 45 of 2021/);
    expect(core.effectiveFrom).toBe('2022-01-02');
    expect(core.summary).toMatch(/UAE Data Office/);
    expect(core.summary).toMatch(/DIFC, ADGM/);
  });

  it('notifies the Data Office of breaches under Article 9', () => {
    const breach = byId('ae.pdpl.art9-breach-notification');
    expect(breach.citation.article).toBe('Art. 9');
    expect(breach.summary).toMatch(/UAE Data Office/);
  });

  it('localizes health data (ICT Health Law Art. 13) only for health-sector profiles', () => {
    const local = byId('ae.ict-health.art13-health-data-localization');
    expect(local.citation.article).toMatch(/Art\. 13/);
    expect(ids()).not.toContain(local.id);
    expect(ids(sampleProfile({ regulatedSectors: ['health'] }))).toContain(local.id);
  });

  it('titles the DIFC/ADGM items as free-zone only', () => {
    expect(byId('ae.freezone.difc-adgm-data-protection').title).toMatch(/^DIFC or ADGM establishments only/);
    expect(byId('ae.difc.regulation-10-ai-systems').title).toMatch(/^DIFC establishments only/);
  });

  it('requires VAT registration for non-resident B2C e-services without a threshold', () => {
    const vat = byId('ae.vat.non-resident-electronic-services');
    expect(vat.summary).toMatch(/no registration threshold/);
    expect(ids(sampleProfile({ entryMode: 'cross_border', sellsDigitalServicesToConsumers: true }))).toContain(vat.id);
    expect(ids()).not.toContain(vat.id);
  });
});

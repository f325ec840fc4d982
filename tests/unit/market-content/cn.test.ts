/**
 * China pack: key facts confirmed against sources on 2026-11-29.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pack } from '../../../shared/requirements/pack-schema';
import { applicableRequirements } from '../../../shared/requirements/applicability';
import { sampleProfile } from '../../fixtures/profile';

const cn = pack.parse(JSON.parse(fs.readFileSync(path.resolve('resources/requirements/cn.json'), 'utf8')));
const byId = (id: string) => {
  const r = cn.requirements.find((q) => q.id === id);
  if (!r) throw new Error(`missing ${id}`);
  return r;
};
const ids = (profile = sampleProfile(), on = '2026-12-01') =>
  applicableRequirements(cn.requirements, { country: 'CN', countryName: 'China', profile, on }).map((a) => a.requirement.id);

describe('China pack', () => {
  it('is the cn pack and names the PIPL in force since 1 November 2021, with the CAC', () => {
    expect(cn.id).toBe('cn');
    const core = byId('cn.pipl.core-obligations');
    expect(core.citation.law).toMatch(/Personal Information Protection Law/);
    expect(core.effectiveFrom).toBe('2021-11-01');
    expect(core.summary).toMatch(/Cyberspace Administration of China/);
  });

  it('requires immediate breach notice to the regulator and individuals (PIPL Art. 57)', () => {
    const breach = byId('cn.pipl.art57-breach-notification');
    expect(breach.category).toBe('breach_notification');
    expect(breach.citation.article).toBe('Art. 57');
    expect(breach.summary).toMatch(/immediately/);
  });

  it('reports serious cybersecurity incidents within 4 hours (CIIOs 1 hour) from 1 November 2025', () => {
    const incident = byId('cn.cac.cybersecurity-incident-reporting');
    expect(incident.summary).toMatch(/within 4 hours/);
    expect(incident.summary).toMatch(/within 1 hour/);
    expect(incident.effectiveFrom).toBe('2025-11-01');
  });

  it('states the March 2024 cross-border thresholds and the 2026 certification route', () => {
    const transfer = byId('cn.pipl.cross-border-transfer-mechanisms');
    expect(transfer.effectiveFrom).toBe('2024-03-22');
    expect(transfer.summary).toMatch(/100,000/);
    expect(transfer.summary).toMatch(/1 million/);
    expect(transfer.summary).toMatch(/10,000/);
    expect(transfer.summary).toMatch(/1 January 2026/);
  });

  it('localizes data only for CIIOs (or very large processors)', () => {
    const local = byId('cn.csl.ciio-important-data-localization');
    expect(local.category).toBe('data_localization');
    expect(local.citation.article).toMatch(/CSL Art\. 37/);
    expect(ids()).not.toContain(local.id);
    expect(ids(sampleProfile({ regulatedSectors: ['critical_infrastructure'] }))).toContain(local.id);
  });

  it('asks a cross-border provider for a China representative but not a subsidiary', () => {
    expect(ids(sampleProfile({ entryMode: 'cross_border' }))).toContain('cn.pipl.art53-china-representative');
    expect(ids()).not.toContain('cn.pipl.art53-china-representative');
  });

  it('records that foreign digital suppliers cannot register for VAT (purchaser withholding)', () => {
    const note = cn.noneKnown.find((n) => n.category === 'tax_vat_gst');
    expect(note?.text).toMatch(/withholds VAT/);
  });
});

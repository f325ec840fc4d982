/**
 * Mexico pack: key facts confirmed against sources on 2026-11-29.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pack } from '../../../shared/requirements/pack-schema';
import { applicableRequirements } from '../../../shared/requirements/applicability';
import { sampleProfile } from '../../fixtures/profile';

const mx = pack.parse(JSON.parse(fs.readFileSync(path.resolve('resources/requirements/mx.json'), 'utf8')));
const byId = (id: string) => {
  const r = mx.requirements.find((q) => q.id === id);
  if (!r) throw new Error(`missing ${id}`);
  return r;
};
const ids = (profile = sampleProfile(), on = '2026-12-01') =>
  applicableRequirements(mx.requirements, { country: 'MX', countryName: 'Mexico', profile, on }).map((a) => a.requirement.id);

describe('Mexico pack', () => {
  it('cites the 2025 LFPDPPP in force from 21 March 2025, with the Secretaría Anticorrupción y Buen Gobierno instead of the INAI', () => {
    const core = byId('mx.lfpdppp2025.core-obligations');
    expect(core.citation.law).toMatch(/Ley Federal de Protección de Datos Personales en Posesión de los Particulares/);
    expect(core.effectiveFrom).toBe('2025-03-21');
    expect(core.summary).toMatch(/Secretaría Anticorrupción y Buen Gobierno/);
    expect(core.summary).toMatch(/INAI was dissolved/);
  });

  it('notifies data subjects (not the authority) of significant breaches, flagged as unverified against the 2025 text', () => {
    const breach = byId('mx.lfpdppp2025.breach-notice-data-subjects');
    expect(breach.summary).toMatch(/immediately/);
    expect(breach.summary).toMatch(/No notice to the authority/);
    expect(breach.verified).toBe(false);
  });

  it('records that no general data-localization law is known', () => {
    expect(mx.noneKnown.some((n) => n.category === 'data_localization' && /No general data-localization law/.test(n.text))).toBe(true);
  });

  it('asks cross-border digital sellers, not a B2B subsidiary, to register for VAT from June 2020', () => {
    const vat = byId('mx.liva.digital-services-vat');
    expect(vat.effectiveFrom).toBe('2020-06-01');
    expect(ids()).not.toContain(vat.id);
    expect(ids(sampleProfile({ entryMode: 'cross_border', sellsDigitalServicesToConsumers: true }))).toContain(vat.id);
  });

  it('gives a branch the Article 17 authorization and a subsidiary the incorporation steps', () => {
    expect(ids(sampleProfile({ entryMode: 'branch' }))).toContain('mx.lie.art17-foreign-branch');
    expect(ids()).toContain('mx.cnie.subsidiary-incorporation');
    expect(ids()).not.toContain('mx.lie.art17-foreign-branch');
  });
});

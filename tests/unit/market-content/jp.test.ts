/**
 * Japan pack: key facts confirmed against sources on 2026-11-29.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pack } from '../../../shared/requirements/pack-schema';
import { applicableRequirements } from '../../../shared/requirements/applicability';
import { sampleProfile } from '../../fixtures/profile';

const jp = pack.parse(JSON.parse(fs.readFileSync(path.resolve('resources/requirements/jp.json'), 'utf8')));
const byId = (id: string) => {
  const r = jp.requirements.find((q) => q.id === id);
  if (!r) throw new Error(`missing ${id}`);
  return r;
};
const ids = (profile = sampleProfile(), on = '2026-12-01') =>
  applicableRequirements(jp.requirements, { country: 'JP', countryName: 'Japan', profile, on }).map((a) => a.requirement.id);

describe('Japan pack', () => {
  it('names the APPI and the Personal Information Protection Commission', () => {
    expect(jp.id).toBe('jp');
    const core = byId('jp.appi.core-obligations');
    expect(core.citation.law).toMatch(/Act on the Protection of Personal Information/);
    expect(core.summary).toMatch(/Personal Information Protection Commission/);
  });

  it('reports qualifying leaks to the PPC (over 1,000 people; 60 days for unlawful-purpose cases)', () => {
    const breach = byId('jp.appi.art26-breach-report');
    expect(breach.citation.article).toMatch(/Art\. 26/);
    expect(breach.summary).toMatch(/1,000 individuals/);
    expect(breach.summary).toMatch(/60 days/);
  });

  it('allows transfers abroad by consent, adequacy (EU/UK) or equivalent measures', () => {
    const transfer = byId('jp.appi.art28-foreign-transfers');
    expect(transfer.summary).toMatch(/EU\/EEA and the UK/);
  });

  it('dates the AI Promotion Act from 4 June 2025 and applies it only to AI users', () => {
    expect(byId('jp.ai-promotion-act').effectiveFrom).toBe('2025-06-04');
    expect(ids()).not.toContain('jp.ai-promotion-act');
    expect(ids(sampleProfile({ aiInProduct: true }))).toContain('jp.ai-promotion-act');
  });

  it('records that no data-localization law is known', () => {
    expect(jp.noneKnown.find((n) => n.category === 'data_localization')?.text).toMatch(/No general data-localization law/);
  });

  it('registers a branch with a resident representative within three weeks, not a subsidiary', () => {
    expect(byId('jp.companies-act.foreign-company-registration').summary).toMatch(/three weeks/);
    expect(ids(sampleProfile({ entryMode: 'branch' }))).toContain('jp.companies-act.foreign-company-registration');
    expect(ids()).not.toContain('jp.companies-act.foreign-company-registration');
  });

  it('puts consumption tax on cross-border B2C e-services above JPY 10 million', () => {
    const tax = byId('jp.ctax.foreign-e-services');
    expect(tax.summary).toMatch(/JPY 10 million/);
    expect(ids(sampleProfile({ entryMode: 'cross_border', sellsDigitalServicesToConsumers: true }))).toContain(tax.id);
  });
});

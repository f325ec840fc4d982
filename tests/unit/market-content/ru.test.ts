/**
 * Russia pack: key facts confirmed against sources on 2026-11-29.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pack } from '../../../shared/requirements/pack-schema';
import { applicableRequirements } from '../../../shared/requirements/applicability';
import { sampleProfile } from '../../fixtures/profile';

const ru = pack.parse(JSON.parse(fs.readFileSync(path.resolve('resources/requirements/ru.json'), 'utf8')));
const byId = (id: string) => {
  const r = ru.requirements.find((q) => q.id === id);
  if (!r) throw new Error(`missing ${id}`);
  return r;
};
const ids = (profile = sampleProfile(), on = '2026-12-01') =>
  applicableRequirements(ru.requirements, { country: 'RU', countryName: 'Russia', profile, on }).map((a) => a.requirement.id);

describe('Russia pack', () => {
  it('names 152-FZ and Roskomnadzor', () => {
    expect(ru.id).toBe('ru');
    const core = byId('ru.152fz.core-obligations');
    expect(core.citation.law).toMatch(/152-FZ/);
    expect(core.summary).toMatch(/Roskomnadzor/);
  });

  it('requires leak notices to Roskomnadzor within 24 and 72 hours', () => {
    const breach = byId('ru.152fz.art21-leak-notification');
    expect(breach.summary).toMatch(/within 24 hours/);
    expect(breach.summary).toMatch(/within 72 hours/);
    expect(breach.verified).toBe(true);
  });

  it('states the July 2025 localization prohibition (Law 23-FZ) for anyone collecting Russian citizens’ data', () => {
    const local = byId('ru.152fz.art18-5-localization');
    expect(local.citation.article).toBe('Art. 18(5)');
    expect(local.citation.law).toMatch(/23-FZ/);
    expect(local.effectiveFrom).toBe('2025-07-01');
    expect(ids(sampleProfile({ entryMode: 'cross_border' }))).toContain(local.id);
  });

  it('requires the Roskomnadzor processing notice and a separate cross-border notice', () => {
    expect(byId('ru.152fz.art22-roskomnadzor-notice').category).toBe('representative_dpo');
    expect(byId('ru.152fz.art12-cross-border-notice').effectiveFrom).toBe('2023-03-01');
  });

  it('taxes foreign B2C e-services at 22% from 2026 and records no AI statute in force', () => {
    expect(byId('ru.vat.foreign-e-services').summary).toMatch(/22%/);
    expect(ru.noneKnown.find((n) => n.category === 'ai_governance')?.text).toMatch(/No AI-specific statute confirmed in force/);
  });
});

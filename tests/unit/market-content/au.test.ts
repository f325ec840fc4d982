/**
 * Australia pack: key facts confirmed against sources on 2026-11-29.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pack } from '../../../shared/requirements/pack-schema';
import { applicableRequirements } from '../../../shared/requirements/applicability';
import { sampleProfile } from '../../fixtures/profile';

const au = pack.parse(JSON.parse(fs.readFileSync(path.resolve('resources/requirements/au.json'), 'utf8')));
const byId = (id: string) => {
  const r = au.requirements.find((q) => q.id === id);
  if (!r) throw new Error(`missing ${id}`);
  return r;
};
const run = (profile = sampleProfile(), on = '2026-12-01') =>
  applicableRequirements(au.requirements, { country: 'AU', countryName: 'Australia', profile, on });
const big = sampleProfile({ globalRevenue: { amount: 10_000_000, currency: 'AUD' } });

describe('Australia pack', () => {
  it('names the Privacy Act 1988, the OAIC and the AUD 3 million small-business threshold', () => {
    const core = byId('au.privacy-act.app-compliance');
    expect(core.citation.law).toMatch(/Privacy Act 1988/);
    expect(core.summary).toMatch(/Office of the Australian Information Commissioner/);
    expect(core.summary).toMatch(/AUD 3 million/);
  });

  it('runs the NDB scheme: 30-day assessment, OAIC and individuals notified as soon as practicable', () => {
    const ndb = byId('au.privacy-act.ndb-scheme');
    expect(ndb.summary).toMatch(/within 30 days/);
    expect(ndb.summary).toMatch(/as soon as practicable/);
    expect(ndb.effectiveFrom).toBe('2018-02-22');
  });

  it('asks to check the turnover threshold when no revenue is given, and applies it above AUD 3 million', () => {
    expect(run().find((a) => a.requirement.id === 'au.privacy-act.ndb-scheme')?.certainty).toBe('check');
    expect(run(big).find((a) => a.requirement.id === 'au.privacy-act.ndb-scheme')?.certainty).toBe('applies');
    const small = sampleProfile({ globalRevenue: { amount: 1_000_000, currency: 'AUD' } });
    expect(run(small).map((a) => a.requirement.id)).not.toContain('au.privacy-act.ndb-scheme');
  });

  it('dates the automated-decision privacy-policy duty from 10 December 2026 and records no AI statute', () => {
    const adm = byId('au.privacy-act.app1-automated-decisions');
    expect(adm.effectiveFrom).toBe('2026-12-10');
    const withAi = run({ ...big, aiInDecisionsAboutPeople: true }, '2026-12-01').find((a) => a.requirement.id === adm.id);
    expect(withAi?.appliesFrom).toBe('2026-12-10');
    expect(au.noneKnown.some((n) => n.category === 'ai_governance' && /National AI Plan/.test(n.text))).toBe(true);
  });

  it('records no general localization law and keeps the My Health Record rule to health operators', () => {
    expect(au.noneKnown.some((n) => n.category === 'data_localization' && /No general data-localization law/.test(n.text))).toBe(true);
    expect(run(big).map((a) => a.requirement.id)).not.toContain('au.mhra.s77-records-in-australia');
    expect(run({ ...big, regulatedSectors: ['health'] }).map((a) => a.requirement.id)).toContain('au.mhra.s77-records-in-australia');
  });

  it('requires GST registration from AUD 75,000 of consumer digital sales', () => {
    const gst = byId('au.gst.non-resident-digital-supplies');
    expect(gst.summary).toMatch(/AUD 75,000/);
    expect(gst.effectiveFrom).toBe('2017-07-01');
  });
});

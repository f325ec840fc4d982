/**
 * The applicability engine over the packs we ship: the facts counsel relies on most.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applicableRequirements, reasonSentence } from '../../shared/requirements/applicability';
import { pack, type Requirement } from '../../shared/requirements/pack-schema';
import type { ApplicabilityProfile } from '../../shared/entry-schema';
import { sampleProfile } from '../fixtures/profile';

const dir = path.resolve('resources/requirements');
const packs = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => pack.parse(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))));
const all: Requirement[] = packs.flatMap((p) => p.requirements);

const base = sampleProfile();

const run = (country: string, name: string, profile: ApplicabilityProfile = base, on = '2027-03-01') =>
  applicableRequirements(all, { country, countryName: name, profile, on });

describe('shipped packs', () => {
  it('have unique requirement ids across all packs, each with a citation, https source and review date', () => {
    const ids = all.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of all) {
      expect(r.sourceUrl, r.id).toMatch(/^https:\/\//);
      expect(r.citation.article.length, r.id).toBeGreaterThan(0);
      expect(r.lastReviewed, r.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("give a French entry that processes personal data GDPR's 72-hour breach notification", () => {
    const breach = run('FR', 'France').find((a) => a.requirement.id === 'eu.gdpr.art33-breach-authority');
    expect(breach).toBeDefined();
    expect(breach!.requirement.summary).toMatch(/72 hours/);
    expect(reasonSentence(breach!)).toBe('applies because: France (EEA member); processes personal data of residents');
  });

  it('give a profile without AI use no AI Act duties, and one with AI the staged duties with their dates', () => {
    expect(run('DE', 'Germany').filter((a) => a.requirement.id.startsWith('eu.ai-act'))).toEqual([]);
    const withAi = run('DE', 'Germany', { ...base, aiInDecisionsAboutPeople: true });
    const highRisk = withAi.find((a) => a.requirement.id === 'eu.ai-act.high-risk-annex-iii');
    expect(highRisk?.appliesFrom).toBe(highRisk?.requirement.effectiveFrom);
    expect(highRisk!.appliesFrom! > '2027-03-01').toBe(true);
    expect(reasonSentence(highRisk!)).toMatch(/\(from \d{4}-\d{2}-\d{2}\)$/);
  });

  it('give a Brazilian entry LGPD duties and no GDPR duty', () => {
    const ids = run('BR', 'Brazil').map((a) => a.requirement.id);
    expect(ids).toContain('br.anpd.res15-2024-incident-notification');
    expect(ids.some((id) => id.startsWith('eu.'))).toBe(false);
  });

  it('keep company registration to entry modes that register locally', () => {
    const sub = run('GB', 'United Kingdom').map((a) => a.requirement.id);
    expect(sub).toContain('gb.companies.subsidiary-incorporation');
    const eor = run('GB', 'United Kingdom', { ...base, entryMode: 'employer_of_record' }).map((a) => a.requirement.id);
    expect(eor.filter((id) => id.startsWith('gb.companies.'))).toEqual([]);
  });
});

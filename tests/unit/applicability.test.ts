import { describe, expect, it } from 'vitest';
import { applicableRequirements, evaluateRule, reasonSentence } from '../../shared/requirements/applicability';
import type { Requirement } from '../../shared/requirements/pack-schema';
import { sampleProfile } from '../fixtures/profile';

const profile = sampleProfile({ globalRevenue: { amount: 30_000_000, currency: 'USD' } });

function req(id: string, over: Partial<Requirement>): Requirement {
  return {
    id,
    title: id,
    summary: 'A summary in our own words.',
    jurisdiction: ['EU'],
    category: 'data_protection',
    appliesWhen: { always: true },
    citation: { law: 'Law', article: 'Art. 1' },
    sourceUrl: 'https://example.org',
    ownerRole: 'legal',
    leadTimeDays: 10,
    evidenceExpected: ['a record'],
    workstream: 'regulatory_legal',
    effectiveFrom: '2018-05-25',
    effectiveUntil: null,
    lastReviewed: '2026-11-29',
    verified: false,
    ...over,
  };
}

const gdprBreach = req('eu.gdpr.breach', { category: 'breach_notification', appliesWhen: { field: 'processesPersonalData', is: true } });
const aiAct = req('eu.ai-act.high-risk', {
  category: 'ai_governance',
  appliesWhen: { any: [{ field: 'aiInProduct', is: true }, { field: 'aiInDecisionsAboutPeople', is: true }] },
  effectiveFrom: '2026-08-02',
});
const lgpd = req('br.lgpd.breach', { jurisdiction: ['BR'], appliesWhen: { field: 'processesPersonalData', is: true } });
const future = req('eu.future', { effectiveFrom: '2027-08-02' });
const expired = req('eu.expired', { effectiveUntil: '2020-01-01' });
const ccpa = req('us.ccpa', { jurisdiction: ['US'], appliesWhen: { field: 'globalRevenue', atLeast: { amount: 26_625_000, currency: 'USD' } } });
const all = [gdprBreach, aiAct, lgpd, future, expired, ccpa];

const ids = (xs: { requirement: Requirement }[]) => xs.map((x) => x.requirement.id);

describe('applicability', () => {
  it('gives a French entry that processes personal data the GDPR breach duty, with reasons', () => {
    const got = applicableRequirements(all, { country: 'FR', countryName: 'France', profile, on: '2027-03-01' });
    const breach = got.find((g) => g.requirement.id === 'eu.gdpr.breach')!;
    expect(breach.certainty).toBe('applies');
    expect(reasonSentence(breach)).toBe('applies because: France (EU member); processes personal data of residents');
  });

  it('gives no AI Act duty to a profile without AI', () => {
    const got = applicableRequirements(all, { country: 'FR', countryName: 'France', profile, on: '2027-03-01' });
    expect(ids(got)).not.toContain('eu.ai-act.high-risk');
    const withAi = applicableRequirements(all, { country: 'FR', countryName: 'France', profile: { ...profile, aiInDecisionsAboutPeople: true }, on: '2027-03-01' });
    expect(withAi.find((g) => g.requirement.id === 'eu.ai-act.high-risk')?.reasons).toContain('uses AI in decisions about people');
  });

  it('gives a Brazilian entry LGPD and not GDPR', () => {
    const got = ids(applicableRequirements(all, { country: 'BR', countryName: 'Brazil', profile, on: '2027-03-01' }));
    expect(got).toContain('br.lgpd.breach');
    expect(got).not.toContain('eu.gdpr.breach');
  });

  it('shows a duty with a future effective date with that date, and drops one that has ended', () => {
    const got = applicableRequirements(all, { country: 'DE', countryName: 'Germany', profile, on: '2027-03-01' });
    expect(got.find((g) => g.requirement.id === 'eu.future')?.appliesFrom).toBe('2027-08-02');
    expect(reasonSentence(got.find((g) => g.requirement.id === 'eu.future')!)).toMatch(/\(from 2027-08-02\)$/);
    expect(got.find((g) => g.requirement.id === 'eu.gdpr.breach')?.appliesFrom).toBeNull();
    expect(ids(got)).not.toContain('eu.expired');
  });

  it('respects membership dates: the UK after Brexit gets no EU duty', () => {
    expect(ids(applicableRequirements(all, { country: 'GB', countryName: 'United Kingdom', profile, on: '2027-03-01' }))).not.toContain('eu.gdpr.breach');
    expect(ids(applicableRequirements(all, { country: 'GB', countryName: 'United Kingdom', profile, on: '2019-03-01' }))).toContain('eu.gdpr.breach');
  });

  it('compares revenue thresholds in the same currency and asks for a check otherwise', () => {
    const usd = applicableRequirements([ccpa], { country: 'US', countryName: 'United States', profile, on: '2027-03-01' });
    expect(usd[0]).toMatchObject({ certainty: 'applies' });
    expect(usd[0]!.reasons[1]).toBe('global annual revenue USD 30,000,000 reaches USD 26,625,000');
    const below = applicableRequirements([ccpa], { country: 'US', countryName: 'United States', profile: { ...profile, globalRevenue: { amount: 1_000_000, currency: 'USD' } }, on: '2027-03-01' });
    expect(below).toHaveLength(0);
    const eur = applicableRequirements([ccpa], { country: 'US', countryName: 'United States', profile: { ...profile, globalRevenue: { amount: 40_000_000, currency: 'EUR' } }, on: '2027-03-01' });
    expect(eur[0]).toMatchObject({ certainty: 'check' });
    expect(reasonSentence(eur[0]!)).toMatch(/^may apply — check: .*in EUR; compare it with the USD 26,625,000 threshold/);
    const none = applicableRequirements([ccpa], { country: 'US', countryName: 'United States', profile: { ...profile, globalRevenue: null }, on: '2027-03-01' });
    expect(none[0]?.certainty).toBe('check');
  });

  it('evaluates not, all, bands and sectors', () => {
    expect(evaluateRule({ not: { field: 'entryMode', in: ['cross_border'] } }, profile).truth).toBe('yes');
    expect(evaluateRule({ all: [{ field: 'processesPersonalData', is: true }, { field: 'sensitiveData', is: true }] }, profile)).toEqual({
      truth: 'no',
      reasons: ['no special-category or sensitive data'],
    });
    expect(evaluateRule({ field: 'dataSubjects', atLeast: '10k_to_100k' }, profile).truth).toBe('yes');
    expect(evaluateRule({ field: 'dataSubjects', atLeast: '100k_to_1m' }, profile).truth).toBe('no');
    expect(evaluateRule({ field: 'regulatedSectors', includes: 'finance' }, { ...profile, regulatedSectors: ['finance'] })).toEqual({ truth: 'yes', reasons: ['operates in finance'] });
  });
});

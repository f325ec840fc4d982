import { describe, expect, it } from 'vitest';
import { applicableRequirements, evaluateRule, reasonSentence } from '../../shared/requirements/applicability';
import { RULE_TOO_DEEP, rule, type Requirement } from '../../shared/requirements/pack-schema';
import type { ApplicabilityProfile } from '../../shared/entry-schema';
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

  it('reads a profile stored before the optional questions existed as "don\'t know": check, never silently dropped', () => {
    const { customerRegions: _r, aiRole: _a, hostsUserContent: _h, freeZone: _f, localHeadcount: _l, ...old } = sampleProfile();
    const stored = old as ApplicabilityProfile;
    expect(evaluateRule({ field: 'hostsUserContent', is: true }, stored)).toEqual({ truth: 'unknown', reasons: ['not said whether it hosts user content'] });
    expect(evaluateRule({ field: 'aiRole', in: ['provides_gpai_model'] }, stored)).toEqual({ truth: 'unknown', reasons: ['AI role not given'] });
    expect(evaluateRule({ field: 'freeZone', in: ['difc'] }, stored).truth).toBe('unknown');
    expect(evaluateRule({ field: 'localHeadcount', atLeast: '10_to_49' }, stored).truth).toBe('unknown');
    expect(evaluateRule({ field: 'customerRegions', includes: 'US-CA' }, stored)).toEqual({ truth: 'unknown', reasons: ['states or provinces with customers not given (US-CA)'] });
    const onlyIfHosting = req('eu.dsa.hosting', { appliesWhen: { field: 'hostsUserContent', is: true } });
    const [a] = applicableRequirements([onlyIfHosting], { country: 'DE', countryName: 'Germany', profile: stored, on: '2027-03-01' });
    expect(a && reasonSentence(a)).toBe('may apply — check: Germany (EU member); not said whether it hosts user content');
  });

  it('answers optional questions, bands and regions once they are given', () => {
    const p = sampleProfile({ hostsUserContent: false, aiRole: 'provides_system', localHeadcount: '50_to_249', customerRegions: ['US-NY'] });
    expect(evaluateRule({ field: 'hostsUserContent', is: true }, p)).toEqual({ truth: 'no', reasons: ['hosts no user content'] });
    expect(evaluateRule({ field: 'aiRole', in: ['provides_system', 'provides_gpai_model'] }, p)).toEqual({ truth: 'yes', reasons: ['provides its own AI system'] });
    expect(evaluateRule({ field: 'localHeadcount', atLeast: '10_to_49' }, p).truth).toBe('yes');
    expect(evaluateRule({ field: 'localHeadcount', atLeast: '250_or_more' }, p).truth).toBe('no');
    expect(evaluateRule({ field: 'customerRegions', includes: 'US-CA' }, p)).toEqual({ truth: 'no', reasons: ['no customers or sites in US-CA'] });
    expect(evaluateRule({ field: 'customerRegions', includesAny: ['US-CO', 'US-NY'] }, p)).toEqual({ truth: 'yes', reasons: ['has customers or sites in US-NY'] });
    // The entry's own region is a site: it counts whatever the customer list says.
    expect(evaluateRule({ field: 'customerRegions', includes: 'US-CA' }, p, 'US-CA')).toEqual({ truth: 'yes', reasons: ['operates in US-CA'] });
    expect(evaluateRule({ field: 'targetRegion', in: ['CA-QC'] }, p, 'CA-QC').truth).toBe('yes');
    expect(evaluateRule({ field: 'targetRegion', in: ['CA-QC'] }, p, 'CA-ON').truth).toBe('no');
    expect(evaluateRule({ field: 'targetRegion', in: ['CA-QC'] }, p, null)).toEqual({ truth: 'no', reasons: ['enters the whole country, no region chosen'] });
  });

  it('refuses rules on unknown region codes or answers, and keeps the nesting limit', () => {
    expect(rule.safeParse({ field: 'customerRegions', includes: 'California' }).success).toBe(false);
    expect(rule.safeParse({ field: 'aiRole', in: ['builds_robots'] }).success).toBe(false);
    expect(rule.safeParse({ field: 'targetRegion', in: ['US-CA'] }).success).toBe(true);
    let deep: unknown = { field: 'hostsUserContent', is: true };
    for (let i = 0; i < 16; i++) deep = { not: deep };
    expect(rule.safeParse(deep).error?.issues[0]?.message).toBe(RULE_TOO_DEEP);
  });
});

/**
 * Issue 18 §1: the duties of selling online and the remaining market duties, one row per
 * profile: which requirements it must get and which it must not. Versioned AI Act items are
 * checked on both sides of the 2026 amendment. Profiles are the sample B2B subsidiary
 * (tests/fixtures/profile.ts) with changes.
 */
import { describe, expect, it } from 'vitest';
import type { ApplicabilityProfile } from '../../shared/entry-schema';
import { evaluate, profileWith, requirementById, type Market } from './packs';

const ON = '2026-12-01';
const m = (country: string, countryName: string, ...packs: string[]): Market => ({ country, countryName, packs });
const DE = m('DE', 'Germany', 'eu', 'de');
const FR = m('FR', 'France', 'eu', 'fr');

interface Row {
  name: string;
  market: Market;
  profile: Partial<ApplicabilityProfile>;
  on?: string;
  includes?: string[];
  excludes?: string[];
}

const B2C_SAAS = { customerType: 'b2c', sellsDigitalServicesToConsumers: true } as const;

const ROWS: Row[] = [
  {
    name: 'a German B2C SaaS gets cookie consent, Impressum, consumer law, the withdrawal function, the cancellation button and accessibility',
    market: DE,
    profile: B2C_SAAS,
    includes: [
      'eu.eprivacy.art5-3-device-storage-consent',
      'de.tdddg.s25-device-access-consent',
      'de.ddg.s5-provider-identification',
      'eu.consumer.crd-information-and-withdrawal',
      'eu.consumer.art11a-withdrawal-function',
      'de.bgb.s312k-cancellation-button',
      'eu.eaa.accessibility-consumer-services',
    ],
  },
  {
    name: 'a German B2B subsidiary gets the Impressum but no consumer-law, accessibility or cancellation-button duties',
    market: DE,
    profile: { hostsUserContent: false, runsOnlinePlatform: false, offersCloudService: false },
    includes: ['de.ddg.s5-provider-identification'],
    excludes: ['eu.consumer.crd-information-and-withdrawal', 'eu.eaa.accessibility-consumer-services', 'de.bgb.s312k-cancellation-button', 'eu.dsa.hosting-notice-and-action'],
  },
  {
    name: 'a platform selling from abroad gets the DSA platform duties and the Art. 13 legal representative',
    market: DE,
    profile: { entryMode: 'cross_border', runsOnlinePlatform: true, hostsUserContent: true },
    includes: ['eu.dsa.hosting-notice-and-action', 'eu.dsa.online-platform-duties', 'eu.dsa.art13-legal-representative'],
  },
  {
    name: 'a hosting subsidiary needs no DSA legal representative',
    market: DE,
    profile: { hostsUserContent: true },
    includes: ['eu.dsa.hosting-notice-and-action'],
    excludes: ['eu.dsa.art13-legal-representative'],
  },
  { name: 'a financial entity gets DORA', market: FR, profile: { regulatedSectors: ['finance'] }, includes: ['eu.dora.ict-risk-and-incidents'] },
  { name: 'a non-financial company gets no DORA', market: FR, profile: {}, excludes: ['eu.dora.ict-risk-and-incidents'] },
  { name: 'France: CNIL cookie rules and three-click termination for B2C subscriptions', market: FR, profile: B2C_SAAS, includes: ['fr.cnil.cookies-and-trackers', 'fr.conso.three-click-termination'] },
  {
    name: 'AI Act after the amendment: the effort-duty literacy item, not the 2024 wording; the new prohibition from 2 Dec 2026',
    market: DE,
    profile: { aiInProduct: true },
    includes: ['eu.ai-act.art4-ai-literacy', 'eu.ai-act.art5-intimate-imagery-prohibition'],
    excludes: ['eu.ai-act.art4-ai-literacy-2024-text'],
  },
  {
    name: 'AI Act judged before the amendment: the 2024 literacy wording and the original high-risk date',
    market: DE,
    on: '2026-03-01',
    profile: { aiInProduct: true, aiInDecisionsAboutPeople: true },
    // (the amended items are listed too, applying from their later dates)
    includes: ['eu.ai-act.art4-ai-literacy-2024-text', 'eu.ai-act.high-risk-annex-iii-2024-text', 'eu.ai-act.art4-ai-literacy'],
  },
  {
    name: 'AI Act judged in 2027, after the amendment: no 2024-text item at all',
    market: DE,
    on: '2027-03-01',
    profile: { aiInProduct: true, aiInDecisionsAboutPeople: true, aiInRegulatedProduct: true },
    includes: ['eu.ai-act.high-risk-annex-iii', 'eu.ai-act.high-risk-annex-i', 'eu.ai-act.art4-ai-literacy'],
    excludes: ['eu.ai-act.high-risk-annex-iii-2024-text', 'eu.ai-act.high-risk-annex-i-2024-text', 'eu.ai-act.art4-ai-literacy-2024-text'],
  },
  { name: 'AI Act high-risk judged now: the amended item only', market: DE, profile: { aiInDecisionsAboutPeople: true }, includes: ['eu.ai-act.high-risk-annex-iii'], excludes: ['eu.ai-act.high-risk-annex-iii-2024-text'] },
  { name: 'China: a subsidiary files ICP and grades systems under MLPS', market: m('CN', 'China', 'cn'), profile: {}, includes: ['cn.miit.icp-filing-or-licence', 'cn.csl.mlps-classification'] },
  { name: 'China: a cross-border seller gets no ICP item', market: m('CN', 'China', 'cn'), profile: { entryMode: 'cross_border' }, excludes: ['cn.miit.icp-filing-or-licence'] },
  {
    name: 'Russia: a large consumer online service gets the landing law; a small one does not',
    market: m('RU', 'Russia', 'ru'),
    profile: { entryMode: 'cross_border', sellsDigitalServicesToConsumers: true, dataSubjects: 'over_1m' },
    includes: ['ru.236fz.landing-law'],
  },
  { name: 'Russia: a 10k-people service gets no landing law', market: m('RU', 'Russia', 'ru'), profile: { entryMode: 'cross_border', sellsDigitalServicesToConsumers: true }, excludes: ['ru.236fz.landing-law'] },
  { name: 'India before 13 May 2027: SPDI Rules apply', market: m('IN', 'India', 'in'), profile: {}, includes: ['in.spdi.rules-2011'] },
  { name: 'India from 13 May 2027: SPDI Rules give way to the DPDP Act', market: m('IN', 'India', 'in'), on: '2027-06-01', profile: {}, excludes: ['in.spdi.rules-2011'] },
  {
    name: 'India: a B2C platform gets the IT Rules and the E-Commerce Rules',
    market: m('IN', 'India', 'in'),
    profile: { entryMode: 'cross_border', customerType: 'b2c', runsOnlinePlatform: true, hostsUserContent: true },
    includes: ['in.it-rules-2021.intermediary-due-diligence', 'in.ecommerce-rules-2020'],
  },
  { name: 'US: health data brings HIPAA, finance GLBA', market: m('US', 'United States', 'us'), profile: { regulatedSectors: ['health', 'finance'] }, includes: ['us.hipaa.privacy-security-breach', 'us.glba.privacy-and-safeguards'] },
  { name: 'US: Virginia customers at scale bring the state privacy laws', market: m('US', 'United States', 'us'), profile: { dataSubjects: '100k_to_1m', customerRegions: ['US-VA'] }, includes: ['us.states.comprehensive-privacy-laws'] },
  { name: 'US: Texas customers bring them at any scale', market: m('US', 'United States', 'us'), profile: { customerRegions: ['US-TX'] }, includes: ['us.states.comprehensive-privacy-laws'] },
  { name: 'US: customers only in Florida bring none', market: m('US', 'United States', 'us'), profile: { dataSubjects: '100k_to_1m', customerRegions: ['US-FL'] }, excludes: ['us.states.comprehensive-privacy-laws'] },
  { name: 'US: a GPAI-model provider gets California SB 53', market: m('US', 'United States', 'us'), profile: { aiInProduct: true, aiRole: 'provides_gpai_model' }, includes: ['us.ca.sb53-frontier-ai'] },
  { name: 'US: an AI user gets no SB 53', market: m('US', 'United States', 'us'), profile: { aiInProduct: true, aiRole: 'uses_third_party' }, excludes: ['us.ca.sb53-frontier-ai'] },
  { name: 'US: a branch files a FinCEN BOI report, a subsidiary does not', market: m('US', 'United States', 'us'), profile: { entryMode: 'branch' }, includes: ['us.fincen.boi-foreign-reporting-company'] },
  { name: 'Canada: B2C marketing brings CASL', market: m('CA', 'Canada', 'ca'), profile: { customerType: 'b2c' }, includes: ['ca.casl.commercial-electronic-messages'] },
  { name: 'UK: a user-to-user service gets the Online Safety Act', market: m('GB', 'United Kingdom', 'gb'), profile: { entryMode: 'cross_border', hostsUserContent: true }, includes: ['gb.osa.user-to-user-duties'] },
  { name: 'UK: no user content, no Online Safety Act', market: m('GB', 'United Kingdom', 'gb'), profile: { hostsUserContent: false, runsOnlinePlatform: false }, excludes: ['gb.osa.user-to-user-duties'] },
  { name: 'Nigeria: any personal data brings NDPC registration (200-person line)', market: m('NG', 'Nigeria', 'ng'), profile: { dataSubjects: 'under_1k' }, includes: ['ng.ndpc.dcpmi-registration-dpo'] },
];

const BENEFICIAL_OWNERSHIP: [Market, string][] = [
  [m('GB', 'United Kingdom', 'gb'), 'gb.companies.psc-register'],
  [m('IE', 'Ireland', 'eu', 'ie'), 'ie.rbo.beneficial-ownership-filing'],
  [m('NL', 'Netherlands', 'eu', 'nl'), 'nl.handelsregister.ubo-register'],
  [m('PL', 'Poland', 'eu', 'pl'), 'pl.crbr.beneficial-owners'],
];

describe('remaining duties reach the right profiles', () => {
  it.each(ROWS)('$name', (row) => {
    const ids = evaluate(row.market, profileWith(row.profile), row.on ?? ON).map((a) => a.requirement.id);
    for (const id of row.includes ?? []) expect(ids, `${id} should apply`).toContain(id);
    for (const id of row.excludes ?? []) expect(ids, `${id} should not apply`).not.toContain(id);
  });

  it.each(BENEFICIAL_OWNERSHIP.map(([market, id]) => ({ market, id, where: market.countryName })))('$where: a subsidiary gets the dated beneficial-ownership duty $id', ({ market, id }) => {
    const ids = (p: Partial<ApplicabilityProfile>) => evaluate(market, profileWith(p), ON).map((a) => a.requirement.id);
    expect(ids({})).toContain(id);
    expect(ids({ entryMode: 'employer_of_record' })).not.toContain(id);
  });

  it('versions the AI Act items: each 2024-text item ends where the amended one takes over, and new items are unverified unless checked', () => {
    const eu = m('DE', 'Germany', 'eu');
    const literacyOld = requirementById(eu, 'eu.ai-act.art4-ai-literacy-2024-text');
    const literacy = requirementById(eu, 'eu.ai-act.art4-ai-literacy');
    expect(literacyOld.effectiveUntil! < literacy.effectiveFrom).toBe(true);
    expect(literacy.summary).toMatch(/support the development of AI literacy/);
    expect(requirementById(eu, 'eu.ai-act.high-risk-annex-iii-2024-text')).toMatchObject({ effectiveFrom: '2024-08-01', effectiveUntil: '2026-07-26' });
    expect(requirementById(eu, 'eu.ai-act.high-risk-annex-iii-2024-text').summary).toMatch(/from 2 August 2026/);
    expect(requirementById(eu, 'eu.ai-act.high-risk-annex-iii').effectiveFrom).toBe('2027-12-02');
    expect(requirementById(eu, 'eu.ai-act.high-risk-annex-i-2024-text')).toMatchObject({ effectiveUntil: '2026-07-26' });
    expect(requirementById(eu, 'eu.ai-act.high-risk-annex-i-2024-text').summary).toMatch(/from 2 August 2027/);
    expect(requirementById(eu, 'eu.ai-act.high-risk-annex-i').effectiveFrom).toBe('2028-08-02');
    expect(requirementById(eu, 'eu.ai-act.art5-intimate-imagery-prohibition')).toMatchObject({ effectiveFrom: '2026-12-02', verified: false });
    expect(requirementById(m('BR', 'Brazil', 'br'), 'br.anpd.res19-2024-international-transfers').summary).toMatch(/EU\/EEA as adequate/);
    expect(requirementById(eu, 'eu.gdpr.chapter5-international-transfers').summary).toMatch(/adequacy decision of January 2026/);
  });
});

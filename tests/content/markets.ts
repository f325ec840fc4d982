/**
 * The facts counsel relies on in each shipped market pack, one row per market, checked by
 * market-content.test.ts. Facts were confirmed against the cited sources on 2026-11-29.
 *
 * A text fact is a string (must be exactly that) or one or more patterns (each must match).
 * A scenario is the sample profile (a B2B subsidiary processing personal data of 10k–100k
 * people, no AI; see tests/fixtures/profile.ts) with some changes, judged on a day.
 */
import type { ApplicabilityProfile } from '../../shared/entry-schema';
import type { Category } from '../../shared/requirements/pack-schema';
import type { Market } from './packs';

export type Text = string | RegExp | readonly RegExp[];

export interface RequirementFacts {
  law?: Text;
  article?: Text;
  summary?: Text;
  title?: Text;
  effectiveFrom?: string;
  category?: Category;
  verified?: boolean;
}

export interface NoteFact {
  category: Category;
  text: RegExp;
  /** true: the first none-known note of that category says it; otherwise any note of it does. */
  first?: boolean;
}

export interface Scenario {
  name: string;
  profile?: Partial<ApplicabilityProfile>;
  /** Evaluation day; the row's day when left out. */
  on?: string;
  includes?: readonly string[];
  excludes?: readonly string[];
  /** No triggered requirement id starts with any of these prefixes. */
  noneWithPrefix?: readonly string[];
  certainty?: Readonly<Record<string, 'applies' | 'check'>>;
  /** A date, or 'later': the requirement's own effective date, after the evaluation day. */
  appliesFrom?: Readonly<Record<string, string>>;
  /** reasonSentence() of the triggered requirement: exactly this text, or matching the pattern. */
  reasons?: Readonly<Record<string, string | RegExp>>;
}

export interface MarketRow extends Market {
  /** The market's own pack (file name without .json; its id must be the same). */
  pack: string;
  /** Evaluation day of the scenarios. */
  on: string;
  /** Issue 8's markets: every topic counsel asks about has a requirement or a none-known note. */
  coversTopics: boolean;
  requirements: Readonly<Record<string, RequirementFacts>>;
  /** Every requirement of the own pack whose id starts with `prefix` has a title matching `title`. */
  titlesByPrefix?: readonly { prefix: string; title: RegExp }[];
  /** The own pack has no requirement in these categories (another pack covers them). */
  noRequirementIn?: readonly Category[];
  notes?: readonly NoteFact[];
  scenarios: readonly Scenario[];
}

const DAY = '2026-12-01';
const NO_LOCALIZATION_LAW: NoteFact = { category: 'data_localization', text: /No general data-localization law/ };
const GDPR_BREACH = 'eu.gdpr.art33-breach-authority';
const CROSS_BORDER = { entryMode: 'cross_border' } as const;
const BRANCH = { entryMode: 'branch' } as const;
const DIGITAL_SELLER = { entryMode: 'cross_border', sellsDigitalServicesToConsumers: true } as const;
const B2C_DIGITAL_SELLER = { ...DIGITAL_SELLER, customerType: 'b2c' } as const;

export const TOPICS: readonly Category[] = [
  'data_protection',
  'breach_notification',
  'cross_border_transfer',
  'data_localization',
  'representative_dpo',
  'ai_governance',
  'company_registration',
  'tax_vat_gst',
  'intellectual_property',
];

export const MARKETS: readonly MarketRow[] = [
  {
    country: 'IE',
    countryName: 'Ireland',
    pack: 'ie',
    packs: ['eu', 'ie'],
    on: DAY,
    coversTopics: true,
    requirements: {
      'ie.dpa2018.dpc-national-framework': { law: /Data Protection Act 2018/, summary: /Data Protection Commission/, effectiveFrom: '2018-05-25' },
      'ie.dpa2018.s31-digital-age-of-consent': { article: /s\. 31/, summary: /under 16/ },
      'ie.companies.ltd-incorporation': { article: /137/, summary: /€25,000/ },
      'ie.companies.external-branch-registration': { summary: /within 30 days/ },
      'ie.vat.revenue-registration': { summary: [/42,500/, /85,000/] },
    },
    noRequirementIn: ['breach_notification'],
    notes: [{ category: 'breach_notification', text: /Covered by the EU-wide pack.*72 hours/, first: true }, NO_LOCALIZATION_LAW],
    scenarios: [
      {
        name: 'a subsidiary gets GDPR breach notice and the Ltd incorporation, not the age-16 rule or branch registration',
        includes: [GDPR_BREACH, 'ie.companies.ltd-incorporation'],
        excludes: ['ie.dpa2018.s31-digital-age-of-consent', 'ie.companies.external-branch-registration'],
      },
      { name: "children's data brings the digital age of consent (16)", profile: { childrensData: true }, includes: ['ie.dpa2018.s31-digital-age-of-consent'] },
      { name: 'an employer of record registers no company', profile: { entryMode: 'employer_of_record' }, noneWithPrefix: ['ie.companies.'] },
      { name: 'a branch registers within 30 days', profile: BRANCH, includes: ['ie.companies.external-branch-registration'] },
    ],
  },
  {
    country: 'NL',
    countryName: 'Netherlands',
    pack: 'nl',
    packs: ['eu', 'nl'],
    on: DAY,
    coversTopics: true,
    requirements: {
      'nl.uavg.ap-national-framework': { law: /UAVG/, summary: /Autoriteit Persoonsgegevens/ },
      'nl.uavg.art46-bsn': { article: /Art\. 46/, summary: /only to carry out a statute/ },
      'nl.bw2.bv-incorporation': { summary: [/notary/, /EUR 0\.01/], effectiveFrom: '2012-10-01' },
      'nl.bcip.boip-trademark': { summary: /Benelux Office for Intellectual Property/ },
    },
    notes: [
      { category: 'breach_notification', text: /72 hours/, first: true },
      NO_LOCALIZATION_LAW,
      { category: 'ai_governance', text: /Uitvoeringswet AI-verordening.*not confirmed/, first: true },
    ],
    scenarios: [
      { name: 'a subsidiary gets GDPR breach notice', includes: [GDPR_BREACH] },
      { name: 'a branch registers at the KVK', profile: BRANCH, includes: ['nl.hrw.branch-registration'] },
      { name: 'a cross-border seller forms no BV and registers no branch', profile: CROSS_BORDER, noneWithPrefix: ['nl.hrw.', 'nl.bw2.'] },
    ],
  },
  {
    country: 'ES',
    countryName: 'Spain',
    pack: 'es',
    packs: ['eu', 'es'],
    on: DAY,
    coversTopics: true,
    requirements: {
      'es.lopdgdd.aepd-national-framework': { law: /Ley Orgánica 3\/2018/, summary: /Agencia Española de Protección de Datos/ },
      // The age-14 consent rule stays unverified while the age-16 bill is pending.
      'es.lopdgdd.art7-minors-consent': { summary: [/under 14/, /16/], verified: false },
      'es.lopdgdd.art34-mandatory-dpo': { article: /Art\. 34/ },
      'es.lsc.sl-incorporation': { summary: /EUR 1;/, effectiveFrom: '2022-10-19' },
      'es.lm.oepm-trademark': { law: /Ley 17\/2001/ },
    },
    notes: [{ category: 'breach_notification', text: /AEPD within 72 hours/, first: true }, NO_LOCALIZATION_LAW],
    scenarios: [
      {
        name: 'an ordinary B2B subsidiary gets GDPR breach notice and the SL, but no mandatory DPO',
        includes: [GDPR_BREACH, 'es.lsc.sl-incorporation'],
        excludes: ['es.lopdgdd.art34-mandatory-dpo'],
      },
      { name: 'a finance-sector profile needs a DPO', profile: { regulatedSectors: ['finance'] }, includes: ['es.lopdgdd.art34-mandatory-dpo'] },
      { name: 'a cross-border seller forms no SL', profile: CROSS_BORDER, excludes: ['es.lsc.sl-incorporation'] },
    ],
  },
  {
    country: 'IT',
    countryName: 'Italy',
    pack: 'it',
    packs: ['eu', 'it'],
    on: DAY,
    coversTopics: true,
    requirements: {
      'it.codice-privacy.garante-national-framework': {
        law: [/D\.Lgs\. 196\/2003/, /101\/2018/],
        summary: /Garante per la protezione dei dati personali/,
        effectiveFrom: '2018-09-19',
      },
      'it.codice-privacy.art2quinquies-minors': { article: /2-quinquies/, summary: /aged 14 or over/ },
      'it.l132-2025.art11-workplace-ai-information': { law: /n\. 132/, effectiveFrom: '2025-10-10' },
      'it.cc.art2508-branch-registration': { article: /2508/, summary: /within 30 days/ },
      'it.cpi.uibm-trademark': { summary: /Ufficio Italiano Brevetti e Marchi/ },
    },
    notes: [{ category: 'breach_notification', text: /Garante within 72 hours/, first: true }, NO_LOCALIZATION_LAW],
    scenarios: [
      {
        name: 'a subsidiary without AI gets GDPR breach notice, no workplace-AI duty and no branch registration',
        includes: [GDPR_BREACH],
        excludes: ['it.l132-2025.art11-workplace-ai-information', 'it.cc.art2508-branch-registration'],
      },
      { name: 'an employer using AI on people informs staff (Law 132/2025)', profile: { aiInDecisionsAboutPeople: true }, includes: ['it.l132-2025.art11-workplace-ai-information'] },
      {
        name: 'AI on people without local staff brings no workplace-AI duty',
        profile: { aiInDecisionsAboutPeople: true, employsLocalStaff: false },
        excludes: ['it.l132-2025.art11-workplace-ai-information'],
      },
      { name: 'a branch registers within 30 days', profile: BRANCH, includes: ['it.cc.art2508-branch-registration'] },
    ],
  },
  {
    country: 'PL',
    countryName: 'Poland',
    pack: 'pl',
    packs: ['eu', 'pl'],
    on: DAY,
    coversTopics: true,
    requirements: {
      'pl.uodo.national-framework': { law: /10 maja 2018/, summary: /Prezes UODO/, effectiveFrom: '2018-05-25' },
      'pl.vat.ksef-mandatory-e-invoicing': { effectiveFrom: '2026-02-01', summary: [/1 April 2026/, /PLN 200 million/] },
      'pl.krs.branch-registration': { summary: [/only after the branch is entered/, /oddział w Polsce/] },
      'pl.ksh.sp-zoo-incorporation': { summary: /PLN 5,000/ },
    },
    notes: [
      { category: 'breach_notification', text: /UODO within 72 hours/, first: true },
      NO_LOCALIZATION_LAW,
      { category: 'ai_governance', text: /KRiBSI.*not confirmed/, first: true },
    ],
    scenarios: [
      { name: 'a subsidiary gets GDPR breach notice and KSeF e-invoicing', includes: [GDPR_BREACH, 'pl.vat.ksef-mandatory-e-invoicing'] },
      { name: 'before 1 February 2026 KSeF is listed with its date', on: '2025-12-01', appliesFrom: { 'pl.vat.ksef-mandatory-e-invoicing': '2026-02-01' } },
      { name: 'a cross-border seller has no KSeF duty', profile: CROSS_BORDER, excludes: ['pl.vat.ksef-mandatory-e-invoicing'] },
      { name: 'a branch trades only after its KRS entry', profile: BRANCH, includes: ['pl.krs.branch-registration'] },
    ],
  },
  {
    country: 'CH',
    countryName: 'Switzerland',
    pack: 'ch',
    // The EU-wide pack is loaded too, to show that none of it reaches a Swiss entry.
    packs: ['eu', 'ch'],
    on: DAY,
    coversTopics: true,
    requirements: {
      'ch.fadp.core-obligations': {
        law: /Federal Act on Data Protection/,
        summary: /Federal Data Protection and Information Commissioner/,
        effectiveFrom: '2023-09-01',
      },
      'ch.fadp.art24-breach-notification': { article: /Art\. 24/, summary: [/as quickly as possible/, /high risk/] },
      'ch.fadp.art16-cross-border-transfers': { summary: /15 September 2024/ },
      'ch.isg.cyberattack-reporting': { summary: /within 24 hours/ },
    },
    notes: [NO_LOCALIZATION_LAW],
    scenarios: [
      {
        name: 'a subsidiary gets no EU duty, the FADP breach report, no Art. 14 representative and no cyberattack reporting',
        noneWithPrefix: ['eu.'],
        includes: ['ch.fadp.art24-breach-notification'],
        excludes: ['ch.fadp.art14-swiss-representative', 'ch.isg.cyberattack-reporting'],
      },
      { name: 'a foreign controller with 100k–1m people asks about a representative', profile: { ...CROSS_BORDER, dataSubjects: '100k_to_1m' }, includes: ['ch.fadp.art14-swiss-representative'] },
      { name: 'a foreign controller with under 1k people needs no representative', profile: { ...CROSS_BORDER, dataSubjects: 'under_1k' }, excludes: ['ch.fadp.art14-swiss-representative'] },
      { name: 'a B2C e-service seller without a turnover figure is asked to check VAT', profile: B2C_DIGITAL_SELLER, certainty: { 'ch.mwstg.foreign-electronic-services': 'check' } },
      {
        name: 'a B2C e-service seller with CHF 5 million worldwide registers for VAT',
        profile: { ...B2C_DIGITAL_SELLER, globalRevenue: { amount: 5_000_000, currency: 'CHF' } },
        includes: ['ch.mwstg.foreign-electronic-services'],
      },
      {
        name: 'a B2C e-service seller with CHF 50,000 worldwide does not',
        profile: { ...B2C_DIGITAL_SELLER, globalRevenue: { amount: 50_000, currency: 'CHF' } },
        excludes: ['ch.mwstg.foreign-electronic-services'],
      },
      { name: 'an energy operator reports cyberattacks', profile: { regulatedSectors: ['energy'] }, includes: ['ch.isg.cyberattack-reporting'] },
    ],
  },
  {
    country: 'CA',
    countryName: 'Canada',
    pack: 'ca',
    packs: ['ca'],
    on: DAY,
    coversTopics: true,
    requirements: {
      'ca.pipeda.fair-information-principles': { law: /PIPEDA/, summary: /Office of the Privacy Commissioner|Privacy Commissioner of Canada|OPC/ },
      'ca.pipeda.breach-report-opc': {
        category: 'breach_notification',
        summary: [/real risk of significant harm/, /as soon as feasible/],
        effectiveFrom: '2018-11-01',
      },
      'ca.qc.law25-s17-transfer-assessment': { article: /17/, effectiveFrom: '2023-09-22' },
    },
    titlesByPrefix: [{ prefix: 'ca.qc.', title: /^Quebec only/ }],
    notes: [NO_LOCALIZATION_LAW, { category: 'ai_governance', text: /died/ }],
    scenarios: [
      {
        name: 'a subsidiary without AI gets neither simplified GST/HST nor the Quebec automated-decision duty',
        excludes: ['ca.eta.simplified-gst-hst-registration', 'ca.qc.law25-s12-1-automated-decisions'],
      },
      { name: 'a B2C digital seller without a revenue figure is asked to check GST/HST', profile: B2C_DIGITAL_SELLER, certainty: { 'ca.eta.simplified-gst-hst-registration': 'check' } },
      {
        name: 'a B2C digital seller above CAD 30,000 registers',
        profile: { ...B2C_DIGITAL_SELLER, expectedMarketRevenue: { amount: 50000, currency: 'CAD' } },
        certainty: { 'ca.eta.simplified-gst-hst-registration': 'applies' },
      },
      {
        name: 'a B2C digital seller below CAD 30,000 does not',
        profile: { ...B2C_DIGITAL_SELLER, expectedMarketRevenue: { amount: 10000, currency: 'CAD' } },
        excludes: ['ca.eta.simplified-gst-hst-registration'],
      },
      { name: 'deciding about people with AI brings the Quebec duty', profile: { aiInDecisionsAboutPeople: true }, includes: ['ca.qc.law25-s12-1-automated-decisions'] },
    ],
  },
  {
    country: 'MX',
    countryName: 'Mexico',
    pack: 'mx',
    packs: ['mx'],
    on: DAY,
    coversTopics: true,
    requirements: {
      'mx.lfpdppp2025.core-obligations': {
        law: /Ley Federal de Protección de Datos Personales en Posesión de los Particulares/,
        effectiveFrom: '2025-03-21',
        summary: [/Secretaría Anticorrupción y Buen Gobierno/, /INAI was dissolved/],
      },
      // Flagged as unverified against the 2025 text.
      'mx.lfpdppp2025.breach-notice-data-subjects': { summary: [/immediately/, /No notice to the authority/], verified: false },
      'mx.liva.digital-services-vat': { effectiveFrom: '2020-06-01' },
    },
    notes: [NO_LOCALIZATION_LAW],
    scenarios: [
      {
        name: 'a B2B subsidiary incorporates, without digital-services VAT or the Article 17 branch authorization',
        includes: ['mx.cnie.subsidiary-incorporation'],
        excludes: ['mx.liva.digital-services-vat', 'mx.lie.art17-foreign-branch'],
      },
      { name: 'a cross-border digital seller registers for VAT', profile: DIGITAL_SELLER, includes: ['mx.liva.digital-services-vat'] },
      { name: 'a branch needs the Article 17 authorization', profile: BRANCH, includes: ['mx.lie.art17-foreign-branch'] },
    ],
  },
  {
    country: 'CN',
    countryName: 'China',
    pack: 'cn',
    packs: ['cn'],
    on: DAY,
    coversTopics: true,
    requirements: {
      'cn.pipl.core-obligations': { law: /Personal Information Protection Law/, effectiveFrom: '2021-11-01', summary: /Cyberspace Administration of China/ },
      'cn.pipl.art57-breach-notification': { category: 'breach_notification', article: 'Art. 57', summary: /immediately/ },
      'cn.cac.cybersecurity-incident-reporting': { summary: [/within 4 hours/, /within 1 hour/], effectiveFrom: '2025-11-01' },
      'cn.pipl.cross-border-transfer-mechanisms': { effectiveFrom: '2024-03-22', summary: [/100,000/, /1 million/, /10,000/, /1 January 2026/] },
      'cn.csl.ciio-important-data-localization': { category: 'data_localization', article: /CSL Art\. 37/ },
    },
    // Foreign digital suppliers cannot register for VAT: the purchaser withholds it.
    notes: [{ category: 'tax_vat_gst', text: /withholds VAT/, first: true }],
    scenarios: [
      {
        name: 'a subsidiary localizes no data and needs no China representative',
        excludes: ['cn.csl.ciio-important-data-localization', 'cn.pipl.art53-china-representative'],
      },
      { name: 'a critical-infrastructure operator localizes data', profile: { regulatedSectors: ['critical_infrastructure'] }, includes: ['cn.csl.ciio-important-data-localization'] },
      { name: 'a cross-border provider appoints a China representative', profile: CROSS_BORDER, includes: ['cn.pipl.art53-china-representative'] },
    ],
  },
  {
    country: 'JP',
    countryName: 'Japan',
    pack: 'jp',
    packs: ['jp'],
    on: DAY,
    coversTopics: true,
    requirements: {
      'jp.appi.core-obligations': { law: /Act on the Protection of Personal Information/, summary: /Personal Information Protection Commission/ },
      'jp.appi.art26-breach-report': { article: /Art\. 26/, summary: [/1,000 individuals/, /60 days/] },
      'jp.appi.art28-foreign-transfers': { summary: /EU\/EEA and the UK/ },
      'jp.ai-promotion-act': { effectiveFrom: '2025-06-04' },
      'jp.companies-act.foreign-company-registration': { summary: /three weeks/ },
      'jp.ctax.foreign-e-services': { summary: /JPY 10 million/ },
    },
    notes: [{ ...NO_LOCALIZATION_LAW, first: true }],
    scenarios: [
      {
        name: 'a subsidiary without AI gets neither the AI Promotion Act nor foreign-company registration',
        excludes: ['jp.ai-promotion-act', 'jp.companies-act.foreign-company-registration'],
      },
      { name: 'an AI product brings the AI Promotion Act', profile: { aiInProduct: true }, includes: ['jp.ai-promotion-act'] },
      { name: 'a branch registers as a foreign company', profile: BRANCH, includes: ['jp.companies-act.foreign-company-registration'] },
      { name: 'a cross-border B2C e-service seller owes consumption tax', profile: DIGITAL_SELLER, includes: ['jp.ctax.foreign-e-services'] },
    ],
  },
  {
    country: 'KR',
    countryName: 'South Korea',
    pack: 'kr',
    packs: ['kr'],
    on: DAY,
    coversTopics: true,
    requirements: {
      'kr.pipa.core-obligations': { law: /Personal Information Protection Act/, summary: [/PIPC/, /11 September 2026/] },
      'kr.pipa.art34-breach-notification': { summary: [/within 72 hours/, /1,000 or more people/] },
      'kr.pipa.art31-2-domestic-agent': { summary: /KRW 1 trillion/ },
      'kr.ai-basic-act.transparency': { effectiveFrom: '2026-01-22' },
      'kr.vat.foreign-e-services': { summary: /no turnover threshold/ },
    },
    notes: [{ category: 'data_localization', text: /No general data-localization rule/, first: true }],
    scenarios: [
      {
        name: 'a subsidiary without AI keeps no sector data in Korea and gets no AI Basic Act duty',
        excludes: ['kr.sector.data-localization'],
        noneWithPrefix: ['kr.ai-basic-act'],
      },
      { name: 'a health operator keeps medical data in Korea', profile: { regulatedSectors: ['health'] }, includes: ['kr.sector.data-localization'] },
      { name: 'an AI product brings AI Basic Act transparency', profile: { aiInProduct: true }, includes: ['kr.ai-basic-act.transparency'] },
      {
        name: 'a cross-border controller with KRW 50 billion needs no domestic agent',
        profile: { ...CROSS_BORDER, globalRevenue: { amount: 5e10, currency: 'KRW' } },
        excludes: ['kr.pipa.art31-2-domestic-agent'],
      },
      {
        name: 'a cross-border controller with KRW 2 trillion needs one',
        profile: { ...CROSS_BORDER, globalRevenue: { amount: 2e12, currency: 'KRW' } },
        includes: ['kr.pipa.art31-2-domestic-agent'],
      },
      { name: 'a cross-border controller with over 1 million users needs one', profile: { ...CROSS_BORDER, dataSubjects: 'over_1m' }, includes: ['kr.pipa.art31-2-domestic-agent'] },
      {
        name: 'a revenue in USD cannot be compared with KRW 1 trillion: check',
        profile: { ...CROSS_BORDER, globalRevenue: { amount: 5e9, currency: 'USD' } },
        certainty: { 'kr.pipa.art31-2-domestic-agent': 'check' },
      },
    ],
  },
  {
    country: 'SG',
    countryName: 'Singapore',
    pack: 'sg',
    packs: ['sg'],
    on: DAY,
    coversTopics: true,
    requirements: {
      'sg.pdpa.core-obligations': { law: /Personal Data Protection Act 2012/, summary: /PDPC/ },
      'sg.pdpa.s26d-breach-notification': { summary: [/3 calendar days/, /500 or more/], effectiveFrom: '2021-02-01', verified: true },
      'sg.pdpa.s11-dpo': { article: /s\. 11\(3\)/ },
      'sg.gst.overseas-vendor-registration': { summary: /SGD 100,000/ },
    },
    notes: [{ ...NO_LOCALIZATION_LAW, first: true }, { category: 'ai_governance', text: /No AI-specific statute/, first: true }],
    scenarios: [
      { name: 'every organisation processing personal data appoints a DPO', includes: ['sg.pdpa.s11-dpo'] },
      {
        name: 'a cross-border B2C digital seller above SGD 1 million global turnover registers for OVR GST',
        profile: { ...DIGITAL_SELLER, globalRevenue: { amount: 5_000_000, currency: 'SGD' } },
        certainty: { 'sg.gst.overseas-vendor-registration': 'applies' },
      },
      {
        name: 'one below SGD 1 million does not',
        profile: { ...DIGITAL_SELLER, globalRevenue: { amount: 500_000, currency: 'SGD' } },
        excludes: ['sg.gst.overseas-vendor-registration'],
      },
    ],
  },
  {
    country: 'ID',
    countryName: 'Indonesia',
    pack: 'id',
    packs: ['id'],
    on: DAY,
    coversTopics: true,
    requirements: {
      'id.pdp.core-obligations': { law: /Law No\. 27 of 2022/, effectiveFrom: '2024-10-17' },
      'id.pdp.art46-breach-notification': { summary: /3 x 24 hours/, verified: true },
      'id.gr71.public-scope-localization': { law: /Government Regulation No\. 71 of 2019/, summary: /public-scope/ },
      'id.komdigi.private-eso-registration': { summary: /contact person domiciled in Indonesia/ },
      'id.bkpm.pt-pma-establishment': { summary: /IDR 2\.5 billion/, effectiveFrom: '2025-10-02' },
    },
    notes: [{ category: 'ai_governance', text: /No binding AI-specific law/, first: true }],
    scenarios: [
      { name: 'an ordinary private company localizes nothing under GR 71/2019', excludes: ['id.gr71.public-scope-localization'] },
      { name: 'a foreign operator registers as a PSE', profile: CROSS_BORDER, includes: ['id.komdigi.private-eso-registration'] },
    ],
  },
  {
    country: 'VN',
    countryName: 'Vietnam',
    pack: 'vn',
    packs: ['vn'],
    on: DAY,
    coversTopics: true,
    requirements: {
      'vn.pdpl.core-obligations': { law: [/91\/2025\/QH15/, /356\/2025/], effectiveFrom: '2026-01-01', summary: /Decree 13\/2023/ },
      'vn.pdpl.cross-border-transfer-assessment': { summary: [/impact assessment dossier/, /within 60 days/], verified: false },
      // 72 hours kept, but unverified for the 2025 Law.
      'vn.pdpl.breach-notification': { summary: /72 hours/, verified: false },
      'vn.cybersecurity.data-localization': { law: /53\/2022/, summary: /24 months/ },
      'vn.ai-law.risk-classification': { effectiveFrom: '2026-03-01' },
    },
    scenarios: [
      {
        name: 'a Vietnamese subsidiary without AI localizes data and has no AI Law duty',
        includes: ['vn.cybersecurity.data-localization'],
        excludes: ['vn.ai-law.risk-classification'],
      },
      { name: 'a cross-border provider does not localize', profile: CROSS_BORDER, excludes: ['vn.cybersecurity.data-localization'] },
      { name: 'AI used on people brings the AI Law', profile: { aiInDecisionsAboutPeople: true }, includes: ['vn.ai-law.risk-classification'] },
    ],
  },
  {
    country: 'AU',
    countryName: 'Australia',
    pack: 'au',
    packs: ['au'],
    on: DAY,
    coversTopics: true,
    requirements: {
      'au.privacy-act.app-compliance': { law: /Privacy Act 1988/, summary: [/Office of the Australian Information Commissioner/, /AUD 3 million/] },
      'au.privacy-act.ndb-scheme': { summary: [/within 30 days/, /as soon as practicable/], effectiveFrom: '2018-02-22' },
      'au.privacy-act.app1-automated-decisions': { effectiveFrom: '2026-12-10' },
      'au.gst.non-resident-digital-supplies': { summary: /AUD 75,000/, effectiveFrom: '2017-07-01' },
    },
    notes: [{ category: 'ai_governance', text: /National AI Plan/ }, NO_LOCALIZATION_LAW],
    scenarios: [
      { name: 'without a revenue figure the NDB scheme is "check"', certainty: { 'au.privacy-act.ndb-scheme': 'check' } },
      {
        name: 'above AUD 3 million it applies, and the My Health Record rule stays with health operators',
        profile: { globalRevenue: { amount: 10_000_000, currency: 'AUD' } },
        certainty: { 'au.privacy-act.ndb-scheme': 'applies' },
        excludes: ['au.mhra.s77-records-in-australia'],
      },
      { name: 'below AUD 3 million it does not apply', profile: { globalRevenue: { amount: 1_000_000, currency: 'AUD' } }, excludes: ['au.privacy-act.ndb-scheme'] },
      {
        name: 'AI deciding about people: the privacy-policy duty is listed from 10 December 2026',
        profile: { globalRevenue: { amount: 10_000_000, currency: 'AUD' }, aiInDecisionsAboutPeople: true },
        on: '2026-12-01',
        appliesFrom: { 'au.privacy-act.app1-automated-decisions': '2026-12-10' },
      },
      {
        name: 'a health operator keeps My Health Record data in Australia',
        profile: { globalRevenue: { amount: 10_000_000, currency: 'AUD' }, regulatedSectors: ['health'] },
        includes: ['au.mhra.s77-records-in-australia'],
      },
    ],
  },
  {
    country: 'RU',
    countryName: 'Russia',
    pack: 'ru',
    packs: ['ru'],
    on: DAY,
    coversTopics: true,
    requirements: {
      'ru.152fz.core-obligations': { law: /152-FZ/, summary: /Roskomnadzor/ },
      'ru.152fz.art21-leak-notification': { summary: [/within 24 hours/, /within 72 hours/], verified: true },
      'ru.152fz.art18-5-localization': { article: 'Art. 18(5)', law: /23-FZ/, effectiveFrom: '2025-07-01' },
      'ru.152fz.art22-roskomnadzor-notice': { category: 'representative_dpo' },
      'ru.152fz.art12-cross-border-notice': { effectiveFrom: '2023-03-01' },
      'ru.vat.foreign-e-services': { summary: /22%/ },
    },
    notes: [{ category: 'ai_governance', text: /No AI-specific statute confirmed in force/, first: true }],
    scenarios: [{ name: 'collecting Russian citizens’ data from abroad brings localization', profile: CROSS_BORDER, includes: ['ru.152fz.art18-5-localization'] }],
  },
  {
    country: 'SA',
    countryName: 'Saudi Arabia',
    pack: 'sa',
    packs: ['sa'],
    on: DAY,
    coversTopics: true,
    requirements: {
      'sa.pdpl.core-obligations': { law: /Personal Data Protection Law/, effectiveFrom: '2024-09-14', summary: /Saudi Data and AI Authority \(SDAIA\)/ },
      'sa.pdpl.art20-breach-notification': { summary: /within 72 hours/, article: /Art\. 24/ },
      'sa.pdpl.transfer-regulation': { summary: [/1 September 2024/, /standard contractual clauses/, /binding common rules/] },
      'sa.nca.government-cni-data-hosting': { verified: false },
      'sa.zatca.non-resident-vat': { summary: /no registration threshold/ },
    },
    scenarios: [
      { name: 'a subsidiary outside critical infrastructure has no in-Kingdom hosting duty', excludes: ['sa.nca.government-cni-data-hosting'] },
      { name: 'critical infrastructure hosts in the Kingdom', profile: { regulatedSectors: ['critical_infrastructure'] }, includes: ['sa.nca.government-cni-data-hosting'] },
      { name: 'a cross-border consumer digital seller registers for VAT', profile: DIGITAL_SELLER, includes: ['sa.zatca.non-resident-vat'] },
    ],
  },
  {
    country: 'AE',
    countryName: 'United Arab Emirates',
    pack: 'ae',
    packs: ['ae'],
    on: DAY,
    coversTopics: true,
    requirements: {
      'ae.pdpl.core-obligations': { law: /Federal Decree-Law No\. 45 of 2021/, effectiveFrom: '2022-01-02', summary: [/UAE Data Office/, /DIFC, ADGM/] },
      'ae.pdpl.art9-breach-notification': { article: 'Art. 9', summary: /UAE Data Office/ },
      'ae.ict-health.art13-health-data-localization': { article: /Art\. 13/ },
      'ae.freezone.difc-adgm-data-protection': { title: /^DIFC or ADGM establishments only/ },
      'ae.difc.regulation-10-ai-systems': { title: /^DIFC establishments only/ },
      'ae.vat.non-resident-electronic-services': { summary: /no registration threshold/ },
    },
    scenarios: [
      {
        name: 'a B2B subsidiary outside health localizes no health data and owes no e-services VAT',
        excludes: ['ae.ict-health.art13-health-data-localization', 'ae.vat.non-resident-electronic-services'],
      },
      { name: 'a health-sector profile localizes health data', profile: { regulatedSectors: ['health'] }, includes: ['ae.ict-health.art13-health-data-localization'] },
      { name: 'a non-resident B2C e-service seller registers for VAT', profile: DIGITAL_SELLER, includes: ['ae.vat.non-resident-electronic-services'] },
    ],
  },
  {
    country: 'ZA',
    countryName: 'South Africa',
    pack: 'za',
    packs: ['za'],
    on: DAY,
    coversTopics: true,
    requirements: {
      'za.popia.conditions-lawful-processing': { law: /Protection of Personal Information Act 4 of 2013/, summary: /Information Regulator/ },
      'za.popia.s22-security-compromise': { article: /22/, summary: [/as soon as reasonably possible/, /1 April 2025/] },
      'za.companies.s23-external-company': { summary: /20 business days/ },
    },
    notes: [{ category: 'data_localization', text: /No binding data-localization law/ }],
    scenarios: [
      {
        name: 'a subsidiary registers its information officer and no external company',
        includes: ['za.popia.s55-information-officer-registration'],
        excludes: ['za.companies.s23-external-company'],
      },
      { name: 'a branch registers as an external company', profile: BRANCH, includes: ['za.companies.s23-external-company'] },
      {
        name: 'an e-service seller above ZAR 1 million registers for VAT',
        profile: { ...DIGITAL_SELLER, expectedMarketRevenue: { amount: 2_000_000, currency: 'ZAR' } },
        includes: ['za.vat.electronic-services'],
      },
      {
        name: 'one below ZAR 1 million does not',
        profile: { ...DIGITAL_SELLER, expectedMarketRevenue: { amount: 500_000, currency: 'ZAR' } },
        excludes: ['za.vat.electronic-services'],
      },
    ],
  },
  {
    country: 'TR',
    countryName: 'Turkey',
    pack: 'tr',
    // The EU-wide pack is loaded too, to show that none of it reaches a Turkish entry.
    packs: ['eu', 'tr'],
    on: DAY,
    coversTopics: true,
    requirements: {
      'tr.kvkk.core-obligations': { law: [/Law No\. 6698/, /KVKK/], effectiveFrom: '2016-04-07' },
      'tr.kvkk.art12-breach-notification': { law: /2019\/10/, summary: /within 72 hours/ },
      'tr.kvkk.art9-cross-border-transfers': {
        law: /Law No\. 7499/,
        effectiveFrom: '2024-06-01',
        summary: [/within five business days/, /1 September 2024/],
      },
      'tr.kvkk.verbis-registration': { summary: /TRY 100 million/ },
      'tr.5651.social-network-data-localization': { summary: /more than one million daily accesses/ },
      'tr.vat.foreign-e-service-providers': { summary: /no registration threshold/ },
    },
    notes: [{ category: 'ai_governance', text: /No AI-specific statute in force/, first: true }],
    scenarios: [
      {
        name: 'a local B2B subsidiary gets no EU duty, the breach report and the VERBIS threshold check, and no localization or e-service VAT',
        noneWithPrefix: ['eu.'],
        includes: ['tr.kvkk.art12-breach-notification', 'tr.kvkk.verbis-registration'],
        excludes: ['tr.5651.social-network-data-localization', 'tr.banking.primary-secondary-systems-in-turkey', 'tr.vat.foreign-e-service-providers'],
      },
      {
        name: 'a foreign controller goes to VERBIS through a Turkish representative',
        profile: CROSS_BORDER,
        includes: ['tr.kvkk.foreign-controller-representative'],
        excludes: ['tr.kvkk.verbis-registration'],
      },
      { name: 'a large consumer platform localizes data', profile: { customerType: 'b2c', dataSubjects: 'over_1m' }, includes: ['tr.5651.social-network-data-localization'] },
      { name: 'a bank keeps its systems in Turkey', profile: { regulatedSectors: ['finance'] }, includes: ['tr.banking.primary-secondary-systems-in-turkey'] },
      { name: 'a foreign e-service seller to consumers registers for VAT', profile: DIGITAL_SELLER, includes: ['tr.vat.foreign-e-service-providers'] },
    ],
  },
  {
    country: 'NG',
    countryName: 'Nigeria',
    pack: 'ng',
    packs: ['ng'],
    on: DAY,
    coversTopics: true,
    requirements: {
      'ng.ndpa.gaid-compliance': { law: /Nigeria Data Protection Act 2023/, summary: [/Nigeria Data Protection Commission/, /19 September 2025/] },
      'ng.ndpa.s40-breach-notification': { article: 's. 40', summary: /within 72 hours/ },
      'ng.cbn.payment-data-localization': { effectiveFrom: '2027-01-01' },
      'ng.ndpc.dcpmi-registration-dpo': { summary: /more than 200 people within six months/, verified: false },
    },
    notes: [{ category: 'ai_governance', text: /No AI-specific statute confirmed in force/ }],
    scenarios: [
      { name: 'a subsidiary without payment data localizes nothing for the CBN', excludes: ['ng.cbn.payment-data-localization'] },
      { name: 'a payment operator in finance localizes payment data', profile: { paymentData: true, regulatedSectors: ['finance'] }, includes: ['ng.cbn.payment-data-localization'] },
      { name: 'a branch incorporates locally too (CAMA s 78)', profile: BRANCH, includes: ['ng.cama.s78-local-incorporation'] },
      { name: 'a cross-border provider does not', profile: CROSS_BORDER, excludes: ['ng.cama.s78-local-incorporation'] },
    ],
  },
  // The engine over every shipped pack at once: the cross-pack facts counsel relies on most.
  {
    country: 'FR',
    countryName: 'France',
    pack: 'fr',
    packs: 'all',
    on: '2027-03-01',
    coversTopics: false,
    requirements: { [GDPR_BREACH]: { summary: /72 hours/ } },
    scenarios: [
      {
        name: "an entry that processes personal data gets GDPR's 72-hour breach notification, and says why",
        includes: [GDPR_BREACH],
        reasons: { [GDPR_BREACH]: 'applies because: France (EEA member); processes personal data of residents' },
      },
    ],
  },
  {
    country: 'DE',
    countryName: 'Germany',
    pack: 'de',
    packs: 'all',
    on: '2027-03-01',
    coversTopics: false,
    requirements: {},
    scenarios: [
      { name: 'a profile without AI use gets no AI Act duty', noneWithPrefix: ['eu.ai-act'] },
      {
        name: 'a profile with AI deciding about people gets the staged high-risk duties with their dates',
        profile: { aiInDecisionsAboutPeople: true },
        appliesFrom: { 'eu.ai-act.high-risk-annex-iii': 'later' },
        reasons: { 'eu.ai-act.high-risk-annex-iii': /\(from \d{4}-\d{2}-\d{2}\)$/ },
      },
    ],
  },
  {
    country: 'BR',
    countryName: 'Brazil',
    pack: 'br',
    packs: 'all',
    on: '2027-03-01',
    coversTopics: false,
    requirements: {},
    scenarios: [{ name: 'an entry gets LGPD incident notification and no GDPR duty', includes: ['br.anpd.res15-2024-incident-notification'], noneWithPrefix: ['eu.'] }],
  },
  {
    country: 'GB',
    countryName: 'United Kingdom',
    pack: 'gb',
    packs: 'all',
    on: '2027-03-01',
    coversTopics: false,
    requirements: {},
    scenarios: [
      { name: 'a subsidiary registers its company', includes: ['gb.companies.subsidiary-incorporation'] },
      { name: 'an employer of record registers none', profile: { entryMode: 'employer_of_record' }, noneWithPrefix: ['gb.companies.'] },
    ],
  },
];

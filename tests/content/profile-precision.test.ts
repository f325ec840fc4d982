/**
 * Issue 18 §2: rules that used to fire on proxies now test what the law means. One row per
 * case: a market, a profile (the sample B2B subsidiary with changes), optionally the entry's
 * region, and what must happen to one requirement: 'absent' (the false positive is gone),
 * 'applies' (the true positive stays) or 'check' (the profile leaves the question open).
 */
import { describe, expect, it } from 'vitest';
import type { ApplicabilityProfile } from '../../shared/entry-schema';
import { evaluate, profileWith, type Market } from './packs';

const ON = '2026-12-01';
const DE: Market = { country: 'DE', countryName: 'Germany', packs: ['eu', 'de'] };
const FR: Market = { country: 'FR', countryName: 'France', packs: ['eu', 'fr'] };
const ES: Market = { country: 'ES', countryName: 'Spain', packs: ['eu', 'es'] };
const US: Market = { country: 'US', countryName: 'United States', packs: ['us'] };
const CA: Market = { country: 'CA', countryName: 'Canada', packs: ['ca'] };
const AE: Market = { country: 'AE', countryName: 'United Arab Emirates', packs: ['ae'] };
const JP: Market = { country: 'JP', countryName: 'Japan', packs: ['jp'] };
const GB: Market = { country: 'GB', countryName: 'United Kingdom', packs: ['gb'] };
const market = (country: string, countryName: string, pack: string): Market => ({ country, countryName, packs: [pack] });

type Outcome = 'absent' | 'applies' | 'check';
interface Row {
  name: string;
  market: Market;
  profile: Partial<ApplicabilityProfile>;
  region?: string;
  id: string;
  expect: Outcome;
}

const AI = { aiInProduct: true } as const;
const BIG_US = { dataSubjects: '100k_to_1m' } as const;
const EOR_DIGITAL = { entryMode: 'employer_of_record', customerType: 'b2c', sellsDigitalServicesToConsumers: true } as const;
const CROSS = { entryMode: 'cross_border' } as const;

const ROWS: Row[] = [
  // AI Act: GPAI-model duties only for model providers, Annex I only for regulated products.
  { name: 'a company using another firm’s AI gets no GPAI-model duties', market: DE, profile: { ...AI, aiRole: 'uses_third_party' }, id: 'eu.ai-act.gpai-model-obligations', expect: 'absent' },
  { name: 'a provider of its own AI system gets no GPAI-model duties', market: DE, profile: { ...AI, aiRole: 'provides_system' }, id: 'eu.ai-act.gpai-model-obligations', expect: 'absent' },
  { name: 'a GPAI-model provider gets the GPAI-model duties', market: DE, profile: { ...AI, aiRole: 'provides_gpai_model' }, id: 'eu.ai-act.gpai-model-obligations', expect: 'applies' },
  { name: 'AI in the product with the AI role unanswered: check the GPAI duties', market: DE, profile: AI, id: 'eu.ai-act.gpai-model-obligations', expect: 'check' },
  { name: 'no AI at all: no GPAI duties even with the role unanswered', market: DE, profile: {}, id: 'eu.ai-act.gpai-model-obligations', expect: 'absent' },
  { name: 'AI outside regulated products gets no Annex I duties', market: DE, profile: { ...AI, aiInRegulatedProduct: false }, id: 'eu.ai-act.high-risk-annex-i', expect: 'absent' },
  { name: 'AI in a regulated product gets the Annex I duties', market: DE, profile: { ...AI, aiInRegulatedProduct: true }, id: 'eu.ai-act.high-risk-annex-i', expect: 'applies' },
  { name: 'AI with the regulated-product question unanswered: check Annex I', market: DE, profile: AI, id: 'eu.ai-act.high-risk-annex-i', expect: 'check' },
  // US states.
  { name: 'customers only in New York: no CCPA', market: US, profile: { ...BIG_US, customerRegions: ['US-NY'] }, id: 'us.ca.ccpa-business-obligations', expect: 'absent' },
  { name: 'customers in California: CCPA applies', market: US, profile: { ...BIG_US, customerRegions: ['US-NY', 'US-CA'] }, id: 'us.ca.ccpa-business-obligations', expect: 'applies' },
  { name: 'an entry in California with customer states unanswered: CCPA applies', market: US, region: 'US-CA', profile: BIG_US, id: 'us.ca.ccpa-business-obligations', expect: 'applies' },
  { name: 'customer states unanswered: check CCPA', market: US, profile: BIG_US, id: 'us.ca.ccpa-business-obligations', expect: 'check' },
  { name: 'customers only in Texas: no California breach statute', market: US, profile: { customerRegions: ['US-TX'] }, id: 'us.ca.civ-1798-82-breach-notification', expect: 'absent' },
  { name: 'customers only in California: no Colorado AI law', market: US, profile: { aiInDecisionsAboutPeople: true, customerRegions: ['US-CA'] }, id: 'us.co.sb26-189-admt-disclosure', expect: 'absent' },
  { name: 'customers in Colorado: the Colorado AI law applies', market: US, profile: { aiInDecisionsAboutPeople: true, customerRegions: ['US-CO'] }, id: 'us.co.sb26-189-admt-disclosure', expect: 'applies' },
  // Canadian provinces.
  { name: 'customers only in Ontario: no Quebec Law 25 incidents duty', market: CA, profile: { customerRegions: ['CA-ON'] }, id: 'ca.qc.law25-confidentiality-incidents', expect: 'absent' },
  { name: 'an entry in Quebec: Law 25 incidents duty applies', market: CA, region: 'CA-QC', profile: {}, id: 'ca.qc.law25-confidentiality-incidents', expect: 'applies' },
  { name: 'provinces unanswered: check Quebec Law 25', market: CA, profile: {}, id: 'ca.qc.law25-s3-1-privacy-officer', expect: 'check' },
  { name: 'staff only in Quebec: no Ontario AI job-posting rule', market: CA, profile: { aiInDecisionsAboutPeople: true, customerRegions: ['CA-QC'] }, id: 'ca.on.esa-ai-job-posting-disclosure', expect: 'absent' },
  { name: 'staff in Ontario: the Ontario AI job-posting rule applies', market: CA, profile: { aiInDecisionsAboutPeople: true, customerRegions: ['CA-ON'] }, id: 'ca.on.esa-ai-job-posting-disclosure', expect: 'applies' },
  // UAE free zones.
  { name: 'a mainland UAE company gets no DIFC/ADGM data law', market: AE, profile: { freeZone: 'none' }, id: 'ae.freezone.difc-adgm-data-protection', expect: 'absent' },
  { name: 'an ADGM company gets the DIFC/ADGM data law', market: AE, profile: { freeZone: 'adgm' }, id: 'ae.freezone.difc-adgm-data-protection', expect: 'applies' },
  { name: 'an ADGM company gets no DIFC AI regulation', market: AE, profile: { freeZone: 'adgm', aiInProduct: true }, id: 'ae.difc.regulation-10-ai-systems', expect: 'absent' },
  { name: 'a DIFC company with AI gets the DIFC AI regulation', market: AE, profile: { freeZone: 'difc', aiInProduct: true }, id: 'ae.difc.regulation-10-ai-systems', expect: 'applies' },
  { name: 'free zone unanswered: check the DIFC/ADGM data law', market: AE, profile: {}, id: 'ae.freezone.difc-adgm-data-protection', expect: 'check' },
  // Representatives for entries without an establishment, EOR included.
  { name: 'an EOR entry needs a GDPR Art. 27 representative', market: DE, profile: { entryMode: 'employer_of_record' }, id: 'eu.gdpr.art27-eu-representative', expect: 'applies' },
  { name: 'an EOR entry needs a UK Art. 27 representative', market: GB, profile: { entryMode: 'employer_of_record' }, id: 'gb.ukgdpr.art27-uk-representative', expect: 'applies' },
  { name: 'a subsidiary needs no Art. 27 representative', market: DE, profile: {}, id: 'eu.gdpr.art27-eu-representative', expect: 'absent' },
  // French and Spanish fiscal representatives.
  { name: 'a cross-border B2B service seller (reverse charge) needs no French fiscal representative', market: FR, profile: { ...CROSS, sellsConnectedProducts: false }, id: 'fr.cgi.art289a-fiscal-representative', expect: 'absent' },
  { name: 'a cross-border e-service seller on the OSS needs no French fiscal representative', market: FR, profile: { ...CROSS, customerType: 'b2c', sellsDigitalServicesToConsumers: true, sellsConnectedProducts: false }, id: 'fr.cgi.art289a-fiscal-representative', expect: 'absent' },
  { name: 'a cross-border seller of consumer goods needs a French fiscal representative', market: FR, profile: { ...CROSS, customerType: 'b2c' }, id: 'fr.cgi.art289a-fiscal-representative', expect: 'applies' },
  { name: 'a cross-border B2B service seller needs no Spanish fiscal representative', market: ES, profile: { ...CROSS, sellsConnectedProducts: false }, id: 'es.liva.art164-fiscal-representative', expect: 'absent' },
  { name: 'a cross-border seller of connected products needs a Spanish fiscal representative', market: ES, profile: { ...CROSS, sellsConnectedProducts: true }, id: 'es.liva.art164-fiscal-representative', expect: 'applies' },
  { name: 'B2B sales with the connected-products question open: check the Spanish fiscal representative', market: ES, profile: CROSS, id: 'es.liva.art164-fiscal-representative', expect: 'check' },
  // Japan's threshold.
  { name: 'JPY 5 million of e-service sales stays below the consumption-tax threshold', market: JP, profile: { ...CROSS, sellsDigitalServicesToConsumers: true, expectedMarketRevenue: { amount: 5_000_000, currency: 'JPY' } }, id: 'jp.ctax.foreign-e-services', expect: 'absent' },
  { name: 'JPY 20 million of e-service sales owes consumption tax', market: JP, profile: { ...CROSS, sellsDigitalServicesToConsumers: true, expectedMarketRevenue: { amount: 20_000_000, currency: 'JPY' } }, id: 'jp.ctax.foreign-e-services', expect: 'applies' },
  { name: 'no revenue figure: check Japan’s consumption tax', market: JP, profile: { ...CROSS, sellsDigitalServicesToConsumers: true }, id: 'jp.ctax.foreign-e-services', expect: 'check' },
];

/** The digital-VAT rule of every market for an EOR entry selling digital services to consumers. */
const EOR_VAT: [Market, string][] = [
  [DE, 'eu.vat.non-union-oss'],
  [FR, 'eu.vat.non-union-oss'],
  [GB, 'gb.vat.netp-registration'],
  [JP, 'jp.ctax.foreign-e-services'],
  [market('AE', 'United Arab Emirates', 'ae'), 'ae.vat.non-resident-electronic-services'],
  [market('AU', 'Australia', 'au'), 'au.gst.non-resident-digital-supplies'],
  [market('BR', 'Brazil', 'br'), 'br.lc214.foreign-supplier-cbs-ibs'],
  [market('CA', 'Canada', 'ca'), 'ca.eta.simplified-gst-hst-registration'],
  [market('CH', 'Switzerland', 'ch'), 'ch.mwstg.foreign-electronic-services'],
  [market('ID', 'Indonesia', 'id'), 'id.vat.pmse-foreign-digital-services'],
  [market('IN', 'India', 'in'), 'in.gst.oidar-registration'],
  [market('KR', 'South Korea', 'kr'), 'kr.vat.foreign-e-services'],
  [market('MX', 'Mexico', 'mx'), 'mx.liva.digital-services-vat'],
  [market('NG', 'Nigeria', 'ng'), 'ng.nta.non-resident-vat'],
  [market('RU', 'Russia', 'ru'), 'ru.vat.foreign-e-services'],
  [market('SA', 'Saudi Arabia', 'sa'), 'sa.zatca.non-resident-vat'],
  [market('SG', 'Singapore', 'sg'), 'sg.gst.overseas-vendor-registration'],
  [market('TR', 'Turkey', 'tr'), 'tr.vat.foreign-e-service-providers'],
  [market('VN', 'Vietnam', 'vn'), 'vn.tax.overseas-supplier-registration'],
  [market('ZA', 'South Africa', 'za'), 'za.vat.electronic-services'],
];

function outcome(row: Pick<Row, 'market' | 'profile' | 'region' | 'id'>): Outcome {
  const found = evaluate(row.market, profileWith(row.profile), ON, row.region ?? null).find((a) => a.requirement.id === row.id);
  return found ? found.certainty : 'absent';
}

describe('rules say what the law means', () => {
  it.each(ROWS)('$name', (row) => {
    expect(outcome(row), row.id).toBe(row.expect);
  });
});

describe('an employer-of-record entry selling digital services to consumers gets the digital-VAT duty', () => {
  it.each(EOR_VAT.map(([m, id]) => ({ m, id, where: m.countryName })))('$where: $id', ({ m, id }) => {
    expect(outcome({ market: m, profile: EOR_DIGITAL, id })).not.toBe('absent');
    // …and a B2B EOR entry without consumer e-services does not.
    expect(outcome({ market: m, profile: { entryMode: 'employer_of_record' }, id })).toBe('absent');
  });
});

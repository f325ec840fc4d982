/**
 * Issue #18 section 1 (employment and tax registration), for US, BR, MX, ZA, NG, SA, AE,
 * CN, JP, KR, SG, ID, VN and IN: each pack, parsed by the app's own pack parser and run
 * through the applicability engine, gives
 *  - a subsidiary (and a branch) with local staff its employer, social-insurance and tax
 *    registration duties,
 *  - a cross-border seller of digital services to consumers its foreign-supplier VAT/GST duty
 *    (where the country has one) and none of the employer duties,
 *  - an employer-of-record entry the "verify the provider" item and none of the company's own
 *    employer-registration duties.
 */
import { describe, expect, it } from 'vitest';
import { applicableRequirements } from '../../shared/requirements/applicability';
import type { ApplicabilityProfile } from '../../shared/entry-schema';
import type { Pack } from '../../shared/requirements/pack-schema';
import { sampleProfile } from '../fixtures/profile';
import { EMPLOYMENT_PROFILES, parseShippedPack } from './packs';

const ON = '2026-12-01';

interface Row {
  code: string;
  name: string;
  /** The company's own employer duties: a subsidiary or branch with staff gets them, an EOR entry must not. */
  employer: string[];
  /** Tax registration of the local entity (subsidiary or branch, with or without staff). */
  tax: string[];
  /** A cross-border B2C digital seller without staff. */
  digital: string[];
  eor: string[];
}

const TABLE: Row[] = [
  { code: 'US', name: 'United States', employer: ['us.irs.payroll-withholding-fica', 'us.state.withholding-unemployment-registration', 'us.uscis.employment-based-work-visas', 'us.ina.form-i9'], tax: ['us.irs.corporate-income-tax-returns', 'us.irs.ein'], digital: ['us.sales-tax.economic-nexus'], eor: ['us.eor.verify-provider-registrations'] },
  { code: 'BR', name: 'Brazil', employer: ['br.esocial.employer-payroll-inss-fgts', 'br.lei8213-clt.disability-and-apprentice-quotas', 'br.migracao.work-residence-authorization', 'br.clt.employee-registration'], tax: ['br.rfb.irpj-csll-tax-regime', 'br.icms-iss.state-municipal-registration', 'br.nfe-nfse.electronic-invoices'], digital: ['br.lc214.foreign-supplier-cbs-ibs'], eor: ['br.eor.verify-provider-registrations'] },
  { code: 'MX', name: 'Mexico', employer: ['mx.sat.payroll-isr-withholding-cfdi-nomina', 'mx.imss.employer-and-worker-registration', 'mx.inm.employer-registration-work-permits'], tax: ['mx.sat.rfc-registration-isr-iva', 'mx.sat.cfdi-e-invoicing'], digital: ['mx.liva.digital-services-vat'], eor: ['mx.eor.verify-provider-registrations', 'mx.lft.repse-specialised-services'] },
  { code: 'ZA', name: 'South Africa', employer: ['za.sars.paye-sdl-uif-employer-registration', 'za.dol.uif-coida-registration', 'za.eea.designated-employer-reporting', 'za.dha.work-visas'], tax: ['za.sars.income-tax-registration', 'za.vat.registration'], digital: ['za.vat.electronic-services'], eor: ['za.eor.verify-provider-registrations'] },
  { code: 'NG', name: 'Nigeria', employer: ['ng.paye.state-irs-registration', 'ng.pencom-nsitf-itf.contributions', 'ng.interior.expatriate-quota'], tax: ['ng.nrs.tin-companies-income-tax', 'ng.vat.registration', 'ng.nrs.e-invoicing-merchant-buyer'], digital: ['ng.nta.non-resident-vat'], eor: ['ng.eor.verify-provider-registrations'] },
  { code: 'SA', name: 'Saudi Arabia', employer: ['sa.mhrsd-qiwa.establishment-labour-file', 'sa.gosi.social-insurance-registration', 'sa.mhrsd-mudad.wage-protection', 'sa.mhrsd.nitaqat-saudization-work-permits'], tax: ['sa.zatca.zakat-income-tax-registration', 'sa.zatca.vat-registration', 'sa.zatca.e-invoicing-fatoora'], digital: ['sa.zatca.non-resident-vat'], eor: ['sa.eor.verify-provider-registrations'] },
  { code: 'AE', name: 'United Arab Emirates', employer: ['ae.mohre.establishment-work-permits', 'ae.gpssa-health.pension-nationals-health-insurance', 'ae.mohre.wage-protection-system', 'ae.mohre.emiratisation-targets'], tax: ['ae.fta.corporate-tax-registration', 'ae.fta.vat-registration', 'ae.mof.e-invoicing'], digital: ['ae.vat.non-resident-electronic-services'], eor: ['ae.eor.verify-provider-registrations'] },
  { code: 'CN', name: 'China', employer: ['cn.iit.employer-withholding', 'cn.social-insurance.registration-housing-fund', 'cn.foreigner-work-permit-labour-contracts'], tax: ['cn.eit.tax-registration-enterprise-income-tax', 'cn.vat.general-taxpayer-registration', 'cn.fapiao.fully-digital-e-invoices'], digital: [], eor: ['cn.eor.verify-provider-registrations'] },
  { code: 'JP', name: 'Japan', employer: ['jp.nta.salary-payment-office-withholding', 'jp.shakai-hoken.health-and-pension-enrolment', 'jp.rodo-hoken.labour-insurance-and-inspection-filings', 'jp.isa.status-of-residence-foreign-staff'], tax: ['jp.corporation-tax.incorporation-notification', 'jp.consumption-tax.taxpayer-status-qualified-invoice'], digital: ['jp.ctax.foreign-e-services'], eor: ['jp.eor.verify-provider-registrations'] },
  { code: 'KR', name: 'South Korea', employer: ['kr.nts.wage-withholding', 'kr.four-major-insurances.workplace-enrolment', 'kr.lsa.rules-of-employment-and-quotas', 'kr.immigration.work-visas'], tax: ['kr.nts.business-registration-vat-corporate-tax', 'kr.vat.electronic-tax-invoices'], digital: ['kr.vat.foreign-e-services'], eor: ['kr.eor.verify-provider-registrations'] },
  { code: 'SG', name: 'Singapore', employer: ['sg.iras.employer-ais-reporting-tax-clearance', 'sg.cpf.employer-registration', 'sg.mom.work-passes-fair-consideration'], tax: ['sg.iras.corporate-income-tax', 'sg.iras.gst-registration', 'sg.iras.gst-invoicenow'], digital: ['sg.gst.overseas-vendor-registration'], eor: ['sg.eor.verify-provider-registrations'] },
  { code: 'ID', name: 'Indonesia', employer: ['id.djp.pph21-employer-withholding', 'id.bpjs.employment-and-health-registration', 'id.kemnaker.foreign-workers-rptka', 'id.kemnaker.wlkp-company-regulations'], tax: ['id.djp.npwp-corporate-income-tax', 'id.djp.pkp-vat-registration', 'id.djp.e-faktur-coretax'], digital: ['id.vat.pmse-foreign-digital-services'], eor: ['id.eor.verify-provider-registrations'] },
  { code: 'VN', name: 'Vietnam', employer: ['vn.tax.pit-withholding', 'vn.vss.social-health-unemployment-insurance', 'vn.labour.foreign-worker-permits', 'vn.labour.internal-rules-and-labour-reports'], tax: ['vn.tax.cit-registration', 'vn.tax.vat-registration', 'vn.einvoice.decree-123-70'], digital: ['vn.tax.overseas-supplier-registration'], eor: ['vn.eor.verify-provider-registrations'] },
  { code: 'IN', name: 'India', employer: ['in.incometax.tan-tds-salaries', 'in.epfo-esic.social-security-registration', 'in.state.shops-establishments-registration', 'in.mha.employment-visa-frro'], tax: ['in.incometax.pan-corporate-income-tax', 'in.gst.registration', 'in.gst.e-invoicing'], digital: ['in.gst.oidar-registration'], eor: ['in.eor.verify-provider-registrations'] },
];

const loaded = new Map<string, Pack>(TABLE.map((row) => [row.code, parseShippedPack(row.code.toLowerCase())]));

const { subsidiaryWithStaff, branchWithStaff, subsidiaryNoStaff, employerOfRecord } = EMPLOYMENT_PROFILES;
const crossBorderDigital = EMPLOYMENT_PROFILES.crossBorderDigital();

function run(row: Row, profile: ApplicabilityProfile) {
  return applicableRequirements(loaded.get(row.code)!.requirements, { country: row.code, countryName: row.name, profile, on: ON });
}
const ids = (row: Row, profile: ApplicabilityProfile) => run(row, profile).map((a) => a.requirement.id);

describe.each(TABLE)('$code: employment and tax registration', (row) => {
  const p = loaded.get(row.code)!;

  it('is a valid pack for the app, republished on 2026-12-01 with a new minor version', () => {
    expect(p.publicationDate).toBe(ON);
    expect(p.version).toMatch(/^1\.[1-9]\d*\.0$/);
  });

  it('gives a subsidiary with local staff every employer and tax-registration duty', () => {
    expect(ids(row, subsidiaryWithStaff)).toEqual(expect.arrayContaining([...row.employer, ...row.tax]));
  });

  it('gives a branch with local staff the same duties', () => {
    expect(ids(row, branchWithStaff)).toEqual(expect.arrayContaining([...row.employer, ...row.tax]));
  });

  it('keeps employer duties to entries with staff, but still registers a subsidiary without staff for tax', () => {
    const got = ids(row, subsidiaryNoStaff);
    expect(got).toEqual(expect.arrayContaining(row.tax));
    for (const id of row.employer) expect(got).not.toContain(id);
  });

  it('gives a cross-border B2C digital seller its foreign-supplier VAT/GST duty and no employer or local-entity duty', () => {
    const got = ids(row, crossBorderDigital);
    expect(got).toEqual(expect.arrayContaining(row.digital));
    for (const id of [...row.employer, ...row.tax, ...row.eor]) expect(got).not.toContain(id);
  });

  it("asks an employer-of-record entry to verify the provider, not to register as an employer itself", () => {
    const got = ids(row, employerOfRecord);
    expect(got).toEqual(expect.arrayContaining(row.eor));
    for (const id of [...row.employer, ...row.tax]) expect(got).not.toContain(id);
    // No employment item in the pack may fire for an EOR entry unless it is about the provider.
    const employment = run(row, employerOfRecord).filter((a) => a.requirement.category === 'employment').map((a) => a.requirement.id);
    expect(employment.sort()).toEqual([...row.eor].sort());
  });

  it('states the verify-the-provider duty with the evidence counsel needs', () => {
    const item = p.requirements.find((r) => r.id === `${row.code.toLowerCase()}.eor.verify-provider-registrations`)!;
    expect(item.category).toBe('employment');
    expect(item.workstream).toBe('team_operations');
    expect(item.summary).toMatch(/provider, not your company, is the legal employer/);
    expect(item.evidenceExpected.join(' ')).toMatch(/registration certificates/);
    expect(item.evidenceExpected.join(' ')).toMatch(/service agreement/);
  });

  it('dates and explains every new item: reviewed 2026-12-01, a review note, and verified only with an official source', () => {
    const fresh = [...row.employer, ...row.tax, ...row.digital, ...row.eor]
      .map((id) => p.requirements.find((r) => r.id === id)!)
      .filter((r) => r.lastReviewed === ON);
    expect(fresh.length).toBeGreaterThan(0);
    for (const r of fresh) {
      expect(r.reviewNote, r.id).toBeTruthy();
      if (r.verified) expect(r.reviewNote, r.id).toMatch(/^Checked on 2026-12-01 against /);
      else expect(r.reviewNote, r.id).toMatch(/nverified|[Nn]ot (checked|read)/);
    }
  });
});

describe('figures counsel relies on (as written in the packs)', () => {
  const req = (code: string, id: string) => loaded.get(code)!.requirements.find((r) => r.id === id)!;

  it('South Africa: SARS employer registration within 21 business days, checked against SARS', () => {
    const r = req('ZA', 'za.sars.paye-sdl-uif-employer-registration');
    expect(r.summary).toMatch(/within 21 business days/);
    expect(r.sourceUrl).toMatch(/^https:\/\/www\.sars\.gov\.za\//);
    expect(r.verified).toBe(true);
  });

  it('South Africa: the VAT threshold moves from ZAR 1 million to ZAR 2.3 million on 1 April 2026, marked unverified', () => {
    const r = req('ZA', 'za.vat.registration');
    expect(r.summary).toMatch(/ZAR 1 million until 31 March 2026/);
    expect(r.summary).toMatch(/ZAR 2\.3 million from 1 April 2026/);
    expect(r.verified).toBe(false);
  });

  it('Saudi Arabia: VAT at SAR 375,000 and Zakat/income-tax registration for the local entity', () => {
    expect(req('SA', 'sa.zatca.vat-registration').summary).toMatch(/SAR 375,000/);
    expect(req('SA', 'sa.zatca.zakat-income-tax-registration').summary).toMatch(/zakat \(2\.5% of the zakat base\).*20%/);
  });

  it('UAE: corporate-tax registration within three months (six for a branch) with an AED 10,000 penalty; e-invoicing from 2027', () => {
    const ct = req('AE', 'ae.fta.corporate-tax-registration');
    expect(ct.summary).toMatch(/within three months of incorporation/);
    expect(ct.summary).toMatch(/within six months/);
    expect(ct.summary).toMatch(/AED 10,000/);
    const einv = req('AE', 'ae.mof.e-invoicing');
    expect(einv.effectiveFrom).toBe('2027-01-01');
    const sub = run(TABLE.find((t) => t.code === 'AE')!, subsidiaryWithStaff).find((a) => a.requirement.id === einv.id)!;
    expect(sub.appliesFrom).toBe('2027-01-01');
  });

  it('Mexico: REPSE applies to staffing and EOR, because personnel subcontracting is banned since April 2021', () => {
    const r = req('MX', 'mx.lft.repse-specialised-services');
    expect(r.effectiveFrom).toBe('2021-04-24');
    expect(r.summary).toMatch(/may not use workers provided by another company/);
    expect(ids(TABLE.find((t) => t.code === 'MX')!, subsidiaryWithStaff)).toContain(r.id);
  });

  it('India and Nigeria: e-invoicing turnover thresholds are asked about ("check") when no revenue is given, and decided when it is', () => {
    const inRow = TABLE.find((t) => t.code === 'IN')!;
    const unknown = run(inRow, subsidiaryWithStaff).find((a) => a.requirement.id === 'in.gst.e-invoicing')!;
    expect(unknown.certainty).toBe('check');
    const small = sampleProfile({ expectedMarketRevenue: { amount: 10_000_000, currency: 'INR' } });
    expect(ids(inRow, small)).not.toContain('in.gst.e-invoicing');
    const ngRow = TABLE.find((t) => t.code === 'NG')!;
    const large = sampleProfile({ expectedMarketRevenue: { amount: 6_000_000_000, currency: 'NGN' } });
    expect(run(ngRow, large).find((a) => a.requirement.id === 'ng.nrs.e-invoicing-merchant-buyer')?.certainty).toBe('applies');
  });

  it('China: no foreign-supplier VAT registration, recorded as a none-known note rather than silence', () => {
    expect(loaded.get('CN')!.noneKnown.some((n) => n.category === 'tax_vat_gst' && /cannot register for VAT/.test(n.text))).toBe(true);
  });

  it('Brazil: the CLT/eSocial item no longer fires for an employer-of-record entry, but still does for a subsidiary with staff', () => {
    const br = TABLE.find((t) => t.code === 'BR')!;
    expect(ids(br, employerOfRecord)).not.toContain('br.clt.employee-registration');
    expect(ids(br, subsidiaryWithStaff)).toContain('br.clt.employee-registration');
  });
});

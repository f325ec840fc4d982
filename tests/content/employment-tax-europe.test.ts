/**
 * Issue #18 section 1 (employment and tax registration), for DE, FR, GB, IE, NL, ES, IT, PL,
 * CH, TR, RU, AU and CA: each pack, read with the project's own pack parser, gives
 *   - a subsidiary with local staff its employer, social-security and entity tax duties,
 *   - a cross-border seller of digital services to consumers its VAT/GST registration,
 *   - an employer-of-record entry the "verify the provider" item and NOT the company's own
 *     employer registration.
 * Ids listed here are the ones this change added or relies on; other items may apply too.
 */
import { describe, expect, it } from 'vitest';
import { applicableRequirements } from '../../shared/requirements/applicability';
import type { Requirement } from '../../shared/requirements/pack-schema';
import type { ApplicabilityProfile } from '../../shared/entry-schema';
import { EMPLOYMENT_PROFILES, parseShippedPack as load } from './packs';

const ON = '2026-12-01';
const eu = load('eu');

interface Row {
  country: string;
  name: string;
  /** Employer registration and payroll withholding: the company's own duty, never the EOR entry's. */
  employer: string[];
  /** Further duties for a subsidiary with staff (social security, permits, pensions, tax, e-invoicing). */
  subsidiary: string[];
  /** A cross-border seller of digital services to consumers. */
  crossBorderB2cDigital: string[];
}

const ROWS: Row[] = [
  { country: 'DE', name: 'Germany', employer: ['de.estg.wage-tax-withholding', 'de.sgb4.social-insurance-registration'], subsidiary: ['de.aufenthg.work-authorisation-check', 'de.ao.tax-registration', 'de.ustg.b2b-e-invoicing'], crossBorderB2cDigital: ['eu.vat.non-union-oss'] },
  { country: 'FR', name: 'France', employer: ['fr.css.dpae-dsn-registration', 'fr.css.complementary-pension-health-cover'], subsidiary: ['fr.ct.work-authorisation', 'fr.ct.cse-staff-representatives', 'fr.cgi.corporate-tax-vat-registration', 'fr.cgi.b2b-e-invoicing'], crossBorderB2cDigital: ['eu.vat.non-union-oss'] },
  { country: 'GB', name: 'United Kingdom', employer: ['gb.paye.employer-registration', 'gb.pa2008.auto-enrolment', 'gb.elci.employers-liability-insurance', 'gb.employment.right-to-work-checks'], subsidiary: ['gb.immigration.sponsor-licence', 'gb.ct-vat.entity-tax-registration'], crossBorderB2cDigital: ['gb.vat.netp-registration'] },
  { country: 'IE', name: 'Ireland', employer: ['ie.revenue.employer-paye-registration', 'ie.aersa.my-future-fund-auto-enrolment'], subsidiary: ['ie.dete.employment-permits', 'ie.vat.revenue-registration'], crossBorderB2cDigital: ['eu.vat.non-union-oss'] },
  { country: 'NL', name: 'Netherlands', employer: ['nl.wlb.loonheffingen-registration', 'nl.employment.pension-sickness-arbo'], subsidiary: ['nl.wav.work-permit', 'nl.wor.works-council', 'nl.vat.belastingdienst-registration'], crossBorderB2cDigital: ['eu.vat.non-union-oss'] },
  { country: 'ES', name: 'Spain', employer: ['es.lirpf.payroll-withholding', 'es.lgss.tgss-registration'], subsidiary: ['es.labour.workplace-opening-notice', 'es.loex.work-authorisation', 'es.aeat.census-vat-cit-registration', 'es.verifactu.billing-software'], crossBorderB2cDigital: ['eu.vat.non-union-oss'] },
  { country: 'IT', name: 'Italy', employer: ['it.dpr600.payroll-withholding', 'it.inps-inail.employer-registration'], subsidiary: ['it.tui.work-permit', 'it.dpr633.vat-cit-registration', 'it.sdi.mandatory-e-invoicing'], crossBorderB2cDigital: ['eu.vat.non-union-oss'] },
  { country: 'PL', name: 'Poland', employer: ['pl.pit.payroll-withholding', 'pl.zus.contribution-payer-registration', 'pl.ppk.employee-capital-plans'], subsidiary: ['pl.foreigners.work-permit', 'pl.vat.vat-r-cit-registration', 'pl.vat.ksef-mandatory-e-invoicing'], crossBorderB2cDigital: ['eu.vat.non-union-oss'] },
  { country: 'CH', name: 'Switzerland', employer: ['ch.ahvg.compensation-fund-registration', 'ch.bvg-uvg.pension-accident-insurance', 'ch.dbg.source-tax-withholding'], subsidiary: ['ch.aig.work-permits-job-reporting', 'ch.mwstg.domestic-vat-registration'], crossBorderB2cDigital: ['ch.mwstg.foreign-electronic-services'] },
  { country: 'TR', name: 'Turkey', employer: ['tr.gvk.payroll-withholding', 'tr.sgk.workplace-employee-registration'], subsidiary: ['tr.6735.work-permits-quotas', 'tr.vuk.tax-registration', 'tr.vuk.e-invoice-e-archive'], crossBorderB2cDigital: ['tr.vat.foreign-e-service-providers'] },
  { country: 'RU', name: 'Russia', employer: ['ru.nk.tax-agent-payroll', 'ru.sfr.insurer-registration-reporting'], subsidiary: ['ru.115fz.foreign-worker-permits', 'ru.nk.corporate-tax-vat-registration'], crossBorderB2cDigital: ['ru.vat.foreign-e-services'] },
  { country: 'AU', name: 'Australia', employer: ['au.ato.payg-withholding-registration', 'au.sgaa.superannuation-guarantee', 'au.states.payroll-tax-workers-comp'], subsidiary: ['au.migration.employer-sponsorship', 'au.ato.abn-gst-income-tax-registration'], crossBorderB2cDigital: ['au.gst.non-resident-digital-supplies'] },
  { country: 'CA', name: 'Canada', employer: ['ca.cra.payroll-program-account', 'ca.provinces.workers-comp-quebec-source-deductions'], subsidiary: ['ca.irpa.foreign-worker-authorisation', 'ca.cra.business-number-gst-hst'], crossBorderB2cDigital: ['ca.eta.simplified-gst-hst-registration'] },
];

const { subsidiaryWithStaff, branchWithStaff, subsidiaryNoStaff, employerOfRecord: eorWithStaff } = EMPLOYMENT_PROFILES;
/** Revenue figures in the market's own currency above the known thresholds, so threshold rules decide. */
const crossBorderDigital = (currency: string) =>
  EMPLOYMENT_PROFILES.crossBorderDigital({ expectedMarketRevenue: { amount: 10_000_000, currency }, globalRevenue: { amount: 10_000_000, currency } });
const CURRENCY: Record<string, string> = { CH: 'CHF', AU: 'AUD', CA: 'CAD', GB: 'GBP', TR: 'TRY', RU: 'RUB', PL: 'PLN' };

describe.each(ROWS)('$name ($country)', (row) => {
  const own = load(row.country.toLowerCase());
  const all: Requirement[] = [...eu.requirements, ...own.requirements];
  const applying = (profile: ApplicabilityProfile) =>
    applicableRequirements(all, { country: row.country, countryName: row.name, profile, on: ON }).map((a) => a.requirement.id);
  const eorId = `${row.country.toLowerCase()}.employment.eor-provider-verification`;

  it('parses with the project pack parser, carries the new version and dates the new items', () => {
    expect(own.version).toMatch(/^1\.[1-9]\d*\.0$/);
    expect(own.publicationDate).toBe('2026-12-01');
    for (const id of [...row.employer, ...row.subsidiary, eorId].filter((x) => x.startsWith(`${own.id}.`))) {
      const r = own.requirements.find((q) => q.id === id);
      expect(r, id).toBeDefined();
      expect(r!.sourceUrl, id).toMatch(/^https:\/\//);
      expect(r!.evidenceExpected.length, id).toBeGreaterThan(0);
      // Honest bookkeeping: an unverified item says what is open.
      if (!r!.verified) expect(r!.reviewNote, id).toBeTruthy();
    }
  });

  it('gives a subsidiary with local staff its employer, social-security and tax duties', () => {
    const ids = applying(subsidiaryWithStaff);
    for (const id of [...row.employer, ...row.subsidiary]) expect(ids, id).toContain(id);
    expect(ids).not.toContain(eorId);
  });

  it('gives a branch with local staff the same employer duties', () => {
    const ids = applying(branchWithStaff);
    for (const id of row.employer) expect(ids, id).toContain(id);
  });

  it('gives no employer duties to a subsidiary without staff', () => {
    const ids = applying(subsidiaryNoStaff);
    for (const id of [...row.employer, eorId]) expect(ids, id).not.toContain(id);
  });

  it('gives a cross-border B2C digital seller its foreign-supplier VAT/GST registration, and no entity or employer duty', () => {
    const ids = applying(crossBorderDigital(CURRENCY[row.country] ?? 'EUR'));
    for (const id of row.crossBorderB2cDigital) expect(ids, id).toContain(id);
    for (const id of [...row.employer, ...row.subsidiary, eorId]) expect(ids, id).not.toContain(id);
  });

  it("gives an employer-of-record entry the 'verify the provider' item and not the company's own employer registration", () => {
    const ids = applying(eorWithStaff);
    expect(ids).toContain(eorId);
    for (const id of row.employer) expect(ids, id).not.toContain(id);
    const check = own.requirements.find((r) => r.id === eorId)!;
    expect(check.category).toBe('employment');
    expect(check.workstream).toBe('team_operations');
    expect(check.evidenceExpected.join(' ')).toMatch(/contract|agreement/i);
  });
});

describe('dated e-invoicing mandates', () => {
  it.each([
    ['de', 'de.ustg.b2b-e-invoicing', '2025-01-01'],
    ['fr', 'fr.cgi.b2b-e-invoicing', '2026-09-01'],
    ['it', 'it.sdi.mandatory-e-invoicing', '2019-01-01'],
    ['es', 'es.verifactu.billing-software', '2027-01-01'],
  ])('%s: %s applies from %s', (pack, id, from) => {
    const r = load(pack).requirements.find((q) => q.id === id)!;
    expect(r.effectiveFrom).toBe(from);
    // An entry starting the year before is told the date the duty starts.
    const yearBefore = `${Number(from.slice(0, 4)) - 1}${from.slice(4)}`;
    const [a] = applicableRequirements([r], { country: pack.toUpperCase(), countryName: pack, profile: subsidiaryWithStaff, on: yearBefore });
    expect(a?.appliesFrom).toBe(from);
  });
});

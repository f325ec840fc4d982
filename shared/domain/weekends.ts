/**
 * Our own table of national weekend rules with the dates they took effect.
 * We do not use the runtime's Intl week data: engines disagree and it carries no
 * history. Countries not listed here use Saturday–Sunday.
 *
 * Scope: the rule for government offices and most formal employers at national
 * level. Sub-national differences (e.g. some Malaysian states, Sharjah's
 * Friday–Sunday weekend) and half days (e.g. Friday afternoons in the UAE,
 * Thursday afternoons in Iran) are not modelled. A period with `from: null`
 * states the current rule without claiming when it started; only switch dates
 * we could confirm are recorded.
 */
import type { WeekendPeriod } from './calendar';

const SUN = 0;
const THU = 4;
const FRI = 5;
const SAT = 6;

const SAT_SUN = [SUN, SAT];
const THU_FRI = [THU, FRI];
const FRI_SAT = [FRI, SAT];

const always = (days: number[]): WeekendPeriod[] => [{ from: null, days }];

const TABLE: Readonly<Record<string, WeekendPeriod[]>> = {
  // Saudi Arabia: royal order of 23 Jun 2013 moved the weekend from Thu–Fri to Fri–Sat; first Saturday off was 29 Jun 2013 (Saudi Press Agency, reported by Reuters/AP).
  SA: [
    { from: null, days: THU_FRI },
    { from: '2013-06-29', days: FRI_SAT },
  ],
  // UAE: federal weekend moved Thu–Fri -> Fri–Sat in Sept 2006, then to Sat–Sun (plus a Friday half day) from 1 Jan 2022 (UAE government announcement of 7 Dec 2021, WAM).
  AE: [
    { from: null, days: THU_FRI },
    { from: '2006-09-01', days: FRI_SAT },
    { from: '2022-01-01', days: SAT_SUN },
  ],
  // Bahrain: switched Thu–Fri -> Fri–Sat on 1 Sept 2006 (Gulf press, Aug 2006).
  BH: [
    { from: null, days: THU_FRI },
    { from: '2006-09-01', days: FRI_SAT },
  ],
  // Kuwait: Fri–Sat since 2007 (cabinet decision, KUNA); the exact start date was postponed once, so it is not recorded.
  KW: always(FRI_SAT),
  // Oman: Sultan's decree of Apr 2013 moved public and private sectors from Thu–Fri to Fri–Sat from 1 May 2013 (Oman News Agency via AP).
  OM: [
    { from: null, days: THU_FRI },
    { from: '2013-05-01', days: FRI_SAT },
  ],
  // Qatar: Fri–Sat since 2003 (the first GCC state to switch; start date not recorded).
  QA: always(FRI_SAT),
  // Israel: Friday–Saturday around the Sabbath.
  IL: always(FRI_SAT),
  // Iran: Friday is the only official weekly rest day (Thursday is a half day for many offices; 2024–25 bills to add a second day had not taken effect).
  IR: always([FRI]),
  // Egypt: Friday–Saturday for government and most employers.
  EG: always(FRI_SAT),
  // Jordan: Friday–Saturday (since 2000; start date not recorded).
  JO: always(FRI_SAT),
  // Iraq: Friday–Saturday.
  IQ: always(FRI_SAT),
  // Algeria: executive decree 09-244 of 22 Jul 2009 moved the weekend from Thu–Fri to Fri–Sat with effect from 14 Aug 2009.
  DZ: [
    { from: null, days: THU_FRI },
    { from: '2009-08-14', days: FRI_SAT },
  ],
  // Libya: Friday–Saturday.
  LY: always(FRI_SAT),
  // Sudan: Friday–Saturday (since 2008; start date not recorded).
  SD: always(FRI_SAT),
  // Yemen: government moved Thu–Fri -> Fri–Sat after Eid al-Fitr 2013, first working Thursday 15 Aug 2013 (Yemen News Agency, National Yemen). Authorities in Houthi-held areas reportedly restored Thu–Fri in 2015; not modelled.
  YE: [
    { from: null, days: THU_FRI },
    { from: '2013-08-15', days: FRI_SAT },
  ],
  // Syria: Friday–Saturday (since 2004; start date not recorded).
  SY: always(FRI_SAT),
  // Bangladesh: Friday–Saturday for government offices.
  BD: always(FRI_SAT),
  // Afghanistan: Thursday–Friday (Friday plus Thursday, extended to the full day around 2010 per Britannica; the work week starts on Saturday). Not Friday–Saturday.
  AF: always(THU_FRI),
  // Maldives: Friday–Saturday.
  MV: always(FRI_SAT),
  // Nepal: Saturday only (a Saturday–Sunday trial in May–June 2022 was revoked after a month; not modelled).
  NP: always([SAT]),
  // Brunei: Friday and Sunday off, Saturday is a working day.
  BN: always([FRI, SUN]),
};

/**
 * The weekend periods for a country (ISO 3166-1 alpha-2, case-insensitive),
 * sorted by `from` with the `null` period first. Returns a fresh copy that the
 * caller may keep or change.
 */
export function weekendPeriodsFor(country: string): WeekendPeriod[] {
  const code = country.toUpperCase();
  const periods = Object.hasOwn(TABLE, code) ? TABLE[code]! : always(SAT_SUN);
  return periods.map((p) => ({ from: p.from, days: [...p.days] }));
}

import { describe, expect, it } from 'vitest';
import Holidays from 'date-holidays';
import { addBusinessDays, businessDaysBetween, isWorkingDay } from '../../shared/domain/business-days';
import { diffDays } from '../../shared/domain/iso-date';
import { buildCalendar } from '../../electron/backend/reference/calendars';
import {
  countryName,
  isKnownCountry,
  listCountries,
  subdivisionsOf,
} from '../../electron/backend/reference/countries';
import {
  isIslamicRule,
  publicHolidays,
  spanInDays,
  toHolidays,
  type RawHoliday,
} from '../../electron/backend/reference/holidays';

const H = 3_600_000;

describe('publicHolidays (real date-holidays data)', () => {
  const germany = publicHolidays('DE', '2027-01-01', '2027-04-01');

  it('gives Germany its public holidays with English names', () => {
    expect(germany).not.toBeNull();
    expect(germany).toContainEqual({ date: '2027-01-01', name: "New Year's Day", estimated: false });
    expect(germany).toContainEqual({ date: '2027-03-26', name: 'Good Friday', estimated: false });
  });

  it('keeps only public holidays inside the window', () => {
    const names = germany!.map((h) => h.name);
    // Observances in the same window that are not days off.
    expect(names).not.toContain("Valentine's Day");
    expect(names).not.toContain('Ash Wednesday');
    expect(names).not.toContain('Shrove Monday');
    expect(germany!.every((h) => h.date >= '2027-01-01' && h.date <= '2027-04-01')).toBe(true);
    // Easter Monday (29 March) is in the window, Labour Day (1 May) is not.
    expect(germany!.map((h) => h.date)).toEqual(['2027-01-01', '2027-03-26', '2027-03-29']);
  });

  it('adds subdivision holidays: Epiphany in Bavaria only', () => {
    const bavaria = publicHolidays('DE', '2027-01-01', '2027-01-31', 'DE-BY');
    expect(bavaria?.map((h) => h.name)).toEqual(["New Year's Day", 'Epiphany']);
    expect(publicHolidays('DE', '2027-01-01', '2027-01-31', 'BY')).toEqual(bavaria);
    expect(() => publicHolidays('DE', '2027-01-01', '2027-01-31', 'DE-XX')).toThrow(RangeError);
  });

  it('expands a multi-day Saudi Eid into consecutive estimated days', () => {
    const saudi = publicHolidays('SA', '2027-01-01', '2027-12-31')!;
    const fitr = saudi.filter((h) => h.name.includes('Eid al-Fitr'));
    expect(fitr.length).toBe(4); // rule '30 Ramadan P4D'
    expect(fitr.every((h) => h.estimated)).toBe(true);
    for (let i = 1; i < fitr.length; i++) expect(diffDays(fitr[i - 1]!.date, fitr[i]!.date)).toBe(1);
    // The day comes from the `date` string, not from `start` (the evening before, in UTC).
    const raw = new Holidays('SA').getHolidays(2027).find((h) => h.rule.includes('Ramadan'))!;
    expect(fitr[0]!.date).toBe(raw.date.slice(0, 10));
    expect(raw.start.toISOString().slice(0, 10)).not.toBe(fitr[0]!.date);
    // A fixed-date holiday is not an estimate.
    expect(saudi.find((h) => h.name === 'National Day')).toEqual({ date: '2027-09-23', name: 'National Day', estimated: false });
  });

  it('includes the days of a holiday that began in the previous year', () => {
    // Eswatini's Incwala festival: '12-28 P6D', so it runs into January.
    const eswatini = publicHolidays('SZ', '2027-01-01', '2027-01-10')!;
    expect(eswatini.map((h) => h.date)).toEqual(['2027-01-01', '2027-01-02']);
    expect(eswatini[0]!.name).toContain("New Year's Day");
    expect(eswatini[0]!.name).toContain('Incwala');
    expect(eswatini[1]!.name).toBe('Incwala Festival');
  });

  it('returns null, not an empty list, for a country without data', () => {
    expect(Object.keys(new Holidays().getCountries())).not.toContain('AQ');
    expect(publicHolidays('AQ', '2027-01-01', '2027-12-31')).toBeNull();
    expect(publicHolidays('DE', '2027-02-01', '2027-01-01')).toEqual([]);
  });

  it('returns copies, so changing a result does not change later results', () => {
    publicHolidays('DE', '2027-01-01', '2027-01-01')![0]!.name = 'changed';
    expect(publicHolidays('DE', '2027-01-01', '2027-01-01')![0]!.name).toBe("New Year's Day");
  });
});

describe('turning date-holidays entries into days', () => {
  const raw = (date: string, start: string, hours: number, rule: string, name = 'X', type: RawHoliday['type'] = 'public'): RawHoliday => {
    const s = new Date(start);
    return { date, start: s, end: new Date(s.getTime() + hours * H), name, type, rule };
  };

  it('counts whole days, tolerating a daylight-saving hour and half days', () => {
    const at = new Date('2027-03-27T23:00:00Z');
    const after = (hours: number) => new Date(at.getTime() + hours * H);
    expect(spanInDays(at, after(24))).toBe(1);
    expect(spanInDays(at, after(23))).toBe(1); // spring forward
    expect(spanInDays(at, after(25))).toBe(1); // fall back
    expect(spanInDays(at, after(95))).toBe(4);
    expect(spanInDays(at, after(97))).toBe(4);
    expect(spanInDays(at, after(11))).toBe(1); // '12-24 13:00' half day
    expect(spanInDays(at, after(90))).toBe(3); // Turkey's 'PT90H' Eid
  });

  it('expands, merges, sorts and drops non-public entries', () => {
    const out = toHolidays([
      raw('2027-03-09 00:00:00 -0600', '2027-03-08T15:00:00Z', 96, '30 Ramadan P4D', 'Eid'),
      raw('2027-03-10 00:00:00', '2027-03-09T21:00:00Z', 24, '03-10', 'Fixed day'),
      raw('2027-03-11 00:00:00', '2027-03-10T21:00:00Z', 24, '03-11', 'Eid'),
      raw('2027-03-05 00:00:00', '2027-03-04T21:00:00Z', 24, '03-05', 'Observance', 'observance'),
    ]);
    expect(out).toEqual([
      { date: '2027-03-09', name: 'Eid', estimated: true },
      { date: '2027-03-10', name: 'Eid / Fixed day', estimated: false },
      { date: '2027-03-11', name: 'Eid', estimated: false },
      { date: '2027-03-12', name: 'Eid', estimated: true },
    ]);
  });

  it('recognises date-holidays spellings of Islamic months', () => {
    expect(isIslamicRule('10 Dhu al-Hijjah P3D')).toBe(true);
    expect(isIslamicRule('12 Rabi al-awwal and if sunday then next monday')).toBe(true);
    expect(isIslamicRule('3 Jumada al-thani')).toBe(true);
    expect(isIslamicRule('15 Shaban')).toBe(true);
    expect(isIslamicRule('easter -2')).toBe(false);
    expect(isIslamicRule('15 Nisan P2D')).toBe(false); // Hebrew calendar: exact, not estimated
  });
});

describe('buildCalendar', () => {
  it('composes weekends, holidays and shutdowns for scheduling', () => {
    const cal = buildCalendar('de', '2027-03-01', '2027-04-30', undefined, ['2027-04-01', '2027-03-31', '2027-04-01']);
    expect(cal.country).toBe('DE');
    expect(cal.weekends).toEqual([{ from: null, days: [0, 6] }]);
    expect(cal.shutdowns).toEqual(['2027-03-31', '2027-04-01']);
    expect(addBusinessDays(cal, '2027-03-25', 1)).toBe('2027-03-30');
    expect(addBusinessDays(cal, '2027-03-30', 1)).toBe('2027-04-02');
    expect(businessDaysBetween(cal, '2027-03-22', '2027-04-02')).toBe(6);
    expect(JSON.parse(JSON.stringify(cal))).toEqual(cal);
  });

  it('uses the Saudi weekend and the Eid holidays', () => {
    const cal = buildCalendar('SA', '2027-03-01', '2027-03-31');
    expect(isWorkingDay(cal, '2027-03-07')).toBe(true); // Sunday
    expect(isWorkingDay(cal, '2027-03-09')).toBe(false); // Eid (Tuesday)
    expect(isWorkingDay(cal, '2027-03-14')).toBe(true); // Sunday after
  });

  it('keeps "no holiday data" as null', () => {
    expect(buildCalendar('AQ', '2027-01-01', '2027-12-31').holidays).toBeNull();
  });

  it('rejects an invalid shutdown date', () => {
    expect(() => buildCalendar('DE', '2027-01-01', '2027-12-31', undefined, ['2027-02-30'])).toThrow(RangeError);
  });
});

describe('countries', () => {
  const countries = listCountries('2026-06-01');
  const byCode = new Map(countries.map((c) => [c.code, c]));

  it('lists every ISO 3166-1 alpha-2 country once, sorted by name', () => {
    expect(countries.length).toBeGreaterThanOrEqual(249);
    expect(new Set(countries.map((c) => c.code)).size).toBe(countries.length);
    const names = countries.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(countries.every((c) => /^[A-Z]{2}$/.test(c.code))).toBe(true);
  });

  it('gives names, regions and membership', () => {
    expect(byCode.get('DE')).toEqual({ code: 'DE', name: 'Germany', region: 'Europe', eu: true, eea: true, holidayData: true });
    expect(byCode.get('NO')).toMatchObject({ region: 'Europe', eu: false, eea: true });
    expect(byCode.get('CH')).toMatchObject({ eu: false, eea: false });
    expect(byCode.get('GB')).toMatchObject({ name: 'United Kingdom', eu: false, eea: false });
    expect(byCode.get('US')).toMatchObject({ region: 'North America' });
    expect(byCode.get('BR')).toMatchObject({ region: 'South America' });
    expect(byCode.get('AU')).toMatchObject({ region: 'Oceania' });
    expect(byCode.get('AQ')).toMatchObject({ region: 'Antarctica', holidayData: false });
    expect(byCode.get('SA')).toMatchObject({ name: 'Saudi Arabia', region: 'Asia', holidayData: true });
    expect(countries.every((c) => c.region !== 'Unknown')).toBe(true);
  });

  it('computes membership for the date asked', () => {
    expect(listCountries('2019-06-01').find((c) => c.code === 'GB')).toMatchObject({ eu: true, eea: true });
  });

  it('answers single-code lookups', () => {
    expect(isKnownCountry('de')).toBe(true);
    expect(isKnownCountry('ZZ')).toBe(false);
    expect(countryName('DE')).toBe('Germany');
    expect(countryName('RU')).toBe('Russia');
    expect(countryName('ZZ')).toBeUndefined();
  });

  it('lists subdivisions with ISO 3166-2 style codes', () => {
    const de = subdivisionsOf('DE');
    expect(de).toHaveLength(16);
    expect(de).toContainEqual({ code: 'DE-BY', name: 'Bayern' });
    expect(subdivisionsOf('AQ')).toEqual([]);
  });
});

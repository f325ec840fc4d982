import { describe, expect, it } from 'vitest';
import { formatDateInput, parseDateInput, patternFor, patternHint, patternOfLocale } from '../../shared/domain/date-input';
import { fold, foldedIncludes } from '../../shared/text-fold';

describe('dates in the user format', () => {
  const uk = patternFor('dmy', undefined);
  const us = patternFor('mdy', undefined);
  it('reads 03/01/2027 as 3 January in day/month/year and as 1 March in month/day/year', () => {
    expect(parseDateInput('03/01/2027', uk)).toBe('2027-01-03');
    expect(parseDateInput('03/01/2027', us)).toBe('2027-03-01');
  });
  it('accepts single digits, other separators, two-digit years and ISO; refuses days that do not exist', () => {
    expect(parseDateInput('1.3.27', uk)).toBe('2027-03-01');
    expect(parseDateInput(' 2027-03-01 ', us)).toBe('2027-03-01');
    expect(parseDateInput('31/02/2027', uk)).toBeNull();
    expect(parseDateInput('13/31/2027', uk)).toBeNull();
    expect(parseDateInput('next tuesday', uk)).toBeNull();
    expect(parseDateInput('1/3/202', uk)).toBeNull();
  });
  it('writes the stored ISO date back in the format, and says the format in words', () => {
    expect(formatDateInput('2027-03-01', uk)).toBe('01/03/2027');
    expect(formatDateInput('2027-03-01', patternFor('dmy_dot', undefined))).toBe('01.03.2027');
    expect(patternHint(us)).toBe('MM/DD/YYYY');
  });
  it("follows the operating system's locale when asked", () => {
    expect(patternOfLocale('en-US')).toEqual({ order: 'mdy', sep: '/' });
    expect(patternOfLocale('en-GB')).toEqual({ order: 'dmy', sep: '/' });
    expect(patternOfLocale('de-DE')).toEqual({ order: 'dmy', sep: '.' });
  });
});

describe('search folding', () => {
  it('folds accents and case', () => {
    expect(foldedIncludes('São Paulo', 'sao')).toBe(true);
    expect(foldedIncludes('München launch', 'MUNCHEN')).toBe(true);
    expect(foldedIncludes('Straße', 'strasse')).toBe(true);
    expect(foldedIncludes('Köln', 'koeln')).toBe(false);
    expect(fold('ÉCOLE')).toBe('ecole');
  });
});

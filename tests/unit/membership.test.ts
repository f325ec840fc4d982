import { describe, expect, it } from 'vitest';
import { isMember, membersOn } from '../../shared/domain/membership';

describe('EU membership', () => {
  it('the United Kingdom was a member until the end of 31 January 2020', () => {
    expect(isMember('EU', 'GB', '2020-01-31')).toBe(true);
    expect(isMember('EU', 'GB', '2020-02-01')).toBe(false);
    expect(isMember('EEA', 'GB', '2020-01-31')).toBe(true);
    expect(isMember('EEA', 'GB', '2020-02-01')).toBe(false);
    expect(isMember('EU', 'GB', '1972-12-31')).toBe(false);
    expect(isMember('EU', 'GB', '1973-01-01')).toBe(true);
  });

  it('Croatia joined on 1 July 2013', () => {
    expect(isMember('EU', 'HR', '2013-06-30')).toBe(false);
    expect(isMember('EU', 'HR', '2013-07-01')).toBe(true);
  });

  it('the 2004 and 2007 enlargements take effect on their dates', () => {
    expect(isMember('EU', 'PL', '2004-04-30')).toBe(false);
    expect(isMember('EU', 'PL', '2004-05-01')).toBe(true);
    expect(isMember('EU', 'RO', '2006-12-31')).toBe(false);
    expect(isMember('EU', 'RO', '2007-01-01')).toBe(true);
  });

  it('has 27 members today and 28 the day before Brexit', () => {
    expect(membersOn('EU', '2026-06-01')).toHaveLength(27);
    expect(membersOn('EU', '2020-01-31')).toHaveLength(28);
    expect(membersOn('EU', '2026-06-01')).toContain('DE');
    expect(membersOn('EU', '2026-06-01')).not.toContain('GB');
  });

  it('accepts lower-case codes and rejects invalid dates', () => {
    expect(isMember('EU', 'de', '2026-06-01')).toBe(true);
    expect(() => isMember('EU', 'DE', '2026-02-30')).toThrow(RangeError);
  });
});

describe('EEA membership', () => {
  it('Norway, Iceland and Liechtenstein are in the EEA but not the EU', () => {
    expect(isMember('EEA', 'NO', '2026-06-01')).toBe(true);
    expect(isMember('EU', 'NO', '2026-06-01')).toBe(false);
    expect(isMember('EEA', 'IS', '1994-01-01')).toBe(true);
    expect(isMember('EEA', 'LI', '1995-04-30')).toBe(false);
    expect(isMember('EEA', 'LI', '1995-05-01')).toBe(true);
  });

  it('Switzerland is in neither', () => {
    expect(isMember('EU', 'CH', '2026-06-01')).toBe(false);
    expect(isMember('EEA', 'CH', '2026-06-01')).toBe(false);
  });

  it('nobody is in the EEA before the agreement entered into force', () => {
    expect(isMember('EEA', 'FR', '1993-12-31')).toBe(false);
    expect(isMember('EEA', 'FR', '1994-01-01')).toBe(true);
    expect(membersOn('EEA', '1993-12-31')).toEqual([]);
  });

  it('Austria was in the EEA a year before it joined the EU', () => {
    expect(isMember('EEA', 'AT', '1994-06-01')).toBe(true);
    expect(isMember('EU', 'AT', '1994-06-01')).toBe(false);
  });

  it('Croatia joined the EEA when the enlargement agreement applied, 12 April 2014', () => {
    expect(isMember('EEA', 'HR', '2014-04-11')).toBe(false);
    expect(isMember('EEA', 'HR', '2014-04-12')).toBe(true);
  });

  it('has the 27 EU members plus Iceland, Liechtenstein and Norway today', () => {
    const eea = membersOn('EEA', '2026-06-01');
    expect(eea).toHaveLength(30);
    expect(eea).toEqual([...membersOn('EU', '2026-06-01'), 'IS', 'LI', 'NO'].sort());
  });
});

/**
 * EU and EEA membership with effective dates: our own small table, so that an
 * entry's applicable rules depend on the date the question is asked for.
 *
 * Conventions:
 * - `from` is the first day of membership, `until` the last day (inclusive).
 * - EU: membership of the European Communities before the EU existed (1993)
 *   counts as EU membership; the founders are dated from the EEC treaty
 *   (1958-01-01). Greenland's exit (1985) is not modelled.
 * - EEA: the date a state actually took part in the EEA Agreement, including
 *   provisional application. The agreement entered into force on 1994-01-01, so
 *   nobody is an EEA member before that. Austria, Finland and Sweden were EEA
 *   members (as EFTA states) a year before joining the EU. Later EU entrants
 *   joined the EEA on their EU date, except Bulgaria and Romania (enlargement
 *   agreement applied provisionally from 2007-08-01) and Croatia (provisionally
 *   from 2014-04-12). Between EU accession and those dates the EU rules applied
 *   to them anyway; only the EEA EFTA side was missing.
 * - The United Kingdom left both on 2020-01-31 at the end of the day. The
 *   transition period to 2020-12-31, during which EU law still applied, is not
 *   membership and is not modelled here.
 */
import { type IsoDate, isRealDate } from './iso-date';

export type MembershipGroup = 'EU' | 'EEA';

interface Span {
  from: IsoDate;
  until?: IsoDate;
}

function joined(from: IsoDate, codes: string[], until?: IsoDate): Record<string, Span> {
  return Object.fromEntries(codes.map((c) => [c, until ? { from, until } : { from }]));
}

// Sources: the accession treaties' entry-into-force dates as listed on europa.eu ("EU enlargement") and the UK withdrawal agreement.
const EU: Readonly<Record<string, Span>> = {
  ...joined('1958-01-01', ['BE', 'DE', 'FR', 'IT', 'LU', 'NL']), // Treaty of Rome
  ...joined('1973-01-01', ['DK', 'IE']),
  ...joined('1973-01-01', ['GB'], '2020-01-31'), // left at the end of 31 January 2020
  ...joined('1981-01-01', ['GR']),
  ...joined('1986-01-01', ['ES', 'PT']),
  ...joined('1995-01-01', ['AT', 'FI', 'SE']),
  ...joined('2004-05-01', ['CY', 'CZ', 'EE', 'HU', 'LT', 'LV', 'MT', 'PL', 'SI', 'SK']),
  ...joined('2007-01-01', ['BG', 'RO']),
  ...joined('2013-07-01', ['HR']),
};

const EEA_IN_FORCE: IsoDate = '1994-01-01';

// Source: EFTA's pages on the EEA Agreement and its enlargements (efta.int), and the Council decisions on provisional application.
const EEA_OVERRIDES: Readonly<Record<string, Span>> = {
  ...joined('1994-01-01', ['AT', 'FI', 'SE', 'IS', 'NO']), // EEA EFTA states from entry into force
  ...joined('1995-05-01', ['LI']),
  ...joined('2007-08-01', ['BG', 'RO']), // enlargement agreement applied provisionally
  ...joined('2014-04-12', ['HR']), // enlargement agreement applied provisionally
};

const EEA: Readonly<Record<string, Span>> = {
  ...Object.fromEntries(
    Object.entries(EU).map(([code, span]) => {
      const from = span.from < EEA_IN_FORCE ? EEA_IN_FORCE : span.from;
      return [code, span.until ? { from, until: span.until } : { from }];
    }),
  ),
  ...EEA_OVERRIDES,
};

const TABLES: Record<MembershipGroup, Readonly<Record<string, Span>>> = { EU, EEA };

function covers(span: Span, on: IsoDate): boolean {
  return span.from <= on && (span.until === undefined || on <= span.until);
}

function checkDate(on: IsoDate): void {
  if (!isRealDate(on)) throw new RangeError(`Not a valid date: ${on}`);
}

/** Whether `country` (ISO 3166-1 alpha-2, case-insensitive) belongs to `group` on the date `on`. */
export function isMember(group: MembershipGroup, country: string, on: IsoDate): boolean {
  checkDate(on);
  const table = TABLES[group];
  const code = country.toUpperCase();
  return Object.hasOwn(table, code) && covers(table[code]!, on);
}

/** All members of `group` on the date `on`, as sorted alpha-2 codes. */
export function membersOn(group: MembershipGroup, on: IsoDate): string[] {
  checkDate(on);
  return Object.entries(TABLES[group])
    .filter(([, span]) => covers(span, on))
    .map(([code]) => code)
    .sort();
}

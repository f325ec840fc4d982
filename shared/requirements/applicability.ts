/**
 * The applicability engine: entry country + profile + date -> the requirements that
 * apply, each with human-readable reasons. Pure: no I/O.
 *
 * Rules are evaluated in three-valued logic: a revenue threshold that cannot be
 * compared (no figure given, or another currency) is "unknown", and such a
 * requirement is listed as "check whether it applies" rather than silently dropped.
 */
import type { ApplicabilityProfile } from '../entry-schema';
import { DATA_SUBJECT_BANDS } from '../entry-schema';
import { isMember } from '../domain/membership';
import type { IsoDate } from '../domain/iso-date';
import type { Requirement, Rule } from './pack-schema';
import { CUSTOMER_PHRASES, DATA_SUBJECT_PHRASES, ENTRY_MODE_PHRASES, PROFILE_FLAG_WORDS, SECTOR_PHRASES } from '../vocabulary/entry';

export type Truth = 'yes' | 'no' | 'unknown';

export interface RuleOutcome {
  truth: Truth;
  /** Why it came out that way, in plain words (only the facts that decided it). */
  reasons: string[];
}

export interface ApplicableRequirement {
  requirement: Requirement;
  /** 'applies', or 'check' when a threshold could not be decided from the profile. */
  certainty: 'applies' | 'check';
  reasons: string[];
  /** Set when the duty only applies from a date after the evaluation date. */
  appliesFrom: IsoDate | null;
}

export interface EntryFacts {
  country: string;
  countryName: string;
  profile: ApplicabilityProfile;
  /** The date to judge effective dates against (the entry's start date). */
  on: IsoDate;
}

function money(amount: number, currency: string): string {
  return `${currency} ${amount.toLocaleString('en-GB')}`;
}

function leaf(truth: boolean, reason: string): RuleOutcome {
  return { truth: truth ? 'yes' : 'no', reasons: [reason] };
}

export function evaluateRule(rule: Rule, p: ApplicabilityProfile): RuleOutcome {
  if ('always' in rule) return { truth: 'yes', reasons: [] };
  if ('all' in rule) {
    const parts = rule.all.map((r) => evaluateRule(r, p));
    const no = parts.filter((x) => x.truth === 'no');
    if (no.length) return { truth: 'no', reasons: no.flatMap((x) => x.reasons) };
    const truth: Truth = parts.some((x) => x.truth === 'unknown') ? 'unknown' : 'yes';
    return { truth, reasons: parts.flatMap((x) => x.reasons) };
  }
  if ('any' in rule) {
    const parts = rule.any.map((r) => evaluateRule(r, p));
    const yes = parts.filter((x) => x.truth === 'yes');
    if (yes.length) return { truth: 'yes', reasons: yes.flatMap((x) => x.reasons) };
    const unknown = parts.filter((x) => x.truth === 'unknown');
    if (unknown.length) return { truth: 'unknown', reasons: unknown.flatMap((x) => x.reasons) };
    return { truth: 'no', reasons: parts.flatMap((x) => x.reasons) };
  }
  if ('not' in rule) {
    const inner = evaluateRule(rule.not, p);
    const truth: Truth = inner.truth === 'unknown' ? 'unknown' : inner.truth === 'yes' ? 'no' : 'yes';
    return { truth, reasons: inner.reasons };
  }
  switch (rule.field) {
    case 'entryMode':
      return leaf(rule.in.includes(p.entryMode), ENTRY_MODE_PHRASES[p.entryMode]);
    case 'customerType':
      return leaf(rule.in.includes(p.customerType), CUSTOMER_PHRASES[p.customerType]);
    case 'dataSubjects': {
      const ok = DATA_SUBJECT_BANDS.indexOf(p.dataSubjects) >= DATA_SUBJECT_BANDS.indexOf(rule.atLeast);
      return leaf(ok, `personal data of ${DATA_SUBJECT_PHRASES[p.dataSubjects]}`);
    }
    case 'regulatedSectors': {
      const ok = p.regulatedSectors.includes(rule.includes);
      return leaf(ok, ok ? `operates in ${SECTOR_PHRASES[rule.includes]}` : `not in ${SECTOR_PHRASES[rule.includes]}`);
    }
    case 'expectedMarketRevenue':
    case 'globalRevenue': {
      const label = rule.field === 'globalRevenue' ? 'global annual revenue' : 'expected annual revenue in the market';
      const given = p[rule.field];
      const threshold = money(rule.atLeast.amount, rule.atLeast.currency);
      if (!given) return { truth: 'unknown', reasons: [`${label} not given (threshold ${threshold})`] };
      if (given.currency !== rule.atLeast.currency) {
        return { truth: 'unknown', reasons: [`${label} is in ${given.currency}; compare it with the ${threshold} threshold`] };
      }
      const ok = given.amount >= rule.atLeast.amount;
      return leaf(ok, `${label} ${money(given.amount, given.currency)} ${ok ? 'reaches' : 'is below'} ${threshold}`);
    }
    default: {
      const phrase = PROFILE_FLAG_WORDS[rule.field];
      const actual = p[rule.field];
      return leaf(actual === rule.is, actual ? phrase.yes : phrase.no);
    }
  }
}

/** Which jurisdiction of the requirement covers the country on that date, as a phrase, or null. */
export function jurisdictionMatch(jurisdictions: readonly string[], country: string, countryName: string, on: IsoDate): string | null {
  for (const j of jurisdictions) {
    if (j === country) return countryName;
    if ((j === 'EU' || j === 'EEA') && isMember(j, country, on)) return `${countryName} (${j} member)`;
  }
  return null;
}

export function applicableRequirements(requirements: readonly Requirement[], facts: EntryFacts): ApplicableRequirement[] {
  const out: ApplicableRequirement[] = [];
  for (const requirement of requirements) {
    if (requirement.effectiveUntil !== null && requirement.effectiveUntil < facts.on) continue;
    // Membership is judged on the later of the entry date and the duty's start.
    const judgedOn = requirement.effectiveFrom > facts.on ? requirement.effectiveFrom : facts.on;
    const where = jurisdictionMatch(requirement.jurisdiction, facts.country, facts.countryName, judgedOn);
    if (!where) continue;
    const outcome = evaluateRule(requirement.appliesWhen, facts.profile);
    if (outcome.truth === 'no') continue;
    out.push({
      requirement,
      certainty: outcome.truth === 'yes' ? 'applies' : 'check',
      reasons: [where, ...dedupe(outcome.reasons)],
      appliesFrom: requirement.effectiveFrom > facts.on ? requirement.effectiveFrom : null,
    });
  }
  return out;
}

function dedupe(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** "applies because: Brazil; processes personal data of residents" */
export function reasonSentence(a: ApplicableRequirement): string {
  const lead = a.certainty === 'applies' ? 'applies because' : 'may apply — check';
  const from = a.appliesFrom ? ` (from ${a.appliesFrom})` : '';
  return `${lead}: ${a.reasons.join('; ')}${from}`;
}

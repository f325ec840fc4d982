/**
 * The applicability engine: entry country + profile + date -> the requirements that
 * apply, each with human-readable reasons. Pure: no I/O.
 *
 * Rules are evaluated in three-valued logic: a revenue threshold that cannot be
 * compared (no figure given, or another currency) is "unknown", and such a
 * requirement is listed as "check whether it applies" rather than silently dropped.
 */
import type { ApplicabilityProfile } from '../entry-schema';
import { DATA_SUBJECT_BANDS, HEADCOUNT_BANDS } from '../entry-schema';
import { isMember } from '../domain/membership';
import type { IsoDate } from '../domain/iso-date';
import type { Requirement, Rule } from './pack-schema';
import {
  AI_ROLE_PHRASES,
  CUSTOMER_PHRASES,
  DATA_SUBJECT_PHRASES,
  ENTRY_MODE_PHRASES,
  FREE_ZONE_PHRASES,
  HEADCOUNT_PHRASES,
  OPTIONAL_ANSWER_WORDS,
  PROFILE_FLAG_WORDS,
  PROFILE_QUESTION_WORDS,
  SECTOR_PHRASES,
} from '../vocabulary/entry';

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
  /** The entry's region within the country (ISO 3166-2), or null for the whole country. */
  region?: string | null;
  /** The date to judge effective dates against (the entry's start date). */
  on: IsoDate;
}

function money(amount: number, currency: string): string {
  return `${currency} ${amount.toLocaleString('en-GB')}`;
}

function leaf(truth: boolean, reason: string): RuleOutcome {
  return { truth: truth ? 'yes' : 'no', reasons: [reason] };
}

function unknown(reason: string): RuleOutcome {
  return { truth: 'unknown', reasons: [reason] };
}

/** The regions where the entry reaches people: its own region (a site) and the customer regions given. */
function regionOutcome(codes: readonly string[], p: ApplicabilityProfile, region: string | null): RuleOutcome {
  if (region && codes.includes(region)) return leaf(true, `operates in ${region}`);
  const given = p.customerRegions;
  if (given === null || given === undefined) return unknown(`${OPTIONAL_ANSWER_WORDS.customerRegions.unknown} (${codes.join(', ')})`);
  const hit = codes.filter((c) => given.includes(c));
  return leaf(hit.length > 0, hit.length > 0 ? `has customers or sites in ${hit.join(', ')}` : `no customers or sites in ${codes.join(', ')}`);
}

/**
 * Evaluates a rule against a profile and the entry's region within the country (null: the
 * whole country). Optional answers the profile leaves open make their test "unknown".
 */
export function evaluateRule(rule: Rule, p: ApplicabilityProfile, region: string | null = null): RuleOutcome {
  if ('always' in rule) return { truth: 'yes', reasons: [] };
  if ('all' in rule) {
    const parts = rule.all.map((r) => evaluateRule(r, p, region));
    const no = parts.filter((x) => x.truth === 'no');
    if (no.length) return { truth: 'no', reasons: no.flatMap((x) => x.reasons) };
    const truth: Truth = parts.some((x) => x.truth === 'unknown') ? 'unknown' : 'yes';
    return { truth, reasons: parts.flatMap((x) => x.reasons) };
  }
  if ('any' in rule) {
    const parts = rule.any.map((r) => evaluateRule(r, p, region));
    const yes = parts.filter((x) => x.truth === 'yes');
    if (yes.length) return { truth: 'yes', reasons: yes.flatMap((x) => x.reasons) };
    const unknown = parts.filter((x) => x.truth === 'unknown');
    if (unknown.length) return { truth: 'unknown', reasons: unknown.flatMap((x) => x.reasons) };
    return { truth: 'no', reasons: parts.flatMap((x) => x.reasons) };
  }
  if ('not' in rule) {
    const inner = evaluateRule(rule.not, p, region);
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
    case 'aiRole': {
      const role = p.aiRole;
      if (role === null || role === undefined) return unknown(OPTIONAL_ANSWER_WORDS.aiRole.unknown);
      return leaf(rule.in.includes(role), AI_ROLE_PHRASES[role]);
    }
    case 'freeZone': {
      const zone = p.freeZone;
      if (zone === null || zone === undefined) return unknown(OPTIONAL_ANSWER_WORDS.freeZone.unknown);
      return leaf(rule.in.includes(zone), FREE_ZONE_PHRASES[zone]);
    }
    case 'localHeadcount': {
      const band = p.localHeadcount;
      if (band === null || band === undefined) return unknown(OPTIONAL_ANSWER_WORDS.localHeadcount.unknown);
      return leaf(HEADCOUNT_BANDS.indexOf(band) >= HEADCOUNT_BANDS.indexOf(rule.atLeast), HEADCOUNT_PHRASES[band]);
    }
    case 'customerRegions':
      return regionOutcome('includes' in rule ? [rule.includes] : rule.includesAny, p, region);
    case 'targetRegion':
      if (!region) return leaf(false, 'enters the whole country, no region chosen');
      return leaf(rule.in.includes(region), `enters in ${region}`);
    case 'aiInRegulatedProduct':
    case 'hostsUserContent':
    case 'runsOnlinePlatform':
    case 'offersCloudService':
    case 'sellsConnectedProducts': {
      const words = PROFILE_QUESTION_WORDS[rule.field];
      const answer = p[rule.field];
      if (answer === null || answer === undefined) return unknown(words.unknown);
      return leaf(answer === rule.is, answer ? words.yes : words.no);
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
    const outcome = evaluateRule(requirement.appliesWhen, facts.profile, facts.region ?? null);
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

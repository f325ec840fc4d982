/**
 * Which template risks fit an entry: its checklist's requirement categories, its profile
 * (the packs' three-valued rules) and facts about its calendar. Templates already in the
 * register or dismissed for the entry are never offered again. Pure.
 */
import type { ApplicabilityProfile } from '../entry-schema';
import type { Category } from '../requirements/pack-schema';
import { evaluateRule } from '../requirements/applicability';
import type { CalendarFact, RiskTemplate } from '../risks/template-schema';

export interface SuggestionFacts {
  profile: ApplicabilityProfile;
  /** Categories of the requirements on the entry's checklist, with the titles that carry them. */
  checklist: Map<Category, string[]>;
  calendar: ReadonlySet<CalendarFact>;
  /** Template ids the register already holds or the user dismissed. */
  taken: ReadonlySet<string>;
}

export interface Suggestion {
  template: RiskTemplate;
  /** Why it is offered, in plain words. */
  reasons: string[];
}

const CALENDAR_REASONS: Record<CalendarFact, string> = {
  weekend_differs_from_home: "the market's weekend differs from the home market's",
  estimated_holidays_in_window: 'some public holidays in the window are estimated dates',
  many_holidays_in_window: 'five or more public holidays fall in the readiness window',
  time_zone_gap: 'the market is three or more hours from the home time zone',
};

export function suggestRisks(templates: readonly RiskTemplate[], facts: SuggestionFacts): Suggestion[] {
  const out: Suggestion[] = [];
  for (const template of templates) {
    if (facts.taken.has(template.id)) continue;
    const by = template.suggestedBy;
    const reasons: string[] = [];
    for (const c of by.requirementCategories ?? []) {
      const titles = facts.checklist.get(c);
      if (titles?.length) reasons.push(`the checklist holds ${titles.length === 1 ? `"${titles[0]}"` : `${titles.length} requirements such as "${titles[0]}"`}`);
    }
    if (by.profile) {
      const outcome = evaluateRule(by.profile, facts.profile);
      if (outcome.truth !== 'no') reasons.push(...outcome.reasons.map((r) => (outcome.truth === 'unknown' ? `${r} (may apply — check)` : r)));
    }
    for (const f of by.calendar ?? []) if (facts.calendar.has(f)) reasons.push(CALENDAR_REASONS[f]);
    if (by.always && reasons.length === 0) reasons.push('it concerns every market entry');
    if (reasons.length > 0) out.push({ template, reasons: [...new Set(reasons)] });
  }
  return out;
}

/**
 * Field names as the user reads them: the entry form's labels, the history's "Edited: …"
 * and the backend's error messages ("Name: enter a name for the entry") all use these.
 */
import { PROFILE_FLAGS, PROFILE_QUESTIONS, type ApplicabilityProfile, type EntryFields, type ProfileFlag } from '../entry-schema';
import { OPTIONAL_ANSWER_WORDS, PROFILE_FLAG_WORDS, PROFILE_QUESTION_WORDS } from './entry';

function flagLabels(): { [F in ProfileFlag]: string } {
  return Object.fromEntries(PROFILE_FLAGS.map((f) => [f, PROFILE_FLAG_WORDS[f].label])) as { [F in ProfileFlag]: string };
}

/**
 * Where the form and the error messages named a field differently, the form's words are
 * kept ("Region within the country", not "Region"; "Roughly how many people", not
 * "Number of people whose data is processed").
 */
export const ENTRY_FIELD_LABELS = {
  name: 'Name',
  targetCountry: 'Target country',
  targetSubdivision: 'Region within the country',
  homeCountry: 'Home market',
  startDate: 'Start date',
  targetDays: 'Readiness target (days)',
  programManager: 'Program manager',
  status: 'Status',
  description: 'Description',
  profile: 'Applicability profile',
} as const satisfies Record<keyof EntryFields, string>;

export const PROFILE_FIELD_LABELS = {
  entryMode: 'Entry mode',
  customerType: 'Customers',
  dataSubjects: 'Roughly how many people',
  regulatedSectors: 'Regulated sectors',
  expectedMarketRevenue: 'Expected annual revenue in the market',
  globalRevenue: 'Global annual revenue',
  ...flagLabels(),
  ...(Object.fromEntries(PROFILE_QUESTIONS.map((q) => [q, PROFILE_QUESTION_WORDS[q].label])) as Record<(typeof PROFILE_QUESTIONS)[number], string>),
  customerRegions: OPTIONAL_ANSWER_WORDS.customerRegions.label,
  aiRole: OPTIONAL_ANSWER_WORDS.aiRole.label,
  freeZone: OPTIONAL_ANSWER_WORDS.freeZone.label,
  localHeadcount: OPTIONAL_ANSWER_WORDS.localHeadcount.label,
} satisfies Record<keyof ApplicabilityProfile, string>;

export const SETTINGS_FIELD_LABELS = {
  displayName: 'Display name',
  role: 'Role',
} as const;

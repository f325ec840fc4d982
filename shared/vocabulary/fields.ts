/**
 * Field names as the user reads them: the entry form's labels, the history's "Edited: …"
 * and the backend's error messages ("Name: enter a name for the entry") all use these.
 */
import { PROFILE_FLAGS, type ApplicabilityProfile, type EntryFields, type ProfileFlag } from '../entry-schema';
import { PROFILE_FLAG_WORDS } from './entry';

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
} satisfies Record<keyof ApplicabilityProfile, string>;

export const SETTINGS_FIELD_LABELS = {
  displayName: 'Display name',
  role: 'Role',
} as const;

/**
 * The entry dialog's values as the controls hold them (text, booleans, '' for "not chosen"),
 * how an entry becomes them, and how they become the API's `EntryFields`: the contract's
 * own `entryFields` schema then judges them, with its own messages.
 */
import {
  DEFAULT_TARGET_DAYS,
  PROFILE_FLAGS,
  PROFILE_QUESTIONS,
  entryFields,
  type AiRole,
  type ApplicabilityProfile,
  type FreeZone,
  type HeadcountBand,
  type ProfileQuestion,
  type CustomerType,
  type DataSubjectBand,
  type Entry,
  type EntryMode,
  type EntryStatus,
  type ProfileFlag,
} from '../../../../shared/entry-schema';
import { emptyAsMissing, fromForm, textToNumber } from '../../lib/form-values';

/** An optional yearly amount as typed ("2,500,000") with its currency code. */
export interface MoneyText {
  amount: string;
  currency: string;
}

/** An optional question as its select holds it: '' is "don't know". */
export type Answer = 'yes' | 'no' | '';

export type ProfileFormValues = { [F in ProfileFlag]: boolean } & { [Q in ProfileQuestion]: Answer } & {
  entryMode: EntryMode | '';
  customerType: CustomerType | '';
  dataSubjects: DataSubjectBand | '';
  regulatedSectors: ApplicabilityProfile['regulatedSectors'];
  expectedMarketRevenue: MoneyText;
  globalRevenue: MoneyText;
  /** Region codes as typed ("US-CA, US-CO"); empty is "don't know". */
  customerRegions: string;
  aiRole: AiRole | '';
  freeZone: FreeZone | '';
  localHeadcount: HeadcountBand | '';
};

export interface EntryFormValues {
  name: string;
  targetCountry: string;
  /** '' means the whole country. */
  targetSubdivision: string;
  homeCountry: string;
  startDate: string;
  targetDays: string;
  programManager: string;
  status: EntryStatus;
  description: string;
  profile: ProfileFormValues;
}

/** The DOM id of a field's control ("profile.entryMode" → "entry-profile-entryMode"). */
export function fieldId(path: string): string {
  return `entry-${path.replace(/\./g, '-')}`;
}

function unanswered(): { [Q in ProfileQuestion]: Answer } {
  return Object.fromEntries(PROFILE_QUESTIONS.map((q) => [q, ''])) as { [Q in ProfileQuestion]: Answer };
}

function answerOf(value: boolean | null | undefined): Answer {
  return value === true ? 'yes' : value === false ? 'no' : '';
}

function answerInput(answer: Answer): boolean | null {
  return answer === 'yes' ? true : answer === 'no' ? false : null;
}

/** "us-ca, US-CO" → ['US-CA', 'US-CO']; nothing typed → null ("don't know"). */
function regionsInput(text: string): string[] | null {
  const codes = text
    .split(/[\s,;]+/)
    .map((c) => c.trim().toUpperCase())
    .filter((c) => c !== '');
  return codes.length === 0 ? null : [...new Set(codes)];
}

function noFlagsSet(): { [F in ProfileFlag]: boolean } {
  return Object.fromEntries(PROFILE_FLAGS.map((f) => [f, false])) as { [F in ProfileFlag]: boolean };
}

export function emptyFormValues(today: string, homeCountry: string): EntryFormValues {
  return {
    name: '',
    targetCountry: '',
    targetSubdivision: '',
    homeCountry,
    startDate: today,
    targetDays: String(DEFAULT_TARGET_DAYS),
    programManager: '',
    status: 'planning',
    description: '',
    profile: {
      ...noFlagsSet(),
      ...unanswered(),
      customerRegions: '',
      aiRole: '',
      freeZone: '',
      localHeadcount: '',
      entryMode: '',
      customerType: '',
      dataSubjects: 'none',
      regulatedSectors: [],
      expectedMarketRevenue: { amount: '', currency: 'EUR' },
      globalRevenue: { amount: '', currency: 'EUR' },
    },
  };
}

function moneyText(m: ApplicabilityProfile['expectedMarketRevenue']): MoneyText {
  return m ? { amount: String(m.amount), currency: m.currency } : { amount: '', currency: 'EUR' };
}

export function formValuesFromEntry(entry: Entry): EntryFormValues {
  const p = entry.profile;
  return {
    name: entry.name,
    targetCountry: entry.targetCountry,
    targetSubdivision: entry.targetSubdivision ?? '',
    homeCountry: entry.homeCountry,
    startDate: entry.startDate,
    targetDays: String(entry.targetDays),
    programManager: entry.programManager,
    status: entry.status,
    description: entry.description,
    profile: {
      ...p,
      regulatedSectors: [...p.regulatedSectors],
      expectedMarketRevenue: moneyText(p.expectedMarketRevenue),
      globalRevenue: moneyText(p.globalRevenue),
      ...(Object.fromEntries(PROFILE_QUESTIONS.map((q) => [q, answerOf(p[q])])) as { [Q in ProfileQuestion]: Answer }),
      customerRegions: (p.customerRegions ?? []).join(', '),
      aiRole: p.aiRole ?? '',
      freeZone: p.freeZone ?? '',
      localHeadcount: p.localHeadcount ?? '',
    },
  };
}

/** "2,500,000", "2 500 000" and "2500000.50" are all amounts; an empty amount means "not known". */
function moneyInput(m: MoneyText): { amount: number; currency: string } | null {
  const cleaned = m.amount.replace(/[\s,_']/g, '');
  if (cleaned === '') return null;
  return { amount: /^\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN, currency: m.currency.trim().toUpperCase() };
}

/** The API's input for these values (the schema decides whether it is acceptable). */
export function entryInput(v: EntryFormValues) {
  const { profile: p } = v;
  return {
    name: v.name,
    targetCountry: emptyAsMissing(v.targetCountry),
    targetSubdivision: v.targetSubdivision || null,
    homeCountry: emptyAsMissing(v.homeCountry),
    startDate: emptyAsMissing(v.startDate),
    targetDays: textToNumber(v.targetDays),
    programManager: v.programManager,
    status: v.status,
    description: v.description,
    profile: {
      ...p,
      entryMode: emptyAsMissing(p.entryMode),
      customerType: emptyAsMissing(p.customerType),
      // Without personal data there are no people to count.
      dataSubjects: p.processesPersonalData ? emptyAsMissing(p.dataSubjects) : 'none',
      expectedMarketRevenue: moneyInput(p.expectedMarketRevenue),
      globalRevenue: moneyInput(p.globalRevenue),
      ...(Object.fromEntries(PROFILE_QUESTIONS.map((q) => [q, answerInput(p[q])])) as { [Q in ProfileQuestion]: boolean | null }),
      customerRegions: regionsInput(p.customerRegions),
      aiRole: p.aiRole || null,
      freeZone: p.freeZone || null,
      localHeadcount: p.localHeadcount || null,
    },
  };
}

/** The form's schema: its values, turned into the API's input, judged by `entryFields`. */
export const entryFormSchema = fromForm(entryInput, entryFields);

/** API problems about a whole amount are shown on its amount field. */
export const ENTRY_FIELD_ALIASES = {
  'profile.expectedMarketRevenue': 'profile.expectedMarketRevenue.amount',
  'profile.globalRevenue': 'profile.globalRevenue.amount',
} as const;

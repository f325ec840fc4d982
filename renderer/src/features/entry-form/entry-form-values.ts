/**
 * The entry dialog's form state (strings and booleans, as the controls hold them),
 * how it becomes the API's `EntryFields`, and how validation issues map back to fields.
 */
import type { z } from 'zod';
import {
  DEFAULT_TARGET_DAYS,
  entryFields,
  type ApplicabilityProfile,
  type Entry,
  type EntryFields,
  type EntryStatus,
} from '../../../../shared/entry-schema';

type Flag = 'processesPersonalData' | 'sensitiveData' | 'childrensData' | 'paymentData' | 'aiInProduct'
  | 'aiInDecisionsAboutPeople' | 'sellsDigitalServicesToConsumers' | 'employsLocalStaff';

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
  entryMode: ApplicabilityProfile['entryMode'] | '';
  customerType: ApplicabilityProfile['customerType'] | '';
  dataSubjects: ApplicabilityProfile['dataSubjects'] | '';
  flags: Record<Flag, boolean>;
  regulatedSectors: ApplicabilityProfile['regulatedSectors'];
  marketRevenueAmount: string;
  marketRevenueCurrency: string;
  globalRevenueAmount: string;
  globalRevenueCurrency: string;
}

export type FieldErrors = Partial<Record<string, string>>;

/** The fields that show their own message, in the order they appear in the form. */
export const FIELD_KEYS = [
  'name',
  'targetCountry',
  'targetSubdivision',
  'homeCountry',
  'startDate',
  'targetDays',
  'programManager',
  'status',
  'description',
  'profile.entryMode',
  'profile.customerType',
  'profile.dataSubjects',
  'profile.regulatedSectors',
  'profile.expectedMarketRevenue.amount',
  'profile.expectedMarketRevenue.currency',
  'profile.globalRevenue.amount',
  'profile.globalRevenue.currency',
] as const;

export type FieldKey = (typeof FIELD_KEYS)[number];

/** The DOM id of a field's control. */
export function fieldId(key: FieldKey): string {
  return `entry-${key.replace(/\./g, '-')}`;
}

const noFlags: Record<Flag, boolean> = {
  processesPersonalData: false,
  sensitiveData: false,
  childrensData: false,
  paymentData: false,
  aiInProduct: false,
  aiInDecisionsAboutPeople: false,
  sellsDigitalServicesToConsumers: false,
  employsLocalStaff: false,
};

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
    entryMode: '',
    customerType: '',
    dataSubjects: 'none',
    flags: { ...noFlags },
    regulatedSectors: [],
    marketRevenueAmount: '',
    marketRevenueCurrency: 'EUR',
    globalRevenueAmount: '',
    globalRevenueCurrency: 'EUR',
  };
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
    entryMode: p.entryMode,
    customerType: p.customerType,
    dataSubjects: p.dataSubjects,
    flags: {
      processesPersonalData: p.processesPersonalData,
      sensitiveData: p.sensitiveData,
      childrensData: p.childrensData,
      paymentData: p.paymentData,
      aiInProduct: p.aiInProduct,
      aiInDecisionsAboutPeople: p.aiInDecisionsAboutPeople,
      sellsDigitalServicesToConsumers: p.sellsDigitalServicesToConsumers,
      employsLocalStaff: p.employsLocalStaff,
    },
    regulatedSectors: [...p.regulatedSectors],
    marketRevenueAmount: p.expectedMarketRevenue ? String(p.expectedMarketRevenue.amount) : '',
    marketRevenueCurrency: p.expectedMarketRevenue?.currency ?? 'EUR',
    globalRevenueAmount: p.globalRevenue ? String(p.globalRevenue.amount) : '',
    globalRevenueCurrency: p.globalRevenue?.currency ?? 'EUR',
  };
}

/** "2,500,000", "2 500 000" and "2500000.50" are all amounts. */
function parseAmount(text: string): number | null | 'invalid' {
  const cleaned = text.replace(/[\s,_']/g, '');
  if (cleaned === '') return null;
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return 'invalid';
  return Number(cleaned);
}

function parseDays(text: string): number | undefined {
  const t = text.trim();
  return t === '' ? undefined : Number(t);
}

export type ValidationResult = { ok: true; fields: EntryFields } | { ok: false; errors: FieldErrors };

/** Validates with the same zod schema the API uses, plus the checks only the form can make. */
export function validateForm(v: EntryFormValues): ValidationResult {
  const errors: FieldErrors = {};
  const money = (amountText: string, currency: string, key: 'expectedMarketRevenue' | 'globalRevenue') => {
    const amount = parseAmount(amountText);
    if (amount === null) return null;
    if (amount === 'invalid') {
      errors[`profile.${key}.amount`] = 'Enter the amount as a number, such as 2500000';
      if (!/^[A-Z]{3}$/.test(currency.trim().toUpperCase())) {
        errors[`profile.${key}.currency`] = 'Use a three-letter currency code such as EUR';
      }
      return null;
    }
    return { amount, currency: currency.trim().toUpperCase() };
  };

  const input = {
    name: v.name,
    targetCountry: v.targetCountry || undefined,
    targetSubdivision: v.targetSubdivision || null,
    homeCountry: v.homeCountry || undefined,
    startDate: v.startDate,
    targetDays: parseDays(v.targetDays),
    programManager: v.programManager,
    status: v.status,
    description: v.description,
    profile: {
      entryMode: v.entryMode || undefined,
      customerType: v.customerType || undefined,
      ...v.flags,
      dataSubjects: v.flags.processesPersonalData ? v.dataSubjects || undefined : 'none',
      regulatedSectors: v.regulatedSectors,
      expectedMarketRevenue: money(v.marketRevenueAmount, v.marketRevenueCurrency, 'expectedMarketRevenue'),
      globalRevenue: money(v.globalRevenueAmount, v.globalRevenueCurrency, 'globalRevenue'),
    },
  };
  if (v.startDate === '') errors.startDate = 'Enter a start date';

  const parsed = entryFields.safeParse(input);
  if (!parsed.success) Object.assign(errors, { ...issuesToFieldErrors(parsed.error), ...errors });
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, fields: parsed.data };
}

/** Maps an API error's field (or a zod issue's path) to the field that shows it, if any. */
export function fieldKeyFor(path: string): FieldKey | null {
  const p = path.replace(/^fields\./, '');
  if ((FIELD_KEYS as readonly string[]).includes(p)) return p as FieldKey;
  if (p === 'profile.expectedMarketRevenue' || p === 'profile.globalRevenue') return `${p}.amount` as FieldKey;
  if (p.startsWith('profile.regulatedSectors')) return 'profile.regulatedSectors';
  return null;
}

function issuesToFieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = fieldKeyFor(issue.path.map(String).join('.')) ?? 'form';
    errors[key] ??= issue.message;
  }
  return errors;
}

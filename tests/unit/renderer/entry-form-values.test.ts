import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/entry-schema';
import { PROFILE_FLAGS } from '../../../shared/entry-schema';
import {
  emptyFormValues,
  entryFormSchema,
  formValuesFromEntry,
} from '../../../renderer/src/features/entry-form/entry-form-values';
import { sampleProfile } from '../../fixtures/profile';

function sampleEntry(overrides: Partial<Entry> = {}): Entry {
  return {
    id: '0b6f9a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
    name: 'Brazil launch',
    targetCountry: 'BR',
    targetSubdivision: 'BR-SP',
    homeCountry: 'NL',
    startDate: '2027-03-01',
    targetDays: 90,
    programManager: 'Ana Souza',
    status: 'active',
    description: 'São Paulo first.',
    profile: sampleProfile({ regulatedSectors: ['finance', 'health'], expectedMarketRevenue: { amount: 2_500_000, currency: 'BRL' } }),
    targetDate: '2027-05-30',
    archived: false,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    version: 3,
    ...overrides,
  };
}

function editableFields(e: Entry) {
  const { id: _id, targetDate: _t, archived: _a, createdAt: _c, updatedAt: _u, version: _v, ...fields } = e;
  return fields;
}

describe('entry form values', () => {
  it('an entry goes to the form and back to the same API input', () => {
    const entry = sampleEntry();
    expect(entryFormSchema.parse(formValuesFromEntry(entry))).toEqual(editableFields(entry));
  });

  it('round-trips every profile flag, each on its own', () => {
    for (const flag of PROFILE_FLAGS) {
      const entry = sampleEntry({ profile: sampleProfile({ processesPersonalData: false, dataSubjects: 'none', employsLocalStaff: false, [flag]: true }) });
      const values = formValuesFromEntry(entry);
      expect(values.profile[flag]).toBe(true);
      expect(entryFormSchema.parse(values).profile).toEqual(entry.profile);
    }
  });

  it('round-trips an entry without region, revenue or manager', () => {
    const entry = sampleEntry({ targetSubdivision: null, programManager: '', description: '', profile: sampleProfile() });
    const values = formValuesFromEntry(entry);
    expect(values.targetSubdivision).toBe('');
    expect(values.profile.globalRevenue).toEqual({ amount: '', currency: 'EUR' });
    expect(entryFormSchema.parse(values)).toEqual(editableFields(entry));
  });

  it('asks the optional questions with "don\'t know" as null, and reads region codes as typed', () => {
    const values = formValuesFromEntry(sampleEntry());
    expect(values.profile.hostsUserContent).toBe('');
    expect(values.profile.customerRegions).toBe('');
    values.profile.hostsUserContent = 'yes';
    values.profile.offersCloudService = 'no';
    values.profile.aiRole = 'provides_gpai_model';
    values.profile.localHeadcount = '10_to_49';
    values.profile.customerRegions = 'us-ca, US-CO;US-CA';
    const fields = entryFormSchema.parse(values);
    expect(fields.profile).toMatchObject({
      hostsUserContent: true,
      offersCloudService: false,
      runsOnlinePlatform: null,
      aiRole: 'provides_gpai_model',
      localHeadcount: '10_to_49',
      freeZone: null,
      customerRegions: ['US-CA', 'US-CO'],
    });
    expect(formValuesFromEntry(sampleEntry({ profile: fields.profile })).profile.customerRegions).toBe('US-CA, US-CO');
    values.profile.customerRegions = 'California';
    const refused = entryFormSchema.safeParse(values);
    expect(refused.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['profile.customerRegions.0', 'Use region codes such as US-CA or CA-QC']]);
  });

  it('reads amounts as people type them and upper-cases the currency', () => {
    const values = formValuesFromEntry(sampleEntry());
    values.profile.expectedMarketRevenue = { amount: '2 500 000,', currency: 'brl' };
    values.profile.globalRevenue = { amount: "1'000'000.50", currency: ' usd ' };
    const fields = entryFormSchema.parse(values);
    expect(fields.profile.expectedMarketRevenue).toEqual({ amount: 2_500_000, currency: 'BRL' });
    expect(fields.profile.globalRevenue).toEqual({ amount: 1_000_000.5, currency: 'USD' });
  });

  it('without personal data there are no people to count, whatever the select held', () => {
    const values = formValuesFromEntry(sampleEntry());
    values.profile.processesPersonalData = false;
    values.profile.dataSubjects = '';
    expect(entryFormSchema.parse(values).profile.dataSubjects).toBe('none');
  });

  it('an empty form is refused with the schema’s own messages, each on its field', () => {
    const result = entryFormSchema.safeParse(emptyFormValues('2027-03-01', ''));
    expect(result.success).toBe(false);
    const byPath = new Map(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(byPath.get('name')).toBe('Enter a name for the entry');
    expect(byPath.get('targetCountry')).toBe('Choose a country');
    expect(byPath.get('homeCountry')).toBe('Choose a country');
    expect(byPath.get('profile.entryMode')).toBe('Choose how you will enter the market');
    expect(byPath.get('profile.customerType')).toBe('Choose who your customers are');
  });

  it('a days figure and an amount that are not numbers are named on their fields', () => {
    const values = formValuesFromEntry(sampleEntry());
    values.targetDays = '';
    values.profile.expectedMarketRevenue.amount = 'about two million';
    values.startDate = '';
    const issues = entryFormSchema.safeParse(values).error!.issues;
    const byPath = new Map(issues.map((i) => [i.path.join('.'), i.message]));
    expect(byPath.get('targetDays')).toBe('Enter a number of days');
    expect(byPath.get('profile.expectedMarketRevenue.amount')).toBe('Enter the amount as a number, such as 2500000');
    expect(byPath.get('startDate')).toBe('Enter a date');
  });

  it('a new entry starts with today, the home market given and every flag off', () => {
    const values = emptyFormValues('2027-01-15', 'NL');
    expect(values.startDate).toBe('2027-01-15');
    expect(values.homeCountry).toBe('NL');
    expect(values.targetDays).toBe('90');
    for (const flag of PROFILE_FLAGS) expect(values.profile[flag]).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { PROFILE_FLAGS } from '../../../shared/entry-schema';
import {
  RULE_CHOICES,
  emptyRequirementValues,
  requirementFormSchema,
  type RequirementFormValues,
} from '../../../renderer/src/features/library/requirement-form-values';

function filled(overrides: Partial<RequirementFormValues> = {}): RequirementFormValues {
  return {
    ...emptyRequirementValues('2026-12-01'),
    id: 'acme.br.vendor-register',
    title: 'Keep a register of Brazilian data processors',
    summary: '  List every processor that handles personal data of Brazilian residents.  ',
    jurisdiction: 'br, eu;EEA',
    category: 'data_protection',
    workstream: 'regulatory_legal',
    ownerRole: 'privacy',
    ruleChoice: 'flag:processesPersonalData',
    citation: { law: 'Acme policy', article: '§ 4.2' },
    sourceUrl: 'https://intranet.example.com/policies/privacy',
    leadTimeDays: '15',
    evidenceExpected: 'Processor register\n\n  Signed DPAs \n',
    effectiveFrom: '2026-01-01',
    ...overrides,
  };
}

function issuesByPath(values: RequirementFormValues): Map<string, string> {
  const result = requirementFormSchema.safeParse(values);
  expect(result.success).toBe(false);
  return new Map(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('requirement form values', () => {
  it('become a pack requirement the pack schema accepts', () => {
    expect(requirementFormSchema.parse(filled())).toEqual({
      id: 'acme.br.vendor-register',
      title: 'Keep a register of Brazilian data processors',
      summary: 'List every processor that handles personal data of Brazilian residents.',
      jurisdiction: ['BR', 'EU', 'EEA'],
      category: 'data_protection',
      appliesWhen: { field: 'processesPersonalData', is: true },
      citation: { law: 'Acme policy', article: '§ 4.2' },
      sourceUrl: 'https://intranet.example.com/policies/privacy',
      ownerRole: 'privacy',
      leadTimeDays: 15,
      evidenceExpected: ['Processor register', 'Signed DPAs'],
      workstream: 'regulatory_legal',
      effectiveFrom: '2026-01-01',
      effectiveUntil: null,
      lastReviewed: '2026-12-01',
      verified: false,
    });
  });

  it('every simple rule in the select is a rule the schema accepts', () => {
    for (const choice of RULE_CHOICES.filter((c) => c.value !== 'json')) {
      expect(requirementFormSchema.safeParse(filled({ ruleChoice: choice.value })).success).toBe(true);
    }
    expect(RULE_CHOICES.filter((c) => c.value.startsWith('flag:'))).toHaveLength(PROFILE_FLAGS.length);
  });

  it('a rule written as JSON is parsed; text that is not JSON is named on the rule', () => {
    const rule = { all: [{ field: 'processesPersonalData', is: true }, { field: 'entryMode', in: ['branch'] }] };
    expect(requirementFormSchema.parse(filled({ ruleChoice: 'json', ruleJson: JSON.stringify(rule) })).appliesWhen).toEqual(rule);
    expect(issuesByPath(filled({ ruleChoice: 'json', ruleJson: '{ field: ' })).get('appliesWhen')).toBe('The rule is not valid JSON');
  });

  it('keeps the optional end date and reviewer note when given', () => {
    const r = requirementFormSchema.parse(filled({ effectiveUntil: '2030-12-31', reviewNote: ' Check the threshold. ', verified: true }));
    expect(r.effectiveUntil).toBe('2030-12-31');
    expect(r.reviewNote).toBe('Check the threshold.');
    expect(r.verified).toBe(true);
  });

  it('an empty form is refused with the pack schema’s messages', () => {
    const byPath = issuesByPath(emptyRequirementValues('2026-12-01'));
    expect(byPath.get('id')).toBe('Use lower-case words joined by dots or hyphens');
    expect(byPath.get('jurisdiction')).toBe('Enter at least one country code (such as BR) or EU / EEA');
    expect(byPath.get('category')).toBe('Choose a category');
    expect(byPath.get('workstream')).toBe('Choose a workstream');
    expect(byPath.get('ownerRole')).toBe('Choose an owner role');
    expect(byPath.get('citation.law')).toBe('Enter the law (at least 2 characters)');
    expect(byPath.get('evidenceExpected')).toBe('List at least one piece of evidence, one per line');
    expect(byPath.get('effectiveFrom')).toBe('Enter a date');
  });

  it('a lead time that is not a whole number of days is refused', () => {
    expect(issuesByPath(filled({ leadTimeDays: '2.5' })).get('leadTimeDays')).toBe('Enter whole business days from 0 to 500');
    expect(issuesByPath(filled({ leadTimeDays: '' })).get('leadTimeDays')).toBe('Enter whole business days from 0 to 500');
  });
});

/**
 * The "Add requirement" form: its values as the controls hold them, and how they become a
 * pack requirement. The pack schema itself then judges them, with its own messages.
 */
import { z } from 'zod';
import { ENTRY_MODES } from '../../../../shared/entry-schema';
import { BOOLEAN_FIELDS, requirement, type Category, type OwnerRole, type Rule, type Workstream } from '../../../../shared/requirements/pack-schema';
import { ENTRY_MODE_PHRASES, PROFILE_FLAG_WORDS } from '../../../../shared/vocabulary/entry';
import { emptyAsMissing, emptyAsNull, textToNumber } from '../../lib/form-values';

export interface RequirementFormValues {
  id: string;
  title: string;
  summary: string;
  /** Codes separated by commas or spaces: "BR", "EU, EEA". */
  jurisdiction: string;
  category: Category | '';
  workstream: Workstream | '';
  ownerRole: OwnerRole | '';
  /** 'always', 'flag:<field>', 'mode:<entryMode>' or 'json'. */
  ruleChoice: string;
  ruleJson: string;
  citation: { law: string; article: string };
  sourceUrl: string;
  leadTimeDays: string;
  /** One piece of evidence per line. */
  evidenceExpected: string;
  effectiveFrom: string;
  effectiveUntil: string;
  lastReviewed: string;
  verified: boolean;
  reviewNote: string;
}

export function emptyRequirementValues(today: string): RequirementFormValues {
  return {
    id: '',
    title: '',
    summary: '',
    jurisdiction: '',
    category: '',
    workstream: '',
    ownerRole: '',
    ruleChoice: 'always',
    ruleJson: '{\n  "field": "processesPersonalData",\n  "is": true\n}',
    citation: { law: '', article: '' },
    sourceUrl: '',
    leadTimeDays: '10',
    evidenceExpected: '',
    effectiveFrom: '',
    effectiveUntil: '',
    lastReviewed: today,
    verified: false,
    reviewNote: '',
  };
}

/** The simple rules offered in the form's select; anything else is written as JSON. */
export const RULE_CHOICES: ReadonlyArray<{ value: string; label: string }> = [
  { value: 'always', label: 'Always (every entry in the jurisdiction)' },
  ...BOOLEAN_FIELDS.map((f) => ({ value: `flag:${f}`, label: `When the entry ${PROFILE_FLAG_WORDS[f].yes}` })),
  ...ENTRY_MODES.map((m) => ({ value: `mode:${m}`, label: `When the entry ${ENTRY_MODE_PHRASES[m]}` })),
  { value: 'json', label: 'A rule written as JSON…' },
];

/** The rule the choice stands for; for 'json', the parsed text (the rule schema judges it), or undefined when it is not JSON. */
export function ruleFromChoice(choice: string, json: string): Rule | unknown {
  if (choice === 'always') return { always: true };
  const flag = BOOLEAN_FIELDS.find((f) => `flag:${f}` === choice);
  if (flag) return { field: flag, is: true };
  const mode = ENTRY_MODES.find((m) => `mode:${m}` === choice);
  if (mode) return { field: 'entryMode', in: [mode] };
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

/** The pack requirement these values describe (not yet checked). */
export function requirementInput(v: RequirementFormValues) {
  return {
    id: v.id.trim(),
    title: v.title.trim(),
    summary: v.summary.trim(),
    jurisdiction: v.jurisdiction
      .split(/[\s,;]+/)
      .map((j) => j.trim().toUpperCase())
      .filter(Boolean),
    category: emptyAsMissing(v.category),
    appliesWhen: ruleFromChoice(v.ruleChoice, v.ruleJson),
    citation: { law: v.citation.law.trim(), article: v.citation.article.trim() },
    sourceUrl: v.sourceUrl.trim(),
    ownerRole: emptyAsMissing(v.ownerRole),
    leadTimeDays: textToNumber(v.leadTimeDays),
    evidenceExpected: v.evidenceExpected
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
    workstream: emptyAsMissing(v.workstream),
    effectiveFrom: emptyAsMissing(v.effectiveFrom),
    effectiveUntil: emptyAsNull(v.effectiveUntil),
    lastReviewed: emptyAsMissing(v.lastReviewed),
    verified: v.verified,
    ...(v.reviewNote.trim() ? { reviewNote: v.reviewNote.trim() } : {}),
  };
}

const NOT_JSON = 'The rule is not valid JSON';

/** The form's schema: its values, as a requirement, judged by the pack schema. */
export const requirementFormSchema = z
  .custom<RequirementFormValues>()
  .transform((v, ctx): unknown => {
    const input = requirementInput(v);
    if (input.appliesWhen === undefined) {
      ctx.issues.push({ code: 'custom', message: NOT_JSON, path: ['appliesWhen'], input: v.ruleJson });
      return z.NEVER;
    }
    return input;
  })
  .pipe(z.unknown().pipe(requirement));

/** Problems with the rule are shown on the rule's JSON (the only way to write a rule that can be wrong). */
export const REQUIREMENT_FIELD_ALIASES = { appliesWhen: 'ruleJson' } as const;

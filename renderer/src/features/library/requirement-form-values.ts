/**
 * The "Add requirement" form: its values, and turning them into a pack requirement
 * checked with the pack schema, each problem as a message on its field.
 */
import type { Country } from '../../../../shared/contract';
import { ENTRY_MODES } from '../../../../shared/entry-schema';
import { BOOLEAN_FIELDS, GROUPS, requirement, rule as ruleSchema, type Requirement, type Rule } from '../../../../shared/requirements/pack-schema';
import { BOOLEAN_PHRASES, ENTRY_MODE_PHRASES } from '../../../../shared/requirements/profile-phrases';

export interface RequirementFormValues {
  id: string;
  title: string;
  summary: string;
  jurisdiction: string;
  category: string;
  workstream: string;
  ownerRole: string;
  /** 'always', 'flag:<field>', 'mode:<entryMode>' or 'json'. */
  ruleChoice: string;
  ruleJson: string;
  citationLaw: string;
  citationArticle: string;
  sourceUrl: string;
  leadTimeDays: string;
  evidenceExpected: string;
  effectiveFrom: string;
  effectiveUntil: string;
  lastReviewed: string;
  verified: boolean;
  reviewNote: string;
}

export type RequirementField = Exclude<keyof RequirementFormValues, 'ruleJson' | 'ruleChoice'> | 'rule';
export type RequirementErrors = Partial<Record<RequirementField, string>>;

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
    citationLaw: '',
    citationArticle: '',
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
  ...BOOLEAN_FIELDS.map((f) => ({ value: `flag:${f}`, label: `When the entry ${BOOLEAN_PHRASES[f]?.yes ?? f}` })),
  ...ENTRY_MODES.map((m) => ({ value: `mode:${m}`, label: `When the entry ${ENTRY_MODE_PHRASES[m]}` })),
  { value: 'json', label: 'A rule written as JSON…' },
];

/** Where each schema path lands in the form. */
function fieldFor(path: ReadonlyArray<PropertyKey>): RequirementField | null {
  const [head, next] = path.map(String);
  switch (head) {
    case 'citation':
      return next === 'article' ? 'citationArticle' : 'citationLaw';
    case 'appliesWhen':
      return 'rule';
    case 'id':
    case 'title':
    case 'summary':
    case 'jurisdiction':
    case 'category':
    case 'workstream':
    case 'ownerRole':
    case 'sourceUrl':
    case 'leadTimeDays':
    case 'evidenceExpected':
    case 'effectiveFrom':
    case 'effectiveUntil':
    case 'lastReviewed':
    case 'verified':
    case 'reviewNote':
      return head;
    default:
      return null;
  }
}

/** Plain messages where the schema's own would read like a machine's. */
const FRIENDLY: Partial<Record<RequirementField, string>> = {
  title: 'Enter a title of 3 to 200 characters',
  summary: 'Write a summary of 10 to 2,000 characters, in your own words',
  category: 'Choose a category',
  workstream: 'Choose a workstream',
  ownerRole: 'Choose an owner role',
  citationLaw: 'Enter the law (at least 2 characters)',
  citationArticle: 'Enter the article or section',
  leadTimeDays: 'Enter whole business days from 0 to 500',
  evidenceExpected: 'List at least one piece of evidence, one per line',
  effectiveFrom: 'Enter the date the duty applies from',
  lastReviewed: 'Enter the date you last reviewed it',
  reviewNote: 'The note must be at most 2,000 characters',
  rule: 'The rule does not follow the rule format (see the pack documentation)',
};

function ruleFrom(values: RequirementFormValues): { rule: Rule } | { error: string } {
  const choice = values.ruleChoice;
  if (choice === 'always') return { rule: { always: true } };
  if (choice.startsWith('flag:')) {
    const field = BOOLEAN_FIELDS.find((f) => f === choice.slice(5));
    if (field) return { rule: { field, is: true } };
  }
  if (choice.startsWith('mode:')) {
    const mode = ENTRY_MODES.find((m) => m === choice.slice(5));
    if (mode) return { rule: { field: 'entryMode', in: [mode] } };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(values.ruleJson);
  } catch {
    return { error: 'The rule is not valid JSON' };
  }
  const parsed = ruleSchema.safeParse(raw);
  return parsed.success ? { rule: parsed.data } : { error: FRIENDLY.rule! };
}

export function toRequirement(
  values: RequirementFormValues,
  countries: Map<string, Country>,
): { ok: true; requirement: Requirement } | { ok: false; errors: RequirementErrors } {
  const errors: RequirementErrors = {};
  const jurisdiction = values.jurisdiction
    .split(/[\s,;]+/)
    .map((j) => j.trim().toUpperCase())
    .filter(Boolean);
  if (jurisdiction.length === 0) errors.jurisdiction = 'Enter at least one country code (such as BR) or EU / EEA';
  const unknown = jurisdiction.find((j) => !GROUPS.some((g) => g === j) && countries.size > 0 && !countries.has(j));
  if (unknown) errors.jurisdiction = `“${unknown}” is neither an ISO 3166 country code nor EU / EEA`;
  const lead = values.leadTimeDays.trim() === '' ? Number.NaN : Number(values.leadTimeDays);
  const rule = ruleFrom(values);
  if ('error' in rule) errors.rule = rule.error;

  const candidate = {
    id: values.id.trim(),
    title: values.title.trim(),
    summary: values.summary.trim(),
    jurisdiction,
    category: values.category,
    appliesWhen: 'rule' in rule ? rule.rule : { always: true },
    citation: { law: values.citationLaw.trim(), article: values.citationArticle.trim() },
    sourceUrl: values.sourceUrl.trim(),
    ownerRole: values.ownerRole,
    leadTimeDays: lead,
    evidenceExpected: values.evidenceExpected
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
    workstream: values.workstream,
    effectiveFrom: values.effectiveFrom,
    effectiveUntil: values.effectiveUntil === '' ? null : values.effectiveUntil,
    lastReviewed: values.lastReviewed,
    verified: values.verified,
    ...(values.reviewNote.trim() ? { reviewNote: values.reviewNote.trim() } : {}),
  };
  if (candidate.id === '') errors.id = 'Enter an id, such as acme.br.vendor-register';
  const parsed = requirement.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = fieldFor(issue.path);
      if (!key || errors[key]) continue;
      errors[key] = key === 'id' || key === 'sourceUrl' || key === 'effectiveUntil' ? issue.message : (FRIENDLY[key] ?? issue.message);
    }
  }
  if (!errors.effectiveUntil && candidate.effectiveUntil && candidate.effectiveFrom && candidate.effectiveUntil < candidate.effectiveFrom) {
    errors.effectiveUntil = 'The end date is before the start date';
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors: Object.keys(errors).length ? errors : { id: 'Check the form' } };
  return { ok: true, requirement: parsed.data };
}

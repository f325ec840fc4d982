/**
 * Reads a pack file's text into a validated Pack, or refuses it with one sentence
 * that says where the problem is: file, requirement id and field.
 */
import { AppError } from '../../../shared/errors';
import { RULE_FIELDS as FIELDS, MAX_RULE_DEPTH, RULE_TOO_DEEP, pack as packSchema, ruleDepth, type Pack, type Requirement } from '../../../shared/requirements/pack-schema';
import { isKnownCountry } from '../reference/countries';

const RULE_FIELDS = new Set<string>(FIELDS);

function refuse(where: string, message: string): never {
  throw new AppError('invalid_input', `${where}: ${message}`, 'pack');
}

function requirementIdAt(raw: unknown, index: number): string | undefined {
  const reqs = (raw as { requirements?: unknown })?.requirements;
  if (!Array.isArray(reqs)) return undefined;
  const id = (reqs[index] as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

/** Finds a rule that names a profile field we do not have, anywhere in a rule tree. */
function unknownRuleField(rule: unknown, path: string): { path: string; field: string } | null {
  if (Array.isArray(rule)) {
    for (let i = 0; i < rule.length; i++) {
      const hit = unknownRuleField(rule[i], `${path}.${i}`);
      if (hit) return hit;
    }
    return null;
  }
  if (rule === null || typeof rule !== 'object') return null;
  const obj = rule as Record<string, unknown>;
  if ('field' in obj && (typeof obj.field !== 'string' || !RULE_FIELDS.has(obj.field))) {
    return { path: `${path}.field`, field: String(obj.field) };
  }
  for (const key of ['all', 'any', 'not'] as const) {
    if (key in obj) {
      const hit = unknownRuleField(obj[key], `${path}.${key}`);
      if (hit) return hit;
    }
  }
  return null;
}

/** Checks the schema cannot express: known countries or groups, and dates in order. */
export function requirementProblem(r: Pick<Requirement, 'jurisdiction' | 'effectiveFrom' | 'effectiveUntil'>): { field: string; message: string } | null {
  for (const j of r.jurisdiction) {
    if (j !== 'EU' && j !== 'EEA' && !isKnownCountry(j)) {
      return { field: 'jurisdiction', message: `"${j}" is neither an ISO 3166 country code nor a known group (EU, EEA).` };
    }
  }
  if (r.effectiveUntil !== null && r.effectiveUntil < r.effectiveFrom) return { field: 'effectiveUntil', message: 'the end date is before the start date.' };
  return null;
}

/**
 * Where JSON.parse stopped, as " (line L, column C)" when it says so. Its own message is not
 * passed on: it quotes the file's text, which is the user's to see in their editor, not ours to echo.
 */
function jsonErrorPlace(text: string, err: unknown): string {
  const at = /position (\d+)/.exec(err instanceof Error ? err.message : '');
  if (!at) return '';
  const before = text.slice(0, Number(at[1]));
  const line = before.split('\n').length;
  return ` (line ${line}, column ${before.length - before.lastIndexOf('\n')})`;
}

export function parsePack(fileName: string, text: string): Pack {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    refuse(fileName, `this is not valid JSON${jsonErrorPlace(text, err)}.`);
  }

  const reqs = (raw as { requirements?: unknown })?.requirements;
  if (Array.isArray(reqs)) {
    reqs.forEach((r, i) => {
      // Depth first: the walks below (and the schema's) recurse.
      if (ruleDepth((r as { appliesWhen?: unknown })?.appliesWhen) > MAX_RULE_DEPTH) {
        refuse(`${fileName}, requirement ${requirementIdAt(raw, i) ?? `#${i + 1}`}, field appliesWhen`, `${RULE_TOO_DEEP}.`);
      }
      const hit = unknownRuleField((r as { appliesWhen?: unknown })?.appliesWhen, 'appliesWhen');
      if (hit) {
        refuse(`${fileName}, requirement ${requirementIdAt(raw, i) ?? `#${i + 1}`}, field ${hit.path}`, `the rule refers to "${hit.field}", which is not a field of the entry profile.`);
      }
    });
  }

  const parsed = packSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [head, index, ...rest] = issue.path.map(String);
    if ((head === 'requirements' || head === 'noneKnown') && index !== undefined) {
      const id = head === 'requirements' ? requirementIdAt(raw, Number(index)) : undefined;
      const which = head === 'requirements' ? `requirement ${id ?? `#${Number(index) + 1}`}` : `none-known note #${Number(index) + 1}`;
      refuse(`${fileName}, ${which}, field ${rest.join('.') || '(whole item)'}`, `${issue.message}.`);
    }
    refuse(`${fileName}, field ${issue.path.join('.') || '(top level)'}`, `${issue.message}.`);
  }
  const p = parsed.data;

  const seen = new Set<string>();
  for (const r of p.requirements) {
    if (seen.has(r.id)) refuse(`${fileName}, requirement ${r.id}`, 'this id appears more than once in the pack.');
    seen.add(r.id);
    const problem = requirementProblem(r);
    if (problem) refuse(`${fileName}, requirement ${r.id}, field ${problem.field}`, problem.message);
  }
  p.noneKnown.forEach((n, i) => {
    const problem = requirementProblem({ jurisdiction: n.jurisdiction, effectiveFrom: n.lastReviewed, effectiveUntil: null });
    if (problem) refuse(`${fileName}, none-known note #${i + 1}, field ${problem.field}`, problem.message);
  });
  return p;
}

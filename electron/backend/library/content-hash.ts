import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../shared/canonical-json';
import type { Requirement } from '../../../shared/requirements/pack-schema';
import { requirementSubstance } from '../../../shared/requirements/substance';

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** SHA-256 over the canonical JSON of what a requirement says (not its review bookkeeping). */
export function requirementHash(r: Requirement): string {
  return sha256Hex(canonicalJson(requirementSubstance(r)));
}

/** Names of the substance fields that differ between two versions of a requirement. */
export function changedFields(a: Requirement, b: Requirement): string[] {
  const sa = requirementSubstance(a) as Record<string, unknown>;
  const sb = requirementSubstance(b) as Record<string, unknown>;
  const keys = new Set([...Object.keys(sa), ...Object.keys(sb)]);
  return [...keys].filter((k) => canonicalJson(sa[k] ?? null) !== canonicalJson(sb[k] ?? null)).sort();
}

/** Compares versions like 1.2.10 numerically. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

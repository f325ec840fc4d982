/**
 * Readiness = signed-off items ÷ applicable items. Items marked not applicable leave
 * the denominator; blocked items count as not done. A duty that applies only after the
 * readiness target (a later duty) leaves it too, until its date falls inside the window;
 * it still counts for compliance once it applies.
 */
export interface Readiness {
  signedOff: number;
  applicable: number;
  /** 0–100, one decimal; 0 when nothing applies. */
  percent: number;
}

/** True when the duty applies only after `windowEnd` (the readiness target): a later duty. */
export function isLaterDuty(item: { appliesFrom?: string | null }, windowEnd: string): boolean {
  return !!item.appliesFrom && item.appliesFrom > windowEnd;
}

/**
 * Whether an item counts for readiness in a window ending `asOf` (the readiness target):
 * it applies (not marked not applicable) and its duty applies on or before that day.
 */
export function countsForReadiness(item: { status: string; appliesFrom?: string | null }, asOf: string): boolean {
  return item.status !== 'not_applicable' && !isLaterDuty(item, asOf);
}

/** Whether an item counts for compliance on `day`: it applies and its duty is in force that day. */
export function countsForCompliance(item: { status: string; appliesFrom?: string | null }, day: string): boolean {
  return item.status !== 'not_applicable' && (!item.appliesFrom || item.appliesFrom <= day);
}

/** Readiness of a window ending `asOf`; without `asOf` every applicable item counts. */
export function readinessOf(items: readonly { status: string; appliesFrom?: string | null }[], asOf?: string): Readiness {
  let signedOff = 0;
  let applicable = 0;
  for (const i of items) {
    if (i.status === 'not_applicable') continue;
    if (asOf !== undefined && !countsForReadiness(i, asOf)) continue;
    applicable++;
    if (i.status === 'signed_off') signedOff++;
  }
  return readinessPercent({ signedOff, applicable });
}

export function readinessPercent(c: { signedOff: number; applicable: number }): Readiness {
  return { signedOff: c.signedOff, applicable: c.applicable, percent: c.applicable === 0 ? 0 : Math.round((c.signedOff / c.applicable) * 1000) / 10 };
}

/**
 * Readiness = signed-off items ÷ applicable items. Items marked not applicable leave
 * the denominator; blocked items count as not done.
 */
export interface Readiness {
  signedOff: number;
  applicable: number;
  /** 0–100, one decimal; 0 when nothing applies. */
  percent: number;
}

export function readinessOf(items: readonly { status: string }[]): Readiness {
  let signedOff = 0;
  let applicable = 0;
  for (const i of items) {
    if (i.status === 'not_applicable') continue;
    applicable++;
    if (i.status === 'signed_off') signedOff++;
  }
  return readinessPercent({ signedOff, applicable });
}

export function readinessPercent(c: { signedOff: number; applicable: number }): Readiness {
  return { signedOff: c.signedOff, applicable: c.applicable, percent: c.applicable === 0 ? 0 : Math.round((c.signedOff / c.applicable) * 1000) / 10 };
}

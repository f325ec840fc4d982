/** The bench's seeded draws: one mulberry32 stream, so the generated file repeats exactly. */
import { seededRandom } from '../../shared/domain/seeded-random';

export interface Draw {
  random(): number;
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number;
  pick<T>(xs: readonly T[]): T;
}

export function seededDraw(seed: number): Draw {
  const random = seededRandom(seed);
  return {
    random,
    int: (lo, hi) => lo + Math.floor(random() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!,
  };
}

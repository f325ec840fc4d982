import type { FilterOption } from '../components/FilterSelect';

/** A filter's choices: each value with its label. */
export function labelledOptions<T extends string>(values: readonly T[], labels: Record<T, string>): FilterOption[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

/** Small helpers for putting words together on screen. The words themselves live in shared/vocabulary. */

export { WEEKDAY_NAMES } from '../../../shared/vocabulary/calendar';

/** "Friday and Saturday", "Sunday", "Friday, Saturday and Sunday". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

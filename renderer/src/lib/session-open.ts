/**
 * What opening Landfall does once per session, whichever screen comes first: plans whose
 * stored forecast is out of date are re-scheduled and the month's portfolio snapshot is taken
 * if it has not been yet (`portfolio.open`, a write of its own). Screens that show forecasts
 * (the dashboard, the Portfolio table's health and forecast) wait for it; a failure is theirs
 * to report only through their own reads, so it never blocks them.
 */
import { localToday } from '../../../shared/domain/iso-date';
import { api } from '../api/client';

let opened: Promise<void> | null = null;

export function openSession(): Promise<void> {
  opened ??= api('portfolio.open', { today: localToday() }).then(
    () => undefined,
    () => undefined,
  );
  return opened;
}

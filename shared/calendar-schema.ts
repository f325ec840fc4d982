/** Calendar facts that cross the contract: why a day is not a working day (shared/domain/due-dates.ts `DayOff`). */
import { z } from 'zod';
import { storedDate } from './entry-schema';

export const dayOff = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('weekend'), weekday: z.number().int().min(0).max(6) }),
  z.object({ kind: z.literal('holiday'), name: z.string() }),
  z.object({ kind: z.literal('shutdown') }),
]);

/** A target date on a non-working day: why, and the last working day before it. */
export const targetDayOff = z.object({ dayOff, lastWorkingDay: storedDate });

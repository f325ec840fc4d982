/**
 * Before an entry is set to Ready: the figures that contradict it (the pure check in
 * shared/domain/ready-check.ts), read for the entry as it stands. Null when nothing does,
 * or when the status is not being changed to Ready.
 */
import { localToday } from '../../../../shared/domain/iso-date';
import { readyContradictions, readySentence } from '../../../../shared/domain/ready-check';
import type { EntryFields, EntryStatus } from '../../../../shared/entry-schema';
import { api } from '../../api/client';

export async function readyWarning(fields: EntryFields, editing: { id: string; status: EntryStatus } | null): Promise<string | null> {
  if (fields.status !== 'ready' || editing?.status === 'ready') return null;
  const today = localToday();
  // A new entry has no checklist yet: only its start date can contradict "Ready".
  const row = editing ? (await api('portfolio.summary', { today })).find((r) => r.entryId === editing.id) : undefined;
  return readySentence(readyContradictions({ signoffs: row ?? null, overdue: row?.overdue ?? 0, startDate: fields.startDate, today }));
}

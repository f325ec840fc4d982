/** The reversible actions whose notices offer Undo, each described once. */
import type { Entry } from '../../../shared/entry-schema';
import { useEntries } from '../stores/entries-store';
import { useEntryPage } from '../stores/entry-page-store';
import type { Undoable } from './undoable';

/** Archives or restores `entry` at the version the last action returned, and shows the result on its page. */
async function setArchived(entry: Entry, archived: boolean): Promise<Entry> {
  const store = useEntries.getState();
  const changed = archived ? await store.archive(entry.id, entry.version) : await store.restore(entry.id, entry.version);
  await useEntryPage.getState().replace(changed);
  return changed;
}

export const ARCHIVE_ENTRY: Undoable<Entry, Entry> = {
  done: (e) => `Archived “${e.name}”. It is hidden from the portfolio until you restore it.`,
  undo: (e) => setArchived(e, false),
  undone: (e) => `Undone: “${e.name}” is back in the portfolio.`,
};

export const RESTORE_ENTRY: Undoable<Entry, Entry> = {
  done: (e) => `Restored “${e.name}”.`,
  undo: (e) => setArchived(e, true),
  undone: (e) => `Undone: “${e.name}” is archived again.`,
};

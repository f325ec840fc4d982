/**
 * One entry's checklist: the requirements that really apply to it, topped up with the team's
 * own items to 200, in every status (pending review spread evenly to the target), with the
 * ledger history each status implies and evidence links on half the signed-off items.
 */
import type { ItemRecord } from '../../electron/backend/repos/checklist-repo';
import { customItem, requirementItem, type RequirementItemDeps } from '../../electron/backend/services/checklist/item-records';
import type { CustomItemInput, ItemStatus } from '../../shared/checklist-schema';
import { addDays } from '../../shared/domain/iso-date';
import type { Entry } from '../../shared/entry-schema';
import type { ApplicableRequirement } from '../../shared/requirements/applicability';
import type { Draw } from './draw';
import type { LedgerBook } from './ledger';
import { PEOPLE, TEAM_ITEMS } from './names';

export interface ChecklistSeeding {
  draw: Draw;
  deps: RequirementItemDeps;
  ledger: LedgerBook;
  counts: Record<string, number>;
  itemsPerEntry: number;
  /** Items pending review over the whole file, and the chance per item that spreads them evenly. */
  pendingTarget: number;
  pendingChance: number;
  today: string;
  at: string;
}

/** A status for an item, by the shares a year of use shows (pending review is placed separately). */
function drawStatus(r: number, entryStatus: Entry['status']): ItemStatus {
  const signed = entryStatus === 'ready' ? 0.55 : entryStatus === 'planning' ? 0.08 : 0.28;
  if (r < signed) return 'signed_off';
  if (r < signed + 0.24) return 'in_progress';
  if (r < signed + 0.3) return 'blocked';
  if (r < signed + 0.38) return 'not_applicable';
  return 'todo';
}

/** The items for what applies (at most `itemsPerEntry`), each with an owner, a due date in the window and sometimes a note. */
export function requirementItems(s: ChecklistSeeding, entry: Entry, applicable: readonly ApplicableRequirement[]): ItemRecord[] {
  const { random, int, pick } = s.draw;
  return applicable.slice(0, s.itemsPerEntry).map((a) => {
    const owner = pick(PEOPLE);
    const dueDate = addDays(entry.startDate, int(5, entry.targetDays));
    const notes = random() < 0.3 ? 'Waiting on the local counsel’s reply.' : '';
    return { ...requirementItem(s.deps, entry, a, () => dueDate, s.at), owner, notes };
  });
}

/** The team's own items appended to `items` until the checklist holds `itemsPerEntry`. */
export function topUpWithTeamItems(s: ChecklistSeeding, entry: Entry, items: ItemRecord[]): void {
  const { random, int, pick } = s.draw;
  for (let k = 0; items.length < s.itemsPerEntry; k++) {
    const [title, workstream, category] = TEAM_ITEMS[k % TEAM_ITEMS.length]!;
    const owner = random() < 0.8 ? pick(PEOPLE) : '';
    const dueDate = random() < 0.9 ? addDays(entry.startDate, int(5, entry.targetDays + 30)) : null;
    const input: CustomItemInput = { entryId: entry.id, title: k < TEAM_ITEMS.length ? title : `${title} (${Math.floor(k / TEAM_ITEMS.length) + 1})`, category, workstream, owner, dueDate, notes: '' };
    // The team set these dates by hand, even where it left one empty.
    items.push({ ...customItem(s.deps.kernel.newId(), input, s.at), dueManual: true });
  }
}

/** Sets each item's status and records the ledger decisions that status implies. */
export function assignStatuses(s: ChecklistSeeding, entry: Entry, items: ItemRecord[]): void {
  const { random, int } = s.draw;
  const { counts, ledger, today } = s;
  const start = entry.startDate;
  items.forEach((item, k) => {
    const wantPending = !entry.archived && counts.inReview! < s.pendingTarget && random() < s.pendingChance;
    if (wantPending) {
      item.status = 'in_review';
      counts.inReview!++;
      if (random() < 0.1) {
        ledger.decide(item, start, k % 60, 'approve');
        item.staleReason = `Stale — needs re-review: evidence "Updated DPA" was added after the approval.`;
      }
      return;
    }
    item.status = drawStatus(random(), entry.status);
    if (item.status === 'not_applicable') item.naReason = 'Not relevant to this entry mode.';
    if (item.status === 'signed_off') {
      if (random() < 0.2) {
        const expired = random() < 1 / 3;
        const expires = expired ? addDays(today, -int(1, 120)) : addDays(today, int(1, 200));
        ledger.decide(item, start, k % 60, 'approve_conditional', { conditionText: 'Renew the processor agreement before it lapses.', conditionExpires: expires });
        counts.conditional!++;
        if (expired) counts.expiredConditional!++;
      } else {
        if (random() < 0.1) ledger.decide(item, start, k % 60, 'reject');
        ledger.decide(item, start, (k % 60) + 1, 'approve');
      }
    } else if (item.status === 'in_progress') {
      const r = random();
      if (r < 0.25) ledger.decide(item, start, k % 60, 'reject');
      else if (r < 0.3) {
        ledger.decide(item, start, k % 60, 'approve');
        ledger.decide(item, start, (k % 60) + 2, 'revoke');
      }
    }
  });
}

/** New checklist item records: one pinned to a library requirement, or the team's own. */
import type { Entry } from '../../../../shared/entry-schema';
import type { CustomItemInput } from '../../../../shared/checklist-schema';
import type { ApplicableRequirement } from '../../../../shared/requirements/applicability';
import type { ItemRecord } from '../../repos/checklist-repo';
import type { ChecklistDeps } from '../checklist-service';
import type { DueDate } from './due-dates';

/** What a requirement item needs: new ids and the library's requirement and pack. */
export type RequirementItemDeps = Pick<ChecklistDeps, 'kernel'> & { library: Pick<ChecklistDeps['library'], 'requirement' | 'pack'> };

/** The item for an applicable requirement, pinning its pack version and content hash. */
export function requirementItem(deps: RequirementItemDeps, entry: Entry, a: ApplicableRequirement, due: DueDate, at: string): ItemRecord {
  const stored = deps.library.requirement(a.requirement.id)!;
  const pack = deps.library.pack(stored.packId)!;
  return {
    id: deps.kernel.newId(),
    entryId: entry.id,
    requirementId: a.requirement.id,
    requirementHash: stored.contentHash,
    packId: pack.id,
    packVersion: pack.version,
    title: a.requirement.title,
    category: a.requirement.category,
    workstream: a.requirement.workstream,
    certainty: a.certainty,
    reasons: a.reasons,
    appliesFrom: a.appliesFrom,
    status: 'todo',
    naReason: null,
    profileExcluded: false,
    staleReason: null,
    statusBeforeExclusion: null,
    owner: '',
    dueDate: due(a.requirement.leadTimeDays, a.appliesFrom),
    dueManual: false,
    notes: '',
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}

export function customItem(id: string, input: CustomItemInput, at: string): ItemRecord {
  return {
    id,
    entryId: input.entryId,
    requirementId: null,
    requirementHash: null,
    packId: null,
    packVersion: null,
    title: input.title,
    category: input.category,
    workstream: input.workstream,
    certainty: 'custom',
    reasons: ['added by the team'],
    appliesFrom: null,
    status: 'todo',
    naReason: null,
    profileExcluded: false,
    staleReason: null,
    statusBeforeExclusion: null,
    owner: input.owner,
    dueDate: input.dueDate,
    dueManual: input.dueDate !== null,
    notes: input.notes,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}

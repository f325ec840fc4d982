/**
 * The checklist forms' schemas, derived from the contract's `itemPatch` and `bulkPatch`,
 * plus the one rule the service applies across fields: "not applicable" needs a reason.
 */
import type { z } from 'zod';
import { bulkPatch, itemPatch, type BulkPatch } from '../../../../shared/checklist-schema';
import { emptyAsNull, fromForm } from '../../lib/form-values';
import type { BulkField } from '../../stores/checklist-store';

export const NA_REASON_MISSING = 'Write why this does not apply';

function reasonRequired<T extends { status?: string | undefined; naReason?: string | undefined }>(schema: z.ZodType<T>): z.ZodType<T> {
  return schema.superRefine((patch, ctx) => {
    if (patch.status === 'not_applicable' && !patch.naReason) ctx.addIssue({ code: 'custom', path: ['naReason'], message: NA_REASON_MISSING });
  });
}

export interface ItemFormValues {
  /** The item's status; 'signed_off' only for an item signed off through review (not editable here). */
  status: string;
  naReason: string;
  owner: string;
  dueDate: string;
  notes: string;
}

/** The item's editable fields as a patch (the caller sends only what changed). */
export const itemFormSchema = fromForm(
  (v: ItemFormValues) => ({
    ...(v.status === 'signed_off' ? {} : { status: v.status }),
    ...(v.status === 'not_applicable' ? { naReason: v.naReason } : {}),
    owner: v.owner,
    dueDate: emptyAsNull(v.dueDate),
    notes: v.notes,
  }),
  reasonRequired(itemPatch),
);

export interface BulkFormValues {
  owner: string;
  status: string;
  naReason: string;
  dueDate: string;
}

/** The one change a bulk dialog makes: its field (with the reason for "not applicable"). */
export function bulkFormSchema(field: BulkField): z.ZodType<BulkPatch, BulkFormValues> {
  if (field === 'owner') return fromForm((v: BulkFormValues) => ({ owner: v.owner }), bulkPatch.pick({ owner: true }).required());
  if (field === 'dueDate') return fromForm((v: BulkFormValues) => ({ dueDate: emptyAsNull(v.dueDate) }), bulkPatch.pick({ dueDate: true }).required());
  return fromForm(
    (v: BulkFormValues) => ({ status: v.status === '' ? undefined : v.status, ...(v.status === 'not_applicable' ? { naReason: v.naReason } : {}) }),
    reasonRequired(bulkPatch.pick({ status: true, naReason: true }).required({ status: true })),
  );
}

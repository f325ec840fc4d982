/**
 * MS Project XML (MSPDI) import as it crosses the API: the file, and the dry run's
 * answer (what the new plan would hold, and every problem with the line it is on).
 */
import { z } from 'zod';
import { isoDate, uuid } from './entry-schema';
import { WORKSTREAMS } from './requirements/pack-schema';

/** MS Project files of a few thousand tasks run to several megabytes. */
export const MAX_MSPDI_CHARS = 8 * 1024 * 1024;

export const mspdiImportInput = z
  .object({
    entryId: uuid,
    fileName: z.string().trim().min(1, 'Choose an MS Project XML file').max(255),
    content: z.string().min(1, 'The file is empty').max(MAX_MSPDI_CHARS, 'The file is too large (at most 8 MB)'),
  })
  .strict();

export const mspdiIssue = z.object({
  /** The line in the file, when the problem has one. */
  line: z.number().int().nullable(),
  /** What it concerns: "Task UID 12 "Hire" , Duration", "Calendar exception", "file". */
  where: z.string(),
  message: z.string(),
});

export const mspdiImportPreview = z.object({
  fileName: z.string(),
  projectName: z.string().nullable(),
  projectStart: isoDate.nullable(),
  tasks: z.array(
    z.object({
      line: z.number().int(),
      name: z.string(),
      workstream: z.enum(WORKSTREAMS),
      durationDays: z.number().int(),
      percentComplete: z.number(),
      predecessors: z.number().int(),
      /** This task becomes the plan's "Operational readiness" milestone. */
      readiness: z.boolean(),
    }),
  ),
  links: z.number().int(),
  /** Non-working days of the file's calendar that the market calendar does not already have: they become shutdown days. */
  shutdownDays: z.array(isoDate),
  /** What the current plan holds and the import replaces. */
  replaces: z.object({ tasks: z.number().int(), dependencies: z.number().int(), linkedItems: z.number().int() }),
  /** The readiness date the imported plan would have, when it can be scheduled. */
  forecastFinish: isoDate.nullable(),
  errors: z.array(mspdiIssue),
  warnings: z.array(mspdiIssue),
});

export type MspdiImportInput = z.infer<typeof mspdiImportInput>;
export type MspdiIssue = z.infer<typeof mspdiIssue>;
export type MspdiImportPreview = z.infer<typeof mspdiImportPreview>;

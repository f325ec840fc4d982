import { z } from 'zod';
import { uuid } from './entry-schema';

export const timelineExportRequest = z
  .object({
    entryId: uuid,
    format: z.enum(['pdf', 'xlsx', 'csv', 'ics', 'mspdi'], { error: 'Choose PDF, XLSX, CSV, ICS or MS Project XML' }),
    /** PDF only: landscape A4 or A3. */
    pageSize: z.enum(['A4', 'A3']).default('A4'),
    /** PDF only: tiled across pages at day scale, or the whole chart fitted onto one page (scaled; the page states its smallest type). */
    layout: z.enum(['tiled', 'fit'], { error: 'Choose tiled pages or one page' }).default('tiled'),
    /** ICS only: also add each task's finish as an event (milestones are always included). */
    includeTaskFinishes: z.boolean().default(false),
  })
  .strict();

export const registerExportRequest = z
  .object({ entryId: uuid, format: z.enum(['pdf', 'csv'], { error: 'Choose PDF or CSV' }) })
  .strict();

export const exportFile = z.object({ fileName: z.string(), mimeType: z.string(), contentBase64: z.string() });

export type TimelineExportRequest = z.infer<typeof timelineExportRequest>;
export type RegisterExportRequest = z.infer<typeof registerExportRequest>;
export type ExportFile = z.infer<typeof exportFile>;

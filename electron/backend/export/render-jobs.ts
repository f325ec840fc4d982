/**
 * The heavy half of an export: turning a model the services gathered (a few milliseconds of
 * reads) into file bytes (PDF layout, XLSX zipping: hundreds of milliseconds). Plain data in,
 * bytes out, so it runs the same in the export worker and, as a fallback, in-process.
 */
import type { TimelineExportRequest } from '../../../shared/export-schema';
import { registerCsv, registerPdf, type RegisterModel } from './signoff-register';
import { timelineFile } from './timeline-files';
import type { TimelineExportModel } from './timeline-model';
import { leadershipIcs } from './leadership-ics';
import type { LeadershipPackModel } from './leadership-model';
import { leadershipPdf } from './leadership-pdf';
import { leadershipXlsx } from './leadership-xlsx';

export type RenderJob =
  | { kind: 'timeline'; model: TimelineExportModel; req: TimelineExportRequest; fontsDir: string }
  | { kind: 'register'; model: RegisterModel; format: 'pdf' | 'csv'; fontsDir: string }
  | { kind: 'pack'; model: LeadershipPackModel; format: 'pdf' | 'xlsx' | 'ics'; fontsDir: string };

export interface Rendered {
  bytes: Uint8Array;
  mimeType?: string;
  ext?: string;
}

export async function renderJob(job: RenderJob): Promise<Rendered> {
  if (job.kind === 'timeline') return timelineFile(job.model, job.req, job.fontsDir);
  if (job.kind === 'pack') {
    const { model, format, fontsDir } = job;
    return { bytes: format === 'pdf' ? await leadershipPdf(model, fontsDir) : format === 'xlsx' ? await leadershipXlsx(model) : leadershipIcs(model) };
  }
  return { bytes: job.format === 'pdf' ? await registerPdf(job.model, job.fontsDir) : registerCsv(job.model) };
}

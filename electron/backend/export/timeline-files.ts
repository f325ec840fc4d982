/**
 * One timeline export request -> the file's bytes and type, whatever the format.
 * The export service builds the view-model and names the file; this picks the writer.
 */
import type { TimelineExportRequest } from '../../../shared/export-schema';
import type { TimelineExportModel } from './timeline-model';
import { timelineCsv } from './timeline-csv';
import { timelineIcs } from './timeline-ics';
import { timelineXlsx } from './timeline-xlsx';
import { timelinePdf } from './timeline-pdf';
import { timelineMspdi } from './timeline-mspdi';

export const EXPORT_MIME = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
  mspdi: 'application/vnd.ms-project+xml',
} as const;

export async function timelineFile(model: TimelineExportModel, req: TimelineExportRequest, fontsDir: string): Promise<{ bytes: Buffer; mimeType: string; ext: string }> {
  switch (req.format) {
    case 'pdf':
      return { bytes: await timelinePdf(model, { pageSize: req.pageSize, layout: req.layout, fontsDir }), mimeType: EXPORT_MIME.pdf, ext: 'pdf' };
    case 'xlsx':
      return { bytes: await timelineXlsx(model), mimeType: EXPORT_MIME.xlsx, ext: 'xlsx' };
    case 'csv':
      return { bytes: timelineCsv(model), mimeType: EXPORT_MIME.csv, ext: 'csv' };
    case 'ics':
      return { bytes: timelineIcs(model, { includeTaskFinishes: req.includeTaskFinishes }), mimeType: EXPORT_MIME.ics, ext: 'ics' };
    case 'mspdi':
      return { bytes: timelineMspdi(model), mimeType: EXPORT_MIME.mspdi, ext: 'xml' };
  }
}

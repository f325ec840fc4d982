/**
 * Exports: one entry point per format, all drawn from the same timeline view-model.
 * The renderer asks for an export and receives a file (name, type, bytes); saving it is
 * the host's job (a save dialog in the desktop app, a download in browser mode).
 */
import { localToday } from '../../../shared/domain/iso-date';
import type { ExportFile, RegisterExportRequest, TimelineExportRequest } from '../../../shared/export-schema';
import { registerCsv, registerPdf } from '../export/signoff-register';
import { countryName, subdivisionsOf } from '../reference/countries';
import { buildTimelineModel, type TimelineExportModel } from '../export/timeline-model';
import { timelineFile } from '../export/timeline-files';
import { exportFileName, uniqueExportStem } from '../../../shared/export/file-name';
import { AppError } from '../../../shared/errors';
import type { ServiceContext } from './context';
import type { PlanService } from './plan-service';
import type { ChecklistService } from './checklist-service';
import type { SignoffService } from './signoff-service';

const MIME = { pdf: 'application/pdf', csv: 'text/csv; charset=utf-8' } as const;

export function exportService(ctx: ServiceContext, deps: { plans: PlanService; checklists: ChecklistService; signoff: SignoffService; fontsDir: string }) {
  function model(entryId: string): TimelineExportModel {
    const entry = ctx.entries.get(entryId);
    if (!entry) throw new AppError('not_found', 'That market entry no longer exists.', 'entryId');
    const view = deps.plans.view(entryId, null);
    const sub = entry.targetSubdivision ? subdivisionsOf(entry.targetCountry).find((s) => s.code === entry.targetSubdivision)?.name : undefined;
    const country = countryName(entry.targetCountry) ?? entry.targetCountry;
    return buildTimelineModel(view, entry, {
      marketName: sub ? `${country} (${sub})` : country,
      readinessPercent: deps.checklists.view(entryId).readiness.percent,
      ledgerHeadHash: deps.signoff.headHash(),
      now: ctx.now(),
      today: localToday(ctx.now()),
    });
  }

  function market(entryId: string): { name: string; market: string } {
    const entry = ctx.entries.get(entryId);
    if (!entry) throw new AppError('not_found', 'That market entry no longer exists.', 'entryId');
    return { name: entry.name, market: countryName(entry.targetCountry) ?? entry.targetCountry };
  }

  /** The entry's part of export file names, told apart from every other entry's. */
  function stem(entryId: string, name: string): string {
    return uniqueExportStem({ id: entryId, name }, ctx.entries.list(true));
  }

  return {
    model,
    async signoffRegister(req: RegisterExportRequest): Promise<ExportFile> {
      const { name, market: marketName } = market(req.entryId);
      const verify = deps.signoff.verify();
      const titles = new Map(ctx.checklist.forEntry(req.entryId).map((i) => [i.id, i.title]));
      const m = {
        entryName: name,
        market: marketName,
        generatedAt: ctx.now().toISOString(),
        chainId: verify.chainId,
        headHash: deps.signoff.headHash(),
        verified: verify.ok ? { ok: true, text: `ok, ${verify.records} records` } : { ok: false, text: `FAILED at record ${verify.seq}: ${verify.reason}` },
        records: ctx.ledger.forEntry(req.entryId).map((r) => ({ ...r, itemTitle: titles.get(r.itemId) ?? '(item no longer on the checklist)' })),
      };
      const bytes = req.format === 'pdf' ? await registerPdf(m, deps.fontsDir) : registerCsv(m);
      return { fileName: exportFileName(stem(req.entryId, name), 'signoff-register', localToday(ctx.now()), req.format), mimeType: MIME[req.format], contentBase64: bytes.toString('base64') };
    },
    async timeline(req: TimelineExportRequest): Promise<ExportFile> {
      const m = model(req.entryId);
      const file = await timelineFile(m, req, deps.fontsDir);
      return { fileName: exportFileName(stem(m.entryId, m.entryName), 'timeline', m.generatedOn, file.ext), mimeType: file.mimeType, contentBase64: file.bytes.toString('base64') };
    },
  };
}

export type ExportService = ReturnType<typeof exportService>;

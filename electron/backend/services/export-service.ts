/**
 * Exports: one entry point per format, all drawn from the same timeline view-model.
 * The renderer asks for an export and receives a file (name, type, bytes); saving it is
 * the host's job (a save dialog in the desktop app, a download in browser mode).
 */
import type { ExportFile, RegisterExportRequest, TimelineExportRequest } from '../../../shared/export-schema';
import { registerCsv, registerPdf } from '../export/signoff-register';
import { countryName, subdivisionsOf } from '../reference/countries';
import { buildTimelineModel, type TimelineExportModel, type TimelineRisks } from '../export/timeline-model';
import { timelineFile } from '../export/timeline-files';
import { exportFileName, uniqueExportStem } from '../../../shared/export/file-name';
import type { Entry } from '../../../shared/entry-schema';
import type { PlanView } from '../../../shared/plan-schema';
import type { LedgerRecord, VerifyResult } from '../../../shared/signoff-schema';
import type { Kernel } from './kernel';

const MIME = { pdf: 'application/pdf', csv: 'text/csv; charset=utf-8' } as const;

export interface ExportDeps {
  kernel: Kernel;
  /** Where the PDF fonts are. */
  fontsDir: string;
  /** The entries service: the entry, or not_found (field entryId). */
  entry(id: string): Entry;
  /** The entries service: every entry's id and name (file names must tell entries apart). */
  entryNames(): { id: string; name: string }[];
  /** The plan service: the plan as it stands. */
  plan(entryId: string): PlanView;
  /** The checklist service. */
  checklist: {
    readinessPercent(entryId: string): number;
    itemTitles(entryId: string): Map<string, string>;
  };
  /** The risk service: the entry's forecast and heat map for the timeline, or null when it has no risks. */
  risks(entryId: string): TimelineRisks | null;
  /** The sign-off service. */
  signoff: {
    verify(): VerifyResult;
    headHash(): string | null;
    recordsForEntry(entryId: string): LedgerRecord[];
  };
}

export function exportService(deps: ExportDeps) {
  const { kernel } = deps;

  function model(entryId: string): TimelineExportModel {
    const entry = deps.entry(entryId);
    const view = deps.plan(entryId);
    const sub = entry.targetSubdivision ? subdivisionsOf(entry.targetCountry).find((s) => s.code === entry.targetSubdivision)?.name : undefined;
    const country = countryName(entry.targetCountry) ?? entry.targetCountry;
    return buildTimelineModel(view, entry, {
      marketName: sub ? `${country} (${sub})` : country,
      readinessPercent: deps.checklist.readinessPercent(entryId),
      ledgerHeadHash: deps.signoff.headHash(),
      risks: deps.risks(entryId),
      now: kernel.now(),
      today: kernel.today(),
    });
  }

  function market(entryId: string): { name: string; market: string } {
    const entry = deps.entry(entryId);
    return { name: entry.name, market: countryName(entry.targetCountry) ?? entry.targetCountry };
  }

  /** The entry's part of export file names, told apart from every other entry's. */
  function stem(entryId: string, name: string): string {
    return uniqueExportStem({ id: entryId, name }, deps.entryNames());
  }

  return {
    model,
    async signoffRegister(req: RegisterExportRequest): Promise<ExportFile> {
      const { name, market: marketName } = market(req.entryId);
      const verify = deps.signoff.verify();
      const titles = deps.checklist.itemTitles(req.entryId);
      const m = {
        entryName: name,
        market: marketName,
        generatedAt: kernel.now().toISOString(),
        chainId: verify.chainId,
        headHash: deps.signoff.headHash(),
        verified: verify.ok ? { ok: true, text: `ok, ${verify.records} records` } : { ok: false, text: `FAILED at record ${verify.seq}: ${verify.reason}` },
        records: deps.signoff.recordsForEntry(req.entryId).map((r) => ({ ...r, itemTitle: titles.get(r.itemId) ?? '(item no longer on the checklist)' })),
      };
      const bytes = req.format === 'pdf' ? await registerPdf(m, deps.fontsDir) : registerCsv(m);
      return { fileName: exportFileName(stem(req.entryId, name), 'signoff-register', kernel.today(), req.format), mimeType: MIME[req.format], contentBase64: bytes.toString('base64') };
    },
    async timeline(req: TimelineExportRequest): Promise<ExportFile> {
      const m = model(req.entryId);
      const file = await timelineFile(m, req, deps.fontsDir);
      return { fileName: exportFileName(stem(m.entryId, m.entryName), 'timeline', m.generatedOn, file.ext), mimeType: file.mimeType, contentBase64: file.bytes.toString('base64') };
    },
  };
}

export type ExportService = ReturnType<typeof exportService>;

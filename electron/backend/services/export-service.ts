/**
 * Exports: one entry point per format, all drawn from the same timeline view-model.
 * The renderer asks for an export and receives a file (name, type, bytes); saving it is
 * the host's job (a save dialog in the desktop app, a download in browser mode).
 */
import type { ExportFile, RegisterExportRequest, TimelineExportRequest } from '../../../shared/export-schema';
import type { ComparisonRequest, ComparisonView, EfficiencyExportRequest, StoredMeasurement } from '../../../shared/efficiency/efficiency-schema';
import { efficiencyPdf } from '../export/efficiency-pdf';
import { efficiencyXlsx } from '../export/efficiency-xlsx';
import type { Rendered, RenderJob } from '../export/render-jobs';
import { subjectTitle, verifiedText } from '../export/signoff-register';
import { countryName, subdivisionsOf } from '../reference/countries';
import { buildTimelineModel, type TimelineExportModel, type TimelineRisks } from '../export/timeline-model';
import { exportFileName, uniqueExportStem } from '../../../shared/export/file-name';
import type { Entry } from '../../../shared/entry-schema';
import type { PlanView } from '../../../shared/plan-schema';
import type { LedgerRecord, VerifyResult } from '../../../shared/signoff-schema';
import type { Kernel } from './kernel';

const MIME = { pdf: 'application/pdf', csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

export interface ExportDeps {
  kernel: Kernel;
  /** Where the PDF fonts are. */
  fontsDir: string;
  /** Renders the file from its model off the request path (the export worker). */
  render(job: RenderJob): Promise<Rendered>;
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
    signingKey(): { chainId: string; fingerprint: string | null };
  };
  /** The efficiency service: the comparison views and the measurements behind them. */
  efficiency: {
    comparison(req: ComparisonRequest): ComparisonView;
    allMeasurements(): StoredMeasurement[];
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
      ledgerKeyFingerprint: deps.signoff.signingKey().fingerprint,
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
        keyFingerprint: verify.key.fingerprint,
        verified: verifiedText(verify),
        records: deps.signoff.recordsForEntry(req.entryId).map((r) => ({ ...r, itemTitle: subjectTitle(r, titles) })),
      };
      const fileName = exportFileName(stem(req.entryId, name), 'signoff-register', kernel.today(), req.format);
      const { bytes } = await deps.render({ kind: 'register', model: m, format: req.format, fontsDir: deps.fontsDir });
      return { fileName, mimeType: MIME[req.format], contentBase64: Buffer.from(bytes).toString('base64') };
    },
    /** The efficiency comparison: a PDF page of the chosen view, or a workbook of every view. */
    async efficiency(req: EfficiencyExportRequest): Promise<ExportFile> {
      const view = deps.efficiency.comparison({ metricId: req.metricId, includeArchived: req.includeArchived });
      let bytes: Buffer;
      if (req.format === 'pdf') bytes = await efficiencyPdf(view, deps.fontsDir, kernel.now());
      else {
        const index = req.metricId === null ? view : deps.efficiency.comparison({ metricId: null, includeArchived: req.includeArchived });
        const perMetric = index.metrics.map((m) => deps.efficiency.comparison({ metricId: m.id, includeArchived: req.includeArchived }));
        bytes = await efficiencyXlsx({
          index,
          perMetric,
          measurements: deps.efficiency.allMeasurements(),
          marketNames: new Map(deps.entryNames().map((e) => [e.id, e.name])),
          generatedAt: kernel.now().toISOString(),
        });
      }
      const what = req.metricId === null ? 'efficiency' : `efficiency-${req.metricId.replace(/_/g, '-')}`;
      return { fileName: `landfall-${what}-${kernel.today()}.${req.format}`, mimeType: MIME[req.format], contentBase64: bytes.toString('base64') };
    },
    async timeline(req: TimelineExportRequest): Promise<ExportFile> {
      const m = model(req.entryId);
      const fileStem = stem(m.entryId, m.entryName);
      const file = await deps.render({ kind: 'timeline', model: m, req, fontsDir: deps.fontsDir });
      return { fileName: exportFileName(fileStem, 'timeline', m.generatedOn, file.ext!), mimeType: file.mimeType!, contentBase64: Buffer.from(file.bytes).toString('base64') };
    },
  };
}

export type ExportService = ReturnType<typeof exportService>;

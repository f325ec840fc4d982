/**
 * The leadership pack (PDF, XLSX and ICS for the chosen markets on an as-of date) and the
 * portfolio-wide sign-off register (PDF or CSV). Gathers the models from the portfolio's
 * rows, each market's timeline model and checklist, the efficiency comparison and the
 * ledger (reads only), and has the export worker render the files off the request path.
 */
import type { ItemStatus } from '../../../shared/checklist-schema';
import { ITEM_STATUSES } from '../../../shared/checklist-schema';
import type { Evidence } from '../../../shared/checklist-schema';
import type { EntryEfficiencyView } from '../../../shared/efficiency/efficiency-schema';
import type { ExportFile } from '../../../shared/export-schema';
import type { PackRequest, PortfolioRegisterRequest } from '../../../shared/portfolio-schema';
import type { LedgerRecord, VerifyResult } from '../../../shared/signoff-schema';
import { portfolioTiles, type Targets } from '../../../shared/domain/portfolio-targets';
import { WORKSTREAMS } from '../../../shared/requirements/pack-schema';
import { WORKSTREAM_LABELS } from '../../../shared/vocabulary/requirements';
import { exportFileName } from '../../../shared/export/file-name';
import { sha256Hex } from '../library/content-hash';
import { countryName } from '../reference/countries';
import type { ItemRecord } from '../repos/checklist-repo';
import type { LeadershipPackModel, PackMarket } from '../export/leadership-model';
import type { Rendered, RenderJob } from '../export/render-jobs';
import { subjectTitle, verifiedText, type RegisterModel } from '../export/signoff-register';
import type { TimelineExportModel } from '../export/timeline-model';
import type { Kernel } from './kernel';
import type { PortfolioService } from './portfolio-service';

export interface PackDeps {
  kernel: Kernel;
  fontsDir: string;
  /** Renders the file from its model off the request path (the export worker). */
  render(job: RenderJob): Promise<Rendered>;
  portfolio: { packMarkets: PortfolioService['packMarkets']; targets(): Targets };
  /** The export service: an entry's timeline view-model. */
  timeline(entryId: string): TimelineExportModel;
  /** The efficiency service: an entry against its home market, metric by metric. */
  efficiency(entryId: string): EntryEfficiencyView;
  checklist: { records(entryId: string): ItemRecord[] };
  evidence: { forItem(itemId: string): Evidence[] };
  signoff: { verify(): VerifyResult; headHash(): string | null; allRecords(): LedgerRecord[] };
  entryNames(): { id: string; name: string; targetCountry: string }[];
}

const MIME = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ics: 'text/calendar; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
} as const;

function byWorkstream(items: ItemRecord[]): PackMarket['workstreams'] {
  return WORKSTREAMS.map((w) => {
    const counts = Object.fromEntries(ITEM_STATUSES.map((s) => [s, 0])) as Record<ItemStatus, number>;
    for (const i of items) if (i.workstream === w) counts[i.status]++;
    return { workstream: w, label: WORKSTREAM_LABELS[w], counts };
  });
}

/** What a market page shows of its efficiency comparison: the index, satisfaction and each metric's ratio to home. */
function efficiencyOf(v: EntryEfficiencyView): PackMarket['efficiency'] {
  const names = new Map(v.metrics.map((m) => [m.id, m.name]));
  return {
    index: v.index.figure,
    satisfaction: v.satisfaction.figure,
    metrics: v.rows.filter((r) => r.metricId !== v.satisfaction.metricId).map((r) => ({ name: names.get(r.metricId) ?? r.metricId, percent: r.percent })),
  };
}

export function leadershipPackService(deps: PackDeps) {
  const { kernel } = deps;

  function model(req: PackRequest): LeadershipPackModel {
    const { rows, figures } = deps.portfolio.packMarkets(req.entryIds, req.asOf);
    const targets = deps.portfolio.targets();
    const verify = deps.signoff.verify();
    return {
      asOf: req.asOf,
      generatedAt: kernel.now().toISOString(),
      targets,
      tiles: portfolioTiles(figures, targets),
      markets: rows.map((row) => ({
        row,
        timeline: deps.timeline(row.entryId),
        workstreams: byWorkstream(deps.checklist.records(row.entryId)),
        efficiency: efficiencyOf(deps.efficiency(row.entryId)),
      })),
      ledgerHeadHash: deps.signoff.headHash(),
      ledgerKeyFingerprint: verify.key.fingerprint,
    };
  }

  function registerModel(): RegisterModel {
    const verify = deps.signoff.verify();
    const entries = new Map(deps.entryNames().map((e) => [e.id, e]));
    const items = new Map<string, ItemRecord>();
    for (const id of entries.keys()) for (const i of deps.checklist.records(id)) items.set(i.id, i);
    const records = deps.signoff.allRecords();
    const latest = new Map<string, number>();
    for (const r of records) latest.set(r.itemId, r.seq);
    const titles = new Map([...items].map(([id, i]) => [id, i.title]));
    // Each item's evidence names, read once per item however many records it has.
    const evidenceNames = new Map<string, Map<string, string>>();
    const namesOf = (itemId: string) => {
      let names = evidenceNames.get(itemId);
      if (!names) {
        names = new Map(deps.evidence.forItem(itemId).map((e) => [e.kind === 'file' ? e.sha256! : `link:${sha256Hex(e.url!)}`, e.name]));
        evidenceNames.set(itemId, names);
      }
      return names;
    };
    return {
      entryName: 'All markets',
      market: `${entries.size} market entr${entries.size === 1 ? 'y' : 'ies'}`,
      generatedAt: kernel.now().toISOString(),
      chainId: verify.chainId,
      headHash: deps.signoff.headHash(),
      keyFingerprint: verify.key.fingerprint,
      verified: verifiedText(verify),
      portfolio: true,
      records: records.map((r) => {
        const item = items.get(r.itemId);
        const entry = entries.get(r.entryId);
        const names = item ? namesOf(item.id) : new Map<string, string>();
        const isApproval = r.decision === 'approve' || r.decision === 'approve_conditional';
        const latestApproval = isApproval && latest.get(r.itemId) === r.seq;
        return {
          ...r,
          itemTitle: subjectTitle(r, titles),
          entryName: entry?.name ?? '(entry deleted)',
          market: entry ? (countryName(entry.targetCountry) ?? entry.targetCountry) : '',
          evidence: r.evidenceHashes.map((h) => ({ name: names.get(h) ?? '(no longer attached)', hash: h })),
          stale: latestApproval && item?.staleReason ? item.staleReason : null,
        };
      }),
    };
  }

  return {
    model,

    async files(req: PackRequest): Promise<{ files: ExportFile[] }> {
      const m = model(req);
      const files: ExportFile[] = [];
      for (const format of [...new Set(req.formats)]) {
        const { bytes } = await deps.render({ kind: 'pack', model: m, format, fontsDir: deps.fontsDir });
        files.push({ fileName: exportFileName('portfolio', 'leadership-pack', req.asOf, format), mimeType: MIME[format], contentBase64: Buffer.from(bytes).toString('base64') });
      }
      return { files };
    },

    async register(req: PortfolioRegisterRequest): Promise<ExportFile> {
      const { bytes } = await deps.render({ kind: 'register', model: registerModel(), format: req.format, fontsDir: deps.fontsDir });
      return { fileName: exportFileName('portfolio', 'signoff-register', kernel.today(), req.format), mimeType: MIME[req.format], contentBase64: Buffer.from(bytes).toString('base64') };
    },
  };
}

export type LeadershipPackService = ReturnType<typeof leadershipPackService>;

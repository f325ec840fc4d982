/**
 * Who gets what: each service is given its own repo(s), the kernel (write, clock, ids, OS
 * user) and the few functions of other services it asks; nothing else. This is the one
 * place that sees the database and every repo. Services that ask each other both ways
 * (entries and checklists, evidence and sign-offs, …) are handed arrow functions, which
 * are only called once everything is built.
 */
import path from 'node:path';
import type Database from 'better-sqlite3';
import { auditRepo } from './repos/audit-repo';
import { checklistRepo } from './repos/checklist-repo';
import { efficiencyRepo } from './repos/efficiency-repo';
import { entriesRepo } from './repos/entries-repo';
import { evidenceRepo } from './repos/evidence-repo';
import { ledgerRepo } from './repos/ledger-repo';
import { libraryRepo } from './repos/library-repo';
import { planRepo } from './repos/plan-repo';
import { reviewRepo } from './repos/review-repo';
import { riskRepo } from './repos/risk-repo';
import { riskSettingsRepo } from './repos/risk-settings-repo';
import { planForecastRepo } from './repos/plan-forecast-repo';
import { portfolioSnapshotRepo } from './repos/portfolio-snapshot-repo';
import { settingsRepo } from './repos/settings-repo';
import { renderPool } from './export/render-pool';
import { createKernel, type KernelOptions } from './services/kernel';
import { auditService } from './services/audit-service';
import { calendarService } from './services/calendar-service';
import { checklistService } from './services/checklist-service';
import { efficiencyService } from './services/efficiency-service';
import { entriesService } from './services/entries-service';
import { evidenceService } from './services/evidence-service';
import { exportService } from './services/export-service';
import { libraryService } from './services/library-service';
import { planService } from './services/plan-service';
import { loadPlanTemplate } from './services/plan/template';
import { portfolioService } from './services/portfolio-service';
import { riskService } from './services/risk-service';
import { regionOf } from './reference/countries';
import { leadershipPackService } from './services/leadership-pack-service';
import type { RiskFiguresProvider } from '../../shared/portfolio-schema';
import { settingsService } from './services/settings-service';
import { signoffService } from './services/signoff-service';
import { fileKeyStore, type KeyStore } from './signing/key-store';

export interface ServicesOptions extends KernelOptions {
  dataDir: string;
  /** Folder holding requirements/, plan-templates/ and fonts/. */
  resourcesDir: string;
  /** A shipped pack or the user's plan template that could not be used. */
  onProblem(message: string): void;
  /** Custody of the ledger's signing key and verified head; default: key files in the data folder (browser mode, tests). */
  keyStore?: KeyStore;
}

export function createServices(db: Database.Database, opts: ServicesOptions) {
  const kernel = createKernel(db, opts);
  const template = loadPlanTemplate(path.join(opts.resourcesDir, 'plan-templates'), path.join(opts.dataDir, 'plan-templates'), opts.onProblem);

  const audit = auditService({ repo: auditRepo(db), kernel, actor: () => settings.actor() });
  const settings = settingsService({ repo: settingsRepo(db), kernel, audit: audit.record });
  const entries = entriesService({
    repo: entriesRepo(db),
    kernel,
    audit: audit.record,
    history: (id) => audit.entryHistory(id, { checklist_item: checklists.records(id).map((i) => i.id) }),
    checklist: { generate: (e) => checklists.generate(e), profileDiff: (a, b) => checklists.profileDiff(a, b), syncToEntry: (a, b) => checklists.syncToEntry(a, b) },
    plan: { create: (e) => plans.create(e), entryChanged: (a, b) => plans.entryChanged(a, b) },
    hasSignoffs: (id) => signoff.entryHasRecords(id),
  });
  const library = libraryService({
    repo: libraryRepo(db),
    kernel,
    audit: audit.record,
    entries: () => entries.list(true),
    checklist: {
      applicableFromList: (reqs, e) => checklists.applicableFromList(reqs, e),
      pinning: (id) => checklists.pinning(id),
      addRequirementItem: (entryId, r) => checklists.addRequirementItem(entryId, r),
    },
    onRequirementChanged: (itemId, reason) => signoff.markStale(itemId, reason),
    role: () => settings.signer().role,
  });
  const evidence = evidenceService({
    repo: evidenceRepo(db),
    kernel,
    audit: audit.record,
    dataDir: opts.dataDir,
    actor: settings.actor,
    requireItem: (id) => checklists.record(id),
    onChanged: (itemId, reason) => signoff.markStale(itemId, reason),
  });
  const checklists = checklistService({
    repo: checklistRepo(db),
    kernel,
    audit: audit.record,
    entry: (id) => entries.get(id),
    library: { requirements: () => library.requirements(), requirement: library.requirement, requirementsById: library.requirementsById, pack: library.pack, noneKnown: library.noneKnown },
    evidence: { forEntry: evidence.forEntry, forItem: evidence.forItem, forItems: evidence.forItems, itemHasEvidence: evidence.itemHasEvidence },
    plan: { itemTasks: (id) => plans.itemTasks(id), workCalendar: (id) => plans.workCalendar(id) },
    itemHasHistory: (id) => audit.hasHistory('checklist_item', id),
  });
  const signoff = signoffService({
    repo: ledgerRepo(db),
    review: reviewRepo(db),
    kernel,
    checklist: {
      record: checklists.record,
      views: checklists.views,
      inStatus: checklists.inStatus,
      setReviewOutcome: checklists.setReviewOutcome,
      markStale: checklists.markStale,
    },
    library: { requirement: library.requirement, pack: library.pack },
    evidence: {
      hashes: evidence.hashes,
      storedFileState: evidence.storedFileState,
      fileName: (itemId, sha256) => evidence.forItem(itemId).find((e) => e.sha256 === sha256)?.name,
    },
    settings: { signer: settings.signer, installationId: settings.installationId, ledgerKey: settings.ledgerKey, recordLedgerKey: settings.recordLedgerKey },
    keyStore: opts.keyStore ?? fileKeyStore(opts.dataDir),
  });
  const exportWorker = renderPool((err) => opts.onProblem(err instanceof Error ? err.message : String(err)));
  const plans = planService({
    repo: planRepo(db),
    forecasts: planForecastRepo(db),
    kernel,
    audit: audit.record,
    template,
    entry: (id) => entries.get(id),
    checklistItems: checklists.records,
    dueWithTasks: checklists.dueWithTasks,
    onChanged: (id) => risks.planChanged(id),
  });
  const exports = exportService({
    kernel,
    fontsDir: path.join(opts.resourcesDir, 'fonts'),
    render: exportWorker.render,
    entry: (id) => entries.get(id),
    entryNames: () => entries.list(true),
    plan: (id) => plans.view(id, null),
    checklist: {
      readinessPercent: (id) => checklists.readiness(id).percent,
      itemTitles: (id) => new Map(checklists.records(id).map((i) => [i.id, i.title])),
    },
    signoff: { verify: signoff.verify, headHash: signoff.headHash, recordsForEntry: signoff.recordsForEntry, signingKey: signoff.signingKey },
    efficiency: { comparison: (req) => efficiency.comparison(req), allMeasurements: () => efficiency.allMeasurements() },
    risks: (id) => risks.timelineRisks(id),
  });
  const efficiency = efficiencyService({
    repo: efficiencyRepo(db),
    kernel,
    audit: audit.record,
    actor: settings.actor,
    entry: (id, field) => entries.get(id, field),
    entries: (includeArchived) => entries.list(includeArchived),
  });
  // The register's figures per market, in the shape the dashboard and the pack read.
  const riskFigures: RiskFiguresProvider = (asOf) =>
    new Map(
      risks.portfolioFigures(asOf, 30).map((f) => [
        f.entryId,
        { critical: f.critical, high: f.high, aboveAppetite: f.aboveAppetite, acceptancesExpiring30d: f.acceptancesExpiringSoon, p50: f.p50, p80: f.p80 },
      ]),
    );
  const portfolio = portfolioService({
    snapshots: portfolioSnapshotRepo(db),
    kernel,
    audit: audit.record,
    entries: () => entries.list(false),
    counts: checklists.portfolioCounts,
    compliance: checklists.complianceCounts,
    liveConditions: signoff.liveConditionalApprovals,
    plans: { forecasts: plans.forecasts, refreshForecasts: plans.refreshForecasts },
    targets: settings.targets,
    actor: settings.actor,
    risks: riskFigures,
    efficiency: (list) => efficiency.portfolioFigures(list),
  });
  const pack = leadershipPackService({
    kernel,
    fontsDir: path.join(opts.resourcesDir, 'fonts'),
    render: exportWorker.render,
    portfolio: { packMarkets: portfolio.packMarkets, targets: settings.targets },
    timeline: exports.model,
    efficiency: (entryId) => efficiency.entryView(entryId),
    checklist: { records: checklists.records },
    evidence: { forItem: evidence.forItem },
    signoff: { verify: signoff.verify, headHash: signoff.headHash, allRecords: signoff.allRecords },
    entryNames: () => entries.list(true),
  });
  const calendars = calendarService({ entry: (id) => entries.get(id, 'id'), planCalendar: plans.workCalendar });
  const risks = riskService({
    repo: riskRepo(db),
    store: riskSettingsRepo(db),
    kernel,
    audit: audit.record,
    resourcesDir: opts.resourcesDir,
    entry: (id) => entries.get(id, 'entryId'),
    entries: (includeArchived) => entries.list(includeArchived),
    plan: { scheduleInput: plans.scheduleInput, view: (id) => plans.view(id, null), addTask: plans.addTask },
    checklistItems: checklists.records,
    calendarFacts: (id) => calendars.riskFacts(id),
    regionOf,
    signer: settings.signer,
    signoff: {
      appendAcceptance: ({ entryId, riskId, snapshot, rationale, expires }) =>
        signoff.appendRecord({ kind: 'risk_acceptance', entryId, subjectId: riskId, snapshot, decision: 'accept', comment: rationale, expiresOn: expires }),
      latestAcceptance: signoff.latestAcceptance,
      latestAcceptances: signoff.latestAcceptances,
    },
    onProblem: (err) => opts.onProblem(`Risk forecast not recomputed: ${err instanceof Error ? err.message : String(err)}`),
  });

  settings.ensureInstallation();
  signoff.ensureKey();
  risks.ensureMatrix();
  efficiency.syncCatalogue(path.join(opts.resourcesDir, 'metrics'), (message) => opts.onProblem(message));
  library.syncBuiltins(path.join(opts.resourcesDir, 'requirements'), (message) => opts.onProblem(`Built-in pack skipped: ${message}`));
  // Start-up housekeeping (reads never do it): conditional approvals that expired while the app was closed.
  signoff.sweepExpired();
  risks.sweepExpired();

  return { kernel, settings, entries, library, evidence, checklists, signoff, plans, exports, exportWorker, portfolio, pack, calendars, efficiency, risks };
}

export type Services = ReturnType<typeof createServices>;

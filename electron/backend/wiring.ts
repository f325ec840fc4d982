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
import { entriesRepo } from './repos/entries-repo';
import { evidenceRepo } from './repos/evidence-repo';
import { ledgerRepo } from './repos/ledger-repo';
import { libraryRepo } from './repos/library-repo';
import { planRepo } from './repos/plan-repo';
import { planForecastRepo } from './repos/plan-forecast-repo';
import { portfolioSnapshotRepo } from './repos/portfolio-snapshot-repo';
import { settingsRepo } from './repos/settings-repo';
import { createKernel, type KernelOptions } from './services/kernel';
import { auditService } from './services/audit-service';
import { calendarService } from './services/calendar-service';
import { checklistService } from './services/checklist-service';
import { entriesService } from './services/entries-service';
import { evidenceService } from './services/evidence-service';
import { exportService } from './services/export-service';
import { libraryService } from './services/library-service';
import { planService } from './services/plan-service';
import { loadPlanTemplate } from './services/plan/template';
import { portfolioService } from './services/portfolio-service';
import { leadershipPackService } from './services/leadership-pack-service';
import { settingsService } from './services/settings-service';
import { signoffService } from './services/signoff-service';

export interface ServicesOptions extends KernelOptions {
  dataDir: string;
  /** Folder holding requirements/, plan-templates/ and fonts/. */
  resourcesDir: string;
  /** A shipped pack or the user's plan template that could not be used. */
  onProblem(message: string): void;
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
    history: audit.history,
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
    library: { requirements: () => library.requirements(), requirement: library.requirement, pack: library.pack },
    evidence: { forEntry: evidence.forEntry, forItem: evidence.forItem, itemHasEvidence: evidence.itemHasEvidence },
    itemHasHistory: (id) => audit.hasHistory('checklist_item', id),
    sweepExpired: () => signoff.sweepExpired(),
  });
  const signoff = signoffService({
    repo: ledgerRepo(db),
    kernel,
    checklist: {
      record: checklists.record,
      item: checklists.item,
      inStatus: checklists.inStatus,
      setReviewOutcome: checklists.setReviewOutcome,
      markStale: checklists.markStale,
    },
    library: { requirement: library.requirement, pack: library.pack },
    evidenceHashes: evidence.hashes,
    settings: { signer: settings.signer, installationId: settings.installationId },
    entries: entries.list,
  });
  const plans = planService({ repo: planRepo(db), forecasts: planForecastRepo(db), kernel, audit: audit.record, template, entry: (id) => entries.get(id), checklistItems: checklists.records });
  const exports = exportService({
    kernel,
    fontsDir: path.join(opts.resourcesDir, 'fonts'),
    entry: (id) => entries.get(id),
    entryNames: () => entries.list(true),
    plan: (id) => plans.view(id, null),
    checklist: {
      readinessPercent: (id) => checklists.readiness(id).percent,
      itemTitles: (id) => new Map(checklists.records(id).map((i) => [i.id, i.title])),
    },
    signoff: { verify: signoff.verify, headHash: signoff.headHash, recordsForEntry: signoff.recordsForEntry },
  });
  const portfolio = portfolioService({
    snapshots: portfolioSnapshotRepo(db),
    kernel,
    audit: audit.record,
    entries: () => entries.list(false),
    counts: checklists.portfolioCounts,
    compliance: checklists.complianceCounts,
    sweepExpired: signoff.sweepExpired,
    liveConditions: signoff.liveConditionalApprovals,
    plans: { forecasts: plans.forecasts, refreshForecasts: plans.refreshForecasts },
    targets: settings.targets,
    actor: settings.actor,
    // replaced when the risk register / efficiency land
    risks: { portfolioFigures: () => new Map() },
    // replaced when the risk register / efficiency land
    efficiency: { portfolioFigures: () => new Map() },
  });
  const pack = leadershipPackService({
    kernel,
    fontsDir: path.join(opts.resourcesDir, 'fonts'),
    portfolio: { packMarkets: portfolio.packMarkets, targets: settings.targets },
    timeline: exports.model,
    checklist: { records: checklists.records },
    evidence: { forItem: evidence.forItem },
    signoff: { verify: signoff.verify, headHash: signoff.headHash, allRecords: signoff.allRecords },
    entryNames: () => entries.list(true),
  });
  const calendars = calendarService({ entry: (id) => entries.get(id, 'id') });

  settings.ensureInstallation();
  library.syncBuiltins(path.join(opts.resourcesDir, 'requirements'), (message) => opts.onProblem(`Built-in pack skipped: ${message}`));

  return { kernel, settings, entries, library, evidence, checklists, signoff, plans, exports, portfolio, pack, calendars };
}

export type Services = ReturnType<typeof createServices>;

/**
 * The portfolio's part of the API (spread into shared/contract.ts): the Portfolio table's
 * counts, leadership's dashboard in one call, snapshots, the leadership pack, the
 * portfolio-wide sign-off register and leadership's targets.
 */
import { z } from 'zod';
import { isoDate } from './entry-schema';
import { exportFile } from './export-schema';
import { method, nothing } from './contract-method';
import { dashboard, packFiles, packRequest, portfolioRegisterRequest, snapshotSummary, targets, targetsInput } from './portfolio-schema';

export const portfolioMethods = {
  'portfolio.summary': method(
    z.object({ today: isoDate }).strict(),
    z.array(
      z.object({
        entryId: z.string(),
        readinessPercent: z.number(),
        signedOff: z.number().int(),
        applicable: z.number().int(),
        open: z.number().int(),
        overdue: z.number().int(),
        blocked: z.number().int(),
        inReview: z.number().int(),
      }),
    ),
    "Per entry: readiness (signed-off ÷ applicable items) and counts of open, overdue (due before today), blocked and in-review items.",
  ),
  'portfolio.dashboard': method(
    z.object({ asOf: isoDate }).strict(),
    dashboard,
    "Leadership's dashboard in one answer: every market's row (health derived, readiness, forecast and P80 vs target, slip vs baseline, sign-offs, risks, efficiency, CSAT), the four tiles, the snapshot history and what changed since last month.",
  ),
  'portfolio.open': method(
    z.object({ today: isoDate }).strict(),
    z.object({ forecastsRefreshed: z.number().int(), snapshot: snapshotSummary.nullable() }),
    "What opening the app does: re-schedules plans whose stored forecast is out of date and takes the month's snapshot if it has not been taken yet.",
  ),
  'portfolio.takeSnapshot': method(z.object({ today: isoDate }).strict(), snapshotSummary, "Keep a snapshot of every market's figures now."),
  'export.leadershipPack': method(
    packRequest,
    packFiles,
    "The leadership pack for the chosen markets on an as-of date: a PDF (portfolio page, then one page per market), an XLSX of the same figures and one ICS of every market's milestones.",
  ),
  'export.portfolioRegister': method(portfolioRegisterRequest, exportFile, 'Every sign-off decision across all markets, evidence by file name and hash, stale approvals marked, as PDF or CSV.'),
  'settings.targets': method(nothing, targets, "Leadership's four targets (days to readiness, compliance, efficiency vs domestic, CSAT)."),
  'settings.updateTargets': method(targetsInput, targets, 'Set the four targets: days 1–730, percentages 0–100.'),
} as const;

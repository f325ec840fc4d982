/**
 * The risks table (migration 011): one row per risk, scores at three stages, controls and
 * treatments as JSON, and the ledger record of the acceptance in force (seq and expiry).
 * Lean reads for the portfolio (heat map rows, aggregate figures) parse no JSON.
 */
import type Database from 'better-sqlite3';
import type { RiskView } from '../../../shared/risk-schema';
import type { RiskLevel } from '../../../shared/risks/matrix-schema';
import type { RiskCategory, RiskStage } from '../../../shared/risks/risk-enums';

/** A risk as stored: the view without what is derived (levels, appetite, …) and with the acceptance in force as a ledger seq. */
export type RiskRecord = Omit<RiskView, 'levels' | 'travel' | 'appetite' | 'aboveAppetite' | 'reviewOverdue' | 'acceptance'> & {
  /** The ledger record of the acceptance in force (or that lapsed), or null. */
  acceptanceSeq: number | null;
  acceptanceExpires: string | null;
};

type Score = { likelihood: number; impact: number };

interface RiskRow {
  id: string;
  entry_id: string;
  template_id: string | null;
  title: string;
  cause: string;
  event: string;
  effect: string;
  category: RiskRecord['category'];
  workstream: RiskRecord['workstream'];
  owner: string;
  status: RiskRecord['status'];
  inherent_likelihood: number;
  inherent_impact: number;
  current_likelihood: number;
  current_impact: number;
  residual_likelihood: number;
  residual_impact: number;
  controls: string;
  response: RiskRecord['response'];
  treatments: string;
  target_level: RiskLevel | null;
  target_date: string | null;
  early_warning: string;
  schedule_min_days: number | null;
  schedule_likely_days: number | null;
  schedule_max_days: number | null;
  schedule_task_ids: string;
  cost_amount: number | null;
  cost_currency: string | null;
  last_review: string | null;
  next_review: string;
  acceptance_seq: number | null;
  acceptance_expires: string | null;
  matrix_id: string;
  matrix_version: string;
  version: number;
  created_at: string;
  updated_at: string;
}

const score = (l: number, i: number): Score => ({ likelihood: l, impact: i });

function toRecord(r: RiskRow): RiskRecord {
  return {
    id: r.id,
    entryId: r.entry_id,
    templateId: r.template_id,
    title: r.title,
    cause: r.cause,
    event: r.event,
    effect: r.effect,
    category: r.category,
    workstream: r.workstream,
    owner: r.owner,
    status: r.status,
    inherent: score(r.inherent_likelihood, r.inherent_impact),
    current: score(r.current_likelihood, r.current_impact),
    residual: score(r.residual_likelihood, r.residual_impact),
    controls: JSON.parse(r.controls) as RiskRecord['controls'],
    response: r.response,
    treatments: JSON.parse(r.treatments) as RiskRecord['treatments'],
    targetLevel: r.target_level,
    targetDate: r.target_date,
    earlyWarning: r.early_warning,
    scheduleImpact:
      r.schedule_min_days === null
        ? null
        : { minDays: r.schedule_min_days, likelyDays: r.schedule_likely_days!, maxDays: r.schedule_max_days!, taskIds: JSON.parse(r.schedule_task_ids) as string[] },
    costImpact: r.cost_amount === null ? null : { amount: r.cost_amount, currency: r.cost_currency! },
    lastReview: r.last_review,
    nextReview: r.next_review,
    acceptanceSeq: r.acceptance_seq,
    acceptanceExpires: r.acceptance_expires,
    matrixId: r.matrix_id,
    matrixVersion: r.matrix_version,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toRow(r: RiskRecord): RiskRow {
  return {
    id: r.id,
    entry_id: r.entryId,
    template_id: r.templateId,
    title: r.title,
    cause: r.cause,
    event: r.event,
    effect: r.effect,
    category: r.category,
    workstream: r.workstream,
    owner: r.owner,
    status: r.status,
    inherent_likelihood: r.inherent.likelihood,
    inherent_impact: r.inherent.impact,
    current_likelihood: r.current.likelihood,
    current_impact: r.current.impact,
    residual_likelihood: r.residual.likelihood,
    residual_impact: r.residual.impact,
    controls: JSON.stringify(r.controls),
    response: r.response,
    treatments: JSON.stringify(r.treatments),
    target_level: r.targetLevel,
    target_date: r.targetDate,
    early_warning: r.earlyWarning,
    schedule_min_days: r.scheduleImpact?.minDays ?? null,
    schedule_likely_days: r.scheduleImpact?.likelyDays ?? null,
    schedule_max_days: r.scheduleImpact?.maxDays ?? null,
    schedule_task_ids: JSON.stringify(r.scheduleImpact?.taskIds ?? []),
    cost_amount: r.costImpact?.amount ?? null,
    cost_currency: r.costImpact?.currency ?? null,
    last_review: r.lastReview,
    next_review: r.nextReview,
    acceptance_seq: r.acceptanceSeq,
    acceptance_expires: r.acceptanceExpires,
    matrix_id: r.matrixId,
    matrix_version: r.matrixVersion,
    version: r.version,
    created_at: r.createdAt,
    updated_at: r.updatedAt,
  };
}

const COLUMNS = Object.keys(toRow({ inherent: {}, current: {}, residual: {} } as RiskRecord)) as (keyof RiskRow)[];
const LIVE = "status NOT IN ('closed', 'became_issue')";

/** A live risk on the heat map: where it sits at each stage (no JSON parsed). */
export interface RiskCellRow {
  id: string;
  entryId: string;
  title: string;
  category: RiskCategory;
  inherent: Score;
  current: Score;
  residual: Score;
}

/** Live risks of one entry counted by category and current score, with acceptances expiring in a window and overdue reviews. */
export interface RiskFigureRow {
  entryId: string;
  category: RiskCategory;
  current: Score;
  risks: number;
  expiringAcceptances: number;
  overdueReviews: number;
}

/** The score columns of each stage (fixed names: the stage is an enum, never user text). */
const STAGE_COLUMNS = {
  inherent: ['inherent_likelihood', 'inherent_impact'],
  current: ['current_likelihood', 'current_impact'],
  residual: ['residual_likelihood', 'residual_impact'],
} as const;

type CellRow = { id: string; entry_id: string; title: string; category: RiskCategory; il: number; ii: number; cl: number; ci: number; rl: number; ri: number };
const CELL_COLUMNS = `id, entry_id, title, category, inherent_likelihood AS il, inherent_impact AS ii, current_likelihood AS cl, current_impact AS ci, residual_likelihood AS rl, residual_impact AS ri`;

function toCell(r: CellRow): RiskCellRow {
  return { id: r.id, entryId: r.entry_id, title: r.title, category: r.category, inherent: score(r.il, r.ii), current: score(r.cl, r.ci), residual: score(r.rl, r.ri) };
}

/** Live risks of the entries in `@entries` (a JSON array), of `@category` when it is not null. */
const PORTFOLIO_LIVE = `status NOT IN ('closed', 'became_issue') AND entry_id IN (SELECT value FROM json_each(@entries)) AND (@category IS NULL OR category = @category)`;

export function riskRepo(db: Database.Database) {
  const writeCount = db.prepare('SELECT total_changes() AS n');
  const insert = db.prepare(`INSERT INTO risks (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')})`);
  const fixed = new Set(['id', 'entry_id', 'created_at']);
  const update = db.prepare(`UPDATE risks SET ${COLUMNS.filter((c) => !fixed.has(c)).map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id AND version = @expected`);
  const get = db.prepare<[string], RiskRow>('SELECT * FROM risks WHERE id = ?');
  const forEntry = db.prepare<[string], RiskRow>('SELECT * FROM risks WHERE entry_id = ? ORDER BY created_at, rowid');
  const del = db.prepare<[string]>('DELETE FROM risks WHERE id = ?');
  const templateIds = db.prepare<[string], { template_id: string }>('SELECT template_id FROM risks WHERE entry_id = ? AND template_id IS NOT NULL');
  const expiredAccepted = db.prepare<[string], RiskRow>("SELECT * FROM risks WHERE status = 'accepted' AND acceptance_seq IS NOT NULL AND acceptance_expires < ?");
  const lapsed = db.prepare<[string], RiskRow>(`SELECT * FROM risks WHERE acceptance_seq IS NOT NULL AND acceptance_expires < ? AND status <> 'accepted' AND ${LIVE} ORDER BY acceptance_expires, rowid`);
  const overdue = db.prepare<[string], { id: string; entry_id: string; title: string; owner: string; next_review: string; cl: number; ci: number }>(
    `SELECT id, entry_id, title, owner, next_review, current_likelihood AS cl, current_impact AS ci FROM risks WHERE next_review < ? AND ${LIVE} ORDER BY next_review, rowid`,
  );
  const cellsOf = db.prepare<[string], CellRow>(`SELECT ${CELL_COLUMNS} FROM risks WHERE ${LIVE} AND entry_id = ? ORDER BY created_at, rowid`);
  const cellsAll = db.prepare<[], CellRow>(`SELECT ${CELL_COLUMNS} FROM risks WHERE ${LIVE} ORDER BY entry_id, created_at, rowid`);
  type Scope = { entries: string; category: string | null };
  type PortfolioArgs = Scope & { per: number };
  const portfolio = Object.fromEntries(
    Object.entries(STAGE_COLUMNS).map(([stage, [l, i]]) => [
      stage,
      {
        counts: db.prepare<Scope, { l: number; i: number; n: number }>(`SELECT ${l} AS l, ${i} AS i, count(*) AS n FROM risks WHERE ${PORTFOLIO_LIVE} GROUP BY 1, 2`),
        firsts: db.prepare<PortfolioArgs, CellRow>(
          `SELECT ${CELL_COLUMNS} FROM (SELECT *, row_number() OVER (PARTITION BY ${l}, ${i} ORDER BY title COLLATE NOCASE, id) AS k FROM risks WHERE ${PORTFOLIO_LIVE}) WHERE k <= @per`,
        ),
      },
    ]),
  ) as Record<RiskStage, { counts: Database.Statement<Scope, { l: number; i: number; n: number }>; firsts: Database.Statement<PortfolioArgs, CellRow> }>;
  const figures = db.prepare<
    { today: string; until: string },
    { entry_id: string; category: RiskCategory; cl: number; ci: number; n: number; expiring: number; overdue: number }
  >(
    `SELECT entry_id, category, current_likelihood AS cl, current_impact AS ci, count(*) AS n,
       sum(status = 'accepted' AND acceptance_expires BETWEEN @today AND @until) AS expiring,
       sum(next_review < @today) AS overdue
     FROM risks WHERE ${LIVE} GROUP BY entry_id, category, current_likelihood, current_impact`,
  );

  return {
    insert(r: RiskRecord): void {
      insert.run(toRow(r));
    },
    /** Writes `r` over the stored row only if that row is still at `expected`; false when someone else got there first. */
    update(r: RiskRecord, expected: number): boolean {
      return update.run({ ...toRow(r), expected }).changes === 1;
    },
    get(id: string): RiskRecord | undefined {
      const r = get.get(id);
      return r ? toRecord(r) : undefined;
    },
    forEntry(entryId: string): RiskRecord[] {
      return forEntry.all(entryId).map(toRecord);
    },
    delete(id: string): void {
      del.run(id);
    },
    templateIds(entryId: string): string[] {
      return templateIds.all(entryId).map((r) => r.template_id);
    },
    /** Accepted risks whose acceptance ran out before `today` (the sweep reopens them). */
    expiredAcceptances(today: string): RiskRecord[] {
      return expiredAccepted.all(today).map(toRecord);
    },
    /** Live risks, not accepted again, whose acceptance lapsed before `today`: the approvers' queue. */
    lapsedAcceptances(today: string): RiskRecord[] {
      return lapsed.all(today).map(toRecord);
    },
    /** Live risks whose next review is before `today`, oldest first (no JSON parsed). */
    overdue(today: string): { id: string; entryId: string; title: string; owner: string; nextReview: string; current: Score }[] {
      return overdue.all(today).map((r) => ({ id: r.id, entryId: r.entry_id, title: r.title, owner: r.owner, nextReview: r.next_review, current: score(r.cl, r.ci) }));
    },
    /** Live risks where they sit on the matrix: of one entry, or (null) of all. */
    cells(entryId: string | null): RiskCellRow[] {
      return (entryId === null ? cellsAll.all() : cellsOf.all(entryId)).map(toCell);
    },
    /**
     * The portfolio heat map in two queries: live risks of `entryIds` (of `category`, if given)
     * counted per cell at `stage`, and the first `perCell` of each cell by title.
     */
    portfolioCells(stage: RiskStage, entryIds: readonly string[], category: RiskCategory | null, perCell: number) {
      const scope = { entries: JSON.stringify(entryIds), category };
      const q = portfolio[stage];
      return {
        counts: q.counts.all(scope).map((c) => ({ likelihood: c.l, impact: c.i, count: c.n })),
        risks: q.firsts.all({ ...scope, per: perCell }).map(toCell),
      };
    },
    /** How many rows this connection has written since it opened: a figure read twice with no write between is the same. */
    writeCount(): number {
      return (writeCount.get() as { n: number }).n;
    },
    /** One aggregate query over every live risk (the portfolio figures). */
    figures(today: string, until: string): RiskFigureRow[] {
      return figures.all({ today, until }).map((r) => ({
        entryId: r.entry_id,
        category: r.category,
        current: score(r.cl, r.ci),
        risks: r.n,
        expiringAcceptances: r.expiring,
        overdueReviews: r.overdue,
      }));
    },
  };
}

export type RiskRepo = ReturnType<typeof riskRepo>;

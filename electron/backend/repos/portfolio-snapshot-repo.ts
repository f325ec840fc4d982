/** Snapshots of every market's figures: one monthly per month, and any taken on demand. */
import type Database from 'better-sqlite3';
import type { SnapshotFigures } from '../../../shared/portfolio-schema';
import { snapshotFigures } from '../../../shared/portfolio-schema';

export interface SnapshotRecord {
  id: string;
  takenOn: string;
  month: string;
  kind: 'monthly' | 'on_demand';
  takenAt: string;
  takenBy: string;
  figures: SnapshotFigures;
}

interface SnapshotRow {
  id: string;
  taken_on: string;
  month: string;
  kind: 'monthly' | 'on_demand';
  taken_at: string;
  taken_by: string;
  figures: string;
}

const toRecord = (r: SnapshotRow): SnapshotRecord => ({
  id: r.id,
  takenOn: r.taken_on,
  month: r.month,
  kind: r.kind,
  takenAt: r.taken_at,
  takenBy: r.taken_by,
  figures: snapshotFigures.parse(JSON.parse(r.figures)),
});

export function portfolioSnapshotRepo(db: Database.Database) {
  const insert = db.prepare(`INSERT INTO portfolio_snapshots (id, taken_on, month, kind, taken_at, taken_by, figures)
    VALUES (@id, @taken_on, @month, @kind, @taken_at, @taken_by, @figures)`);
  const monthly = db.prepare<[string], { n: number }>("SELECT count(*) AS n FROM portfolio_snapshots WHERE kind = 'monthly' AND month = ?");
  const recent = db.prepare<[number], SnapshotRow>('SELECT * FROM (SELECT rowid AS n, * FROM portfolio_snapshots ORDER BY taken_on DESC, taken_at DESC, n DESC LIMIT ?) ORDER BY taken_on, taken_at, n');
  const before = db.prepare<[string], SnapshotRow>('SELECT * FROM portfolio_snapshots WHERE month < ? ORDER BY taken_on DESC, taken_at DESC, rowid DESC LIMIT 1');

  return {
    insert(s: SnapshotRecord): void {
      insert.run({ id: s.id, taken_on: s.takenOn, month: s.month, kind: s.kind, taken_at: s.takenAt, taken_by: s.takenBy, figures: JSON.stringify(s.figures) });
    },
    hasMonthly: (month: string): boolean => monthly.get(month)!.n > 0,
    /** The latest `limit` snapshots, oldest first. */
    recent: (limit: number): SnapshotRecord[] => recent.all(limit).map(toRecord),
    /** The latest snapshot taken in a month before `month`. */
    latestBefore(month: string): SnapshotRecord | undefined {
      const r = before.get(month);
      return r ? toRecord(r) : undefined;
    },
  };
}

export type PortfolioSnapshotRepo = ReturnType<typeof portfolioSnapshotRepo>;

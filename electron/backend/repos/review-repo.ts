/**
 * Counsel's queue, read in pages: checklist items of active entries joined with their
 * entry and their latest ledger record, filtered, counted and sorted in SQL. Read-only;
 * the sign-off service owns it. One statement per (tab, filters, sort) shape, prepared once.
 */
import type Database from 'better-sqlite3';
import { DEFAULT_REVIEW_SORT, type LatestDecision, type MarketCount, type QueueQuery, type ReviewCounts, type ReviewSort, type ReviewView } from '../../../shared/signoff-schema';
import { CATEGORY_LABELS } from '../../../shared/vocabulary/requirements';
import { toItem, type ItemRecord, type ItemRow } from './checklist-repo';

/** Which rows each tab holds (`i` the item, `l` its latest ledger record, or null). */
const VIEW_WHERE: Record<ReviewView, string> = {
  pending: "i.status = 'in_review'",
  approved: "i.status = 'signed_off'",
  conditional: "i.status = 'signed_off' AND l.decision = 'approve_conditional'",
  rejected: "i.status <> 'in_review' AND i.status <> 'signed_off' AND l.decision = 'reject'",
};

/** Categories in the order of their labels, as the screen names them. */
const CATEGORY_ORDER = `CASE i.category ${Object.entries(CATEGORY_LABELS)
  .sort((a, b) => a[1].localeCompare(b[1], 'en'))
  .map(([key], n) => `WHEN '${key}' THEN ${n}`)
  .join(' ')} ELSE 99 END`;

/** Sort keys; undated items and items without a decision go last when ascending. */
const SORT_SQL: Record<ReviewSort, string[]> = {
  dueDate: ["coalesce(i.due_date, '9999-12-31')"],
  title: ['i.title COLLATE NOCASE'],
  market: ['e.name COLLATE NOCASE', 'e.target_country'],
  category: [CATEGORY_ORDER],
  evidence: ['(SELECT count(*) FROM evidence ev WHERE ev.item_id = i.id)'],
  decidedAt: ["coalesce(l.at, '9999')"],
  expires: ["coalesce(l.condition_expires, '9999-12-31')"],
};


const ITEMS = `
  FROM checklist_items i
  JOIN entries e ON e.id = i.entry_id AND e.archived = 0`;
/** The latest ledger record per item: joined only when the tab filters on it or the sort needs it. */
const LATEST = `
  LEFT JOIN signoff_ledger l ON l.seq = (SELECT max(m.seq) FROM signoff_ledger m WHERE m.item_id = i.id)`;
const NEEDS_LATEST: ReadonlySet<string> = new Set(['conditional', 'rejected', 'decidedAt', 'expires']);

interface QueueRow extends ItemRow {
  entry_name: string;
  entry_country: string;
}

interface LatestRow {
  item_id: string;
  seq: number;
  decision: LatestDecision['decision'];
  at: string;
  signer_name: string;
  comment: string;
  condition_text: string | null;
  condition_expires: string | null;
}

export interface QueueRecord {
  item: ItemRecord;
  entryName: string;
  entryCountry: string;
  latest: LatestDecision | null;
}

function filterSql(q: Pick<QueueQuery, 'market' | 'text'>): string {
  let where = '';
  if (q.market) where += ' AND i.entry_id = @market';
  if (q.text) where += " AND (i.title LIKE @text ESCAPE '\\' OR e.name LIKE @text ESCAPE '\\')";
  return where;
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
}

export function reviewRepo(db: Database.Database) {
  const statements = new Map<string, Database.Statement>();
  const prepared = (key: string, sql: string) => {
    let s = statements.get(key);
    if (!s) {
      s = db.prepare(sql);
      statements.set(key, s);
    }
    return s;
  };

  const latestOf = db.prepare<[string], LatestRow>(`
    SELECT item_id, seq, decision, at, signer_name, comment, condition_text, condition_expires FROM signoff_ledger
    WHERE seq IN (SELECT max(seq) FROM signoff_ledger WHERE item_id IN (SELECT value FROM json_each(?)) GROUP BY item_id)`);
  const pendingByMarket = db.prepare<[], { entry_id: string; entry_name: string; entry_country: string; n: number; stale: number }>(`
    SELECT e.id AS entry_id, e.name AS entry_name, e.target_country AS entry_country, count(*) AS n, count(i.stale_reason) AS stale
    FROM checklist_items i JOIN entries e ON e.id = i.entry_id AND e.archived = 0
    WHERE i.status = 'in_review'
    GROUP BY e.id ORDER BY e.name COLLATE NOCASE, e.id`);
  const signedOff = db.prepare<[], { n: number }>(`
    SELECT count(*) AS n FROM checklist_items i JOIN entries e ON e.id = i.entry_id AND e.archived = 0 WHERE i.status = 'signed_off'`);
  const latestIs = db.prepare<[string], { signed: number; other: number }>(`
    SELECT coalesce(sum(i.status = 'signed_off'), 0) AS signed, coalesce(sum(i.status <> 'signed_off' AND i.status <> 'in_review'), 0) AS other
    FROM signoff_ledger l
    JOIN checklist_items i ON i.id = l.item_id
    JOIN entries e ON e.id = i.entry_id AND e.archived = 0
    WHERE l.decision = ? AND l.seq = (SELECT max(m.seq) FROM signoff_ledger m WHERE m.item_id = l.item_id)`);

  return {
    /** One page of a tab, and how many rows the tab holds with these filters. */
    page(q: QueueQuery): { rows: QueueRecord[]; total: number } {
      const where = `WHERE ${VIEW_WHERE[q.view]}${filterSql(q)}`;
      const sort = q.sort ?? DEFAULT_REVIEW_SORT[q.view];
      const dir = sort.desc ? 'DESC' : 'ASC';
      const order = SORT_SQL[sort.by]
        .map((k) => `${k} ${dir}`)
        .join(', ');
      const params: Record<string, unknown> = { limit: q.pageSize, offset: (q.page - 1) * q.pageSize };
      if (q.market) params.market = q.market;
      if (q.text) params.text = likePattern(q.text);
      const from = ITEMS + (NEEDS_LATEST.has(q.view) || NEEDS_LATEST.has(sort.by) ? LATEST : '');
      const count = prepared(`count:${from}:${where}`, `SELECT count(*) AS n ${from} ${where}`);
      const { limit: _l, offset: _o, ...countParams } = params;
      const total = (count.get(countParams) as { n: number }).n;
      const select = prepared(
        `rows:${from}:${where}:${sort.by}:${dir}`,
        `SELECT i.*, e.name AS entry_name, e.target_country AS entry_country ${from} ${where} ORDER BY ${order}, i.id ${dir} LIMIT @limit OFFSET @offset`,
      );
      const page = select.all(params) as QueueRow[];
      // The page's latest decisions in one more query (not one per row).
      const latest = new Map(latestOf.all(JSON.stringify(page.map((r) => r.id))).map((l) => [l.item_id, l]));
      const rows = page.map((r) => {
        const l = latest.get(r.id);
        return {
          item: toItem(r),
          entryName: r.entry_name,
          entryCountry: r.entry_country,
          latest: l
            ? { seq: l.seq, decision: l.decision, at: l.at, signerName: l.signer_name, comment: l.comment, conditionText: l.condition_text, conditionExpires: l.condition_expires }
            : null,
        };
      });
      return { rows, total };
    },

    /** The tabs' counts and pending items per market, in four grouped queries. */
    counts(): ReviewCounts {
      const markets = pendingByMarket.all();
      const pendingByMarketList: MarketCount[] = markets.map((m) => ({ entryId: m.entry_id, entryName: m.entry_name, entryCountry: m.entry_country, count: m.n }));
      const conditional = latestIs.get('approve_conditional')!;
      const rejected = latestIs.get('reject')!;
      return {
        pending: markets.reduce((n, m) => n + m.n, 0),
        stale: markets.reduce((n, m) => n + m.stale, 0),
        approved: signedOff.get()!.n,
        conditional: conditional.signed,
        rejected: rejected.other,
        pendingByMarket: pendingByMarketList,
      };
    },
  };
}

export type ReviewRepo = ReturnType<typeof reviewRepo>;

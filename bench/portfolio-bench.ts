/**
 * Leadership's dashboard in the bench: six months of efficiency measurements per entry and for
 * the home market (what the index and CSAT columns read), the first open of a month (every
 * plan's stored forecast refreshed, the month's snapshot taken), and `portfolio.dashboard`
 * beside a floor that reads the same figures by hand on a raw read-only connection.
 */
import type Database from 'better-sqlite3';
import type { Backend } from '../electron/backend/index';
import { efficiencyRepo } from '../electron/backend/repos/efficiency-repo';
import { ledgerRepo } from '../electron/backend/repos/ledger-repo';
import { addDays } from '../shared/domain/iso-date';
import { compliancePercentOf, DEFAULT_TARGETS, expiringWithin, healthOf, portfolioTiles, type MarketFigures } from '../shared/domain/portfolio-targets';
import { portfolioFigure, type FigureMeasurement } from '../shared/efficiency/efficiency-figures';
import type { StoredMeasurement } from '../shared/efficiency/efficiency-schema';
import type { Measure } from './harness';
import type { Seeder } from './generate';

const MONTHS = 6;
const METRICS = [
  ['first_response_time', 4, 0.6],
  ['uptime', 99.9, 0.3],
  ['csat', 90, 6],
] as const;

/** Six monthly measurements of three metrics (one of them CSAT) for every entry and its home market. */
export const efficiencySeeder: Seeder = {
  name: 'measurements',
  seed({ db, services, entries, random, today }) {
    const repo = efficiencyRepo(db);
    const at = `${today}T08:00:00.000Z`;
    let rows = 0;
    const months = Array.from({ length: MONTHS }, (_, k) => {
      const end = addDays(`${today.slice(0, 7)}-01`, -1 - 31 * k);
      return { start: `${end.slice(0, 7)}-01`, end };
    });
    const add = (market: string, metricId: string, value: number, p: { start: string; end: string }) => {
      const m: StoredMeasurement = { id: services.kernel.newId(), metricId, market, periodStart: p.start, periodEnd: p.end, value, currency: null, fxRate: null, fxCurrency: null, sourceNote: 'bench', recordedBy: 'bench', osUser: 'bench', version: 1, createdAt: at, updatedAt: at };
      repo.insertMeasurement(m);
      rows++;
    };
    for (const p of months) for (const [metric, base] of METRICS) add('US', metric, base, p);
    for (const e of entries) {
      for (const p of months) for (const [metric, base, spread] of METRICS) add(e.id, metric, Math.max(0, base + (random() - 0.5) * 2 * spread), p);
    }
    return { rows };
  },
};

export interface DashboardBenchInput {
  backend: Backend;
  raw: Database.Database;
  today: string;
  call(m: 'portfolio.dashboard' | 'portfolio.open', input: unknown): Promise<unknown>;
}

/** The first open of a month, timed once: every plan re-scheduled (they were all marked stale) and the snapshot taken. */
export async function firstOpen({ call, today }: Pick<DashboardBenchInput, 'call' | 'today'>): Promise<{ ms: number; refreshed: number }> {
  const t = performance.now();
  const r = (await call('portfolio.open', { today })) as { forecastsRefreshed: number };
  return { ms: performance.now() - t, refreshed: r.forecastsRefreshed };
}

export function dashboardMeasure({ raw, today, call }: DashboardBenchInput): Measure {
  const rows = raw.prepare(`
    SELECT e.id, e.name, e.target_country, e.status, e.start_date, e.target_date, e.target_days, e.profile,
           c.signed_off, c.todo + c.in_progress + c.in_review + c.blocked + c.signed_off AS applicable, c.in_review,
           (SELECT count(*) FROM checklist_items i WHERE i.entry_id = e.id AND i.status IN ('todo', 'in_progress', 'in_review', 'blocked') AND i.due_date < @today) AS overdue,
           f.forecast_finish, f.ready_on, f.business_days_past_target, f.baseline_slip_days, f.critical_late
    FROM entries e LEFT JOIN entry_item_counts c ON c.entry_id = e.id LEFT JOIN plan_forecasts f ON f.entry_id = e.id
    WHERE e.archived = 0`);
  const later = raw.prepare(`SELECT i.entry_id, sum(i.status = 'signed_off') AS signed, count(*) AS applicable FROM checklist_items i CROSS JOIN entries e ON e.id = i.entry_id
    WHERE i.status <> 'not_applicable' AND i.applies_from > '' AND i.applies_from > e.target_date GROUP BY i.entry_id`);
  const library = raw.prepare('SELECT entry_id, applicable, signed_off AS signed FROM entry_requirement_counts');
  const notInForce = raw.prepare(`SELECT entry_id, sum(status <> 'not_applicable') AS applicable, sum(status = 'signed_off') AS signed FROM checklist_items
    WHERE applies_from IS NOT NULL AND applies_from > @today AND requirement_id IS NOT NULL GROUP BY entry_id`);
  const reviewOverdue = raw.prepare(`SELECT entry_id, count(*) AS n FROM checklist_items WHERE status = 'in_review' AND due_date < @today GROUP BY entry_id`);
  const ledger = ledgerRepo(raw);
  const eff = efficiencyRepo(raw);
  const history = raw.prepare('SELECT * FROM portfolio_snapshots ORDER BY taken_on DESC, taken_at DESC LIMIT 24');
  type Row = { id: string; name: string; start_date: string; target_date: string; profile: string; signed_off: number; applicable: number; forecast_finish: string | null; ready_on: string | null; critical_late: number | null };
  type Sum = { entry_id: string; signed: number; applicable: number };

  return {
    name: "Leadership's dashboard (portfolio.dashboard, 1,000 entries: health, forecasts, compliance, sign-offs, efficiency, tiles)",
    floorIs:
      'one query of entries with their kept counts and stored forecasts, the kept library counts, the later-duty, not-in-force, overdue-review and expiring-condition queries, the measurements grouped by market; health and tiles by the same pure functions',
    budget: { maxMs: 50, maxP95Ms: 50 },
    rounds: 30,
    app: () => call('portfolio.dashboard', { asOf: today }),
    floor: () => {
      const byId = <T extends { entry_id: string }>(xs: T[]) => new Map(xs.map((x) => [x.entry_id, x]));
      const l = byId(later.all() as Sum[]);
      const nf = byId(notInForce.all({ today }) as Sum[]);
      const lib = byId(library.all() as Sum[]);
      const ro = new Map((reviewOverdue.all({ today }) as { entry_id: string; n: number }[]).map((r) => [r.entry_id, r.n]));
      const conditions = new Map<string, string[]>();
      for (const c of ledger.liveConditionalApprovals(today, addDays(today, 30))) conditions.set(c.entryId, [...(conditions.get(c.entryId) ?? []), c.expires]);
      const metrics = eff.metrics();
      const byMarket = new Map<string, FigureMeasurement[]>();
      for (const m of eff.figureMeasurements()) {
        const list = byMarket.get(m.market);
        if (list) list.push(m);
        else byMarket.set(m.market, [m]);
      }
      const figures: MarketFigures[] = (rows.all({ today }) as Row[]).map((r) => {
        JSON.parse(r.profile);
        const n = nf.get(r.id);
        const e = portfolioFigure(metrics, byMarket.get('US') ?? [], byMarket.get(r.id) ?? []);
        const m: MarketFigures = {
          entryId: r.id,
          name: r.name,
          startDate: r.start_date,
          targetDate: r.target_date,
          readyOn: r.ready_on,
          forecast: r.forecast_finish,
          p80: null,
          applicableInForce: (lib.get(r.id)?.applicable ?? 0) - (n?.applicable ?? 0),
          approvedInForce: (lib.get(r.id)?.signed ?? 0) - (n?.signed ?? 0),
          overdueSignoffs: ro.get(r.id) ?? 0,
          criticalLate: r.critical_late ?? 0,
          risksAboveAppetite: 0,
          efficiencyIndex: e.index,
          satisfaction: e.satisfaction,
        };
        return Object.assign(m, {
          health: healthOf(m),
          compliance: compliancePercentOf(m),
          readiness: ((r.signed_off ?? 0) - (l.get(r.id)?.signed ?? 0)) / Math.max(1, (r.applicable ?? 0) - (l.get(r.id)?.applicable ?? 0)),
          expiring: expiringWithin(conditions.get(r.id) ?? [], today, 30),
        });
      });
      return { tiles: portfolioTiles(figures, DEFAULT_TARGETS), figures, history: history.all() };
    },
  };
}

import type { Migration } from './index';

const date = (col: string) => `CHECK (${col} = date(${col}, '+0 days'))`;
const dateOrNull = (col: string) => `CHECK (${col} IS NULL OR ${col} = date(${col}, '+0 days'))`;

/**
 * Leadership's portfolio: each plan's latest forecast kept beside it (written in the plan
 * service's write path, so the dashboard reads one row per plan instead of scheduling every
 * plan), and the monthly / on-demand snapshots of every market's figures.
 * Changes made outside the plan's own writes (an item's status, the entry's dates) mark the
 * stored forecast dirty through triggers; the next refresh re-schedules those plans. The
 * dashboard's other figures are read without scanning the items: library requirements per
 * entry are counted by triggers, duties that apply later are found through a partial index.
 */
export const m012Portfolio: Migration = {
  version: 12,
  name: 'portfolio forecasts and snapshots',
  sql: `
CREATE TABLE plan_forecasts (
  entry_id TEXT PRIMARY KEY REFERENCES entries (id) ON DELETE CASCADE,
  computed_at TEXT NOT NULL,
  status_date TEXT NOT NULL ${date('status_date')},
  -- 1 when the plan's status date follows today (so the stored forecast ages with the calendar).
  status_date_follows_today INTEGER NOT NULL CHECK (status_date_follows_today IN (0, 1)),
  forecast_finish TEXT NOT NULL ${date('forecast_finish')},
  ready_on TEXT ${dateOrNull('ready_on')},
  business_days_past_target INTEGER NOT NULL,
  baseline_slip_days INTEGER,
  critical_late INTEGER NOT NULL DEFAULT 0 CHECK (critical_late >= 0),
  dirty INTEGER NOT NULL DEFAULT 0 CHECK (dirty IN (0, 1))
) STRICT;

CREATE TRIGGER plan_forecast_dirty_item AFTER UPDATE OF status ON checklist_items WHEN OLD.status <> NEW.status BEGIN
  UPDATE plan_forecasts SET dirty = 1 WHERE entry_id = NEW.entry_id AND dirty = 0;
END;

CREATE TRIGGER plan_forecast_dirty_entry AFTER UPDATE OF start_date, target_date, target_country ON entries BEGIN
  UPDATE plan_forecasts SET dirty = 1 WHERE entry_id = NEW.id AND dirty = 0;
END;

CREATE TRIGGER plan_forecast_dirty_baseline AFTER INSERT ON plan_baselines BEGIN
  UPDATE plan_forecasts SET dirty = 1 WHERE entry_id = NEW.entry_id AND dirty = 0;
END;

CREATE TABLE portfolio_snapshots (
  id TEXT PRIMARY KEY,
  taken_on TEXT NOT NULL ${date('taken_on')},
  month TEXT NOT NULL CHECK (month = substr(taken_on, 1, 7)),
  kind TEXT NOT NULL CHECK (kind IN ('monthly', 'on_demand')),
  taken_at TEXT NOT NULL,
  taken_by TEXT NOT NULL,
  figures TEXT NOT NULL CHECK (json_valid(figures))
) STRICT;

-- One monthly snapshot per month; on-demand ones as often as asked.
CREATE UNIQUE INDEX snapshots_one_per_month ON portfolio_snapshots (month) WHERE kind = 'monthly';
CREATE INDEX snapshots_by_day ON portfolio_snapshots (taken_on, taken_at);

-- Library requirements per entry (applicable, signed off), kept by triggers as entry_item_counts
-- keeps every item: compliance in force is these less the few duties that apply only later.
CREATE TABLE entry_requirement_counts (
  entry_id TEXT PRIMARY KEY REFERENCES entries (id) ON DELETE CASCADE,
  applicable INTEGER NOT NULL DEFAULT 0 CHECK (applicable >= 0),
  signed_off INTEGER NOT NULL DEFAULT 0 CHECK (signed_off >= 0)
) STRICT;

INSERT INTO entry_requirement_counts (entry_id, applicable, signed_off)
  SELECT entry_id, sum(status <> 'not_applicable'), sum(status = 'signed_off') FROM checklist_items WHERE requirement_id IS NOT NULL GROUP BY entry_id;

CREATE TRIGGER requirement_counts_insert AFTER INSERT ON checklist_items WHEN NEW.requirement_id IS NOT NULL BEGIN
  INSERT INTO entry_requirement_counts (entry_id) VALUES (NEW.entry_id) ON CONFLICT (entry_id) DO NOTHING;
  UPDATE entry_requirement_counts SET applicable = applicable + (NEW.status <> 'not_applicable'), signed_off = signed_off + (NEW.status = 'signed_off') WHERE entry_id = NEW.entry_id;
END;

CREATE TRIGGER requirement_counts_delete AFTER DELETE ON checklist_items WHEN OLD.requirement_id IS NOT NULL BEGIN
  UPDATE entry_requirement_counts SET applicable = applicable - (OLD.status <> 'not_applicable'), signed_off = signed_off - (OLD.status = 'signed_off') WHERE entry_id = OLD.entry_id;
END;

CREATE TRIGGER requirement_counts_update AFTER UPDATE OF status, requirement_id ON checklist_items
  WHEN OLD.status IS NOT NEW.status OR OLD.requirement_id IS NOT NEW.requirement_id BEGIN
  UPDATE entry_requirement_counts SET applicable = applicable - (OLD.status <> 'not_applicable'), signed_off = signed_off - (OLD.status = 'signed_off')
    WHERE entry_id = OLD.entry_id AND OLD.requirement_id IS NOT NULL;
  INSERT INTO entry_requirement_counts (entry_id) SELECT NEW.entry_id WHERE NEW.requirement_id IS NOT NULL ON CONFLICT (entry_id) DO NOTHING;
  UPDATE entry_requirement_counts SET applicable = applicable + (NEW.status <> 'not_applicable'), signed_off = signed_off + (NEW.status = 'signed_off')
    WHERE entry_id = NEW.entry_id AND NEW.requirement_id IS NOT NULL;
END;

-- Duties that apply only from a later date (a few per entry): read by index, never by a scan of the items,
-- for readiness (after the entry's target) and compliance in force (after the as-of date).
CREATE INDEX items_later_duties ON checklist_items (applies_from, entry_id, status, requirement_id) WHERE applies_from IS NOT NULL;

-- Every measurement in the order the efficiency figures read them, without a sort.
CREATE INDEX efficiency_measurements_in_order ON efficiency_measurements (period_end, period_start, created_at);
`,
};

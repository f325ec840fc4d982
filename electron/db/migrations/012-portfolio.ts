import type { Migration } from './index';

const date = (col: string) => `CHECK (${col} = date(${col}, '+0 days'))`;
const dateOrNull = (col: string) => `CHECK (${col} IS NULL OR ${col} = date(${col}, '+0 days'))`;

/**
 * Leadership's portfolio: each plan's latest forecast kept beside it (written in the plan
 * service's write path, so the dashboard reads one row per plan instead of scheduling every
 * plan), and the monthly / on-demand snapshots of every market's figures.
 * Changes made outside the plan's own writes (an item's status, the entry's dates) mark the
 * stored forecast dirty through triggers; the next refresh re-schedules those plans. An index
 * on the date a duty applies from lets compliance in force be read without scanning items.
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

-- Duties that apply only from a later date: the dashboard's compliance in force reads them by index.
CREATE INDEX items_by_applies_from ON checklist_items (applies_from);
`,
};

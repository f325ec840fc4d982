import type { Migration } from './index';

const date = (col: string) => `CHECK (${col} = date(${col}, '+0 days'))`;

/**
 * Efficiency comparisons: the metric catalogue (a copy of resources/metrics/, seeded by the
 * app and editable) and dated measurements for a home market (its country code) or an
 * entry. Editable rows carry a version; an update names the version it was based on.
 */
export const m010Efficiency: Migration = {
  version: 10,
  name: 'efficiency metrics and measurements',
  sql: `
CREATE TABLE efficiency_metrics (
  id TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND length(id) BETWEEN 1 AND 63),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  unit TEXT NOT NULL CHECK (length(unit) BETWEEN 1 AND 40),
  direction TEXT NOT NULL CHECK (direction IN ('higher_is_better', 'lower_is_better')),
  weight REAL NOT NULL CHECK (weight BETWEEN 0 AND 100),
  aggregation TEXT NOT NULL CHECK (aggregation IN ('mean', 'sum', 'latest')),
  money INTEGER NOT NULL CHECK (money IN (0, 1)),
  currency TEXT CHECK (currency IS NULL OR (money = 1 AND length(currency) = 3)),
  satisfaction INTEGER NOT NULL DEFAULT 0 CHECK (satisfaction IN (0, 1)),
  description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 1000),
  origin TEXT NOT NULL CHECK (origin IN ('builtin', 'custom')),
  catalogue_version TEXT,
  sort INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE efficiency_measurements (
  id TEXT PRIMARY KEY,
  metric_id TEXT NOT NULL REFERENCES efficiency_metrics (id),
  -- Exactly one of: the home market's country code, or the entry measured.
  home_country TEXT CHECK (home_country IS NULL OR (length(home_country) = 2 AND home_country = upper(home_country))),
  entry_id TEXT REFERENCES entries (id) ON DELETE CASCADE,
  period_start TEXT NOT NULL ${date('period_start')},
  period_end TEXT NOT NULL ${date('period_end')},
  value REAL NOT NULL,
  currency TEXT CHECK (currency IS NULL OR length(currency) = 3),
  -- 1 unit of currency = fx_rate units of fx_currency, recorded by the user for this period.
  fx_rate REAL CHECK (fx_rate IS NULL OR fx_rate > 0),
  fx_currency TEXT CHECK (fx_currency IS NULL OR length(fx_currency) = 3),
  source_note TEXT NOT NULL DEFAULT '' CHECK (length(source_note) <= 500),
  recorded_by TEXT NOT NULL,
  os_user TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((home_country IS NULL) <> (entry_id IS NULL)),
  CHECK (period_end >= period_start),
  CHECK ((fx_rate IS NULL) = (fx_currency IS NULL))
) STRICT;

CREATE INDEX efficiency_measurements_by_entry ON efficiency_measurements (entry_id, metric_id, period_end) WHERE entry_id IS NOT NULL;
CREATE INDEX efficiency_measurements_by_home ON efficiency_measurements (home_country, metric_id, period_end) WHERE home_country IS NOT NULL;
`,
};

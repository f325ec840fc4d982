import type { Migration } from './index';

const dateOrNull = (col: string) => `CHECK (${col} IS NULL OR ${col} = date(${col}, '+0 days'))`;

export const m004ReadinessPlans: Migration = {
  version: 4,
  name: 'readiness plans',
  sql: `
CREATE TABLE plans (
  entry_id TEXT PRIMARY KEY REFERENCES entries (id) ON DELETE CASCADE,
  project_start TEXT NOT NULL CHECK (project_start = date(project_start, '+0 days')),
  status_date TEXT ${dateOrNull('status_date')},
  template_id TEXT NOT NULL,
  template_version TEXT NOT NULL,
  -- The public holidays the plan is scheduled with, snapshotted for its span plus a year,
  -- so a later data update cannot silently move dates.
  calendar_from TEXT NOT NULL CHECK (calendar_from = date(calendar_from, '+0 days')),
  calendar_to TEXT NOT NULL CHECK (calendar_to = date(calendar_to, '+0 days')),
  holidays TEXT CHECK (holidays IS NULL OR json_valid(holidays)),
  holiday_overrides TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(holiday_overrides)),
  shutdowns TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(shutdowns)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE plan_tasks (
  id TEXT PRIMARY KEY,
  entry_id TEXT NOT NULL REFERENCES plans (entry_id) ON DELETE CASCADE,
  title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  workstream TEXT NOT NULL CHECK (workstream IN ('regulatory_legal', 'infrastructure_technology', 'team_operations')),
  owner TEXT NOT NULL DEFAULT '' CHECK (length(owner) <= 200),
  duration_days INTEGER NOT NULL CHECK (duration_days BETWEEN 0 AND 2000),
  percent_complete REAL NOT NULL DEFAULT 0 CHECK (percent_complete BETWEEN 0 AND 100),
  actual_start TEXT ${dateOrNull('actual_start')},
  actual_finish TEXT ${dateOrNull('actual_finish')},
  start_no_earlier_than TEXT ${dateOrNull('start_no_earlier_than')},
  is_readiness INTEGER NOT NULL DEFAULT 0 CHECK (is_readiness IN (0, 1)),
  template_key TEXT,
  sort INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (is_readiness = 0 OR duration_days = 0)
) STRICT;

CREATE INDEX plan_tasks_by_entry ON plan_tasks (entry_id, sort);
CREATE UNIQUE INDEX plan_one_readiness ON plan_tasks (entry_id) WHERE is_readiness = 1;

CREATE TABLE plan_dependencies (
  id TEXT PRIMARY KEY,
  entry_id TEXT NOT NULL REFERENCES plans (entry_id) ON DELETE CASCADE,
  predecessor_id TEXT NOT NULL REFERENCES plan_tasks (id) ON DELETE CASCADE,
  successor_id TEXT NOT NULL REFERENCES plan_tasks (id) ON DELETE CASCADE,
  type TEXT NOT NULL CHECK (type IN ('FS', 'SS', 'FF')),
  lag_days INTEGER NOT NULL,
  CHECK (predecessor_id <> successor_id),
  UNIQUE (predecessor_id, successor_id)
) STRICT;

CREATE INDEX plan_dependencies_by_entry ON plan_dependencies (entry_id);

CREATE TABLE plan_task_items (
  task_id TEXT NOT NULL REFERENCES plan_tasks (id) ON DELETE CASCADE,
  item_id TEXT NOT NULL REFERENCES checklist_items (id) ON DELETE CASCADE,
  PRIMARY KEY (task_id, item_id)
) STRICT;

CREATE INDEX plan_task_items_by_item ON plan_task_items (item_id);

CREATE TABLE plan_baselines (
  id TEXT PRIMARY KEY,
  entry_id TEXT NOT NULL REFERENCES plans (entry_id) ON DELETE CASCADE,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  created_at TEXT NOT NULL,
  finish TEXT NOT NULL CHECK (finish = date(finish, '+0 days')),
  tasks TEXT NOT NULL CHECK (json_valid(tasks)),
  UNIQUE (entry_id, name)
) STRICT;
`,
};

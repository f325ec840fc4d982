import type { Migration } from './index';

/** A real calendar date or NULL (date() of '2026-13-01' is NULL, so a bare comparison would let it through). */
const date = (col: string) => `CHECK (${col} IS NULL OR coalesce(${col} = date(${col}, '+0 days'), 0))`;

/**
 * Risk registers (issue 14). It only adds tables; acceptances are records of the sign-off
 * ledger (kind risk_acceptance, migration 007), which the risk row points at.
 *   risks                 one row per risk, scores at three stages, controls and treatments as JSON
 *   risk_dismissed        suggested templates the user dismissed for an entry (never offered again)
 *   risk_matrix           the active matrix, stored whole with its id and version
 *   risk_appetite         per category, the level above which a risk is flagged "escalate"
 *   risk_review_intervals per level, days between reviews (overrides the matrix's)
 *   risk_forecasts        the latest risk-adjusted readiness forecast per entry (a cache)
 * A risk's acceptance in force is the ledger record `acceptance_seq`, expiring on
 * `acceptance_expires` (kept on the row, as checklist items keep their ledger seq, so the sweep
 * and the portfolio figures need no ledger read).
 */
export const m011RiskRegisters: Migration = {
  version: 11,
  name: 'risk registers',
  sql: `
CREATE TABLE risks (
  id TEXT PRIMARY KEY,
  entry_id TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
  template_id TEXT,
  title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  cause TEXT NOT NULL DEFAULT '',
  event TEXT NOT NULL,
  effect TEXT NOT NULL DEFAULT '',
  category TEXT NOT NULL CHECK (category IN ('regulatory_compliance', 'data_protection_localization', 'security', 'operational', 'people_culture', 'financial', 'political_geopolitical', 'crisis_continuity')),
  workstream TEXT NOT NULL,
  owner TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'treating', 'accepted', 'closed', 'became_issue')),
  inherent_likelihood INTEGER NOT NULL CHECK (inherent_likelihood BETWEEN 1 AND 10),
  inherent_impact INTEGER NOT NULL CHECK (inherent_impact BETWEEN 1 AND 10),
  current_likelihood INTEGER NOT NULL CHECK (current_likelihood BETWEEN 1 AND 10),
  current_impact INTEGER NOT NULL CHECK (current_impact BETWEEN 1 AND 10),
  residual_likelihood INTEGER NOT NULL CHECK (residual_likelihood BETWEEN 1 AND 10),
  residual_impact INTEGER NOT NULL CHECK (residual_impact BETWEEN 1 AND 10),
  controls TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(controls) AND json_type(controls) = 'array'),
  response TEXT NOT NULL CHECK (response IN ('avoid', 'reduce', 'transfer', 'accept')),
  treatments TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(treatments) AND json_type(treatments) = 'array'),
  target_level TEXT CHECK (target_level IS NULL OR target_level IN ('low', 'medium', 'high', 'critical')),
  target_date TEXT ${date('target_date')},
  early_warning TEXT NOT NULL DEFAULT '',
  schedule_min_days INTEGER,
  schedule_likely_days INTEGER,
  schedule_max_days INTEGER,
  schedule_task_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(schedule_task_ids) AND json_type(schedule_task_ids) = 'array'),
  cost_amount REAL CHECK (cost_amount IS NULL OR cost_amount >= 0),
  cost_currency TEXT CHECK (cost_currency IS NULL OR length(cost_currency) = 3),
  last_review TEXT ${date('last_review')},
  next_review TEXT NOT NULL ${date('next_review')},
  acceptance_seq INTEGER CHECK (acceptance_seq IS NULL OR acceptance_seq >= 1),
  acceptance_expires TEXT ${date('acceptance_expires')},
  matrix_id TEXT NOT NULL,
  matrix_version TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((schedule_min_days IS NULL AND schedule_likely_days IS NULL AND schedule_max_days IS NULL)
      OR (schedule_min_days >= 0 AND schedule_min_days <= schedule_likely_days AND schedule_likely_days <= schedule_max_days)),
  CHECK ((cost_amount IS NULL) = (cost_currency IS NULL)),
  CHECK ((acceptance_seq IS NULL) = (acceptance_expires IS NULL))
) STRICT;

CREATE INDEX risks_by_entry ON risks (entry_id, category);
CREATE INDEX risks_by_review ON risks (next_review) WHERE status NOT IN ('closed', 'became_issue');
CREATE INDEX risks_by_acceptance ON risks (acceptance_expires) WHERE acceptance_seq IS NOT NULL;
CREATE UNIQUE INDEX risks_one_per_template ON risks (entry_id, template_id) WHERE template_id IS NOT NULL;

CREATE TABLE risk_dismissed (
  entry_id TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
  template_id TEXT NOT NULL,
  dismissed_at TEXT NOT NULL,
  PRIMARY KEY (entry_id, template_id)
) STRICT;

CREATE TABLE risk_matrix (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  matrix_id TEXT NOT NULL,
  matrix_version TEXT NOT NULL,
  content TEXT NOT NULL CHECK (json_valid(content)),
  set_at TEXT NOT NULL
) STRICT;

CREATE TABLE risk_appetite (
  category TEXT PRIMARY KEY CHECK (category IN ('regulatory_compliance', 'data_protection_localization', 'security', 'operational', 'people_culture', 'financial', 'political_geopolitical', 'crisis_continuity')),
  level TEXT NOT NULL CHECK (level IN ('low', 'medium', 'high', 'critical'))
) STRICT;

CREATE TABLE risk_review_intervals (
  level TEXT PRIMARY KEY CHECK (level IN ('low', 'medium', 'high', 'critical')),
  days INTEGER NOT NULL CHECK (days BETWEEN 1 AND 366)
) STRICT;

CREATE TABLE risk_forecasts (
  entry_id TEXT PRIMARY KEY REFERENCES entries(id) ON DELETE CASCADE,
  fingerprint TEXT NOT NULL,
  computed_at TEXT NOT NULL,
  target_date TEXT NOT NULL ${date('target_date')},
  deterministic TEXT NOT NULL ${date('deterministic')},
  p50 TEXT NOT NULL ${date('p50')},
  p80 TEXT NOT NULL ${date('p80')},
  p95 TEXT NOT NULL ${date('p95')},
  probability_on_target REAL NOT NULL CHECK (probability_on_target BETWEEN 0 AND 1),
  iterations INTEGER NOT NULL,
  schedule_risks INTEGER NOT NULL,
  drivers TEXT NOT NULL CHECK (json_valid(drivers))
) STRICT;
`,
};

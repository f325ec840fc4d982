import type { Migration } from './index';

const dateCheck = (col: string) => `CHECK (${col} = date(${col}, '+0 days'))`;

export const m001Initial: Migration = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE installation (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  id TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE entries (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  target_country TEXT NOT NULL CHECK (length(target_country) = 2),
  target_subdivision TEXT,
  home_country TEXT NOT NULL CHECK (length(home_country) = 2),
  start_date TEXT NOT NULL ${dateCheck('start_date')},
  target_days INTEGER NOT NULL CHECK (target_days BETWEEN 1 AND 730),
  target_date TEXT NOT NULL ${dateCheck('target_date')},
  program_manager TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('planning', 'active', 'ready', 'on_hold')),
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 20000),
  profile TEXT NOT NULL CHECK (json_valid(profile)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (target_date = date(start_date, '+' || target_days || ' days'))
) STRICT;

CREATE INDEX entries_by_country ON entries (target_country);
CREATE INDEX entries_by_start ON entries (start_date);

-- No foreign keys here on purpose: deleting a record never deletes its history.
CREATE TABLE audit_log (
  id TEXT PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  os_user TEXT NOT NULL,
  entity_type TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  action TEXT NOT NULL,
  before_json TEXT CHECK (before_json IS NULL OR json_valid(before_json)),
  after_json TEXT CHECK (after_json IS NULL OR json_valid(after_json))
) STRICT;

CREATE INDEX audit_by_entity ON audit_log (entity_type, entity_id, at);
`,
};

import type { Migration } from './index';

/**
 * Every editable row carries a version, bumped on each update: an edit names the version it
 * was based on, and one based on an older version is refused instead of overwriting.
 * Existing rows start at 1. A plan's version covers its settings (status date, shutdown
 * days, holiday overrides, calendar snapshot); `settings_updated_at` says when they last
 * changed (task edits touch only `updated_at`).
 */
export const m005RowVersions: Migration = {
  version: 5,
  name: 'row versions',
  sql: `
ALTER TABLE entries ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE checklist_items ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE requirements ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE plan_tasks ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE plans ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE plans ADD COLUMN settings_updated_at TEXT NOT NULL DEFAULT '';
UPDATE plans SET settings_updated_at = updated_at;
`,
};

import type { Migration } from './index';

const dateOrNull = (col: string) => `CHECK (${col} IS NULL OR ${col} = date(${col}, '+0 days'))`;

export const m002LibraryChecklists: Migration = {
  version: 2,
  name: 'requirements library, checklists and evidence',
  sql: `
CREATE TABLE packs (
  id TEXT PRIMARY KEY,
  version TEXT NOT NULL,
  name TEXT NOT NULL,
  publisher TEXT NOT NULL,
  publication_date TEXT NOT NULL CHECK (publication_date = date(publication_date, '+0 days')),
  license TEXT NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('builtin', 'imported', 'custom')),
  meta TEXT NOT NULL CHECK (json_valid(meta)),
  loaded_at TEXT NOT NULL
) STRICT;

-- A requirement removed by a pack update stays (active = 0) so that items pinning it keep their meaning.
CREATE TABLE requirements (
  id TEXT PRIMARY KEY,
  pack_id TEXT NOT NULL REFERENCES packs (id),
  content_hash TEXT NOT NULL,
  body TEXT NOT NULL CHECK (json_valid(body)),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

CREATE INDEX requirements_by_pack ON requirements (pack_id);

CREATE TABLE checklist_items (
  id TEXT PRIMARY KEY,
  entry_id TEXT NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
  requirement_id TEXT,
  requirement_hash TEXT,
  pack_id TEXT,
  pack_version TEXT,
  title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  category TEXT NOT NULL,
  workstream TEXT NOT NULL CHECK (workstream IN ('regulatory_legal', 'infrastructure_technology', 'team_operations')),
  certainty TEXT NOT NULL CHECK (certainty IN ('applies', 'check', 'custom')),
  reasons TEXT NOT NULL CHECK (json_valid(reasons)),
  applies_from TEXT ${dateOrNull('applies_from')},
  status TEXT NOT NULL CHECK (status IN ('todo', 'in_progress', 'in_review', 'blocked', 'not_applicable', 'signed_off')),
  na_reason TEXT,
  profile_excluded INTEGER NOT NULL DEFAULT 0 CHECK (profile_excluded IN (0, 1)),
  status_before_exclusion TEXT,
  owner TEXT NOT NULL DEFAULT '' CHECK (length(owner) <= 200),
  due_date TEXT ${dateOrNull('due_date')},
  due_manual INTEGER NOT NULL DEFAULT 0 CHECK (due_manual IN (0, 1)),
  notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 20000),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (status <> 'not_applicable' OR length(trim(coalesce(na_reason, ''))) > 0),
  CHECK ((requirement_id IS NULL) = (certainty = 'custom')),
  UNIQUE (entry_id, requirement_id)
) STRICT;

CREATE INDEX items_by_entry ON checklist_items (entry_id, workstream, category);
-- Covers the portfolio's per-entry counts, so they scan the index rather than the table.
CREATE INDEX items_portfolio ON checklist_items (entry_id, status, due_date);
CREATE INDEX items_by_requirement ON checklist_items (requirement_id);

-- Per-entry item counts by status, kept by triggers so the portfolio never scans every item.
CREATE TABLE entry_item_counts (
  entry_id TEXT PRIMARY KEY REFERENCES entries (id) ON DELETE CASCADE,
  todo INTEGER NOT NULL DEFAULT 0, in_progress INTEGER NOT NULL DEFAULT 0, in_review INTEGER NOT NULL DEFAULT 0, blocked INTEGER NOT NULL DEFAULT 0, not_applicable INTEGER NOT NULL DEFAULT 0, signed_off INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TRIGGER items_count_insert AFTER INSERT ON checklist_items BEGIN
  INSERT INTO entry_item_counts (entry_id) VALUES (NEW.entry_id) ON CONFLICT (entry_id) DO NOTHING;
  UPDATE entry_item_counts SET todo = todo + (NEW.status = 'todo'), in_progress = in_progress + (NEW.status = 'in_progress'), in_review = in_review + (NEW.status = 'in_review'), blocked = blocked + (NEW.status = 'blocked'), not_applicable = not_applicable + (NEW.status = 'not_applicable'), signed_off = signed_off + (NEW.status = 'signed_off') WHERE entry_id = NEW.entry_id;
END;

CREATE TRIGGER items_count_delete AFTER DELETE ON checklist_items BEGIN
  UPDATE entry_item_counts SET todo = todo - (OLD.status = 'todo'), in_progress = in_progress - (OLD.status = 'in_progress'), in_review = in_review - (OLD.status = 'in_review'), blocked = blocked - (OLD.status = 'blocked'), not_applicable = not_applicable - (OLD.status = 'not_applicable'), signed_off = signed_off - (OLD.status = 'signed_off') WHERE entry_id = OLD.entry_id;
END;

CREATE TRIGGER items_count_update AFTER UPDATE OF status ON checklist_items WHEN OLD.status <> NEW.status BEGIN
  UPDATE entry_item_counts SET todo = todo - (OLD.status = 'todo'), in_progress = in_progress - (OLD.status = 'in_progress'), in_review = in_review - (OLD.status = 'in_review'), blocked = blocked - (OLD.status = 'blocked'), not_applicable = not_applicable - (OLD.status = 'not_applicable'), signed_off = signed_off - (OLD.status = 'signed_off') WHERE entry_id = OLD.entry_id;
  UPDATE entry_item_counts SET todo = todo + (NEW.status = 'todo'), in_progress = in_progress + (NEW.status = 'in_progress'), in_review = in_review + (NEW.status = 'in_review'), blocked = blocked + (NEW.status = 'blocked'), not_applicable = not_applicable + (NEW.status = 'not_applicable'), signed_off = signed_off + (NEW.status = 'signed_off') WHERE entry_id = NEW.entry_id;
END;

CREATE TABLE evidence (
  id TEXT PRIMARY KEY,
  item_id TEXT NOT NULL REFERENCES checklist_items (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('file', 'link')),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  url TEXT,
  sha256 TEXT,
  size INTEGER,
  added_by TEXT NOT NULL,
  os_user TEXT NOT NULL,
  added_at TEXT NOT NULL,
  CHECK ((kind = 'file' AND sha256 IS NOT NULL AND size IS NOT NULL AND url IS NULL)
      OR (kind = 'link' AND url IS NOT NULL AND sha256 IS NULL))
) STRICT;

CREATE INDEX evidence_by_item ON evidence (item_id);
`,
};

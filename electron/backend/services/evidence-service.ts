/**
 * Evidence on checklist items: files stored under the data folder by SHA-256
 * (content-addressed, never executed), or links. Owns the evidence table.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { MAX_EVIDENCE_BYTES, type Evidence } from '../../../shared/checklist-schema';
import { safeFileName } from '../../../shared/host-capabilities';
import { displayDate, localToday } from '../../../shared/domain/iso-date';
import { sha256Hex } from '../library/content-hash';
import type { EvidenceRepo } from '../repos/evidence-repo';
import { required, type Audit, type Kernel } from './kernel';

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

export interface EvidenceDeps {
  repo: EvidenceRepo;
  kernel: Kernel;
  audit: Audit;
  /** The data folder (files live under evidence/ in it). */
  dataDir: string;
  /** The settings service: who is adding it. */
  actor(): string;
  /** The checklist service: refuses an item that no longer exists. */
  requireItem(itemId: string): unknown;
  /** The sign-off service: an approval of the item turns stale (inside the same write). */
  onChanged(itemId: string, reason: string): void;
}

export function evidenceService({ repo, kernel, audit, dataDir, actor, requireItem, onChanged }: EvidenceDeps) {
  const root = path.join(dataDir, 'evidence');

  function storedPath(sha256: string): string {
    return path.join(root, sha256.slice(0, 2), sha256);
  }

  function record(e: Evidence): Evidence {
    kernel.write(() => {
      requireItem(e.itemId);
      // Checked inside the write, so two windows attaching the same file cannot both win.
      const same = e.kind === 'file' ? repo.forItem(e.itemId).find((x) => x.kind === 'file' && x.sha256 === e.sha256) : undefined;
      if (same) {
        throw new AppError(
          'invalid_input',
          `File: this file is already attached on ${displayDate(localToday(new Date(same.addedAt)))} (as ${same.name}, by ${same.addedBy}).`,
          'file',
        );
      }
      repo.insert(e);
      audit('checklist_item', e.itemId, 'add_evidence', null, e);
      onChanged(e.itemId, `Stale — needs re-review: evidence "${e.name}" was added after the approval.`);
    });
    return e;
  }

  function base(itemId: string) {
    return { id: kernel.newId(), itemId, addedBy: actor(), osUser: kernel.osUser, addedAt: kernel.now().toISOString() };
  }

  return {
    storedPath,
    forEntry: (entryId: string): Evidence[] => repo.forEntry(entryId),
    forItem: (itemId: string): Evidence[] => repo.forItem(itemId),
    forItems: (itemIds: readonly string[]): Evidence[] => repo.forItems(itemIds),
    itemHasEvidence: (itemId: string): boolean => repo.itemHasEvidence(itemId),

    /** What a sign-off records of the item's evidence: file hashes, and hashed link URLs. */
    hashes(itemId: string): string[] {
      return repo
        .forItem(itemId)
        .map((e) => (e.kind === 'file' ? e.sha256! : `link:${sha256Hex(e.url!)}`))
        .sort();
    },

    /** Whether the stored copy of a file still hashes to `sha256` (re-read from disk). */
    storedFileState(sha256: string): 'intact' | 'missing' | 'changed' {
      if (!/^[0-9a-f]{64}$/.test(sha256)) return 'changed';
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(storedPath(sha256));
      } catch {
        return 'missing';
      }
      return sha256Hex(bytes) === sha256 ? 'intact' : 'changed';
    },

    addFile(itemId: string, fileName: string, contentBase64: string): Evidence {
      requireItem(itemId);
      const bytes = Buffer.from(contentBase64, 'base64');
      if (bytes.length === 0) throw new AppError('invalid_input', 'File: the file is empty.', 'file');
      if (bytes.length > MAX_EVIDENCE_BYTES) {
        throw new AppError('invalid_input', `File: ${safeFileName(fileName, 'evidence')} is ${megabytes(bytes.length)}; evidence files can be at most ${megabytes(MAX_EVIDENCE_BYTES)}.`, 'file');
      }
      const sha256 = sha256Hex(bytes);
      const target = storedPath(sha256);
      if (!fs.existsSync(target)) {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        const tmp = `${target}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, bytes, { mode: 0o600 });
        fs.renameSync(tmp, target);
      }
      return record({ ...base(itemId), kind: 'file', name: safeFileName(fileName, 'evidence'), url: null, sha256, size: bytes.length });
    },

    addLink(itemId: string, name: string, url: string): Evidence {
      return record({ ...base(itemId), kind: 'link', name: name.trim() || url, url, sha256: null, size: null });
    },

    /**
     * Takes evidence off its item, with the reason in the item's history; an approval that
     * covered it turns stale. A file's bytes stay in the store (the ledger may name its hash).
     */
    remove(evidenceId: string, reason: string): { id: string; itemId: string } {
      const why = reason.trim();
      if (!why) throw new AppError('invalid_input', 'Reason: say why this evidence is removed.', 'reason');
      return kernel.write(() => {
        const e = required(repo.get(evidenceId), 'evidence', 'evidenceId');
        requireItem(e.itemId);
        repo.delete(e.id);
        audit('checklist_item', e.itemId, 'remove_evidence', e, { reason: why, removedBy: actor(), osUser: kernel.osUser });
        onChanged(e.itemId, `Stale — needs re-review: evidence "${e.name}" was removed after the approval (${why}).`);
        return { id: e.id, itemId: e.itemId };
      });
    },

    /** The stored bytes of a file (browser mode offers them as a download). */
    read(evidenceId: string): { fileName: string; contentBase64: string; sha256: string } {
      const found = repo.get(evidenceId);
      const e = required(found?.kind === 'file' && found.sha256 ? found : undefined, 'evidenceFile', 'evidenceId');
      const sha256 = e.sha256!;
      const file = storedPath(sha256);
      if (!fs.existsSync(file)) throw new AppError('not_found', `The stored copy of ${e.name} is missing from the evidence folder; attach the file again.`, 'evidenceId');
      const bytes = fs.readFileSync(file);
      if (sha256Hex(bytes) !== sha256) throw new AppError('conflict', `The stored copy of ${e.name} no longer matches its recorded SHA-256; it has been altered on disk.`, 'evidenceId');
      return { fileName: e.name, contentBase64: bytes.toString('base64'), sha256 };
    },
  };
}

export type EvidenceService = ReturnType<typeof evidenceService>;

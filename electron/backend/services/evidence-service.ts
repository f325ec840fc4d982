/**
 * Evidence on checklist items: files stored under the data folder by SHA-256
 * (content-addressed, never executed), or links.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { MAX_EVIDENCE_BYTES, type Evidence } from '../../../shared/checklist-schema';
import { sha256Hex } from '../library/content-hash';
import { safeFileName } from '../../../shared/host-capabilities';
import { actorName, writeAudit, type ServiceContext } from './context';

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

export type EvidenceChanged = (itemId: string, reason: string) => void;

export function evidenceService(ctx: ServiceContext, onChanged: EvidenceChanged = () => {}) {
  const root = path.join(ctx.dataDir, 'evidence');

  function storedPath(sha256: string): string {
    return path.join(root, sha256.slice(0, 2), sha256);
  }

  function mustHaveItem(itemId: string) {
    const item = ctx.checklist.get(itemId);
    if (!item) throw new AppError('not_found', 'That checklist item no longer exists.', 'itemId');
    return item;
  }

  function record(e: Evidence): Evidence {
    ctx.db.transaction(() => {
      mustHaveItem(e.itemId);
      ctx.checklist.addEvidence(e);
      writeAudit(ctx, 'checklist_item', e.itemId, 'add_evidence', null, e);
      onChanged(e.itemId, `Stale — needs re-review: evidence "${e.name}" was added after the approval.`);
    }).immediate();
    return e;
  }

  function base(itemId: string) {
    return { id: ctx.newId(), itemId, addedBy: actorName(ctx), osUser: ctx.osUser, addedAt: ctx.now().toISOString() };
  }

  return {
    storedPath,

    addFile(itemId: string, fileName: string, contentBase64: string): Evidence {
      mustHaveItem(itemId);
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

    /** The stored bytes of a file (browser mode offers them as a download). */
    read(evidenceId: string): { fileName: string; contentBase64: string; sha256: string } {
      const e = ctx.checklist.evidence(evidenceId);
      if (!e || e.kind !== 'file' || !e.sha256) throw new AppError('not_found', 'That evidence file is not in the store.', 'evidenceId');
      const file = storedPath(e.sha256);
      if (!fs.existsSync(file)) {
        throw new AppError('not_found', `The stored copy of ${e.name} is missing from the evidence folder; attach the file again.`, 'evidenceId');
      }
      const bytes = fs.readFileSync(file);
      if (sha256Hex(bytes) !== e.sha256) throw new AppError('conflict', `The stored copy of ${e.name} no longer matches its recorded SHA-256; it has been altered on disk.`, 'evidenceId');
      return { fileName: e.name, contentBase64: bytes.toString('base64'), sha256: e.sha256 };
    },
  };
}

export type EvidenceService = ReturnType<typeof evidenceService>;

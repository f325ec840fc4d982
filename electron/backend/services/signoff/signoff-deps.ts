/** What the sign-off service is given: its own repos, the kernel, and the functions of other areas it asks. */
import type { ChecklistItem, ItemStatus } from '../../../../shared/checklist-schema';
import type { ItemRecord } from '../../repos/checklist-repo';
import type { LedgerRepo } from '../../repos/ledger-repo';
import type { ReviewRepo } from '../../repos/review-repo';
import type { StoredPack, StoredRequirement } from '../../repos/library-repo';
import type { KeyStore, LedgerKeyRecord } from '../../signing/key-store';
import type { Kernel } from '../kernel';

export interface SignoffDeps {
  repo: LedgerRepo;
  /** Counsel's queue, read in pages (items with their entry and latest ledger record). */
  review: ReviewRepo;
  kernel: Kernel;
  /** The checklist service. */
  checklist: {
    record(itemId: string): ItemRecord;
    /** Stored items as shown, with evidence and requirements, in a fixed number of queries. */
    views(records: readonly ItemRecord[]): ChecklistItem[];
    /** Stored items in one status (verify checks every signed-off one has its approval). */
    inStatus(status: ItemStatus): ItemRecord[];
    setReviewOutcome(item: ItemRecord, status: ItemStatus, at: string, action: string, ledger: { ledgerSeq: number; ledgerHash: string }): void;
    markStale(itemId: string, reason: string): void;
  };
  /** The library service. */
  library: {
    requirement(id: string): StoredRequirement | undefined;
    pack(id: string): StoredPack | undefined;
  };
  /** The evidence service: what the item's evidence hashes to, and whether a stored file still does. */
  evidence: {
    hashes(itemId: string): string[];
    storedFileState(sha256: string): 'intact' | 'missing' | 'changed';
    fileName(itemId: string, sha256: string): string | undefined;
  };
  /** The settings service. */
  settings: {
    signer(): { name: string; role: string };
    installationId(): string;
    ledgerKey(): LedgerKeyRecord | null;
    recordLedgerKey(k: LedgerKeyRecord): void;
  };
  /** Custody of the signing key and of the last verified head (outside the database). */
  keyStore: KeyStore;
}

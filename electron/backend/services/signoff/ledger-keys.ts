/**
 * The ledger's signing key and its verified head: made on first start (or the first start
 * after the upgrade that introduced signing), checked against what the database records,
 * and the head kept outside the database (in the key store) so a rolled-back or truncated
 * ledger is caught on this machine.
 */
import { AppError } from '../../../../shared/errors';
import { displayDate } from '../../../../shared/domain/iso-date';
import { GENESIS_HASH } from '../../../../shared/domain/ledger-chain';
import type { LedgerRecord, VerifyProblem } from '../../../../shared/signoff-schema';
import { checkSignature, enrolmentMessage, fingerprint, generateKeyPair, headMessage, publicKeyOf, signMessage } from '../../signing/ed25519';
import type { KeyStore, LedgerKeyRecord, StoredKeyPair } from '../../signing/key-store';
import type { Kernel } from '../kernel';

export interface LedgerKeysDeps {
  keyStore: KeyStore;
  kernel: Kernel;
  chainId(): string;
  /** The last record in the ledger. */
  head(): LedgerRecord | undefined;
  /** Whether any record in the ledger is signed (format 2). */
  hasSignedRecords(): boolean;
  /** The settings service: what the database records of the key. */
  settings: { ledgerKey(): LedgerKeyRecord | null; recordLedgerKey(k: LedgerKeyRecord): void };
}

type KeyState = { kind: 'ready'; key: StoredKeyPair; publicKey: string } | { kind: 'unavailable'; problem: VerifyProblem };

function problem(kind: VerifyProblem['kind'], message: string): VerifyProblem {
  return { kind, seq: null, itemId: null, message };
}

function when(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}T/.test(iso) ? `${displayDate(iso.slice(0, 10))} ${iso.slice(11, 16)} UTC` : 'an earlier verify';
}

export function ledgerKeys({ keyStore, kernel, chainId, head, hasSignedRecords, settings }: LedgerKeysDeps) {
  let state: KeyState = { kind: 'unavailable', problem: problem('no_key', 'The ledger key has not been loaded yet.') };

  function saveHead(seq: number, hash: string): void {
    if (state.kind !== 'ready') return;
    const id = chainId();
    keyStore.saveHead({ chainId: id, seq, hash, at: kernel.now().toISOString(), signature: signMessage(state.key, headMessage(id, seq, hash)) });
  }

  function enrol(key: StoredKeyPair): void {
    const id = chainId();
    const last = head();
    const legacyThrough = last?.seq ?? 0;
    const legacyHeadHash = last?.hash ?? GENESIS_HASH;
    const publicKey = publicKeyOf(key);
    kernel.write(() =>
      settings.recordLedgerKey({
        publicKey,
        fingerprint: fingerprint(publicKey),
        legacyThrough,
        legacyHeadHash,
        createdAt: kernel.now().toISOString(),
        signature: signMessage(key, enrolmentMessage(id, publicKey, legacyThrough, legacyHeadHash)),
      }),
    );
    state = { kind: 'ready', key, publicKey };
    saveHead(legacyThrough, legacyHeadHash);
  }

  /** Loads the key, or makes one for a ledger that has never been signed. Called once at start. */
  function ensure(): void {
    const id = chainId();
    let stored: StoredKeyPair | null;
    try {
      stored = keyStore.load();
    } catch (err) {
      state = { kind: 'unavailable', problem: problem('no_key', (err as Error).message) };
      return;
    }
    const recorded = settings.ledgerKey();
    if (stored && stored.chainId !== id) {
      state = {
        kind: 'unavailable',
        problem: problem(
          'foreign_chain',
          `The signing key held here belongs to ledger chain ${stored.chainId}, not to this database's chain ${id}: this database came from another installation. Restore the database that belongs to the key, or move the key aside to start a new one.`,
        ),
      };
      return;
    }
    if (!recorded) {
      if (hasSignedRecords()) {
        state = { kind: 'unavailable', problem: problem('no_key', 'The database holds signed ledger records but no longer records the public key that signed them: its key record was removed.') };
        return;
      }
      const key = stored ?? generateKeyPair(id);
      if (!stored) keyStore.save(key);
      enrol(key);
      return;
    }
    if (!stored) {
      state = {
        kind: 'unavailable',
        problem: problem(
          'no_key',
          `This machine does not hold the ledger's signing key (fingerprint ${recorded.fingerprint}): new sign-offs cannot be recorded here, and the signatures were checked only against the public key in the file itself, so compare that fingerprint with one printed on an earlier export.`,
        ),
      };
      return;
    }
    const publicKey = publicKeyOf(stored);
    if (publicKey !== recorded.publicKey) {
      state = {
        kind: 'unavailable',
        problem: problem(
          'key_mismatch',
          `The database names a different signing key (fingerprint ${fingerprint(recorded.publicKey)}) from the one this installation holds (fingerprint ${fingerprint(publicKey)}): its key record was replaced.`,
        ),
      };
      return;
    }
    state = { kind: 'ready', key: stored, publicKey };
  }

  /** The public key signatures are checked against: the one held here, else the one the file records. */
  function verificationKey(): string | null {
    return state.kind === 'ready' ? state.publicKey : (settings.ledgerKey()?.publicKey ?? null);
  }

  return {
    ensure,
    saveHead,
    verificationKey,

    /** The key to sign a new record with, or a sentence saying why there is none. */
    signingKey(): StoredKeyPair {
      if (state.kind !== 'ready') throw new AppError('conflict', `The decision was not recorded: ${state.problem.message}`);
      return state.key;
    },

    fingerprint(): string | null {
      const k = verificationKey();
      return k ? fingerprint(k) : null;
    },

    custody(): string {
      return keyStore.describe();
    },

    /** Problems with the key itself: not held, not this installation's, or its record in the file not signed by it. */
    keyProblems(): VerifyProblem[] {
      if (state.kind !== 'ready') return [state.problem];
      const recorded = settings.ledgerKey()!;
      const message = enrolmentMessage(chainId(), recorded.publicKey, recorded.legacyThrough, recorded.legacyHeadHash);
      if (!checkSignature(state.publicKey, message, recorded.signature)) {
        return [problem('key_mismatch', "The key record in the database (when the key was made and which older records it vouched for) is not signed by this installation's key: it was edited.")];
      }
      return [];
    },

    /** The head kept outside the database against the records in it: catches truncation and rollback. */
    headProblems(records: readonly LedgerRecord[]): VerifyProblem[] {
      const saved = keyStore.loadHead();
      const last = records.at(-1);
      if (!saved) return last ? [problem('head_missing', 'No verified head is kept outside the database for this ledger, so truncation or rollback cannot be ruled out on this machine.')] : [];
      const key = verificationKey();
      if (!key || !checkSignature(key, headMessage(saved.chainId, saved.seq, saved.hash), saved.signature)) {
        return [problem('head_missing', "The verified head kept outside the database is not signed by this installation's key, so truncation or rollback cannot be ruled out.")];
      }
      if (saved.chainId !== chainId()) {
        return [problem('foreign_chain', `The verified head kept here belongs to ledger chain ${saved.chainId}, not to this database's chain ${chainId()}: the database was replaced.`)];
      }
      if (saved.seq === 0) return [];
      const same = records.find((r) => r.seq === saved.seq);
      if (!same) {
        return [
          {
            kind: 'truncated',
            seq: saved.seq,
            itemId: null,
            message: last
              ? `The ledger ends at record ${last.seq}, but record ${saved.seq} was verified on this machine on ${when(saved.at)}: records were removed from its end.`
              : `The ledger is empty, but ${saved.seq === 1 ? '1 record was' : `${saved.seq} records were`} verified on this machine on ${when(saved.at)}: every record was removed.`,
          },
        ];
      }
      if (same.hash !== saved.hash) {
        return [
          {
            kind: 'truncated',
            seq: saved.seq,
            itemId: null,
            message: `Record ${saved.seq} is not the record verified on this machine on ${when(saved.at)}: the ledger was rolled back or rewritten from there.`,
          },
        ];
      }
      return [];
    },
  };
}

export type LedgerKeys = ReturnType<typeof ledgerKeys>;

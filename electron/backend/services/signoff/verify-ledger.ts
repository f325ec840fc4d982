/**
 * Verification of the sign-off ledger (the sign-off service's `verify`): what someone holding
 * the database file and this machine's key store can check.
 */
import { canonicalJson } from '../../../../shared/canonical-json';
import { GENESIS_HASH, walkChain } from '../../../../shared/domain/ledger-chain';
import type { VerifyProblem, VerifyResult } from '../../../../shared/signoff-schema';
import { DECISION_LABELS } from '../../../../shared/vocabulary/signoff';
import { sha256Hex } from '../../library/content-hash';
import type { LedgerRepo } from '../../repos/ledger-repo';
import { checkSignature, recordMessage } from '../../signing/ed25519';
import type { SignoffDeps } from './signoff-deps';
import type { ledgerKeys } from './ledger-keys';

export interface VerifyDeps {
  repo: LedgerRepo;
  keys: ReturnType<typeof ledgerKeys>;
  checklist: Pick<SignoffDeps['checklist'], 'inStatus'>;
  evidence: Pick<SignoffDeps['evidence'], 'storedFileState' | 'fileName'>;
  settings: Pick<SignoffDeps['settings'], 'installationId' | 'ledgerKey'>;
}

/**
 * Everything someone holding the database file (and this machine's key store) can check:
 * the chain, every signature, the chain id, the key, the append-only triggers, that every
 * signed-off item has the approval saying so, that evidence files an approval covers still
 * hash the same, and that the ledger still reaches the head verified last on this machine.
 */
export function verifyLedger({ repo, keys, checklist, evidence, settings }: VerifyDeps): VerifyResult {
  const records = repo.all();
  const chainId = settings.installationId();
  const recorded = settings.ledgerKey();
  const publicKey = keys.verificationKey();
  const subject = (seq: number) => {
    const r = records.find((x) => x.seq === seq);
    return r?.kind === 'item_decision' ? r.itemId : null;
  };
  const problems: VerifyProblem[] = [...keys.keyProblems()];
  for (const p of walkChain(records, {
    sha256: sha256Hex,
    chainId,
    legacyThrough: recorded?.legacyThrough ?? 0,
    legacyHeadHash: recorded?.legacyHeadHash ?? GENESIS_HASH,
    signatureValid: (r) => publicKey !== null && checkSignature(publicKey, recordMessage(r.chainId ?? '', r.seq, r.hash), r.signature ?? ''),
  })) {
    problems.push({ ...p, itemId: subject(p.seq) });
  }

  // A record about something other than an item (a risk acceptance) vouches for its snapshot: besides the
  // chain's hash over the whole record, its content hash must be the snapshot's (said once per record).
  const altered = new Set(problems.filter((p) => p.kind === 'altered').map((p) => p.seq));
  for (const r of records) {
    if (r.kind === 'item_decision' || r.format === 1 || altered.has(r.seq)) continue;
    if (r.snapshot === null || sha256Hex(canonicalJson(r.snapshot)) !== r.contentHash) {
      problems.push({ kind: 'altered', seq: r.seq, itemId: null, message: `Record ${r.seq} does not match the snapshot it vouches for: its content hash differs.` });
    }
  }

  for (const name of repo.missingTriggers()) {
    problems.push({ kind: 'triggers_missing', seq: null, itemId: null, message: `The append-only trigger ${name} has been dropped from the database, so records could be changed or deleted without the database refusing it.` });
  }

  for (const item of checklist.inStatus('signed_off')) {
    const latest = repo.latestDecision(item.id);
    if (!latest) {
      problems.push({ kind: 'approval_missing', seq: null, itemId: item.id, message: `"${item.title}" is marked signed off, but the ledger holds no approval of it.` });
    } else if (latest.decision !== 'approve' && latest.decision !== 'approve_conditional') {
      problems.push({
        kind: 'approval_missing',
        seq: latest.seq,
        itemId: item.id,
        message: `"${item.title}" is marked signed off, but its latest ledger record (${latest.seq}) says "${DECISION_LABELS[latest.decision as keyof typeof DECISION_LABELS] ?? latest.decision}".`,
      });
    }
  }

  const fileStates = new Map<string, ReturnType<typeof evidence.storedFileState>>();
  for (const r of records) {
    if (r.kind !== 'item_decision' || (r.decision !== 'approve' && r.decision !== 'approve_conditional')) continue;
    for (const h of r.evidenceHashes) {
      if (h.startsWith('link:')) continue;
      if (!fileStates.has(h)) fileStates.set(h, evidence.storedFileState(h));
      const state = fileStates.get(h);
      if (state === 'intact') continue;
      const name = evidence.fileName(r.itemId, h) ?? `with SHA-256 ${h.slice(0, 12)}…`;
      problems.push(
        state === 'missing'
          ? { kind: 'evidence_missing', seq: r.seq, itemId: r.itemId, message: `The evidence file ${name} covered by the approval in record ${r.seq} is missing from the evidence folder.` }
          : { kind: 'evidence_changed', seq: r.seq, itemId: r.itemId, message: `The evidence file ${name} covered by the approval in record ${r.seq} has changed on disk since it was signed: its SHA-256 no longer matches.` },
      );
    }
  }

  problems.push(...keys.headProblems(records));

  const last = records.at(-1);
  const ok = problems.length === 0;
  if (ok) keys.saveHead(last?.seq ?? 0, last?.hash ?? GENESIS_HASH);
  return { ok, chainId, records: records.length, headHash: last?.hash ?? null, key: { fingerprint: keys.fingerprint(), custody: keys.custody() }, problems };
}

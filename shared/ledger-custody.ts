/**
 * What custody of the ledger key holds, as plain data: the key pair and the last verified
 * head. Shared so the desktop's main process and the backend's relay can check the
 * messages that carry them without loading the backend.
 */

/** An Ed25519 key pair as stored: base64 of the raw 32-byte public key and of the PKCS#8 DER private key. */
export interface StoredKeyPair {
  /** The installation (ledger chain id) the key signs for. */
  chainId: string;
  publicKey: string;
  privateKey: string;
}

/** The last head verify (or an append) saw, signed with the installation's key. */
export interface SignedHead {
  chainId: string;
  seq: number;
  hash: string;
  at: string;
  /** Hex Ed25519 signature over headMessage(chainId, seq, hash). */
  signature: string;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

export function isStoredKeyPair(v: unknown): v is StoredKeyPair {
  return isObject(v) && typeof v.chainId === 'string' && typeof v.publicKey === 'string' && typeof v.privateKey === 'string';
}

export function isSignedHead(v: unknown): v is SignedHead {
  return (
    isObject(v) &&
    typeof v.chainId === 'string' &&
    Number.isSafeInteger(v.seq) &&
    typeof v.hash === 'string' &&
    typeof v.at === 'string' &&
    typeof v.signature === 'string'
  );
}


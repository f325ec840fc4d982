/**
 * Ed25519 with node:crypto: key generation, signing and checking of ledger statements
 * (signatures as lowercase hex, like the hashes they sit beside),
 * and the key's fingerprint (SHA-256 of the raw public key, hex in groups of four).
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import type { StoredKeyPair } from './key-store';

/** The DER prefix of an Ed25519 SubjectPublicKeyInfo; the raw key is the 32 bytes after it. */
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export function generateKeyPair(chainId: string): StoredKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    chainId,
    publicKey: rawPublicKey(publicKey).toString('base64'),
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
  };
}

function rawPublicKey(key: KeyObject): Buffer {
  const der = key.export({ format: 'der', type: 'spki' });
  return der.subarray(SPKI_PREFIX.length);
}

function publicKeyObject(publicKeyBase64: string): KeyObject {
  const raw = Buffer.from(publicKeyBase64, 'base64');
  if (raw.length !== 32) throw new Error('An Ed25519 public key is 32 bytes.');
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

/** The raw public key that belongs to a stored private key (to check a key store against the database). */
export function publicKeyOf(key: StoredKeyPair): string {
  const priv = createPrivateKey({ key: Buffer.from(key.privateKey, 'base64'), format: 'der', type: 'pkcs8' });
  return rawPublicKey(createPublicKey(priv)).toString('base64');
}

export function signMessage(key: StoredKeyPair, message: string): string {
  const priv = createPrivateKey({ key: Buffer.from(key.privateKey, 'base64'), format: 'der', type: 'pkcs8' });
  return sign(null, Buffer.from(message, 'utf8'), priv).toString('hex');
}

/** False for a wrong signature, a malformed one or a malformed key: never throws. */
export function checkSignature(publicKeyBase64: string, message: string, signatureHex: string): boolean {
  try {
    if (!/^[0-9a-f]{128}$/.test(signatureHex)) return false;
    const sig = Buffer.from(signatureHex, 'hex');
    return verify(null, Buffer.from(message, 'utf8'), publicKeyObject(publicKeyBase64), sig);
  } catch {
    return false;
  }
}

/** SHA-256 of the raw public key, lowercase hex in groups of four: what exports print. */
export function fingerprint(publicKeyBase64: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex');
  return hex.match(/.{4}/g)!.join(' ');
}

// What is signed. Each statement names what it is, so a signature on one can never be
// taken for another.

export function recordMessage(chainId: string, seq: number, hash: string): string {
  return `landfall-ledger-record-v1\n${chainId}\n${seq}\n${hash}`;
}

export function headMessage(chainId: string, seq: number, hash: string): string {
  return `landfall-ledger-head-v1\n${chainId}\n${seq}\n${hash}`;
}

export function enrolmentMessage(chainId: string, publicKey: string, legacyThrough: number, legacyHeadHash: string): string {
  return `landfall-ledger-key-v1\n${chainId}\n${publicKey}\n${legacyThrough}\n${legacyHeadHash}`;
}

/**
 * The sign-off register for counsel's files: every decision on an entry's items, with
 * what was signed (requirement, pack version, content and evidence hashes), each
 * record's own hash, and the ledger's head hash so a later verify can be compared.
 */
import type { LedgerRecord, VerifyResult } from '../../../shared/signoff-schema';
import { displayDate } from '../../../shared/domain/iso-date';
import { csvFile, csvRow } from './csv';
import { createPdf } from './pdf-document';
import { DECISION_LABELS } from '../../../shared/vocabulary/signoff';
import { drawLine, flowText } from './pdf-text';

export interface RegisterRecord extends LedgerRecord {
  itemTitle: string;
  /** Portfolio-wide register: the record's own entry and market. */
  entryName?: string;
  market?: string;
  /** Portfolio-wide register: the evidence the record signed, by file name (or link name) and hash. */
  evidence?: { name: string; hash: string }[];
  /** Portfolio-wide register: why this approval is stale now, or null when it is in force or not an approval. */
  stale?: string | null;
}

export interface RegisterModel {
  /** The entry's name, or the register's scope ("All markets") when `portfolio` is set. */
  entryName: string;
  market: string;
  generatedAt: string;
  chainId: string;
  headHash: string | null;
  /** SHA-256 of the ledger's raw Ed25519 public key, hex in groups. */
  keyFingerprint: string | null;
  verified: { ok: boolean; text: string };
  records: RegisterRecord[];
  /** Every market's records: each row names its entry, lists evidence by name and hash, and marks stale approvals. */
  portfolio?: boolean;
}

/** What a register prints of the ledger's verification when exported. */
export function verifiedText(v: VerifyResult): RegisterModel['verified'] {
  return v.ok
    ? { ok: true, text: `ok, ${v.records} records, every signature valid` }
    : { ok: false, text: `FAILED (${v.problems.length} ${v.problems.length === 1 ? 'problem' : 'problems'}): ${v.problems.map((p) => p.message).join(' ')}` };
}

/** Extra columns of the portfolio-wide register. */
export const PORTFOLIO_REGISTER_COLUMNS = ['Evidence (name and hash)', 'Stale approval'] as const;

const evidenceText = (r: RegisterRecord) => (r.evidence ?? []).map((e) => `${e.name} (${e.hash})`).join('; ');

export const REGISTER_COLUMNS = [
  'Sequence',
  'Time (UTC)',
  'Item',
  'Decision',
  'Signer',
  'Declared role',
  'OS user',
  'Comment',
  'Condition',
  'Condition expires',
  'Requirement',
  'Pack version',
  'Content hash',
  'Evidence hashes',
  'Previous hash',
  'Record hash',
  'Signature (Ed25519)',
] as const;

/** Columns every row repeats, so the file has one header row and reads as a plain table. */
export const REGISTER_LEDGER_COLUMNS = ['Entry', 'Market', 'Ledger chain', 'Ledger head hash', 'Ledger key fingerprint', 'Ledger verified when exported'] as const;

/**
 * The register as CSV: the header row first (as pandas, csv.DictReader and spreadsheet
 * imports expect), one row per decision; the ledger's chain id, head hash and verify
 * result are columns of every row rather than comment lines above the header.
 */
export function registerCsv(m: RegisterModel): Buffer {
  const extra = m.portfolio ? PORTFOLIO_REGISTER_COLUMNS : [];
  const lines = [csvRow([...REGISTER_COLUMNS, ...extra, ...REGISTER_LEDGER_COLUMNS])];
  for (const r of m.records) {
    const ledger = [r.entryName ?? m.entryName, r.market ?? m.market, m.chainId, m.headHash ?? '', m.keyFingerprint ?? '', m.verified.text];
    const more = m.portfolio ? [evidenceText(r), r.stale ? `STALE: ${r.stale}` : ''] : [];
    lines.push(
      csvRow([
        r.seq,
        r.at,
        r.itemTitle,
        DECISION_LABELS[r.decision],
        r.signerName,
        r.signerRole,
        r.osUser,
        r.comment,
        r.conditionText,
        r.conditionExpires,
        r.requirementId,
        r.packId && r.packVersion ? `${r.packId} ${r.packVersion}` : null,
        r.contentHash,
        r.evidenceHashes.join(' '),
        r.prevHash,
        r.hash,
        r.signature ?? 'unsigned (written before records were signed)',
        ...more,
        ...ledger,
      ]),
    );
  }
  return csvFile(lines);
}

export function registerPdf(m: RegisterModel, fontsDir: string): Promise<Buffer> {
  const { doc, done } = createPdf(fontsDir, {
    size: 'A4',
    layout: 'landscape',
    margin: 36,
    bufferPages: true,
    info: { Title: `${m.entryName} — sign-off register`, Author: 'Landfall', Creator: 'Landfall' },
  });
  const width = doc.page.width - 72;
  const box = { x: 36, width };
  const ink = '#1f2933';
  flowText(doc, `Sign-off register — ${m.entryName}`, { weight: 'bold', size: 15, color: ink }, box);
  doc.y += 3;
  flowText(doc, `${m.portfolio ? 'Scope' : 'Market'}: ${m.market}   ·   Generated ${m.generatedAt.slice(0, 16).replace('T', ' ')} UTC by Landfall`, { size: 9, color: ink }, box);
  flowText(doc, `Ledger chain: ${m.chainId}`, { size: 9, color: ink }, box);
  flowText(doc, `Head hash: ${m.headHash ?? 'none — no decisions recorded yet'}`, { weight: 'bold', size: 9, color: ink }, box);
  flowText(doc, `Signing key fingerprint (SHA-256 of the Ed25519 public key): ${m.keyFingerprint ?? 'none recorded'}`, { weight: 'bold', size: 9, color: ink }, box);
  flowText(doc, `Verification when exported: ${m.verified.text}`, { size: 9, color: m.verified.ok ? '#1f6f5c' : '#b42318' }, box);
  flowText(
    doc,
    "Roles are self-declared in Landfall Settings; the operating-system user is recorded beside them. Every record is hash-chained and signed with this installation's Ed25519 key, so someone holding only the database cannot rewrite, truncate or extend the ledger unnoticed; whoever holds the key (the user's OS session, or in browser mode the data folder) can still sign. Compare the head hash and key fingerprint with a copy that left this machine.",
    { size: 7.5, color: '#5f6b7a' },
    box,
  );
  doc.y += 7;
  if (m.records.length === 0) flowText(doc, `No sign-off decisions have been recorded for ${m.portfolio ? 'any market' : 'this entry'}.`, { weight: 'bold', size: 11, color: '#5f6b7a' }, box);
  for (const r of m.records) {
    if (doc.y > doc.page.height - 120) {
      doc.addPage();
      doc.y = doc.page.margins.top;
    }
    flowText(doc, `#${r.seq}  ${DECISION_LABELS[r.decision]} — ${r.itemTitle}${r.entryName ? ` · ${r.entryName}` : ''}`, { weight: 'bold', size: 9.5, color: ink }, box);
    if (r.stale) flowText(doc, `STALE — ${r.stale}`, { weight: 'bold', size: 8, color: '#b42318' }, box);
    const lines = [
      `${displayDate(r.at.slice(0, 10))} ${r.at.slice(11, 16)} UTC · ${r.signerName} (declared role: ${r.signerRole}; OS user: ${r.osUser})`,
      r.comment ? `Comment: ${r.comment}` : null,
      r.conditionText ? `Condition: ${r.conditionText} (expires ${r.conditionExpires})` : null,
      r.requirementId ? `Requirement: ${r.requirementId}${r.packId ? ` · pack ${r.packId} ${r.packVersion ?? ''}` : ''}` : 'Custom item (no library requirement)',
      `Content hash: ${r.contentHash}`,
      r.evidence
        ? `Evidence: ${r.evidence.length ? r.evidence.map((e) => `${e.name} (${e.hash})`).join(', ') : 'none'}`
        : `Evidence hashes: ${r.evidenceHashes.length ? r.evidenceHashes.join(', ') : 'none'}`,
      `Record hash: ${r.hash}   (previous: ${r.prevHash})`,
      `Signature: ${r.signature ?? 'none (written before records were signed)'}`,
    ].filter((l): l is string => l !== null);
    flowText(doc, lines.join('\n'), { size: 7.5, color: ink }, box);
    doc.y += 5;
  }
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    // The footer sits in the bottom margin: lift the margin while writing it, or pdfkit
    // treats the text as overflowing and starts a new page for it.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    drawLine(doc, `Head hash ${m.headHash ?? 'none'}   ·   Key ${m.keyFingerprint ?? 'none'}   ·   Page ${i + 1} of ${range.count}`, 36, doc.page.height - 24, { size: 7, color: '#5f6b7a' }, { width, align: 'right' });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}

/** What a register row is about: the checklist item's title, or the accepted risk's as its snapshot holds it. */
export function subjectTitle(r: LedgerRecord, itemTitles: Map<string, string>): string {
  if (r.kind === 'risk_acceptance') {
    const title = r.snapshot && typeof r.snapshot === 'object' && !Array.isArray(r.snapshot) ? r.snapshot.title : null;
    return `Risk: ${typeof title === 'string' ? title : '(untitled)'}`;
  }
  return itemTitles.get(r.itemId) ?? '(item no longer on the checklist)';
}

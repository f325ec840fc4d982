/**
 * A lock file in the data folder, so that two processes (the desktop app and
 * browser mode, say) never open the same database at once.
 *
 * The lock records who holds it: pid, the process's start time, the boot id, the host
 * and a marker. A PID alone proves nothing after a crash (PIDs are reused), so a lock is
 * judged stale when its process is gone, or when the process now running under that
 * PID started at another time, on another boot, or is not Landfall.
 *
 * - Creating: the record is written to a private temp file and hard-linked to
 *   `landfall.lock`, which fails if the lock exists (an exclusive create that never
 *   shows a half-written lock).
 * - Taking over a stale lock: first an exclusive claim on that very lock (named by its
 *   inode and content), so only one process takes it over; the claimant checks it is
 *   still the same file and renames its own record over it (atomic). A lock another
 *   process has just made is never deleted.
 *
 * Process start time and boot id come from /proc on Linux. Elsewhere (macOS, Windows)
 * they are not available without spawning tools, so the lock falls back to "is a
 * process with that pid alive" (an unrelated process that reused the pid is then taken
 * for Landfall, and the message says how to clear the lock by hand).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../shared/errors';

export const LOCK_FILE = 'landfall.lock';
/** Written into every lock; a holder's command line is checked for it too where /proc exists. */
export const LOCK_MARKER = 'landfall';

export interface LockRecord {
  app: typeof LOCK_MARKER;
  pid: number;
  /** Process start time in clock ticks since boot (/proc/<pid>/stat field 22), or null where unknown. */
  startTime: string | null;
  bootId: string | null;
  host: string;
  /** A few words of the holder's command line, for the "is it still Landfall" check. */
  command: string;
  /** Unique per acquisition. */
  token: string;
  at: string;
}

export interface DataDirLock {
  release(): void;
}

/** Facts about the machine and its processes; replaceable in tests. */
export interface ProcessProbe {
  host(): string;
  bootId(): string | null;
  /** Start time of a running process, or null when unknown (no /proc) or not running. */
  startTime(pid: number): string | null;
  /** The process's command line, or null when it cannot be read. */
  commandLine(pid: number): string | null;
  alive(pid: number): boolean;
}

function readText(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

export const systemProbe: ProcessProbe = {
  host: () => os.hostname(),
  bootId: () => readText('/proc/sys/kernel/random/boot_id')?.trim() || null,
  startTime(pid) {
    const stat = readText(`/proc/${pid}/stat`);
    if (stat === null) return null;
    // Field 2 (comm) is in parentheses and may hold spaces: count fields after the last ')'.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return rest[19] ?? null; // field 22 = index 19 after pid and comm
  },
  commandLine(pid) {
    const raw = readText(`/proc/${pid}/cmdline`);
    return raw === null ? null : raw.split('\0').join(' ').trim();
  },
  alive(pid) {
    // A zombie (killed, not yet reaped by its parent) holds nothing.
    const stat = readText(`/proc/${pid}/stat`);
    if (stat !== null && /^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2))) return false;
    try {
      process.kill(pid, 0);
      return true;
    } catch (err) {
      return (err as NodeJS.ErrnoException).code === 'EPERM';
    }
  },
};

function ownCommand(probe: ProcessProbe): string {
  return (probe.commandLine(process.pid) ?? process.argv.join(' ')).slice(0, 300);
}

export function lockRecord(probe: ProcessProbe = systemProbe): LockRecord {
  return {
    app: LOCK_MARKER,
    pid: process.pid,
    startTime: probe.startTime(process.pid),
    bootId: probe.bootId(),
    host: probe.host(),
    command: ownCommand(probe),
    token: crypto.randomUUID(),
    at: new Date().toISOString(),
  };
}

function parseRecord(text: string): Partial<LockRecord> | null {
  try {
    const v = JSON.parse(text) as unknown;
    return v !== null && typeof v === 'object' ? (v as Partial<LockRecord>) : null;
  } catch {
    return null;
  }
}

export type Verdict = { held: true; pid: number; host: string; reason: string } | { held: false; reason: string };

/** Is the process that wrote this lock still running (and still Landfall)? */
export function judgeLock(text: string, probe: ProcessProbe = systemProbe): Verdict {
  const rec = parseRecord(text);
  if (!rec || typeof rec.pid !== 'number' || !Number.isInteger(rec.pid) || rec.pid <= 0) return { held: false, reason: 'unreadable lock' };
  const pid = rec.pid;
  const host = typeof rec.host === 'string' ? rec.host : probe.host();
  if (host !== probe.host()) return { held: true, pid, host, reason: 'held on another computer' };
  if (!probe.alive(pid)) return { held: false, reason: 'process gone' };
  const bootId = probe.bootId();
  if (rec.bootId && bootId && rec.bootId !== bootId) return { held: false, reason: 'written before a restart of the computer' };
  const start = probe.startTime(pid);
  if (rec.startTime && start && rec.startTime !== start) return { held: false, reason: 'pid reused by a later process' };
  const command = probe.commandLine(pid);
  if (command !== null && !rec.startTime) {
    // No start time recorded (an older lock, or written where /proc is missing): the
    // process must at least still run the command that wrote the lock.
    const expected = typeof rec.command === 'string' && rec.command ? rec.command : null;
    const looksLikeUs = expected !== null ? command === expected : /landfall|electron|node/i.test(command);
    if (!looksLikeUs) return { held: false, reason: 'pid now belongs to another program' };
  }
  return { held: true, pid, host, reason: 'running' };
}

/** Folders this process holds, so that a second open in the same process is refused too. */
const heldHere = new Set<string>();

function inUse(dataDir: string, v: Extract<Verdict, { held: true }>, file: string): AppError {
  if (v.reason === 'held on another computer') {
    return new AppError(
      'conflict',
      `Landfall's data folder ${dataDir} is in use by Landfall on ${v.host} (pid ${v.pid}). Close Landfall there first; if it is not running there, delete ${file}.`,
    );
  }
  return new AppError(
    'conflict',
    `Landfall's data folder ${dataDir} is already in use by another Landfall process (pid ${v.pid}). Switch to that Landfall window or quit it, then start again${process.platform === 'linux' ? '' : `; if no Landfall is running, delete ${file}`}.`,
  );
}

/** Leftover claims older than this were abandoned by a crash mid take-over. */
const CLAIM_ABANDONED_MS = 10_000;

export function acquireLock(dataDir: string, probe: ProcessProbe = systemProbe): DataDirLock {
  const file = path.resolve(dataDir, LOCK_FILE);
  if (heldHere.has(file)) {
    throw new AppError('conflict', `Landfall's data folder ${dataDir} is already open in this process.`);
  }
  const record = lockRecord(probe);
  const text = JSON.stringify(record);
  const tmp = `${file}.${process.pid}.${record.token}.tmp`;
  fs.writeFileSync(tmp, text, { mode: 0o600, flag: 'wx' });
  const fd = fs.openSync(tmp, 'r');
  fs.fsyncSync(fd);
  fs.closeSync(fd);

  const granted = (): DataDirLock => {
    heldHere.add(file);
    let released = false;
    return {
      release() {
        if (released) return;
        released = true;
        heldHere.delete(file);
        // Only remove the lock if it is still ours.
        if (parseRecord(readText(file) ?? '')?.token === record.token) fs.rmSync(file, { force: true });
      },
    };
  };

  try {
    for (let attempt = 0; attempt < 200; attempt++) {
      try {
        fs.linkSync(tmp, file);
        return granted();
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      let stat: fs.Stats;
      let current: string;
      try {
        stat = fs.statSync(file);
        current = fs.readFileSync(file, 'utf8');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue; // released meanwhile: try again
        throw err;
      }
      const verdict = judgeLock(current, probe);
      // Our own pid but not held in this process: left by an earlier process with our pid.
      if (verdict.held && !(verdict.pid === process.pid && verdict.host === probe.host())) throw inUse(dataDir, verdict, file);
      if (takeOver(file, tmp, stat, current)) return granted();
      // Someone else is taking the stale lock over, or did: look again shortly.
      sleep(5 + Math.floor(Math.random() * 10));
    }
    throw new AppError('conflict', `Could not lock the data folder ${dataDir}: other processes kept changing ${file}. Try again.`);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/**
 * Replaces a stale lock with ours, or returns false when another process got there first.
 * The claim file is named after the stale lock itself, so two processes judging the same
 * stale lock cannot both replace it, and a fresh lock is never replaced.
 */
function takeOver(file: string, tmp: string, stale: fs.Stats, staleText: string): boolean {
  const digest = crypto.createHash('sha256').update(staleText).digest('hex').slice(0, 16);
  const claim = `${file}.takeover-${stale.ino}-${digest}`;
  try {
    fs.writeFileSync(claim, String(process.pid), { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    removeAbandonedClaim(claim);
    return false;
  }
  try {
    let now: fs.Stats;
    try {
      now = fs.statSync(file);
    } catch {
      return false;
    }
    if (now.ino !== stale.ino || now.dev !== stale.dev || readText(file) !== staleText) return false;
    // Copy our record under a second name and rename it over the stale one: atomic.
    const replacement = `${tmp}.replace`;
    fs.copyFileSync(tmp, replacement);
    fs.renameSync(replacement, file);
    return true;
  } finally {
    fs.rmSync(claim, { force: true });
  }
}

function removeAbandonedClaim(claim: string): void {
  try {
    if (Date.now() - fs.statSync(claim).mtimeMs > CLAIM_ABANDONED_MS) fs.rmSync(claim, { force: true });
  } catch {
    // gone already
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
function sleep(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

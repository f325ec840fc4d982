/**
 * The data-folder lock under real processes: simultaneous starts (exactly one winner,
 * also when a stale lock is waiting to be taken over) and kill -9 followed by an
 * immediate restart (never refused). Bounded: a few rounds of a few child processes.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/connection';
import { LOCK_FILE, judgeLock, lockRecord, systemProbe } from '../../electron/db/lock';
import { tempDir } from './helpers';

const ROOT = path.resolve(__dirname, '../..');
const ROUNDS = 12;
const CONTENDERS = 4;
const KILL_ROUNDS = 4;
let childScript: string;

beforeAll(async () => {
  childScript = path.join(tempDir('landfall-lock-child-'), 'lock-child.cjs');
  await build({
    entryPoints: [path.join(ROOT, 'tests/integration/lock-child.ts')],
    outfile: childScript,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['better-sqlite3'],
    logLevel: 'silent',
  });
}, 60_000);

function child(mode: 'lock' | 'open', dataDir: string): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [childScript, mode, dataDir], {
    env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') },
    stdio: 'pipe',
  });
}

/** Resolves with the first line starting with one of the prefixes. */
function lineFrom(p: ChildProcessWithoutNullStreams, prefixes: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const onData = (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => prefixes.some((x) => l.startsWith(x)));
      if (line !== undefined) {
        p.stdout.off('data', onData);
        resolve(line);
      }
    };
    p.stdout.on('data', onData);
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.once('exit', (code) => reject(new Error(`child exited (${code}) before answering: ${out} ${err}`)));
  });
}

function exited(p: ChildProcessWithoutNullStreams): Promise<void> {
  return p.exitCode !== null || p.signalCode !== null ? Promise.resolve() : new Promise((r) => p.once('exit', () => r()));
}

/** A lock left by a process that is gone: a pid that has exited. */
async function deadPid(): Promise<number> {
  const p = spawn(process.execPath, ['-e', '']);
  await exited(p as unknown as ChildProcessWithoutNullStreams);
  return p.pid!;
}

describe('data-folder lock', () => {
  it(`simultaneous starts: exactly one of ${CONTENDERS} wins, in each of ${ROUNDS} rounds`, async () => {
    const winners: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const dir = tempDir('landfall-lock-race-');
      // Every other round starts over a stale lock: its process is gone, or its pid is alive
      // but started at another time (a reused pid).
      if (round % 3 === 1) fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ ...lockRecord(), pid: await deadPid() }));
      if (round % 3 === 2) fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ ...lockRecord(), startTime: '1' }));
      const procs = Array.from({ length: CONTENDERS }, () => child('lock', dir));
      await Promise.all(procs.map((p) => lineFrom(p, ['READY'])));
      const answers = procs.map((p) => lineFrom(p, ['WON', 'LOST']));
      for (const p of procs) p.stdin.write('go\n');
      const results = await Promise.all(answers);
      const won = results.filter((r) => r === 'WON').length;
      winners.push(won);
      for (const r of results.filter((x) => x !== 'WON')) expect(r).toMatch(/^LOST .*already in use by another Landfall process \(pid \d+\)\. Switch to that Landfall window or quit it/);
      // The lock on disk names the winner.
      const holder = JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')) as { pid: number };
      expect(procs[results.indexOf('WON')]?.pid).toBe(holder.pid);
      for (const p of procs) p.stdin.end();
      await Promise.all(procs.map(exited));
      expect(fs.existsSync(path.join(dir, LOCK_FILE)), 'released on exit').toBe(false);
      expect(fs.readdirSync(dir).filter((f) => f.includes('.tmp') || f.includes('takeover'))).toEqual([]);
    }
    expect(winners).toEqual(Array(ROUNDS).fill(1));
  }, 120_000);

  it(`kill -9 and restart at once: ${KILL_ROUNDS} rounds, never refused`, async () => {
    const dir = tempDir('landfall-lock-kill-');
    let refused = 0;
    for (let round = 0; round < KILL_ROUNDS; round++) {
      const p = child('open', dir);
      expect(await lineFrom(p, ['OPEN', 'REFUSED'])).toBe('OPEN');
      // While it runs, the folder is refused, with what to do.
      await expect(openDatabase(dir)).rejects.toThrow(/already in use by another Landfall process \(pid \d+\)\. Switch to that Landfall window or quit it/);
      p.kill('SIGKILL');
      await exited(p);
      expect(fs.existsSync(path.join(dir, LOCK_FILE)), 'the killed process left its lock').toBe(true);
      try {
        const opened = await openDatabase(dir);
        expect(opened.db.pragma('integrity_check', { simple: true })).toBe('ok');
        opened.close();
      } catch {
        refused++;
      }
    }
    expect(refused).toBe(0);
  }, 120_000);

  it('judges a lock by pid, start time, boot and host, not by pid alone', () => {
    const me = lockRecord();
    expect(judgeLock(JSON.stringify(me))).toMatchObject({ held: true, pid: process.pid });
    if (systemProbe.startTime(process.pid) !== null) {
      expect(judgeLock(JSON.stringify({ ...me, startTime: '1' }))).toEqual({ held: false, reason: 'pid reused by a later process' });
      expect(judgeLock(JSON.stringify({ ...me, bootId: 'another-boot' }))).toEqual({ held: false, reason: 'written before a restart of the computer' });
      // An old-style lock naming a live pid that runs something else.
      expect(judgeLock(JSON.stringify({ pid: process.pid, at: '2026-01-01T00:00:00Z', command: 'sleep 1000' }))).toEqual({ held: false, reason: 'pid now belongs to another program' });
    }
    expect(judgeLock(JSON.stringify({ ...me, host: 'elsewhere.example' }))).toMatchObject({ held: true, host: 'elsewhere.example' });
    expect(judgeLock('not json')).toEqual({ held: false, reason: 'unreadable lock' });
    expect(judgeLock(JSON.stringify({ pid: 2 ** 22 + 12345 }))).toEqual({ held: false, reason: 'process gone' });
  });
});

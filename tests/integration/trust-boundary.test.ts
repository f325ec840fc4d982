/**
 * The boundary's smaller promises: a missing evidence file is a sentence without the
 * data folder's path, a stray evidence .tmp from a crash is removed on start, browser
 * mode refuses a caller without the token before reading its body, and it never serves
 * source maps.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../electron/host/server';
import { backendsForTests, ok, tempDir, validEntry } from './helpers';

const backends = backendsForTests();
let host: RunningHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

async function itemOf(b: Awaited<ReturnType<typeof backends.start>>): Promise<string> {
  const e = await ok<{ id: string }>(b.router.call('entries.create', validEntry()));
  const c = await ok<{ items: { id: string }[] }>(b.router.call('checklist.get', { entryId: e.id }));
  return c.items[0]!.id;
}

describe('evidence store', () => {
  it('answers a missing evidence file with a sentence, not a 500 with the data folder', async () => {
    const b = await backends.start();
    const itemId = await itemOf(b);
    const ev = await ok<{ id: string; sha256: string }>(b.router.call('evidence.addFile', { itemId, fileName: 'policy.txt', contentBase64: Buffer.from('policy').toString('base64') }));
    fs.rmSync(path.join(b.dataDir, 'evidence', ev.sha256.slice(0, 2), ev.sha256));
    const r = await b.router.call('evidence.download', { evidenceId: ev.id });
    expect(r).toEqual({ ok: false, error: { code: 'not_found', field: 'evidenceId', message: 'The stored copy of policy.txt is missing from the evidence folder; attach the file again.' } });
    expect(JSON.stringify(r)).not.toContain(b.dataDir);
  });

  it('removes a stray .tmp left by a crashed write on start, and nothing else', async () => {
    const dataDir = tempDir();
    const first = await backends.start({ dataDir });
    const itemId = await itemOf(first);
    const ev = await ok<{ sha256: string }>(first.router.call('evidence.addFile', { itemId, fileName: 'a.txt', contentBase64: Buffer.from('a').toString('base64') }));
    backends.closeLast();
    const shard = path.join(dataDir, 'evidence', ev.sha256.slice(0, 2));
    const stray = path.join(shard, `${ev.sha256.slice(0, 2)}${'0'.repeat(62)}.4242.tmp`);
    const unrelated = path.join(shard, 'notes.tmp');
    fs.writeFileSync(stray, 'half a file');
    fs.writeFileSync(unrelated, 'not ours');
    await backends.start({ dataDir });
    expect(fs.existsSync(stray)).toBe(false);
    expect(fs.existsSync(unrelated)).toBe(true);
    expect(fs.existsSync(path.join(shard, ev.sha256))).toBe(true);
  });
});

describe('browser mode boundary', () => {
  async function startWithStatic() {
    const b = await backends.start();
    const staticDir = tempDir('landfall-static-');
    fs.mkdirSync(path.join(staticDir, 'assets'));
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Landfall</title>');
    fs.writeFileSync(path.join(staticDir, 'assets', 'index.js'), 'console.log(1);\n//# sourceMappingURL=index.js.map');
    fs.writeFileSync(path.join(staticDir, 'assets', 'index.js.map'), '{"sources":["/home/dev/landfall/src/main.tsx"]}');
    host = await startHost({ router: b.router, staticDir, token: 'secret-token' });
    return host;
  }

  it('does not serve source maps', async () => {
    const h = await startWithStatic();
    expect((await fetch(`http://127.0.0.1:${h.port}/assets/index.js`)).status).toBe(200);
    for (const p of ['/assets/index.js.map', '/assets/INDEX.JS.MAP', '/assets/index.js.map?x=1']) {
      expect((await fetch(`http://127.0.0.1:${h.port}${p}`)).status, p).toBe(404);
    }
  });

  it('refuses a caller without the token before reading the body', async () => {
    const h = await startWithStatic();
    // Headers announce a 10 MB body, but only the headers are sent: the answer must come anyway.
    const answer = await new Promise<string>((resolve, reject) => {
      const s = net.connect(h.port, '127.0.0.1', () => {
        s.write(`POST /rpc/entries.create HTTP/1.1\r\nHost: 127.0.0.1:${h.port}\r\nContent-Type: application/json\r\nContent-Length: 10485760\r\n\r\n{"name":`);
      });
      let data = '';
      s.on('data', (d: Buffer) => (data += d.toString()));
      s.on('end', () => resolve(data));
      s.on('error', reject);
      setTimeout(() => reject(new Error(`no answer, got: ${data}`)), 5000);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 401/);
    expect(answer).toMatch(/Connection: close/i);
    expect(answer).toContain('"code":"unauthorized"');
  });
});

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/index';
import { startHost, type RunningHost } from '../../electron/host/server';
import { countRows, tempDir, validEntry } from './helpers';

const TOKEN = 'test-token-abcdefghijklmnopqrstuvwxyz';
let backend: Backend;
let host: RunningHost;
let staticDir: string;

beforeAll(async () => {
  staticDir = tempDir('landfall-static-');
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Landfall</title>');
  fs.writeFileSync(path.join(tempDir(), 'secret.txt'), 'nope');
  backend = await createBackend({ dataDir: tempDir(), osUser: 'tester', onInternalError: () => {} });
  host = await startHost({ router: backend.router, staticDir, token: TOKEN, maxBodyBytes: 64 * 1024 });
});

afterAll(async () => {
  await host.close();
  backend.close();
});

interface Res {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw HTTP request, so that we control every header (fetch would add or forbid some). */
function request(opts: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Res> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, method: opts.method ?? 'GET', path: opts.path, headers: { Host: `127.0.0.1:${host.port}`, ...opts.headers } },
      (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

const authed = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' };

describe('browser mode host', () => {
  it('binds to 127.0.0.1 only', () => {
    const addr = host.server.address();
    expect(typeof addr === 'object' && addr?.address).toBe('127.0.0.1');
    expect(host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/#token=`));
  });

  it('serves the renderer with a CSP header that forbids framing', async () => {
    const r = await request({ path: '/' });
    expect(r.status).toBe(200);
    expect(r.body).toContain('<title>Landfall</title>');
    expect(r.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(r.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('does not serve files outside the renderer folder', async () => {
    for (const p of ['/../package.json', '/%2e%2e/%2e%2e/package.json', '/..%2fsecret.txt', '/%00']) {
      const r = await request({ path: p });
      expect(r.status, p).toBe(404);
    }
  });

  it('answers a valid call', async () => {
    const r = await request({ method: 'POST', path: '/rpc/entries.list', headers: authed, body: '{}' });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ ok: true, value: [] });
  });

  it('refuses calls without the token, or with a wrong one', async () => {
    for (const auth of [undefined, 'Bearer wrong', `Basic ${TOKEN}`, `Bearer ${TOKEN}x`]) {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (auth) headers.Authorization = auth;
      const r = await request({ method: 'POST', path: '/rpc/entries.list', headers, body: '{}' });
      expect(r.status).toBe(401);
      expect(JSON.parse(r.body).error.code).toBe('unauthorized');
    }
  });

  it('refuses another Host (DNS rebinding) and another Origin', async () => {
    const badHost = await request({ method: 'POST', path: '/rpc/entries.list', headers: { ...authed, Host: 'evil.example:80' }, body: '{}' });
    expect(badHost.status).toBe(403);
    const badOrigin = await request({ method: 'POST', path: '/rpc/entries.list', headers: { ...authed, Origin: 'http://evil.example' }, body: '{}' });
    expect(badOrigin.status).toBe(403);
    const ownOrigin = await request({ method: 'POST', path: '/rpc/entries.list', headers: { ...authed, Origin: `http://127.0.0.1:${host.port}` }, body: '{}' });
    expect(ownOrigin.status).toBe(200);
  });

  it('requires JSON', async () => {
    const r = await request({ method: 'POST', path: '/rpc/entries.list', headers: { ...authed, 'Content-Type': 'text/plain' }, body: '{}' });
    expect(r.status).toBe(415);
    expect(JSON.parse(r.body).error.message).toMatch(/JSON/);
  });

  it('answers malformed JSON with a 400 and keeps serving', async () => {
    const bad = await request({ method: 'POST', path: '/rpc/entries.create', headers: authed, body: '{"name": ' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const good = await request({ method: 'POST', path: '/rpc/entries.list', headers: authed, body: '{}' });
    expect(good.status).toBe(200);
  });

  it('refuses a body over the limit with a message, not a dropped connection, and writes nothing', async () => {
    const huge = JSON.stringify({ ...validEntry(), description: 'x'.repeat(200 * 1024) });
    const r = await request({ method: 'POST', path: '/rpc/entries.create', headers: authed, body: huge });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body).error.message).toMatch(/too large/);
    // Chunked upload with no Content-Length is limited too.
    const chunked = await request({ method: 'POST', path: '/rpc/entries.create', headers: { ...authed, 'Transfer-Encoding': 'chunked' }, body: huge });
    expect(chunked.status).toBe(413);
    expect(countRows(backend.dbFile, 'entries')).toBe(0);
  });

  it('answers an invalid entry with a 400 naming the field', async () => {
    const r = await request({ method: 'POST', path: '/rpc/entries.create', headers: authed, body: JSON.stringify(validEntry({ startDate: '2026-02-30' })) });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).error).toMatchObject({ code: 'invalid_input', field: 'startDate' });
  });

  it('answers unknown methods and wrong verbs', async () => {
    expect((await request({ method: 'POST', path: '/rpc/nope.nothing', headers: authed, body: '{}' })).status).toBe(404);
    expect((await request({ method: 'POST', path: '/rpc/__proto__', headers: authed, body: '{}' })).status).toBe(404);
    expect((await request({ method: 'GET', path: '/rpc/entries.list', headers: authed })).status).toBe(405);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler, resolveAppRequest } from '../../electron/main/app-protocol';

let base: string;
let root: string;

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-protocol-'));
  root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Landfall</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'outside the renderer folder');
  fs.writeFileSync(path.join(base, 'renderer-evil.txt'), 'a sibling folder with the same prefix');
});

const get = (url: string, method = 'GET') => createAppProtocolHandler(root)(new Request(url, { method }));

describe('app:// serves the renderer folder', () => {
  it('serves index.html for / and files by path, with CSP and their type', async () => {
    for (const url of ['app://landfall/', 'app://landfall/index.html']) {
      const res = await get(url);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<title>Landfall</title>');
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    }
    const js = await get('app://landfall/assets/app.js?v=1#x');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for a file that does not exist', async () => {
    expect((await get('app://landfall/missing.js')).status).toBe(404);
    expect((await get('app://landfall/assets')).status).toBe(404);
  });

  it('answers GET only', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS']) {
      expect(resolveAppRequest(method, 'app://landfall/index.html', root).status).toBe(405);
    }
    const res = await get('app://landfall/index.html', 'POST');
    expect(res.status).toBe(405);
  });

  it('answers our host only', async () => {
    for (const url of ['app://evil/index.html', 'app://landfall.evil/index.html', 'app://landfall:99/index.html', 'app://x@landfall/index.html', 'https://landfall/index.html']) {
      expect(resolveAppRequest('GET', url, root).status, url).toBe(404);
    }
  });

  it.each([
    'app://landfall/..%2fsecret.txt',
    'app://landfall/..%2F..%2Fsecret.txt',
    'app://landfall/assets/..%2f..%2fsecret.txt',
    'app://landfall/%2e%2e%2fsecret.txt',
    'app://landfall/%2e%2e/secret.txt',
    'app://landfall/..%5csecret.txt',
    'app://landfall/%5c..%5c..%5csecret.txt',
    'app://landfall/..%2frenderer-evil.txt',
    'app://landfall/%2fetc%2fpasswd',
    'app://landfall/..%252fsecret.txt',
    'app://landfall/%00index.html',
    'app://landfall/%E0%A4%A',
  ])('never serves anything outside the folder: %s', async (url) => {
    const res = await get(url);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('outside the renderer folder');
  });
});

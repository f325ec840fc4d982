import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentType, checkHost, checkOrigin, tokenMatches } from '../../electron/host/http-checks';
import { resolveStaticPath } from '../../electron/host/static-files';

describe('browser-mode request checks', () => {
  it('accepts only our loopback host and port', () => {
    expect(checkHost('127.0.0.1:4000', 4000)).toBeNull();
    expect(checkHost('localhost:4000', 4000)).toBeNull();
    expect(checkHost('127.0.0.1:4001', 4000)).not.toBeNull();
    expect(checkHost('attacker.example:4000', 4000)).not.toBeNull();
    expect(checkHost(undefined, 4000)).not.toBeNull();
  });
  it('accepts no Origin or our own, refuses others', () => {
    expect(checkOrigin(undefined, 4000)).toBeNull();
    expect(checkOrigin('http://127.0.0.1:4000', 4000)).toBeNull();
    expect(checkOrigin('http://127.0.0.1:4000.evil.example', 4000)).not.toBeNull();
    expect(checkOrigin('null', 4000)).not.toBeNull();
  });
  it('matches the bearer token exactly', () => {
    expect(tokenMatches('Bearer abc', 'abc')).toBe(true);
    expect(tokenMatches('Bearer abcd', 'abc')).toBe(false);
    expect(tokenMatches('bearer abc', 'abc')).toBe(false);
    expect(tokenMatches('Bearer ', '')).toBe(false);
    expect(tokenMatches(undefined, 'abc')).toBe(false);
  });
  it('wants application/json', () => {
    expect(checkContentType('application/json; charset=utf-8')).toBeNull();
    expect(checkContentType('text/plain')).not.toBeNull();
    expect(checkContentType(undefined)).not.toBeNull();
  });
  it('keeps static paths inside the renderer folder', () => {
    const root = path.resolve('/srv/renderer');
    expect(resolveStaticPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/app.js?v=1')).toBe(path.join(root, 'assets', 'app.js'));
    expect(resolveStaticPath(root, '/../secret')).toBeNull();
    expect(resolveStaticPath(root, '/%2e%2e/secret')).toBeNull();
    expect(resolveStaticPath(root, '/a%00b')).toBeNull();
    expect(resolveStaticPath(root, '/%E0%A4%A')).toBeNull();
  });
});

/**
 * The app:// protocol: serves the built renderer from one folder, to our host only,
 * for GET only, without stepping outside the folder (`..`, `%2e%2e`, encoded slashes
 * and backslashes all end in 404). Sends the same CSP and security headers as browser
 * mode. The handler uses the web-standard Request/Response, so it runs in Node tests.
 */
import fs from 'node:fs/promises';
import { CSP_HEADER } from '../host/csp';
import { contentTypeFor, resolveStaticPath } from '../host/static-files';
import { APP_HOST, APP_SCHEME } from '../ipc/app-origin';

export type AppRequestDecision =
  | { status: 200; file: string; contentType: string }
  | { status: 404 | 405; reason: string };

export const APP_RESPONSE_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Decides what a request to app:// gets, without touching the disk. */
export function resolveAppRequest(method: string, rawUrl: string, root: string): AppRequestDecision {
  if (method !== 'GET') return { status: 405, reason: 'only GET' };
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { status: 404, reason: 'malformed URL' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST || url.port !== '' || url.username !== '' || url.password !== '') {
    return { status: 404, reason: 'not our host' };
  }
  // The raw path (before any decoding) goes to resolveStaticPath, which decodes once and
  // refuses anything that lands outside the folder or contains a backslash or NUL.
  const file = resolveStaticPath(root, url.pathname);
  if (!file) return { status: 404, reason: 'outside the renderer folder' };
  return { status: 200, file, contentType: contentTypeFor(file) };
}

export function createAppProtocolHandler(root: string, readFile: (file: string) => Promise<Uint8Array> = (f) => fs.readFile(f)) {
  return async (request: Request): Promise<Response> => {
    const decision = resolveAppRequest(request.method, request.url, root);
    if (decision.status !== 200) {
      return new Response(decision.status === 405 ? 'Method not allowed' : 'Not found', {
        status: decision.status,
        headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
      });
    }
    let body: Uint8Array;
    try {
      body = await readFile(decision.file);
    } catch {
      return new Response('Not found', { status: 404, headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
    }
    return new Response(body as Uint8Array<ArrayBuffer>, {
      status: 200,
      headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': decision.contentType, 'Cache-Control': 'no-store' },
    });
  };
}

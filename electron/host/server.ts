/**
 * Browser mode: the built renderer and POST /rpc/<method> on 127.0.0.1 only.
 * The same router as the desktop app answers every call.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Router } from '../backend/router';
import { contract, isMethodName } from '../../shared/contract';
import { SECURITY_HEADERS } from './csp';
import {
  MAX_BODY_BYTES,
  checkAuthorization,
  checkContentType,
  checkDeclaredLength,
  checkHost,
  checkOrigin,
  statusForError,
  tooLarge,
  type Rejection,
} from './http-checks';
import { contentTypeFor, resolveStaticPath } from './static-files';

export interface HostOptions {
  router: Router;
  staticDir: string;
  token: string;
  port?: number;
  maxBodyBytes?: number;
}

export interface RunningHost {
  server: http.Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

/** Drain what is left of a body (up to a cap) so the client reads our answer instead of a reset. */
const DRAIN_CAP = 64 * 1024 * 1024;

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

function sendRejection(res: http.ServerResponse, r: Rejection): void {
  sendJson(res, r.status, { ok: false, error: { code: r.code, message: r.message } });
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | 'too_large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (over) {
        if (size > DRAIN_CAP) req.destroy();
        return;
      }
      if (size > limit) {
        over = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? 'too_large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function handleRpc(req: http.IncomingMessage, res: http.ServerResponse, opts: HostOptions, port: number, method: string) {
  const methodLimit = isMethodName(method) ? contract[method].maxBodyBytes : MAX_BODY_BYTES;
  const limit = Math.min(opts.maxBodyBytes ?? Infinity, methodLimit);
  // Origin and token first, before a byte of the body is read: a caller without the
  // token is answered at once and the connection closed, its body never read.
  const refused = checkOrigin(req.headers.origin, port) ?? checkAuthorization(req.headers.authorization, opts.token);
  if (refused) {
    res.setHeader('Connection', 'close');
    sendRejection(res, refused);
    return;
  }
  const early =
    checkContentType(req.headers['content-type']) ??
    checkDeclaredLength(req.headers['content-length'], limit);
  if (early) {
    req.resume();
    req.on('end', () => sendRejection(res, early));
    return;
  }
  const body = await readBody(req, limit);
  if (body === 'too_large') return sendRejection(res, tooLarge(limit));
  let input: unknown;
  try {
    input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
  } catch {
    return sendRejection(res, { status: 400, code: 'invalid_input', message: 'The request body is not valid JSON.' });
  }
  const result = await opts.router.call(method, input);
  sendJson(res, result.ok ? 200 : statusForError(result.error.code), result);
}

function handleStatic(req: http.IncomingMessage, res: http.ServerResponse, opts: HostOptions) {
  const file = resolveStaticPath(opts.staticDir, req.url ?? '/');
  if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found');
    return;
  }
  const isHtml = file.endsWith('.html');
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': contentTypeFor(file),
    'Cache-Control': isHtml ? 'no-store' : 'max-age=3600',
  });
  if (req.method === 'HEAD') return res.end();
  fs.createReadStream(file).pipe(res);
}

export function startHost(opts: HostOptions): Promise<RunningHost> {
  if (!fs.existsSync(resolveStaticPath(opts.staticDir, '/') ?? '')) {
    return Promise.reject(new Error(`The renderer has not been built: ${opts.staticDir} has no index.html. Run "npm run build".`));
  }
  let port = 0;
  const server = http.createServer((req, res) => {
    const host = checkHost(req.headers.host, port);
    if (host) {
      req.resume();
      return sendRejection(res, host);
    }
    const url = req.url ?? '/';
    const rpc = /^\/rpc\/([A-Za-z0-9_.-]+)$/.exec(url);
    if (rpc) {
      if (req.method !== 'POST') {
        req.resume();
        res.setHeader('Allow', 'POST');
        return sendJson(res, 405, { ok: false, error: { code: 'invalid_input', message: 'API calls must use POST.' } });
      }
      handleRpc(req, res, opts, port, rpc[1]!).catch(() => {
        if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message: 'The request could not be handled.' } });
        else res.destroy();
      });
      return;
    }
    if (url.startsWith('/rpc')) {
      req.resume();
      return sendJson(res, 404, { ok: false, error: { code: 'not_found', message: 'There is no such API method.' } });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      req.resume();
      res.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET, HEAD' });
      return res.end();
    }
    handleStatic(req, res, opts);
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        server,
        port,
        url: `http://127.0.0.1:${port}/#token=${opts.token}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

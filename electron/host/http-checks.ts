/**
 * Pure request checks for browser mode. Each returns null when the request may pass,
 * or the status and one sentence to send back.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export interface Rejection {
  status: number;
  code: 'unauthorized' | 'invalid_input' | 'not_found';
  message: string;
}

export const MAX_BODY_BYTES = 1024 * 1024;

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** Host must name our loopback address and port (defeats DNS rebinding). */
export function checkHost(host: string | undefined, port: number): Rejection | null {
  if (host && allowedHosts(port).includes(host.toLowerCase())) return null;
  return { status: 403, code: 'unauthorized', message: 'This server only answers requests addressed to 127.0.0.1.' };
}

/** Origin, when a browser sends one, must be our own. */
export function checkOrigin(origin: string | undefined, port: number): Rejection | null {
  if (origin === undefined) return null;
  if (allowedHosts(port).some((h) => origin.toLowerCase() === `http://${h}`)) return null;
  return { status: 403, code: 'unauthorized', message: 'Requests from other web pages are not accepted.' };
}

/** Compares the bearer token in constant time (hashing first makes the lengths equal). */
export function tokenMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer ([A-Za-z0-9_-]+)$/.exec(header ?? '');
  const given = createHash('sha256').update(match?.[1] ?? '').digest();
  const expected = createHash('sha256').update(token).digest();
  return timingSafeEqual(given, expected) && match !== null;
}

export function checkAuthorization(header: string | undefined, token: string): Rejection | null {
  if (tokenMatches(header, token)) return null;
  return { status: 401, code: 'unauthorized', message: 'The session token is missing or wrong: open the URL that Landfall printed when it started.' };
}

export function checkContentType(contentType: string | undefined): Rejection | null {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json') return null;
  return { status: 415, code: 'invalid_input', message: 'Requests must be sent as JSON (Content-Type: application/json).' };
}

export function checkDeclaredLength(contentLength: string | undefined, limit = MAX_BODY_BYTES): Rejection | null {
  if (contentLength === undefined) return null;
  const n = Number(contentLength);
  if (Number.isFinite(n) && n <= limit) return null;
  return tooLarge(limit);
}

export function tooLarge(limit = MAX_BODY_BYTES): Rejection {
  return { status: 413, code: 'invalid_input', message: `The request is too large: the limit is ${Math.round(limit / 1024)} KB.` };
}

/** HTTP status for an API error code. */
export function statusForError(code: string): number {
  switch (code) {
    case 'invalid_input':
      return 400;
    case 'not_found':
      return 404;
    case 'conflict':
      return 409;
    case 'unauthorized':
      return 401;
    default:
      return 500;
  }
}

/**
 * How the renderer reaches the backend: the preload's `window.landfall.invoke` in the
 * desktop app, or POST /rpc/<method> with the launch token in browser mode.
 */
import type { ApiResult } from '../../../shared/errors';
import { TOKEN_KEY, reportUnauthorized, takeTokenFromLocation } from './session-token';

declare global {
  interface Window {
    landfall?: { invoke(method: string, input: unknown): Promise<ApiResult<unknown>> };
  }
}


export type Invoke = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

export function httpInvoke(token: string | null | (() => string | null)): Invoke {
  const current = typeof token === 'function' ? token : () => token;
  return async (method, input) => {
    let res: Response;
    try {
      res = await fetch(`/rpc/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${current() ?? ''}` },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return { ok: false, error: { code: 'internal', message: 'Landfall is not reachable: is the browser-mode server still running?' } };
    }
    // The token was refused (the server was restarted with a new one): the token prompt offers to take the new address.
    if (res.status === 401) reportUnauthorized();
    try {
      return (await res.json()) as ApiResult<unknown>;
    } catch {
      return { ok: false, error: { code: 'internal', message: `The server answered with an unreadable response (HTTP ${res.status}).` } };
    }
  };
}

export function defaultInvoke(): Invoke {
  if (window.landfall) return (m, i) => window.landfall!.invoke(m, i);
  takeTokenFromLocation();
  // A new address (a restarted server's token) pasted into this tab changes only the
  // fragment, which does not reload the page: take the token and read everything again.
  window.addEventListener('hashchange', () => {
    const before = sessionStorage.getItem(TOKEN_KEY);
    const after = takeTokenFromLocation();
    if (after && after !== before) window.location.reload();
  });
  return httpInvoke(() => sessionStorage.getItem(TOKEN_KEY));
}

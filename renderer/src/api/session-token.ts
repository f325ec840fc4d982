/**
 * Browser mode's launch token: read from the address (#token=…), kept for this tab, and
 * replaced when a new address is pasted into the tab or into the token prompt. The pure
 * part (what a pasted text means) is unit-tested; the rest touches `window`.
 */
export const TOKEN_KEY = 'landfall.token';

const TOKEN = /^[A-Za-z0-9_-]{16,}$/;

/** What a pasted address or token asks for: this tab's new token, another address to go to, or nothing usable. */
export type PastedAddress = { token: string } | { navigate: string } | null;

export function readPastedAddress(text: string, currentOrigin: string): PastedAddress {
  const t = text.trim();
  if (TOKEN.test(t)) return { token: t };
  let url: URL;
  try {
    url = new URL(t);
  } catch {
    return null;
  }
  const token = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(url.hash)?.[1];
  if (!token || (url.protocol !== 'http:' && url.protocol !== 'https:')) return null;
  // A restarted server on another port is another page: go there. The same server: take its token.
  return url.origin === currentOrigin ? { token } : { navigate: url.href };
}

/** Takes the token from the URL fragment (#token=…) once, keeps it for this tab, and clears the fragment. */
export function takeTokenFromLocation(): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

/** Uses what was pasted: a new token is kept and everything is read again; another address is opened. */
export function applyPastedAddress(pasted: NonNullable<PastedAddress>): void {
  if ('navigate' in pasted) {
    window.location.assign(pasted.navigate);
    return;
  }
  sessionStorage.setItem(TOKEN_KEY, pasted.token);
  window.location.reload();
}

const unauthorizedListeners = new Set<() => void>();

/** Called when the server refuses this tab's token (HTTP 401); answers the unsubscribe. */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => {
    unauthorizedListeners.delete(listener);
  };
}

export function reportUnauthorized(): void {
  for (const l of unauthorizedListeners) l();
}

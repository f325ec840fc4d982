/**
 * The window's security decisions, as pure functions (tested without Electron):
 * - no navigation: the renderer is one page with hash routing; `will-navigate` only
 *   fires for cross-document navigations, and every one of them is refused;
 * - `window.open` is always denied;
 * - a link to an http(s) address is handed to the system browser; any other scheme
 *   (file:, javascript:, data:, smb:, custom protocol handlers…) is dropped.
 */

/** The URL to hand to `shell.openExternal`, or null when it must not leave the app. */
export function externalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  if (url.hostname === '') return null;
  return url.href;
}

export interface NavigationDecision {
  /** Whether the window itself may go there: never. */
  allow: false;
  /** The address to open in the system browser instead, if any. */
  openExternally: string | null;
}

/** For `will-navigate`, `will-redirect` and `window.open` alike. */
export function navigationDecision(url: string): NavigationDecision {
  return { allow: false, openExternally: externalUrl(url) };
}

/** Every permission request (camera, notifications, geolocation, clipboard-read…) is refused. */
export function permissionAllowed(_permission: string): boolean {
  return false;
}

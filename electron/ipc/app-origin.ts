/**
 * The desktop app's own origin. The renderer is served by the app:// protocol handler
 * from this one host, so `script-src 'self'` in the CSP means "our bundle" and the IPC
 * sender check has one origin to compare against.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'landfall';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/**
 * The URL when it is on our origin (app://landfall, no port, no credentials), else null.
 * Node's URL parser treats `app:` as a non-special scheme whose `origin` is "null", so
 * the parts are compared one by one rather than through `origin`.
 */
export function parseAppUrl(raw: string): URL | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  const ours =
    url.protocol === `${APP_SCHEME}:` && url.hostname === APP_HOST && url.port === '' && url.username === '' && url.password === '';
  return ours ? url : null;
}

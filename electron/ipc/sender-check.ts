/**
 * Is an IPC call coming from our own page? Only the main frame of a page loaded from
 * our app:// origin may call the backend; a sub-frame, a page that navigated elsewhere
 * or a destroyed frame may not. Pure, so it is tested without Electron.
 */
import { parseAppUrl } from './app-origin';

export interface SenderFrame {
  url: string;
  isMainFrame: boolean;
}

export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  if (!frame || frame.isMainFrame !== true || typeof frame.url !== 'string') return false;
  return parseAppUrl(frame.url) !== null;
}

/** What the predicate needs from Electron's WebFrameMain (null once a frame is gone). */
export function senderFrameOf(frame: { url: string; parent: unknown } | null | undefined): SenderFrame | null {
  if (!frame) return null;
  try {
    return { url: frame.url, isMainFrame: frame.parent === null };
  } catch {
    // Reading a frame that has been destroyed throws.
    return null;
  }
}

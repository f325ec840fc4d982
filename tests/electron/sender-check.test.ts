import { describe, expect, it } from 'vitest';
import { isTrustedSender, senderFrameOf } from '../../electron/ipc/sender-check';

describe('isTrustedSender: only our app:// page, main frame', () => {
  it('accepts the main frame of our page, at any path or hash', () => {
    expect(isTrustedSender({ url: 'app://landfall/index.html', isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ url: 'app://landfall/index.html#/entries/1', isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ url: 'app://landfall/', isMainFrame: true })).toBe(true);
  });

  it('refuses a sub-frame of our own page', () => {
    expect(isTrustedSender({ url: 'app://landfall/index.html', isMainFrame: false })).toBe(false);
  });

  it.each([
    'https://evil.example/',
    'http://127.0.0.1:5173/',
    'file:///home/user/landfall/dist/renderer/index.html',
    'app://landfall.evil/index.html',
    'app://evil/index.html',
    'app://landfall:8080/index.html',
    'app://user@landfall/index.html',
    'app:landfall/index.html',
    'app:///index.html',
    'about:blank',
    'data:text/html,hi',
    'devtools://devtools/bundled/inspector.html',
    '',
  ])('refuses %s', (url) => {
    expect(isTrustedSender({ url, isMainFrame: true })).toBe(false);
  });

  it('refuses a missing or destroyed frame', () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
    expect(senderFrameOf(null)).toBeNull();
    const destroyed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      parent: null,
    };
    expect(senderFrameOf(destroyed)).toBeNull();
  });

  it('reads "main frame" from WebFrameMain.parent', () => {
    expect(senderFrameOf({ url: 'app://landfall/index.html', parent: null })).toEqual({ url: 'app://landfall/index.html', isMainFrame: true });
    expect(senderFrameOf({ url: 'app://landfall/index.html', parent: {} })).toEqual({ url: 'app://landfall/index.html', isMainFrame: false });
  });
});

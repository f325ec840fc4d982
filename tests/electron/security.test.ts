import { describe, expect, it } from 'vitest';
import { externalUrl, navigationDecision, permissionAllowed } from '../../electron/main/security';

describe('externalUrl: only http(s) leaves the app, to the system browser', () => {
  it.each([
    ['https://example.com/path?q=1#x', 'https://example.com/path?q=1#x'],
    ['http://example.com', 'http://example.com/'],
    ['HTTPS://EXAMPLE.com/a', 'https://example.com/a'],
  ])('%s opens externally', (url, expected) => {
    expect(externalUrl(url)).toBe(expected);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'app://landfall/index.html',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'mailto:someone@example.com',
    'vbscript:msgbox',
    'https://user:secret@example.com/',
    'https://',
    'not a url',
    '',
  ])('%s does not', (url) => {
    expect(externalUrl(url)).toBeNull();
  });
});

describe('navigationDecision: the window itself never navigates', () => {
  it('refuses an external link and hands it to the browser', () => {
    expect(navigationDecision('https://eur-lex.europa.eu/eli/reg/2016/679/oj')).toEqual({
      allow: false,
      openExternally: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    });
  });

  it('refuses our own origin, file: and anything else, opening nothing', () => {
    for (const url of ['app://landfall/other.html', 'file:///C:/Windows/System32/calc.exe', 'javascript:void(0)', 'about:blank']) {
      expect(navigationDecision(url)).toEqual({ allow: false, openExternally: null });
    }
  });
});

describe('permissions', () => {
  it('every permission request is refused', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown']) {
      expect(permissionAllowed(p)).toBe(false);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { readPastedAddress } from '../../../renderer/src/api/session-token';

const here = 'http://127.0.0.1:5173';
const token = 'Zq3_x-9AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';

describe('a pasted address or token (browser mode reconnecting)', () => {
  it("takes the token of this server's new address, and a bare token", () => {
    expect(readPastedAddress(`${here}/#token=${token}`, here)).toEqual({ token });
    expect(readPastedAddress(`  ${here}/#token=${token}\n`, here)).toEqual({ token });
    expect(readPastedAddress(token, here)).toEqual({ token });
  });

  it('goes to the address of a server restarted on another port', () => {
    expect(readPastedAddress(`http://127.0.0.1:40123/#token=${token}`, here)).toEqual({ navigate: `http://127.0.0.1:40123/#token=${token}` });
  });

  it('refuses what is not an address with a token', () => {
    for (const text of ['', 'hello', `${here}/`, `${here}/?token=${token}`, `javascript:alert(1)//#token=${token}`, 'short']) {
      expect(readPastedAddress(text, here)).toBeNull();
    }
  });
});

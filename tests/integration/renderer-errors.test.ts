/**
 * A screen that fails to draw is caught by the renderer's error boundary, which sends
 * the error to 'app.logRendererError': the backend writes it to its log (onInternalError).
 */
import { describe, expect, it } from 'vitest';
import { backendsForTests } from './helpers';

const backends = backendsForTests();

describe('errors the renderer caught', () => {
  it('are reported to the backend log with where they happened and the renderer stack', async () => {
    const problems: unknown[] = [];
    const b = await backends.start({ onInternalError: (e) => problems.push(e) });
    const before = problems.length;
    const stack = 'TypeError: view.items is undefined\n    at ChecklistTable (app://landfall/assets/index.js:1:2345)';
    const result = await b.router.call('app.logRendererError', { message: 'view.items is undefined', stack, where: 'Entry · Checklist tab' });
    expect(result).toEqual({ ok: true, value: null });
    const reported = problems.slice(before);
    expect(reported).toHaveLength(1);
    const err = reported[0] as Error;
    expect(err).toBeInstanceOf(Error);
    expect(err.message).toBe('Renderer error in Entry · Checklist tab: view.items is undefined');
    expect(err.stack).toContain('at ChecklistTable (app://landfall/assets/index.js:1:2345)');
    expect(err.stack).not.toContain('renderer-error.ts');
  });

  it('without a stack are still reported', async () => {
    const problems: unknown[] = [];
    const b = await backends.start({ onInternalError: (e) => problems.push(e) });
    const before = problems.length;
    expect(await b.router.call('app.logRendererError', { message: 'Something threw a string', where: 'app' })).toEqual({ ok: true, value: null });
    expect((problems.slice(before) as Error[]).map((e) => e.message)).toEqual(['Renderer error in app: Something threw a string']);
  });

  it('refuses oversized or unplaced reports with a sentence naming the field, and logs nothing', async () => {
    const problems: unknown[] = [];
    const b = await backends.start({ onInternalError: (e) => problems.push(e) });
    const before = problems.length;
    const long = await b.router.call('app.logRendererError', { message: 'x'.repeat(2001), where: 'app' });
    expect(long).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'message' } });
    const hugeStack = await b.router.call('app.logRendererError', { message: 'm', stack: 's'.repeat(20_001), where: 'app' });
    expect(hugeStack).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'stack' } });
    const nowhere = await b.router.call('app.logRendererError', { message: 'm', where: '   ' });
    expect(nowhere).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'where' } });
    const extra = await b.router.call('app.logRendererError', { message: 'm', where: 'app', path: '/etc/passwd' });
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(problems.slice(before)).toEqual([]);
  });
});

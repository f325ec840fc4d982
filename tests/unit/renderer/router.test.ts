/**
 * The hash router: parsing every route (and anything else as home), formatting
 * them back, and the store following the address bar without rewriting it.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as RouterModule from '../../../renderer/src/stores/router-store';

/** Just enough of `window` for the router: the hash and its hashchange listeners. */
const listeners: Array<() => void> = [];
const fakeWindow = {
  location: { hash: '#/review' },
  addEventListener: (type: string, fn: () => void) => {
    if (type === 'hashchange') listeners.push(fn);
  },
};
function goTo(hash: string) {
  fakeWindow.location.hash = hash;
  for (const fn of listeners) fn();
}

let router: typeof RouterModule;
beforeAll(async () => {
  vi.stubGlobal('window', fakeWindow);
  router = await import('../../../renderer/src/stores/router-store');
});
afterEach(() => {
  fakeWindow.location.hash = '#/review';
});

const ID = '0b7f7a3e-2d6f-4a53-9b8e-6c1d2f3a4b5c';

describe('parseHash and routeHref', () => {
  it.each([
    ['#/portfolio', { name: 'portfolio' }],
    ['#/dashboard', { name: 'dashboard' }],
    [`#/entries/${ID}`, { name: 'entry', id: ID }],
    [`#/entries/${ID}/checklist`, { name: 'entry', id: ID, tab: 'checklist' }],
    [`#/entries/${ID}/timeline`, { name: 'entry', id: ID, tab: 'timeline' }],
    [`#/entries/${ID}/efficiency`, { name: 'entry', id: ID, tab: 'efficiency' }],
    ['#/efficiency', { name: 'efficiency' }],
    ['#/review', { name: 'review' }],
    [`#/review/${ID}`, { name: 'review', market: ID }],
    ['#/library', { name: 'library' }],
    ['#/settings', { name: 'settings' }],
  ] as const)('%s is read and written back the same', (hash, route) => {
    expect(router.parseHash(hash)).toEqual(route);
    expect(router.routeHref(route)).toBe(hash);
  });

  it.each([
    '',
    '#',
    '#token=abc123',
    '#/entries/not-a-uuid',
    `#/entries/${ID}/overview`,
    `#/entries/${ID}/timeline/extra`,
    '#/Library',
    '#/library/',
    '#/unknown',
  ])('%j means home (the screen the role opens on)', (hash) => {
    expect(router.parseHash(hash)).toEqual({ name: 'home' });
  });

  it('ignores what follows & (the token on first load)', () => {
    expect(router.parseHash('#/settings&token=abc')).toEqual({ name: 'settings' });
  });

  it('writes the overview tab as the entry itself', () => {
    expect(router.routeHref({ name: 'entry', id: ID, tab: 'overview' })).toBe(`#/entries/${ID}`);
  });
});

describe('useRouter', () => {
  it('starts on the route in the address bar', () => {
    expect(router.useRouter.getState().route).toEqual({ name: 'review' });
  });

  it('navigates by setting the hash, and follows hash changes made elsewhere', () => {
    router.useRouter.getState().navigate({ name: 'entry', id: ID, tab: 'timeline' });
    expect(fakeWindow.location.hash).toBe(`#/entries/${ID}/timeline`);
    expect(router.useRouter.getState().route).toEqual({ name: 'entry', id: ID, tab: 'timeline' });
    goTo('#/library');
    expect(router.useRouter.getState().route).toEqual({ name: 'library' });
  });

  it('does not rewrite a hash it does not know (browser mode token)', () => {
    goTo('#token=abc123');
    expect(router.useRouter.getState().route).toEqual({ name: 'home' });
    expect(fakeWindow.location.hash).toBe('#token=abc123');
  });
});

describe('role homes', () => {
  it('opens leadership on the dashboard, counsel on the review queue and everyone else on the Portfolio table', async () => {
    const { resolveRoute } = await import('../../../renderer/src/lib/role-home');
    expect(resolveRoute({ name: 'home' }, 'leadership')).toEqual({ name: 'dashboard' });
    expect(resolveRoute({ name: 'home' }, 'legal')).toEqual({ name: 'review' });
    expect(resolveRoute({ name: 'home' }, 'program_manager')).toEqual({ name: 'portfolio' });
    expect(resolveRoute({ name: 'home' }, null)).toEqual({ name: 'portfolio' });
    // A chosen screen stays what it is, whatever the role.
    expect(resolveRoute({ name: 'portfolio' }, 'leadership')).toEqual({ name: 'portfolio' });
  });
});

/**
 * Hash routing: `#/portfolio`, `#/dashboard`, `#/entries/<id>` (`/checklist` or `/timeline`
 * for those tabs), `#/review` (`#/review/<entry id>` for one market's items), `#/library`,
 * `#/settings`. The first load may carry `#token=…` (browser mode); the api transport strips
 * it on the first call, so anything that is not a known route means "home": the screen the
 * user's role opens on (lib/role-home.ts). The router never rewrites the hash on its own.
 */
import { create } from 'zustand';

export type EntryTab = 'overview' | 'checklist' | 'timeline';

export type Route =
  | { name: 'home' }
  | { name: 'portfolio' }
  | { name: 'dashboard' }
  | { name: 'entry'; id: string; tab?: EntryTab }
  | { name: 'review'; market?: string }
  | { name: 'library' }
  | { name: 'settings' };

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '').split('&')[0] ?? '';
  const entry = /^\/entries\/([0-9a-fA-F-]{36})(?:\/(checklist|timeline))?$/.exec(path);
  if (entry?.[1]) return entry[2] === 'checklist' || entry[2] === 'timeline' ? { name: 'entry', id: entry[1], tab: entry[2] } : { name: 'entry', id: entry[1] };
  const review = /^\/review(?:\/([0-9a-fA-F-]{36}))?$/.exec(path);
  if (review) return review[1] ? { name: 'review', market: review[1] } : { name: 'review' };
  if (path === '/library') return { name: 'library' };
  if (path === '/portfolio') return { name: 'portfolio' };
  if (path === '/dashboard') return { name: 'dashboard' };
  if (path === '/settings') return { name: 'settings' };
  return { name: 'home' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'entry':
      return route.tab === 'checklist' || route.tab === 'timeline' ? `#/entries/${route.id}/${route.tab}` : `#/entries/${route.id}`;
    case 'review':
      return route.market ? `#/review/${route.market}` : '#/review';
    case 'library':
      return '#/library';
    case 'settings':
      return '#/settings';
    case 'dashboard':
      return '#/dashboard';
    case 'home':
      return '#/';
    default:
      return '#/portfolio';
  }
}

interface RouterState {
  route: Route;
  navigate(route: Route): void;
}

export const useRouter = create<RouterState>((set) => ({
  route: parseHash(window.location.hash),
  navigate(route) {
    const href = routeHref(route);
    if (window.location.hash !== href) window.location.hash = href;
    set({ route });
  },
}));

window.addEventListener('hashchange', () => {
  useRouter.setState({ route: parseHash(window.location.hash) });
});

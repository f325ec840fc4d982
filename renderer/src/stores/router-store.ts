/**
 * Hash routing: `#/portfolio`, `#/dashboard`, `#/entries/<id>` (`/checklist`, `/timeline`,
 * `/risks` or `/efficiency` for those tabs), `#/review` (`#/review/<entry id>` for one market's
 * items), `#/risks` (the portfolio heat map), `#/efficiency` (the comparison), `#/library`,
 * `#/settings`. The first load may carry `#token=…` (browser mode); the api transport strips it
 * on the first call, so anything that is not a known route means "home": the screen the user's
 * role opens on (lib/role-home.ts). The router never rewrites the hash on its own.
 */
import { create } from 'zustand';

export type EntryTab = 'overview' | 'checklist' | 'timeline' | 'risks' | 'efficiency';

const SUB_TABS: readonly string[] = ['checklist', 'timeline', 'risks', 'efficiency'];
export const isSubTab = (t: string | undefined): t is Exclude<EntryTab, 'overview'> => t !== undefined && SUB_TABS.includes(t);

export type Route =
  | { name: 'home' }
  | { name: 'portfolio' }
  | { name: 'dashboard' }
  | { name: 'entry'; id: string; tab?: EntryTab }
  | { name: 'review'; market?: string }
  | { name: 'risks' }
  | { name: 'efficiency' }
  | { name: 'library' }
  | { name: 'settings' };

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '').split('&')[0] ?? '';
  const entry = /^\/entries\/([0-9a-fA-F-]{36})(?:\/(checklist|timeline|risks|efficiency))?$/.exec(path);
  if (entry?.[1]) return isSubTab(entry[2]) ? { name: 'entry', id: entry[1], tab: entry[2] } : { name: 'entry', id: entry[1] };
  const review = /^\/review(?:\/([0-9a-fA-F-]{36}))?$/.exec(path);
  if (review) return review[1] ? { name: 'review', market: review[1] } : { name: 'review' };
  if (path === '/risks') return { name: 'risks' };
  if (path === '/efficiency') return { name: 'efficiency' };
  if (path === '/library') return { name: 'library' };
  if (path === '/portfolio') return { name: 'portfolio' };
  if (path === '/dashboard') return { name: 'dashboard' };
  if (path === '/settings') return { name: 'settings' };
  return { name: 'home' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'entry':
      return isSubTab(route.tab) ? `#/entries/${route.id}/${route.tab}` : `#/entries/${route.id}`;
    case 'review':
      return route.market ? `#/review/${route.market}` : '#/review';
    case 'risks':
      return '#/risks';
    case 'efficiency':
      return '#/efficiency';
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

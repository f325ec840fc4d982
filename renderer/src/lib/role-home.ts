/**
 * Each role's home: leadership opens on the portfolio dashboard, counsel on the review
 * queue, program managers (and anyone without a role yet) on the Portfolio table. A role
 * changes what opens first and which actions are primary; every screen stays reachable.
 */
import type { Role } from '../../../shared/entry-schema';
import type { Route } from '../stores/router-store';

export type HomeScreen = 'dashboard' | 'review' | 'portfolio';

export function homeScreen(role: Role | null | undefined): HomeScreen {
  return role === 'leadership' ? 'dashboard' : role === 'legal' ? 'review' : 'portfolio';
}

/** The route actually shown: "home" resolved by role. */
export function resolveRoute(route: Route, role: Role | null | undefined): Exclude<Route, { name: 'home' }> {
  return route.name === 'home' ? { name: homeScreen(role) } : route;
}

import { lazy, Suspense } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { EntryScreen } from './EntryScreen';
import { ComparisonPage } from '../features/efficiency/ComparisonPage';
import { PortfolioPage } from '../features/portfolio/PortfolioPage';
import { PortfolioRisksPage } from '../features/risks/PortfolioRisksPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { resolveRoute } from '../lib/role-home';
import { useSettings } from '../stores/settings-store';
import { ReviewPage } from '../features/review/ReviewPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import type { Route } from '../stores/router-store';

/** The library loads as its own chunk, the first time it is opened. */
const LibraryPage = lazy(() => import('../features/library/LibraryPage').then((m) => ({ default: m.LibraryPage })));

const SCREEN_NAMES: Record<Exclude<Route['name'], 'home'>, string> = {
  portfolio: 'Portfolio',
  dashboard: 'Portfolio dashboard',
  entry: 'Entry',
  review: 'Review queue',
  efficiency: 'Efficiency comparison',
  risks: 'Risks',
  library: 'Library',
  settings: 'Settings',
};

/** The screen for a route, behind an error boundary that starts afresh on every other screen. */
export function RouteScreen({ route: asked }: { route: Route }) {
  const settings = useSettings((s) => s.settings);
  const loadError = useSettings((s) => s.loadError);
  // Home waits for the role (a moment at start-up); without settings it is the Portfolio table.
  if (asked.name === 'home' && !settings && !loadError) return <p className="loading">Opening Landfall…</p>;
  const route = resolveRoute(asked, settings?.role);
  return (
    <ErrorBoundary key={route.name === 'entry' ? `entry:${route.id}` : route.name} where={SCREEN_NAMES[route.name]}>
      {route.name === 'portfolio' ? <PortfolioPage /> : null}
      {route.name === 'dashboard' ? <DashboardPage /> : null}
      {route.name === 'entry' ? <EntryScreen key={route.id} id={route.id} /> : null}
      {route.name === 'review' ? <ReviewPage market={route.market} /> : null}
      {route.name === 'efficiency' ? <ComparisonPage /> : null}
      {route.name === 'risks' ? <PortfolioRisksPage /> : null}
      {route.name === 'library' ? (
        <Suspense fallback={<p className="loading">Loading the library…</p>}>
          <LibraryPage />
        </Suspense>
      ) : null}
      {route.name === 'settings' ? <SettingsPage /> : null}
    </ErrorBoundary>
  );
}

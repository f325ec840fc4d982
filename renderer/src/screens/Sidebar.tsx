import { BookOpen, Briefcase, ClipboardCheck, Gauge, Settings as SettingsIcon, UserRound } from 'lucide-react';
import { ReviewNavCount } from '../features/review/ReviewNavCount';
import { ReviewNavMarkets } from '../features/review/ReviewNavMarkets';
import { routeHref, useRouter, type Route } from '../stores/router-store';
import { useSettings } from '../stores/settings-store';
import { ROLE_LABELS } from '../../../shared/vocabulary/entry';
import { LandfallMark } from '../components/LandfallMark';
import { homeScreen, resolveRoute } from '../lib/role-home';

const NAV: ReadonlyArray<{ route: Route; label: string; icon: typeof Briefcase; matches: Route['name'][] }> = [
  { route: { name: 'dashboard' }, label: 'Dashboard', icon: Gauge, matches: ['dashboard'] },
  { route: { name: 'portfolio' }, label: 'Portfolio', icon: Briefcase, matches: ['portfolio', 'entry'] },
  { route: { name: 'review' }, label: 'Review', icon: ClipboardCheck, matches: ['review'] },
  { route: { name: 'library' }, label: 'Library', icon: BookOpen, matches: ['library'] },
  { route: { name: 'settings' }, label: 'Settings', icon: SettingsIcon, matches: ['settings'] },
];

export function Sidebar() {
  const route = useRouter((s) => s.route);
  const navigate = useRouter((s) => s.navigate);
  const settings = useSettings((s) => s.settings);
  const shown = resolveRoute(route, settings?.role);
  const home = homeScreen(settings?.role);

  return (
    <aside className="sidebar">
      <div className="sidebar-brand">
        <LandfallMark />
        <span className="sidebar-app-name">Landfall</span>
      </div>
      <nav aria-label="Main" className="sidebar-nav">
        <ul>
          {NAV.map(({ route: target, label, icon: Icon, matches }) => {
            const current = matches.includes(shown.name);
            return (
              <li key={label}>
                <a
                  href={routeHref(target)}
                  className="sidebar-link"
                  aria-current={current ? 'page' : undefined}
                  aria-describedby={target.name === home ? 'sidebar-home-note' : undefined}
                  onClick={(e) => {
                    e.preventDefault();
                    navigate(target);
                  }}
                >
                  <Icon size={16} aria-hidden="true" />
                  {label}
                  {target.name === home ? (
                    <span className="sidebar-home" aria-hidden="true">
                      Home
                    </span>
                  ) : null}
                  {target.name === 'review' ? <ReviewNavCount /> : null}
                </a>
                {target.name === 'review' ? <ReviewNavMarkets /> : null}
              </li>
            );
          })}
        </ul>
      </nav>
      <p id="sidebar-home-note" className="visually-hidden">
        Opens first for your role
      </p>
      <div className="sidebar-user">
        <UserRound size={16} aria-hidden="true" className="sidebar-user-icon" />
        <div className="sidebar-user-text">
          <span className="visually-hidden">Signed in as </span>
          <span className="sidebar-user-name">
            {settings ? settings.displayName || settings.osUser : '…'}
          </span>
          <span className="sidebar-user-role">
            {settings ? (settings.role ? ROLE_LABELS[settings.role] : 'Role not set') : ''}
          </span>
        </div>
      </div>
    </aside>
  );
}

import { BookOpen, Briefcase, ChartNoAxesColumn, ClipboardCheck, Gauge, PanelLeftClose, PanelLeftOpen, Settings as SettingsIcon, ShieldAlert, UserRound } from 'lucide-react';
import { RiskNavCount } from '../features/risks/RiskNavCount';
import { useLayout } from '../stores/layout-store';
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
  { route: { name: 'risks' }, label: 'Risks', icon: ShieldAlert, matches: ['risks'] },
  { route: { name: 'efficiency' }, label: 'Efficiency', icon: ChartNoAxesColumn, matches: ['efficiency'] },
  { route: { name: 'library' }, label: 'Library', icon: BookOpen, matches: ['library'] },
  { route: { name: 'settings' }, label: 'Settings', icon: SettingsIcon, matches: ['settings'] },
];

export function Sidebar() {
  const route = useRouter((s) => s.route);
  const navigate = useRouter((s) => s.navigate);
  const settings = useSettings((s) => s.settings);
  const collapsed = useLayout((s) => s.sidebarCollapsed);
  const toggle = useLayout((s) => s.toggleSidebar);
  const ToggleIcon = collapsed ? PanelLeftOpen : PanelLeftClose;
  const shown = resolveRoute(route, settings?.role);
  const home = homeScreen(settings?.role);

  return (
    <aside className="sidebar">
      <div className="sidebar-brand">
        <LandfallMark />
        <span className="sidebar-app-name">Landfall</span>
        <button
          type="button"
          className="sidebar-toggle"
          aria-label={collapsed ? 'Show the sidebar labels' : 'Collapse the sidebar'}
          title={collapsed ? 'Show the sidebar labels' : 'Collapse the sidebar'}
          aria-expanded={!collapsed}
          onClick={toggle}
        >
          <ToggleIcon size={16} aria-hidden="true" />
        </button>
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
                  title={collapsed ? label : undefined}
                  aria-current={current ? 'page' : undefined}
                  aria-describedby={target.name === home ? 'sidebar-home-note' : undefined}
                  onClick={(e) => {
                    e.preventDefault();
                    navigate(target);
                  }}
                >
                  <Icon size={16} aria-hidden="true" />
                  <span className="sidebar-label">{label}</span>
                  {target.name === home && !collapsed ? (
                    <span className="sidebar-home" aria-hidden="true">
                      Home
                    </span>
                  ) : null}
                  {target.name === 'review' ? <ReviewNavCount /> : null}
                  {target.name === 'risks' ? <RiskNavCount /> : null}
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
      <div className="sidebar-user" title={collapsed && settings ? `${settings.displayName || settings.osUser} · ${settings.role ? ROLE_LABELS[settings.role] : 'Role not set'}` : undefined}>
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

import * as Tabs from '@radix-ui/react-tabs';
import { ChevronLeft, MapPin } from 'lucide-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { ArchivedBadge } from '../../components/ArchivedBadge';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { ExpandableText } from '../../components/ExpandableText';
import { StatusBadge } from '../../components/StatusBadge';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useChecklist } from '../../stores/checklist-store';
import { useEntryPage } from '../../stores/entry-page-store';
import { countryName, useReference } from '../../stores/reference-store';
import { isSubTab, routeHref, useRouter } from '../../stores/router-store';
import { CalendarPanel } from './CalendarPanel';
import { ChecklistOverview } from './ChecklistOverview';
import { EntryActions } from './EntryActions';
import { EntryFacts } from './EntryFacts';
import { EntryHistory } from './EntryHistory';
import { EntryProgress } from './EntryProgress';
import { ProfileSummary } from './ProfileSummary';
import '../../components/tabs.css';
import './entry.css';

interface EntryPageProps {
  id: string;
  /** The Checklist and Timeline tabs' content: other features, put in by the composition layer (screens/EntryScreen). */
  checklistTab: ReactNode;
  timelineTab: ReactNode;
  efficiencyTab: ReactNode;
  risksTab: ReactNode;
  /** Shown under the readiness progress on the Overview (the risk-adjusted forecast). */
  overviewExtra?: ReactNode;
}

/** One market entry: its header and actions, and the Overview, Checklist, Timeline, Risks and Efficiency tabs, each behind its own error boundary. */
export function EntryPage({ id, checklistTab, timelineTab, efficiencyTab, risksTab, overviewExtra }: EntryPageProps) {
  const { entry, calendar, history, error, calendarError, load } = useEntryPage();
  const countries = useReference((s) => s.countriesByCode);
  const subdivisions = useReference((s) => s.subdivisions);
  const loadSubdivisions = useReference((s) => s.loadSubdivisions);
  const navigate = useRouter((s) => s.navigate);
  const tab = useRouter((s) => (s.route.name === 'entry' && s.route.tab ? s.route.tab : 'overview'));
  const loadChecklist = useChecklist((s) => s.load);
  const refreshHistory = useEntryPage((s) => s.refreshHistory);
  // Back on the Overview: the history includes what was just changed on the other tabs.
  useEffect(() => {
    if (tab === 'overview') void refreshHistory();
  }, [tab, refreshHistory]);
  const itemCount = useChecklist((s) => (s.entryId === id ? s.view?.items.length : undefined));
  const [actionError, setActionError] = useState<string | null>(null);
  const current = entry?.id === id ? entry : null;
  useDocumentTitle(current?.name ?? 'Market entry');

  useEffect(() => {
    void load(id);
    void loadChecklist(id);
  }, [id, load, loadChecklist]);

  // The plan's calendar and its tasks' finishes change on the timeline: the Overview's
  // calendar and the checklist's due dates are read again when their tab is shown.
  const refreshCalendar = useEntryPage((s) => s.refreshCalendar);
  const shownTab = useRef(tab);
  useEffect(() => {
    if (tab === shownTab.current) return;
    shownTab.current = tab;
    if (tab === 'overview') void refreshCalendar();
    if (tab === 'checklist') void loadChecklist(id);
  }, [tab, id, refreshCalendar, loadChecklist]);

  useEffect(() => {
    if (current?.targetSubdivision) void loadSubdivisions(current.targetCountry).catch(() => undefined);
  }, [current?.targetCountry, current?.targetSubdivision, loadSubdivisions]);

  const back = (
    <a
      href={routeHref({ name: 'portfolio' })}
      className="back-link"
      onClick={(e) => {
        e.preventDefault();
        navigate({ name: 'portfolio' });
      }}
    >
      <ChevronLeft size={16} aria-hidden="true" />
      Portfolio
    </a>
  );

  if (!current) {
    return (
      <div className="page">
        {back}
        <ErrorAlert message={error} />
        {error ? null : <p className="loading">Loading the market entry…</p>}
      </div>
    );
  }

  const country = countries.get(current.targetCountry);
  const subdivision = current.targetSubdivision
    ? (subdivisions[current.targetCountry]?.find((s) => s.code === current.targetSubdivision)?.name ?? current.targetSubdivision)
    : null;
  const place = countryName(countries, current.targetCountry);

  return (
    <div className="page">
      {back}
      <header className="page-header entry-header">
        <div>
          <h1>{current.name}</h1>
          <div className="entry-meta" role="group" aria-label="Location and status">
            <span className="entry-place">
              <MapPin size={14} aria-hidden="true" />
              {place}
              {subdivision ? ` · ${subdivision}` : ''}
              {country?.region ? <span className="muted"> · {country.region}</span> : null}
            </span>
            <StatusBadge status={current.status} />
            {current.archived ? <ArchivedBadge /> : null}
          </div>
        </div>
        <EntryActions entry={current} onError={setActionError} />
      </header>
      <ErrorAlert message={actionError} />
      {current.description ? <ExpandableText text={current.description} className="entry-description" what="description" /> : null}
      <Tabs.Root
        value={tab}
        onValueChange={(v) => navigate(isSubTab(v) ? { name: 'entry', id, tab: v } : { name: 'entry', id })}
      >
        <Tabs.List className="tabs-list" aria-label="Entry sections">
          <Tabs.Trigger value="overview" className="tab">
            Overview
          </Tabs.Trigger>
          <Tabs.Trigger value="checklist" className="tab">
            Checklist
            {itemCount !== undefined ? <span className="tab-count">{itemCount}</span> : null}
          </Tabs.Trigger>
          <Tabs.Trigger value="timeline" className="tab">
            Timeline
          </Tabs.Trigger>
          <Tabs.Trigger value="risks" className="tab">
            Risks
          </Tabs.Trigger>
          <Tabs.Trigger value="efficiency" className="tab">
            Efficiency
          </Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="overview" className="tab-panel">
          <ErrorBoundary where="Entry · Overview tab">
            <div className="entry-grid">
              <div className="entry-col">
                <EntryProgress entry={current} />
                {overviewExtra ? (
                  <section className="panel entry-risk-forecast" aria-label="Risk-adjusted readiness">
                    {overviewExtra}
                  </section>
                ) : null}
                <ChecklistOverview onOpen={() => navigate({ name: 'entry', id, tab: 'checklist' })} />
                <EntryFacts entry={current} />
                <ProfileSummary profile={current.profile} />
              </div>
              <div className="entry-col">
                <CalendarPanel calendar={calendar} error={calendarError} countryName={subdivision ? `${place} (${subdivision})` : place} />
                <EntryHistory history={history} />
              </div>
            </div>
          </ErrorBoundary>
        </Tabs.Content>
        {(
          [
            ['checklist', 'Checklist', checklistTab],
            ['timeline', 'Timeline', timelineTab],
            ['risks', 'Risks', risksTab],
            ['efficiency', 'Efficiency', efficiencyTab],
          ] as const
        ).map(([value, name, content]) => (
          <Tabs.Content key={value} value={value} className="tab-panel">
            <ErrorBoundary where={`Entry · ${name} tab`}>{content}</ErrorBoundary>
          </Tabs.Content>
        ))}
      </Tabs.Root>
    </div>
  );
}

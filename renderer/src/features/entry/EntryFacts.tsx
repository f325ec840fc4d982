import type { Entry } from '../../../../shared/entry-schema';
import { formatCount, formatDate } from '../../lib/format-date';
import { countryName, useReference } from '../../stores/reference-store';
import { Panel } from '../../components/Section';

/** The plan's key dates and people. */
export function EntryFacts({ entry }: { entry: Entry }) {
  const countries = useReference((s) => s.countriesByCode);
  return (
    <Panel id="facts-title" title="Plan">
      <dl className="facts">
        <div>
          <dt>Start date</dt>
          <dd>{formatDate(entry.startDate)}</dd>
        </div>
        <div>
          <dt>Target readiness date</dt>
          <dd>{formatDate(entry.targetDate)}</dd>
        </div>
        <div>
          <dt>Readiness target</dt>
          <dd>{formatCount(entry.targetDays)} days</dd>
        </div>
        <div>
          <dt>Home market</dt>
          <dd>{countryName(countries, entry.homeCountry)}</dd>
        </div>
        <div>
          <dt>Program manager</dt>
          <dd>{entry.programManager || <span className="muted">Not set</span>}</dd>
        </div>
      </dl>
    </Panel>
  );
}

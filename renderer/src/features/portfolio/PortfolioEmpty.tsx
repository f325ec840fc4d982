import { Globe2, Plus } from 'lucide-react';
import { Button } from '../../components/Button';
import { plural } from '../../lib/format-date';
import { useEntries } from '../../stores/entries-store';
import { useEntryDialog } from '../../stores/entry-dialog-store';

/** The portfolio before there is anything in it: say what to do next. */
export function PortfolioEmpty({ hiddenArchived }: { hiddenArchived: number }) {
  const openCreate = useEntryDialog((s) => s.openCreate);
  const setIncludeArchived = useEntries((s) => s.setIncludeArchived);
  return (
    <section className="empty-state" aria-labelledby="portfolio-empty-title">
      <Globe2 size={40} aria-hidden="true" strokeWidth={1.5} className="empty-icon" />
      <h2 id="portfolio-empty-title">
        {hiddenArchived > 0 ? 'No active market entries' : 'No market entries yet — create your first'}
      </h2>
      <p>
        {hiddenArchived > 0
          ? `${plural(hiddenArchived, 'archived entry', 'archived entries')} ${hiddenArchived === 1 ? 'is' : 'are'} hidden. Show them, or start a new market entry.`
          : 'A market entry plans one country: its readiness window, calendar and the profile that decides which rules apply.'}
      </p>
      <div className="empty-actions">
        <Button variant="primary" icon={Plus} onClick={openCreate}>
          New market entry
        </Button>
        {hiddenArchived > 0 ? <Button onClick={() => void setIncludeArchived(true)}>Show archived</Button> : null}
      </div>
    </section>
  );
}

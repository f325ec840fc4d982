import type { Dashboard } from '../../../../shared/portfolio-schema';
import { formatDate, formatDateTime } from '../../lib/format-date';
import { SNAPSHOT_KIND_LABELS } from '../../../../shared/vocabulary/portfolio';

/** What changed since the latest snapshot from an earlier month, and the snapshots kept so far. */
export function ChangesPanel({ d }: { d: Dashboard }) {
  const last = d.history.at(-1);
  return (
    <section className="panel dashboard-changes" aria-labelledby="changes-title">
      <h2 id="changes-title">What changed since last month</h2>
      {d.changes === null ? (
        <p className="muted">No snapshot from an earlier month yet: Landfall keeps one each month (on the first open of the month), so next month this lists what moved.</p>
      ) : d.changes.items.length === 0 ? (
        <p>Nothing moved since the snapshot of {formatDate(d.changes.since)}.</p>
      ) : (
        <>
          <p className="muted">Since the snapshot of {formatDate(d.changes.since)}:</p>
          <ul className="changes-list">
            {d.changes.items.map((c, i) => (
              <li key={`${c.entryId}-${i}`}>
                <strong>{c.name}</strong> — {c.text}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="muted dashboard-caption">
        {last ? `${d.history.length} snapshot${d.history.length === 1 ? '' : 's'} kept; the latest ${SNAPSHOT_KIND_LABELS[last.kind].toLowerCase()}, ${formatDateTime(last.takenAt)} by ${last.takenBy}.` : 'No snapshots yet.'}
      </p>
    </section>
  );
}

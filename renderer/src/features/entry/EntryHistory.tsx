import type { AuditRow } from '../../../../shared/contract';
import { fieldLabel } from '../../../../shared/field-labels';
import { formatDateTime } from '../../lib/format-date';
import { AUDIT_ACTION_LABELS } from '../../../../shared/vocabulary/audit';

const IGNORED = new Set(['updatedAt', 'createdAt', 'targetDate', 'id']);

/** Names of the fields an edit changed, e.g. "Name, Start date". */
function changedFields(before: unknown, after: unknown): string[] {
  if (typeof before !== 'object' || typeof after !== 'object' || before === null || after === null) return [];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  return Object.keys(a)
    .filter((k) => !IGNORED.has(k) && JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .map((k) => fieldLabel(k));
}

function describe(row: AuditRow): string {
  const action = AUDIT_ACTION_LABELS[row.action] ?? row.action;
  if (row.action !== 'update') return action;
  const fields = changedFields(row.before, row.after);
  return fields.length > 0 ? `${action}: ${fields.join(', ')}` : `${action} (no changes)`;
}

/** Who did what to this entry, and when (newest first). */
export function EntryHistory({ history }: { history: AuditRow[] | null }) {
  return (
    <section className="panel" aria-labelledby="history-title">
      <h2 id="history-title" className="panel-title">
        History
      </h2>
      {history === null ? (
        <p className="loading">Loading history…</p>
      ) : history.length === 0 ? (
        <p className="muted">No changes recorded yet.</p>
      ) : (
        <table className="data-table history-table">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
            </tr>
          </thead>
          <tbody>
            {history.map((row) => (
              <tr key={row.id}>
                <td className="nowrap">
                  <time dateTime={row.at}>{formatDateTime(row.at)}</time>
                </td>
                <td>
                  {row.actor}
                  {row.osUser && row.osUser !== row.actor ? <span className="muted"> (OS user {row.osUser})</span> : null}
                </td>
                <td>{describe(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

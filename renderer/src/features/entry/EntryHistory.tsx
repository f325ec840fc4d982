import { useState } from 'react';
import type { HistoryRow } from '../../../../shared/contract';
import { fieldLabel } from '../../../../shared/field-labels';
import { HISTORY_KINDS, type HistoryKind } from '../../../../shared/history';
import { AUDIT_ACTION_LABELS, HISTORY_ACTION_LABELS, HISTORY_KIND_LABELS } from '../../../../shared/vocabulary/audit';
import { ITEM_STATUS_LABELS } from '../../../../shared/vocabulary/checklist';
import { formatDateTime } from '../../lib/format-date';
import { labelFor } from '../../lib/requirement-labels';
import { ColumnHeads } from '../../components/ColumnHeads';
import { Panel } from '../../components/Section';

const IGNORED = new Set(['updatedAt', 'createdAt', 'targetDate', 'id', 'version', 'staleReason', 'ledgerSeq', 'ledgerHash', 'acceptanceSeq', 'acceptanceExpires', 'checklistItems', 'checklistChanges']);

/** Names of the fields an edit changed, e.g. "Name, Start date"; an item's status change says from what to what. */
function changedFields(before: unknown, after: unknown, itemStatus: boolean): string[] {
  if (typeof before !== 'object' || typeof after !== 'object' || before === null || after === null) return [];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  return Object.keys(a)
    .filter((k) => !IGNORED.has(k) && k in b && JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .map((k) => {
      if (itemStatus && k === 'status' && typeof a[k] === 'string' && typeof b[k] === 'string') {
        return `status ${labelFor(ITEM_STATUS_LABELS, b[k])} → ${labelFor(ITEM_STATUS_LABELS, a[k])}`;
      }
      return fieldLabel(k);
    });
}

function describe(row: HistoryRow): string {
  const action = (row.entityType === 'entry' ? AUDIT_ACTION_LABELS[row.action] : undefined) ?? HISTORY_ACTION_LABELS[row.action] ?? AUDIT_ACTION_LABELS[row.action] ?? row.action.replace(/_/g, ' ');
  if (row.action !== 'update' && row.action !== 'bulk_update') return action;
  const fields = changedFields(row.before, row.after, row.entityType === 'checklist_item');
  return fields.length > 0 ? `${action}: ${fields.join(', ')}` : `${action} (no changes)`;
}

/** Who changed what about this entry, and when (newest first): its edits, checklist, evidence, sign-offs, plan and pack imports. */
export function EntryHistory({ history }: { history: HistoryRow[] | null }) {
  const [kind, setKind] = useState<HistoryKind | ''>('');
  const present = HISTORY_KINDS.filter((k) => history?.some((h) => h.kind === k));
  const shown = history?.filter((h) => kind === '' || h.kind === kind) ?? null;
  return (
    <Panel
      id="history-title"
      title="History"
      head={{
        className: 'history-head',
        actions:
          history && history.length > 0 ? (
            <label className="history-filter">
              <span className="toolbar-label">Show</span>
              <select className="input select" value={kind} onChange={(e) => setKind(e.target.value as HistoryKind | '')}>
                <option value="">Every change ({history.length})</option>
                {present.map((k) => (
                  <option key={k} value={k}>
                    {HISTORY_KIND_LABELS[k]} ({history.filter((h) => h.kind === k).length})
                  </option>
                ))}
              </select>
            </label>
          ) : null,
      }}
    >
      {shown === null ? (
        <p className="loading">Loading history…</p>
      ) : shown.length === 0 ? (
        <p className="muted">No changes recorded yet.</p>
      ) : (
        <table className="data-table history-table">
          <ColumnHeads columns={['When', 'Who', 'Kind', 'What']} />
          <tbody>
            {shown.map((row) => (
              <tr key={row.id}>
                <td className="nowrap">
                  <time dateTime={row.at}>{formatDateTime(row.at)}</time>
                </td>
                <td>
                  {row.actor}
                  {row.osUser && row.osUser !== row.actor ? <span className="muted"> (OS user {row.osUser})</span> : null}
                </td>
                <td className="nowrap">{HISTORY_KIND_LABELS[row.kind]}</td>
                <td>
                  {describe(row)}
                  {row.subject ? <span className="history-subject"> — {row.subject}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}

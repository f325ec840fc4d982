import { createColumnHelper } from '@tanstack/react-table';
import type { RiskView } from '../../../../shared/risk-schema';
import type { RiskMatrix } from '../../../../shared/risks/matrix-schema';
import type { RiskStatus } from '../../../../shared/risks/risk-enums';
import { levelRank } from '../../../../shared/domain/risk-score';
import { RISK_CATEGORY_LABELS, RISK_STATUS_LABELS } from '../../../../shared/vocabulary/risks';
import { formatDate } from '../../lib/format-date';
import { RiskLevelCell } from './RiskLevelCell';
import { RiskOwnerCell } from './RiskOwnerCell';
import { RiskReviewCell } from './RiskReviewCell';
import { RiskStatusCell } from './RiskStatusCell';
import { levelLabel } from './risk-text';

export interface RiskColumnActions {
  matrix: RiskMatrix | null;
  open(id: string): void;
  accept(id: string): void;
  patch(risk: RiskView, patch: { owner?: string; status?: RiskStatus; nextReview?: string }): Promise<boolean>;
}

const col = createColumnHelper<RiskView>();

export function riskColumns(a: RiskColumnActions) {
  return [
    col.accessor('title', {
      header: 'Risk',
      cell: (c) => (
        <span className="risk-title-cell">
          <button type="button" className="link-button" onClick={() => a.open(c.row.original.id)}>
            {c.getValue()}
          </button>
          <span className="muted risk-event">{c.row.original.event}</span>
        </span>
      ),
    }),
    col.accessor('category', { header: 'Category', cell: (c) => RISK_CATEGORY_LABELS[c.getValue()], getGroupingValue: (r) => RISK_CATEGORY_LABELS[r.category] }),
    col.accessor((r) => levelRank(r.levels.current), {
      id: 'level',
      header: 'Inherent → current → residual',
      cell: (c) => <RiskLevelCell risk={c.row.original} matrix={a.matrix} />,
      getGroupingValue: (r) => `${levelLabel(a.matrix, r.levels.current)} (current)`,
      sortDescFirst: true,
    }),
    col.accessor('owner', { header: 'Owner', cell: (c) => <RiskOwnerCell key={`${c.row.original.id}:${c.row.original.version}`} risk={c.row.original} onSave={(owner) => a.patch(c.row.original, { owner })} /> }),
    col.accessor('status', {
      header: 'Status',
      cell: (c) => <RiskStatusCell risk={c.row.original} onSave={(status) => a.patch(c.row.original, { status })} />,
      getGroupingValue: (r) => RISK_STATUS_LABELS[r.status],
    }),
    col.accessor('nextReview', { header: 'Next review', cell: (c) => <RiskReviewCell risk={c.row.original} onSave={(nextReview) => a.patch(c.row.original, { nextReview })} /> }),
    col.display({
      id: 'acceptance',
      header: 'Acceptance',
      cell: (c) => {
        const r = c.row.original;
        if (r.acceptance && !r.acceptance.expired && r.status === 'accepted') return <span>By {r.acceptance.approverName} until {formatDate(r.acceptance.expires)}</span>;
        return (
          <span className="risk-accept-cell">
            {r.acceptance?.expired ? <span className="overdue-word">Expired {formatDate(r.acceptance.expires)}</span> : null}
            {r.status !== 'closed' && r.status !== 'became_issue' ? (
              <button type="button" className="link-button" onClick={() => a.accept(r.id)} aria-label={`Accept ${r.title}…`}>
                Accept risk…
              </button>
            ) : null}
          </span>
        );
      },
    }),
    col.accessor((r) => r.scheduleImpact?.likelyDays ?? -1, {
      id: 'schedule',
      header: 'Schedule impact',
      cell: (c) => {
        const s = c.row.original.scheduleImpact;
        return s ? <span title="Minimum – most likely – maximum working days">{s.minDays}–{s.likelyDays}–{s.maxDays} d</span> : <span className="muted">None</span>;
      },
    }),
  ];
}

import { ListChecks } from 'lucide-react';
import { localToday } from '../../../../shared/domain/iso-date';
import { Button } from '../../components/Button';
import { formatCount } from '../../lib/format-date';
import { useChecklist } from '../../stores/checklist-store';
import { isOverdue } from '../../lib/checklist-item';
import { ProgressBar } from '../../components/ProgressBar';
import { Panel } from '../../components/Section';

/** Readiness at a glance on the overview, with the way into the checklist. */
export function ChecklistOverview({ onOpen }: { onOpen(): void }) {
  const view = useChecklist((s) => s.view);
  const error = useChecklist((s) => s.error);
  const today = localToday();
  return (
    <Panel
      id="readiness-overview-title"
      title="Readiness"
      head={{
        className: 'panel-title-row',
        actions: (
          <Button variant="ghost" icon={ListChecks} onClick={onOpen}>
            Open the checklist
          </Button>
        ),
      }}
    >
      {error ? (
        <p className="muted">{error}</p>
      ) : !view ? (
        <p className="loading">Loading the checklist…</p>
      ) : view.items.length === 0 ? (
        <p className="muted">No requirements in the library apply to this country and profile yet. You can add items of your own on the checklist.</p>
      ) : (
        <>
          <p className="progress-headline">{`${view.readiness.percent} %`}</p>
          <p className="progress-detail">
            {formatCount(view.readiness.signedOff)} of {formatCount(view.readiness.applicable)} applicable items signed off ·{' '}
            {formatCount(view.items.filter((i) => isOverdue(i, today)).length)} overdue ·{' '}
            {formatCount(view.items.filter((i) => i.status === 'blocked').length)} blocked
          </p>
          <ProgressBar label="Readiness" value={view.readiness.percent} />
        </>
      )}
    </Panel>
  );
}

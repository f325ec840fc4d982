import { ListChecks, Pencil, Plus } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { StoredMetric } from '../../../../shared/efficiency/efficiency-schema';
import { AGGREGATION_LABELS, DIRECTION_LABELS } from '../../../../shared/vocabulary/efficiency';
import { Button } from '../../components/Button';
import { DialogFrame } from '../../components/DialogFrame';
import { DialogHeader } from '../../components/DialogHeader';
import { useEfficiency } from '../../stores/efficiency-store';
import { MetricForm } from './MetricForm';
import { ColumnHeads } from '../../components/ColumnHeads';

/** The metric catalogue: the shipped defaults and the user's own, each editable. */
export function MetricCatalogueDialog() {
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState<StoredMetric | 'new' | null>(null);
  const metrics = useEfficiency((s) => s.metrics);
  const loadMetrics = useEfficiency((s) => s.loadMetrics);

  useEffect(() => {
    if (open) void loadMetrics();
  }, [open, loadMetrics]);

  return (
    <DialogFrame
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        setEditing(null);
      }}
      trigger={<Button icon={ListChecks}>Metric catalogue…</Button>}
      size="large"
    >
      {editing ? (
        <MetricForm key={editing === 'new' ? 'new' : editing.id} editing={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />
      ) : (
        <div className="dialog-form">
          <DialogHeader title="Metric catalogue" description="What each market is measured on. Weight 0 keeps a metric beside the index rather than in it. Edits apply to every comparison at once." />
          <div className="dialog-body">
            <div className="table-scroll">
              <table className="data-table metric-catalogue">
                <ColumnHeads columns={['Metric', 'Unit', 'Direction', 'Weight', 'In a period']} actions />
                <tbody>
                  {metrics.map((m) => (
                    <tr key={m.id}>
                      <th scope="row">
                        {m.name}
                        {m.origin === 'custom' ? <span className="muted"> (yours)</span> : null}
                      </th>
                      <td>{m.money ? `money${m.currency ? ` (${m.currency})` : ''}` : m.unit}</td>
                      <td>{DIRECTION_LABELS[m.direction]}</td>
                      <td className="figure">{m.weight}</td>
                      <td>{AGGREGATION_LABELS[m.aggregation]}</td>
                      <td className="row-actions">
                        <Button icon={Pencil} variant="ghost" className="btn-small" aria-label={`Edit ${m.name}`} onClick={() => setEditing(m)}>
                          Edit
                        </Button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
          <footer className="dialog-footer">
            <Button icon={Plus} variant="primary" onClick={() => setEditing('new')}>
              Add a metric…
            </Button>
          </footer>
        </div>
      )}
    </DialogFrame>
  );
}

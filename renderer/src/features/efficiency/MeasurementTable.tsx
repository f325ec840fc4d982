import { Pencil, Trash2 } from 'lucide-react';
import type { EntryEfficiencyView } from '../../../../shared/efficiency/efficiency-schema';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormDialog } from '../../components/FormDialog';
import { useEfficiency } from '../../stores/efficiency-store';
import { useNotice } from '../../stores/notice-store';
import { MeasurementForm } from './MeasurementForm';
import { measurementText, periodLabel } from './efficiency-text';
import { ColumnHeads } from '../../components/ColumnHeads';
import { Panel } from '../../components/Section';

/** Every measurement of this market and its home market, newest period first, each editable. */
export function MeasurementTable({ view }: { view: EntryEfficiencyView }) {
  const remove = useEfficiency((s) => s.deleteMeasurement);
  const rows = [...view.measurements].reverse();
  const marketLabel = (market: string) => (market === view.entryId ? view.entryName : `Home (${market})`);
  return (
    <Panel id="eff-measurements-title" title={<>Measurements <span className="count-pill">{rows.length}</span></>}>
      {rows.length === 0 ? (
        <p className="muted">Nothing recorded yet. Record a value for this market and the home market, or import a CSV or XLSX from your BI tool.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <ColumnHeads columns={['Metric', 'Market', 'Period', 'Value', 'Source', 'Recorded by']} actions />
            <tbody>
              {rows.map((m) => {
                const metric = view.metrics.find((x) => x.id === m.metricId);
                const what = `${metric?.name ?? m.metricId}, ${marketLabel(m.market)}, ${periodLabel(m.periodStart, m.periodEnd)}`;
                return (
                  <tr key={m.id}>
                    <th scope="row">{metric?.name ?? m.metricId}</th>
                    <td>{marketLabel(m.market)}</td>
                    <td className="nowrap">{periodLabel(m.periodStart, m.periodEnd)}</td>
                    <td className="figure">
                      {measurementText(metric, m)}
                      {m.fxRate !== null ? <span className="muted"> (1 {m.currency} = {m.fxRate} {m.fxCurrency})</span> : null}
                    </td>
                    <td>{m.sourceNote || <span className="muted">—</span>}</td>
                    <td>{m.recordedBy}</td>
                    <td className="row-actions">
                      <FormDialog trigger={<Button icon={Pencil} variant="ghost" className="btn-small" aria-label={`Edit ${what}`}>Edit</Button>} size="medium">
                        {(close) => <MeasurementForm entryId={view.entryId} entryName={view.entryName} homeCountry={view.homeCountry} metrics={view.metrics} editing={m} onDone={close} />}
                      </FormDialog>
                      <ConfirmDialog
                        trigger={<Button icon={Trash2} variant="ghost" className="btn-small" aria-label={`Delete ${what}`}>Delete</Button>}
                        title="Delete this measurement?"
                        description={`${what}: ${measurementText(metric, m)}. The figures are recomputed without it.`}
                        confirmLabel="Delete"
                        variant="danger"
                        onConfirm={() => remove(m)}
                        onConfirmed={() => useNotice.getState().show(`Deleted ${what}.`)}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}

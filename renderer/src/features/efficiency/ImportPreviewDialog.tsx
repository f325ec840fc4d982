import { ImportGroup, ImportProblems, ListedMore } from '../../components/ImportPreview';
import { ImportReviewDialog } from '../../components/ImportReviewDialog';
import { formatDate, plural } from '../../lib/format-date';
import { useEfficiency } from '../../stores/efficiency-store';
import { ColumnHeads } from '../../components/ColumnHeads';

const LISTED = 200;

/** The dry run of a measurement import: what it would add, and every problem by row and column. Nothing is stored before "Import". */
export function ImportPreviewDialog() {
  const p = useEfficiency((s) => s.pending?.preview);
  const busy = useEfficiency((s) => s.importBusy);
  const cancel = useEfficiency((s) => s.cancelImport);
  const apply = useEfficiency((s) => s.applyImport);
  if (!p) return null;

  const blocked = p.errors.length > 0;
  return (
    <ImportReviewDialog
      title="Review the measurement import"
      description={
        <>
          {p.fileName}: {plural(p.rows, 'row')}.{' '}
          {blocked ? `Nothing can be imported until ${plural(p.errors.length, 'problem')} below ${p.errors.length === 1 ? 'is' : 'are'} fixed in the file.` : 'Nothing is stored until you import.'}
        </>
      }
      confirmLabel={`Import ${plural(p.measurements.length, 'measurement')}`}
      confirmDisabled={blocked || p.measurements.length === 0}
      busy={busy}
      onCancel={cancel}
      onApply={async () => {
        const r = await apply();
        return `Imported ${plural(r.measurements.length, 'measurement')} from ${r.fileName}.`;
      }}
    >
      <ImportProblems
        id="eff-import-errors"
        title="Problems"
        count={p.errors.length}
        listClassName="import-errors"
        problems={p.errors.map((e) => ({ key: `${e.row}-${e.column}-${e.message}`, message: e.message }))}
      />
      <ImportGroup id="eff-import-rows" title={blocked ? 'Rows without problems' : 'Measurements to import'} count={p.measurements.length}>
        <div className="table-scroll">
          <table className="data-table">
            <ColumnHeads columns={['Row', 'Metric', 'Market', 'Period', 'Value']} />
            <tbody>
              {p.measurements.slice(0, LISTED).map((m) => (
                <tr key={m.row}>
                  <td>{m.row}</td>
                  <td>{m.metricName}</td>
                  <td>{m.marketLabel}</td>
                  <td className="nowrap">
                    {formatDate(m.periodStart)} – {formatDate(m.periodEnd)}
                  </td>
                  <td className="figure">
                    {m.currency ? `${m.currency} ` : ''}
                    {m.value.toLocaleString('en-GB', { maximumFractionDigits: 4 })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <ListedMore total={p.measurements.length} listed={LISTED} />
      </ImportGroup>
    </ImportReviewDialog>
  );
}

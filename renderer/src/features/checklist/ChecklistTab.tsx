import { useEffect } from 'react';
import { ActionErrorAlert } from '../../components/ActionErrorAlert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TabPending } from '../../components/TabPending';
import { Disclaimer } from '../../components/Disclaimer';
import { plural } from '../../lib/format-date';
import { useChecklist } from '../../stores/checklist-store';
import { AddItemDialog } from './AddItemDialog';
import { BulkBar } from './BulkBar';
import { BulkEditDialog } from './BulkEditDialog';
import { ChecklistTable } from './ChecklistTable';
import { ChecklistToolbar } from './ChecklistToolbar';
import { SignoffRegisterExport } from '../../components/SignoffRegisterExport';
import { ItemDetailPanel } from './ItemDetailPanel';
import { NoneKnownNotice } from './NoneKnownNotice';
import { ReadinessSummary } from './ReadinessSummary';
import { useChecklistTable } from './use-checklist-table';
import './checklist.css';
import { Panel } from '../../components/Section';

const NO_ITEMS: never[] = [];

/** The entry's checklist: readiness, filters, the grouped table, bulk changes and the item panel. */
export function ChecklistTab() {
  const view = useChecklist((s) => s.view);
  const error = useChecklist((s) => s.error);
  const reload = useChecklist((s) => s.reload);
  const items = view?.items ?? NO_ITEMS;
  const table = useChecklistTable(items);
  const visibleIds = table.getFilteredRowModel().rows.map((r) => r.original.id);

  // Showing the tab brings the list up to date (another window may have changed it).
  useEffect(() => {
    void reload();
  }, [reload]);

  if (!view) return <TabPending className="checklist-tab" error={error} loading="Loading the checklist…" />;

  return (
    <div className="checklist-tab">
      <Disclaimer />
      <ErrorAlert message={error} />
      <ReadinessSummary view={view} />
      <NoneKnownNotice noneKnown={view.noneKnown} />
      <Panel
        id="checklist-title"
        title="Checklist"
        className="panel-flush"
        head={{
          className: 'panel-header',
          subtitle: (
            <p className="table-count" role="status">
              {visibleIds.length === items.length ? plural(items.length, 'item') : `Showing ${visibleIds.length} of ${plural(items.length, 'item')}`}
            </p>
          ),
          actions: (
            <div className="panel-actions">
              <SignoffRegisterExport entryId={view.entryId} />
              <AddItemDialog />
            </div>
          ),
        }}
      >
        {items.length === 0 ? (
          <div className="table-empty">
            <p>
              No requirements in the library apply to this entry's country and profile. Check the profile under Overview, or add your own items.
            </p>
          </div>
        ) : (
          <>
            <ChecklistToolbar items={items} />
            <BulkBar visibleIds={visibleIds} />
            <ActionErrorAlert store={useChecklist} />
            <ChecklistTable table={table} />
          </>
        )}
      </Panel>
      <ItemDetailPanel />
      <BulkEditDialog />
    </div>
  );
}

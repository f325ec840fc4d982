import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PackSummary } from '../../../../shared/checklist-schema';
import { Disclaimer } from '../../components/Disclaimer';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ImportErrorAlert } from '../../components/ImportErrorAlert';
import { errorMessage } from '../../lib/error-message';
import { formatCount } from '../../lib/format-date';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useLibrary } from '../../stores/library-store';
import { useReference } from '../../stores/reference-store';
import { ImportDiffDialog } from './ImportDiffDialog';
import { LibraryActions, LibraryRoleNote } from './LibraryActions';
import { PackTable } from './PackTable';
import { RequirementDetailDialog } from './RequirementDetailDialog';
import { RequirementTable } from './RequirementTable';
import { RequirementToolbar } from './RequirementToolbar';
import { toLibraryRow } from './library-row';
import './library.css';
import { Panel } from '../../components/Section';

export function LibraryPage() {
  useDocumentTitle('Library');
  const { view, error, load, exportPack, importError, dismissImportError } = useLibrary();
  const countries = useReference((s) => s.countriesByCode);
  const [exportError, setExportError] = useState<string | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  const rows = useMemo(() => {
    if (!view) return [];
    const packs = new Map(view.packs.map((p) => [p.id, p]));
    return view.requirements.map((r) => toLibraryRow(r, countries, packs));
  }, [view, countries]);
  const jurisdictions = useMemo(() => [...new Set(view?.requirements.flatMap((r) => r.requirement.jurisdiction) ?? [])], [view]);

  const exportOne = useCallback(
    (pack: PackSummary) => {
      setExportError(null);
      exportPack(pack.id).catch((err: unknown) => setExportError(errorMessage(err)));
    },
    [exportPack],
  );

  const verified = view?.requirements.filter((r) => r.requirement.verified).length ?? 0;

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>Requirements library</h1>
          <p className="page-subtitle">
            {view
              ? `${formatCount(view.requirements.length)} requirements in ${formatCount(view.packs.length)} packs · ${formatCount(verified)} verified against their source`
              : 'Every requirement Landfall knows, by pack.'}
          </p>
        </div>
        <LibraryActions />
      </header>
      <LibraryRoleNote />
      <Disclaimer />
      <ImportErrorAlert title="The pack was not imported; the library is unchanged." message={importError} onDismiss={dismissImportError} />
      <ErrorAlert message={error ?? exportError} />
      {!view ? (
        error ? null : <p className="loading">Loading the library…</p>
      ) : (
        <>
          <Panel id="packs-title" title="Packs" className="library-section panel-flush" head={{ className: 'panel-header' }}>
            <PackTable packs={view.packs} onExport={exportOne} />
          </Panel>
          <Panel id="requirements-title" title="Requirements" className="library-section panel-flush" head={{ className: 'panel-header' }}>
            <RequirementToolbar jurisdictions={jurisdictions} packs={view.packs} />
            <RequirementTable rows={rows} />
          </Panel>
        </>
      )}
      <RequirementDetailDialog />
      <ImportDiffDialog />
    </div>
  );
}

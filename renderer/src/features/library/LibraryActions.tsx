import { Info } from 'lucide-react';
import { legalOnlyReason, type LegalAction } from '../../../../shared/role-actions';
import { SettingsLink } from '../../components/SettingsLink';
import { useSettings } from '../../stores/settings-store';
import { AddRequirementDialog } from './AddRequirementDialog';
import { ImportPackButton } from './ImportPackButton';

const reasonId = (action: LegalAction) => `library-role-${action}`;

/**
 * "Import pack…" and "Add requirement": Legal's actions. For another declared role they are
 * off, each described by the sentence that says why (the one the library service refuses with).
 */
export function LibraryActions() {
  const settings = useSettings((s) => s.settings);
  // Until the settings have loaded nothing is switched off (the service refuses anyway).
  const reason = (action: LegalAction) => (settings ? legalOnlyReason(action, settings.role) : null);
  const reasons = (['import_pack', 'edit_requirements'] as const).flatMap((action) => {
    const text = reason(action);
    return text ? [{ action, text }] : [];
  });
  const idFor = (action: LegalAction) => (reasons.some((r) => r.action === action) ? reasonId(action) : undefined);
  return (
    <div className="library-actions">
      <div className="page-actions">
        <ImportPackButton disabledReasonId={idFor('import_pack')} />
        <AddRequirementDialog disabledReasonId={idFor('edit_requirements')} />
      </div>
      {reasons.length > 0 ? (
        <div className="decision-unavailable library-role-note" role="note">
          <Info size={16} aria-hidden="true" />
          {reasons.map((r) => (
            <p key={r.action} id={reasonId(r.action)}>
              {r.text}
            </p>
          ))}
          <SettingsLink>Open Settings</SettingsLink>
        </div>
      ) : null}
    </div>
  );
}

import { Info } from 'lucide-react';
import { legalOnlyReason } from '../../../../shared/role-actions';
import { CautionNote } from '../../components/CautionNote';
import { SettingsLink } from '../../components/SettingsLink';
import { useSettings } from '../../stores/settings-store';
import { AddRequirementDialog } from './AddRequirementDialog';
import { ImportPackButton } from './ImportPackButton';

const REASON_ID = 'library-role-reason';

/** Why the Library's own actions are off for the declared role, or null (also until the settings have loaded: the service refuses anyway). */
function useRoleReason(): string | null {
  const settings = useSettings((s) => s.settings);
  return settings ? legalOnlyReason(['import_pack', 'edit_requirements'], settings.role) : null;
}

/** "Import pack…" and "Add requirement": Legal's actions, off for another declared role and described by the reason. */
export function LibraryActions() {
  const reasonId = useRoleReason() ? REASON_ID : undefined;
  return (
    <div className="page-actions">
      <ImportPackButton disabledReasonId={reasonId} />
      <AddRequirementDialog disabledReasonId={reasonId} />
    </div>
  );
}

/** The sentence the disabled actions point to, with the way to Settings. */
export function LibraryRoleNote() {
  const reason = useRoleReason();
  if (!reason) return null;
  return (
    <CautionNote icon={Info} className="library-role-note">
      <span id={REASON_ID}>{reason}</span> <SettingsLink>Open Settings</SettingsLink>
    </CautionNote>
  );
}

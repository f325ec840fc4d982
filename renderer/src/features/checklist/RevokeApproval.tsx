import { Undo2 } from 'lucide-react';
import { useState } from 'react';
import type { ChecklistItem } from '../../../../shared/checklist-schema';
import { Button } from '../../components/Button';
import { ROLE_LABELS } from '../../../../shared/vocabulary/entry';
import { useChecklist } from '../../stores/checklist-store';
import { useSettings } from '../../stores/settings-store';
import { RevokeForm } from '../../components/RevokeForm';
import { SettingsLink } from '../../components/SettingsLink';

/** "Revoke approval" on a signed-off item: legal only, with a reason; the item goes back to in progress. */
export function RevokeApproval({ item }: { item: ChecklistItem }) {
  const settings = useSettings((s) => s.settings);
  const closeItem = useChecklist((s) => s.closeItem);
  const [open, setOpen] = useState(false);

  if (item.status !== 'signed_off') return null;
  const hasName = !!settings?.displayName.trim();
  const isLegal = settings?.role === 'legal';

  if (!hasName || !isLegal) {
    return (
      <div className="revoke-box">
        <Button icon={Undo2} disabled aria-describedby="revoke-unavailable">
          Revoke approval
        </Button>
        <p id="revoke-unavailable" className="field-hint">
          {!hasName
            ? 'Set your display name in Settings before recording a decision: it is written into the ledger. '
            : `Only the Legal role may revoke an approval; ${settings?.role ? `you are set as ${ROLE_LABELS[settings.role]}` : 'your role is not set'}. `}
          <SettingsLink onLeave={closeItem}>Open Settings</SettingsLink>
        </p>
      </div>
    );
  }

  if (!open) {
    return (
      <div className="revoke-box">
        <Button icon={Undo2} onClick={() => setOpen(true)}>
          Revoke approval
        </Button>
      </div>
    );
  }

  return <RevokeForm item={item} onDone={() => setOpen(false)} />;
}

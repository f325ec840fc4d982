import { UserRound } from 'lucide-react';
import type { Settings } from '../../../../shared/contract';
import { ROLE_LABELS } from '../../../../shared/vocabulary/entry';
import './decision-dialog.css';
import './verify.css';

/** Who the decision will be recorded under, and the plain truth about self-declared roles. */
export function SignerStatement({ settings }: { settings: Settings }) {
  const name = settings.displayName.trim();
  return (
    <div className="signer-statement">
      <UserRound size={16} aria-hidden="true" className="signer-icon" />
      <div>
        <p className="signer-line">
          Signing as <strong>{name || 'no display name'}</strong>
          {' · '}
          {settings.role ? ROLE_LABELS[settings.role] : 'no role set'}
        </p>
        <p className="signer-note">
          Roles are self-declared in this offline app. Your OS user ({settings.osUser}) is recorded beside your name and role.
        </p>
      </div>
    </div>
  );
}

import { CircleCheck, Info } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import type { Settings } from '../../../../shared/contract';
import { ROLES, type Role } from '../../../../shared/entry-schema';
import { ApiClientError } from '../../api/client';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormField, fieldA11y } from '../../components/FormField';
import { errorMessage } from '../../lib/error-message';
import { ROLE_LABELS } from '../../../../shared/vocabulary/entry';
import { useSettings } from '../../stores/settings-store';

/** The display name and role form; starts from the saved settings. */
export function SettingsForm({ initial }: { initial: Settings }) {
  const save = useSettings((s) => s.save);
  const [displayName, setDisplayName] = useState(initial.displayName);
  const [role, setRole] = useState<Role | ''>(initial.role ?? '');
  const [errors, setErrors] = useState<{ displayName?: string; role?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setErrors({});
    setFormError(null);
    setSaved(null);
    setSaving(true);
    try {
      const result = await save(displayName.trim(), role === '' ? null : role);
      setDisplayName(result.displayName);
      setSaved(`Settings saved. Changes are now recorded as ${result.actor}.`);
    } catch (err) {
      const field = err instanceof ApiClientError ? err.field : undefined;
      if (field === 'displayName' || field === 'role') setErrors({ [field]: errorMessage(err) });
      else setFormError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="panel settings-form" onSubmit={submit} noValidate aria-labelledby="settings-you">
      <h2 id="settings-you" className="panel-title">
        You
      </h2>
      <ErrorAlert message={formError} />
      <FormField id="settings-display-name" label="Display name" error={errors.displayName} hint="Shown in the app and written into the audit history.">
        <input
          {...fieldA11y('settings-display-name', errors.displayName, true)}
          className="input"
          value={displayName}
          maxLength={250}
          autoComplete="name"
          onChange={(e) => {
            setDisplayName(e.target.value);
            setSaved(null);
          }}
        />
      </FormField>
      <FormField id="settings-role" label="Role" error={errors.role}>
        <select
          {...fieldA11y('settings-role', errors.role)}
          className="input select"
          value={role}
          onChange={(e) => {
            setRole(ROLES.find((r) => r === e.target.value) ?? '');
            setSaved(null);
          }}
        >
          <option value="">Not set</option>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </FormField>
      <div className="os-user">
        <Info size={16} aria-hidden="true" className="os-user-icon" />
        <p>
          Operating system user: <strong>{initial.osUser}</strong>. Roles are self-declared in an offline app, so
          the operating system user is recorded beside your name and role.
        </p>
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={saving}>
          Save
        </Button>
        <p role="status" className="save-status">
          {saved ? (
            <>
              <CircleCheck size={16} aria-hidden="true" />
              {saved}
            </>
          ) : null}
        </p>
      </div>
    </form>
  );
}

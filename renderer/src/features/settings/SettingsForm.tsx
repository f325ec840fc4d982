import { Info } from 'lucide-react';
import { useState } from 'react';
import { contract, type Settings } from '../../../../shared/contract';
import type { Role } from '../../../../shared/entry-schema';
import { ROLES_SELF_DECLARED } from '../../../../shared/role-actions';
import { ROLE_LABELS } from '../../../../shared/vocabulary/entry';
import { SETTINGS_FIELD_LABELS } from '../../../../shared/vocabulary/fields';
import { EnumSelect } from '../../components/EnumSelect';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextField } from '../../components/TextField';
import { emptyAsNull, fromForm } from '../../lib/form-values';
import { errorAt, useApiForm } from '../../lib/use-api-form';
import { useOnEdit } from '../../lib/use-on-edit';
import { SaveActions } from './SaveActions';
import { useSettings } from '../../stores/settings-store';

interface SettingsValues {
  displayName: string;
  /** '' means not set. */
  role: Role | '';
}

const schema = fromForm((v: SettingsValues) => ({ ...v, role: emptyAsNull(v.role) }), contract['settings.update'].input);

/** The display name and role form; starts from the saved settings. */
export function SettingsForm({ initial }: { initial: Settings }) {
  const save = useSettings((s) => s.save);
  const { form, submit, busy, formError } = useApiForm({ schema, defaultValues: { displayName: initial.displayName, role: initial.role ?? '' } });
  const errors = form.formState.errors;
  const [saved, setSaved] = useState<string | null>(null);

  // Any change after saving takes the "saved" line away.
  useOnEdit(form, () => setSaved(null));

  const onSubmit = submit(async ({ displayName, role }) => {
    setSaved(null);
    const result = await save(displayName, role);
    form.setValue('displayName', result.displayName);
    setSaved(`Settings saved. Changes are now recorded as ${result.actor}.`);
  });

  return (
    <form className="panel settings-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="settings-you">
      <h2 id="settings-you" className="panel-title">
        You
      </h2>
      <ErrorAlert message={formError} />
      <TextField
        id="settings-display-name"
        label={SETTINGS_FIELD_LABELS.displayName}
        error={errorAt(errors, 'displayName')}
        hint="Shown in the app and written into the audit history."
        maxLength={250}
        autoComplete="name"
        {...form.register('displayName')}
      />
      <EnumSelect
        id="settings-role"
        label={SETTINGS_FIELD_LABELS.role}
        labels={ROLE_LABELS}
        placeholder="Not set"
        hint={`Legal approves sign-offs, imports packs and adds requirements. ${ROLES_SELF_DECLARED}`}
        error={errorAt(errors, 'role')}
        {...form.register('role')}
      />
      <div className="os-user">
        <Info size={16} aria-hidden="true" className="os-user-icon" />
        <p>
          Operating system user: <strong>{initial.osUser}</strong>. Roles are self-declared in an offline app, so
          the operating system user is recorded beside your name and role.
        </p>
      </div>
      <SaveActions label="Save" busy={busy} saved={saved} />
    </form>
  );
}

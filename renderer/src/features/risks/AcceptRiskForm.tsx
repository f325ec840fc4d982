import { useId } from 'react';
import { z } from 'zod';
import { contract } from '../../../../shared/contract';
import type { RiskView } from '../../../../shared/risk-schema';
import type { Settings } from '../../../../shared/contract';
import { ROLE_LABELS } from '../../../../shared/vocabulary/entry';
import { Button } from '../../components/Button';
import { DialogFooter } from '../../components/DialogFooter';
import { DialogHeader } from '../../components/DialogHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextAreaField } from '../../components/TextAreaField';
import { emptyAsMissing, fromForm } from '../../lib/form-values';
import { errorAt, useApiForm } from '../../lib/use-api-form';
import { FormDateField } from '../../components/DateField';
import './risk-form.css';

interface AcceptValues {
  rationale: string;
  expires: string;
}

const acceptInput = contract['risks.accept'].input;
export type AcceptInput = z.output<typeof acceptInput>;
const schema = (risk: RiskView) => fromForm((v: AcceptValues) => ({ id: risk.id, version: risk.version, rationale: v.rationale, expires: emptyAsMissing(v.expires) }), acceptInput);

/** Acceptance: the approver (from Settings, legal or leadership), a rationale and an expiry; written to the sign-off ledger. */
export function AcceptRiskForm({ risk, settings, onAccept }: { risk: RiskView; settings: Settings | null; onAccept(input: AcceptInput): Promise<unknown> }) {
  const id = useId();
  const { form, submit, busy, formError } = useApiForm({ schema: schema(risk), defaultValues: { rationale: '', expires: '' } });
  const errors = form.formState.errors;
  const onSubmit = submit(onAccept);
  const approver = settings?.displayName ? `${settings.displayName} (${settings.role ? ROLE_LABELS[settings.role] : 'no role set'})` : 'No display name set in Settings';
  return (
    <form className="dialog-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <DialogHeader title={`Accept “${risk.title}”`} description="The acceptance, with a snapshot of the risk as it stands, is recorded in the sign-off ledger and verified with it." />
      <div className="dialog-body dialog-body-form">
        <p className="accept-approver">
          Approver: <strong>{approver}</strong>
          <span className="muted"> · roles are self-declared in Settings; your OS user ({settings?.osUser ?? '…'}) is recorded beside them. Only legal or leadership may accept.</span>
        </p>
        {risk.aboveAppetite ? <p className="notice-inline">This risk is above the appetite for its category ({risk.appetite}): accepting it escalates it to the approver.</p> : null}
        <TextAreaField id={`${id}-why`} label="Rationale" rows={3} error={errorAt(errors, 'rationale')} autoFocus {...form.register('rationale')} />
        <FormDateField id={`${id}-exp`} label="Expiry date" hint="After this day the risk reopens and returns to the approver." control={form.control} name="expires" error={errorAt(errors, 'expires')} />
        <ErrorAlert message={formError} />
      </div>
      <DialogFooter>
        <Button type="submit" variant="primary" disabled={busy}>
          Accept risk
        </Button>
      </DialogFooter>
    </form>
  );
}

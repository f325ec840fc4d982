import * as Dialog from '@radix-ui/react-dialog';
import { useEffect, useState } from 'react';
import { z } from 'zod';
import { applyPastedAddress, onUnauthorized, readPastedAddress, type PastedAddress } from '../api/session-token';
import { errorAt, useApiForm } from '../lib/use-api-form';
import { Button } from './Button';
import { DialogFooter } from './DialogFooter';
import { DialogHeader } from './DialogHeader';
import { TextField } from './TextField';

/** What was pasted, judged by the pure reader; the form shows its one sentence on the field. */
const schema = z.object({ address: z.string() }).transform((v, ctx): NonNullable<PastedAddress> => {
  const pasted = readPastedAddress(v.address, window.location.origin);
  if (pasted) return pasted;
  ctx.addIssue({ code: 'custom', path: ['address'], message: 'Paste the whole address Landfall printed, such as http://127.0.0.1:5173/#token=…' });
  return z.NEVER;
});

function TokenForm() {
  const { form, submit, busy } = useApiForm({ schema, defaultValues: { address: '' } });
  const onSubmit = submit((pasted) => applyPastedAddress(pasted));
  return (
    <form className="dialog-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <DialogHeader
        small
        title="Reconnect to Landfall"
        description="This tab's session token is missing or out of date: Landfall was probably restarted. Paste the address it printed when it started; this tab then reads everything again."
      />
      <div className="dialog-body">
        <TextField id="token-address" label="Address or token" error={errorAt(form.formState.errors, 'address')} autoFocus {...form.register('address')} />
      </div>
      <DialogFooter>
        <Button type="submit" variant="primary" disabled={busy}>
          Reconnect
        </Button>
      </DialogFooter>
    </form>
  );
}

/** Browser mode: when the server refuses this tab's token, offers to take the new address (no reload by hand). */
export function TokenPrompt() {
  const [open, setOpen] = useState(false);
  useEffect(() => onUnauthorized(() => setOpen(true)), []);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-small">{open ? <TokenForm /> : null}</Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

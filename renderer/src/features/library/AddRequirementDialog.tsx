import * as Dialog from '@radix-ui/react-dialog';
import { Plus } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../components/Button';
import { AddRequirementForm } from './AddRequirementForm';

/** "Add requirement": a requirement of your own, in the same format as a pack. */
export function AddRequirementDialog() {
  const [open, setOpen] = useState(false);
  const [session, setSession] = useState(0);
  return (
    <Dialog.Root
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) setSession((n) => n + 1);
      }}
    >
      <Dialog.Trigger asChild>
        <Button icon={Plus}>Add requirement</Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-large">
          <AddRequirementForm key={session} onDone={() => setOpen(false)} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

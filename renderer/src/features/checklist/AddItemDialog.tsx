import * as Dialog from '@radix-ui/react-dialog';
import { Plus } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../components/Button';
import { AddItemForm } from './AddItemForm';

/** "Add item": a checklist item of the team's own, validated with the API's schema before it is sent. */
export function AddItemDialog() {
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
        <Button icon={Plus}>Add item</Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-medium">
          <AddItemForm key={session} onDone={() => setOpen(false)} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

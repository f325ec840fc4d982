import * as Dialog from '@radix-ui/react-dialog';
import { Plus } from 'lucide-react';
import { useState } from 'react';
import type { PlanView } from '../../../../shared/plan-schema';
import { Button } from '../../components/Button';
import { AddTaskForm } from './AddTaskForm';

/** "Add task": a task of the team's own; it feeds the readiness milestone. */
export function AddTaskDialog({ view }: { view: PlanView }) {
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
        <Button icon={Plus}>Add task</Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-medium">
          <AddTaskForm key={session} view={view} onDone={() => setOpen(false)} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

import * as Dialog from '@radix-ui/react-dialog';
import { FlaskConical } from 'lucide-react';
import { useState } from 'react';
import type { PlanView } from '../../../../shared/plan-schema';
import { Button } from '../../components/Button';
import { WhatIfForm } from './WhatIfForm';

/** "What-if…": try a later start or longer tasks, see the readiness date before applying or discarding. */
export function WhatIfDialog({ view }: { view: PlanView }) {
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
        <Button icon={FlaskConical}>What-if…</Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-large">
          <WhatIfForm key={session} view={view} onDone={() => setOpen(false)} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

import { FlaskConical } from 'lucide-react';
import type { PlanView } from '../../../../shared/plan-schema';
import { Button } from '../../components/Button';
import { FormDialog } from '../../components/FormDialog';
import { WhatIfForm } from './WhatIfForm';

/** "What-if…": try a later start or longer tasks, see the readiness date before applying or discarding. */
export function WhatIfDialog({ view }: { view: PlanView }) {
  return (
    <FormDialog trigger={<Button icon={FlaskConical}>What-if…</Button>} size="large">
      {(close) => <WhatIfForm view={view} onDone={close} />}
    </FormDialog>
  );
}

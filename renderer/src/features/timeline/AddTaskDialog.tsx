import { Plus } from 'lucide-react';
import type { PlanView } from '../../../../shared/plan-schema';
import { Button } from '../../components/Button';
import { FormDialog } from '../../components/FormDialog';
import { AddTaskForm } from './AddTaskForm';

/** "Add task": a task of the team's own; it feeds the readiness milestone. */
export function AddTaskDialog({ view }: { view: PlanView }) {
  return (
    <FormDialog trigger={<Button icon={Plus}>Add task</Button>} size="medium">
      {(close) => <AddTaskForm view={view} onDone={close} />}
    </FormDialog>
  );
}

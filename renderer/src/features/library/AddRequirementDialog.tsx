import { Plus } from 'lucide-react';
import { Button } from '../../components/Button';
import { FormDialog } from '../../components/FormDialog';
import { AddRequirementForm } from './AddRequirementForm';

/** "Add requirement": a requirement of your own, in the same format as a pack. Off (saying why) for roles other than Legal. */
export function AddRequirementDialog({ disabledReasonId }: { disabledReasonId?: string | undefined }) {
  return (
    <FormDialog
      trigger={
        <Button icon={Plus} disabled={!!disabledReasonId} aria-describedby={disabledReasonId}>
          Add requirement
        </Button>
      }
      size="large"
    >
      {(close) => <AddRequirementForm onDone={close} />}
    </FormDialog>
  );
}

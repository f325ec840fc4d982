import { Plus } from 'lucide-react';
import { Button } from '../../components/Button';
import { FormDialog } from '../../components/FormDialog';
import { AddRequirementForm } from './AddRequirementForm';

/** "Add requirement": a requirement of your own, in the same format as a pack. */
export function AddRequirementDialog() {
  return (
    <FormDialog trigger={<Button icon={Plus}>Add requirement</Button>} size="large">
      {(close) => <AddRequirementForm onDone={close} />}
    </FormDialog>
  );
}

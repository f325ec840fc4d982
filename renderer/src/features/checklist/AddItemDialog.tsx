import { Plus } from 'lucide-react';
import { Button } from '../../components/Button';
import { FormDialog } from '../../components/FormDialog';
import { AddItemForm } from './AddItemForm';

/** "Add item": a checklist item of the team's own, validated with the API's schema before it is sent. */
export function AddItemDialog() {
  return (
    <FormDialog trigger={<Button icon={Plus}>Add item</Button>} size="medium">
      {(close) => <AddItemForm onDone={close} />}
    </FormDialog>
  );
}

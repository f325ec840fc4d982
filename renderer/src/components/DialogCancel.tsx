import * as Dialog from '@radix-ui/react-dialog';
import { Button } from './Button';

/** "Cancel": closes the dialog without doing anything. */
export function DialogCancel() {
  return (
    <Dialog.Close asChild>
      <Button>Cancel</Button>
    </Dialog.Close>
  );
}

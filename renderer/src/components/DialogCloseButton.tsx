import * as Dialog from '@radix-ui/react-dialog';
import { X } from 'lucide-react';
import './buttons.css';

/** The × that closes a dialog; its name is "Close". */
export function DialogCloseButton() {
  return (
    <Dialog.Close asChild>
      <button type="button" className="icon-button" aria-label="Close">
        <X size={18} aria-hidden="true" />
      </button>
    </Dialog.Close>
  );
}

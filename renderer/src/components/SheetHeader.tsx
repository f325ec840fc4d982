import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { DialogCloseButton } from './DialogCloseButton';

/** A side sheet's header: the line above the title, the title (the dialog's name), its tags, and the close button. */
export function SheetHeader({ kicker, title, tags }: { kicker: ReactNode; title: string; tags: ReactNode }) {
  return (
    <header className="sheet-header">
      <div className="sheet-heading">
        <p className="sheet-kicker">{kicker}</p>
        <Dialog.Title className="sheet-title">{title}</Dialog.Title>
        <div className="sheet-tags">{tags}</div>
      </div>
      <DialogCloseButton />
    </header>
  );
}

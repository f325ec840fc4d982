/**
 * The desktop's answer to a database that failed its integrity check while a good backup
 * exists: a dialog that offers to put the latest good backup in place (browser mode names its
 * --restore-latest-backup flag instead). The dialog is injected, so this is tested without Electron.
 */
export interface MessageBoxOptions {
  type: 'error';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
  noLink: boolean;
}

export const RESTORE_BUTTON = 'Restore the latest good backup';
export const QUIT_BUTTON = 'Quit Landfall';

/** What the dialog says: the refusal (which names the backup), then what the button does, then the log. */
export function restoreDialogOptions(productName: string, message: string, logFile: string): MessageBoxOptions {
  return {
    type: 'error',
    title: productName,
    message: `${productName}'s database is damaged.`,
    detail: `${message}\n\n"${RESTORE_BUTTON}" puts that backup in place and opens it; the damaged file is kept beside it in the data folder. Details are in ${logFile}.`,
    buttons: [RESTORE_BUTTON, QUIT_BUTTON],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  };
}

export interface OfferRestoreOptions {
  productName: string;
  message: string;
  logFile: string;
  showMessageBox(options: MessageBoxOptions): Promise<{ response: number }>;
  restore(): void;
  quit(): void;
}

/** Asks; restores on the first button, quits otherwise (closing the dialog is Quit). Answers what was chosen. */
export async function offerRestore(o: OfferRestoreOptions): Promise<'restore' | 'quit'> {
  const { response } = await o.showMessageBox(restoreDialogOptions(o.productName, o.message, o.logFile));
  if (response === 0) {
    o.restore();
    return 'restore';
  }
  o.quit();
  return 'quit';
}

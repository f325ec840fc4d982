/**
 * For a dialog opened by code (a store) rather than by a Radix Trigger, Radix has no
 * trigger to give focus back to when it closes. This remembers the last control that
 * had focus outside any dialog (the one that opened it) and returns focus there.
 * Spread the result on `Dialog.Content` / `AlertDialog.Content`.
 */
let lastOutside: HTMLElement | null = null;
let listening = false;

function track() {
  if (listening) return;
  listening = true;
  document.addEventListener('focusin', (e) => {
    const t = e.target;
    if (t instanceof HTMLElement && !t.closest('[role="dialog"], [role="alertdialog"]')) lastOutside = t;
  });
}

export function useReturnFocus() {
  track();
  return {
    onCloseAutoFocus(event: Event) {
      const target = lastOutside;
      if (target?.isConnected) {
        event.preventDefault();
        target.focus();
      }
    },
  };
}

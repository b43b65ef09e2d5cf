// The "This hurts" dialog: pauses the run while open, and hands back to it when closed.
export function createHurtsDialog(dialog, { onOpen, onClosed }) {
  function open() {
    onOpen();
    if (dialog.showModal) dialog.showModal(); else dialog.setAttribute('open', '');
    const first = [...dialog.querySelectorAll('button')].find((b) => !b.hidden);
    first?.focus();
  }

  function close() {
    if (!dialog.open) return;
    if (dialog.close) {
      dialog.close();
    } else {
      dialog.removeAttribute('open');
      onClosed();
    }
  }

  dialog.addEventListener('close', onClosed);
  return { open, close, isOpen: () => dialog.open };
}

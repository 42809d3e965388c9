import { useEffect, useEffectEvent, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import './modal-dialog.css';

/**
 * A modal <dialog> that is open exactly while it is mounted: it takes focus on its heading,
 * closes with its button or Escape, and gives focus back to what opened it.
 */
export function ModalDialog({
  heading,
  closeLabel,
  onClose,
  children,
}: {
  heading: string;
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const requestClose = useEffectEvent(onClose);

  useEffect(function openModallyAndRestoreFocus() {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const onCancel = (event: Event) => {
      event.preventDefault();
      requestClose();
    };
    // A close event while open again is the stale one from StrictMode's effect re-run.
    const onNativeClose = () => {
      if (!dialog.open) requestClose();
    };
    if (!dialog.open) {
      // Without showModal() (jsdom, old browsers) it opens non-modally: usable, the page behind stays reachable.
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    headingRef.current?.focus();
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('close', onNativeClose);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('close', onNativeClose);
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      opener?.focus();
    };
  }, []);

  // Also covers browsers without showModal(), where Escape fires no `cancel`.
  function closeOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  }

  return (
    <dialog
      ref={dialogRef}
      className="modal-dialog"
      aria-labelledby={`${id}-heading`}
      onKeyDown={closeOnEscape}
    >
      <div className="modal-dialog-header">
        <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
          {heading}
        </h2>
        <button type="button" className="close-button" aria-label={closeLabel} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {children}
    </dialog>
  );
}

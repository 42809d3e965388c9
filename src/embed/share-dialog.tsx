import { useEffect, useEffectEvent, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { shareDe } from '../i18n/messages/share-de';
import { CopyField } from './copy-field';
import './share-dialog.css';
import { EMBED_HEIGHT, clampHeight, embedSnippet } from './embed-snippet';

export interface ShareDialogProps {
  /** Absolute http(s) URL of the current view (everything shareable is in the URL). */
  viewUrl: string;
  /** Title of the iframe in the snippet, e.g. the dataset title. */
  title: string;
  /** Absolute http(s) URL of embed-resize.js. */
  resizeScriptUrl: string;
  /** Asks the parent to unmount the dialog: it is open exactly while it is mounted. */
  onClose: () => void;
}

/** The share and embed dialog: link, embed code with options, and the privacy note. */
export function ShareDialog({ viewUrl, title, resizeScriptUrl, onClose }: ShareDialogProps) {
  const s = useShareText();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [autoResize, setAutoResize] = useState(false);
  const [heightInput, setHeightInput] = useState(String(EMBED_HEIGHT.initial));
  const height = heightInput === '' ? EMBED_HEIGHT.initial : clampHeight(Number(heightInput));
  const heightInvalid = heightInput !== '' && Number(heightInput) !== height;
  const snippet = embedSnippet({ src: viewUrl, title, height, autoResize, resizeScriptUrl });
  const copyMessages = { copied: s('copied'), failed: s('copyFailed') };
  const requestClose = useEffectEvent(onClose);

  useEffect(
    function openModallyAndRestoreFocus() {
      const dialog = dialogRef.current;
      if (!dialog) return;
      const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      // Escape fires `cancel`; when the browser does not let it be cancelled it closes and fires `close`.
      const onCancel = (event: Event) => {
        event.preventDefault();
        requestClose();
      };
      // A close event while open again is the stale one from StrictMode's effect re-run.
      const onNativeClose = () => {
        if (!dialog.open) requestClose();
      };
      openDialog(dialog);
      // The link is what most readers came for: focus it, not the close button.
      document.getElementById(`${id}-link`)?.focus();
      dialog.addEventListener('cancel', onCancel);
      dialog.addEventListener('close', onNativeClose);
      return () => {
        dialog.removeEventListener('cancel', onCancel);
        dialog.removeEventListener('close', onNativeClose);
        closeDialog(dialog);
        opener?.focus();
      };
    },
    [id],
  );

  // Also covers browsers without showModal(), where Escape fires no `cancel`.
  function closeOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  }

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={`${id}-heading`}
      onKeyDown={closeOnEscape}
      className="share-dialog"
    >
      <div className="share-dialog-header">
        <h2 id={`${id}-heading`}>{s('heading')}</h2>
        <button type="button" className="close-button" aria-label={s('close')} onClick={onClose}>
          ×
        </button>
      </div>

      <CopyField
        id={`${id}-link`}
        label={s('linkLabel')}
        hint={s('linkHint')}
        value={viewUrl}
        copyLabel={s('copyLink')}
        messages={copyMessages}
      />
      <CopyField
        id={`${id}-snippet`}
        label={s('embedLabel')}
        hint={s('embedHint')}
        value={snippet}
        multiline
        copyLabel={s('copyEmbed')}
        messages={copyMessages}
      />

      <label className="checkbox-field">
        <input
          type="checkbox"
          checked={autoResize}
          onChange={(event) => setAutoResize(event.target.checked)}
        />
        {s('autoResize')}
      </label>

      <div className="field">
        <label htmlFor={`${id}-height`}>{s('height')}</label>
        <input
          id={`${id}-height`}
          type="number"
          inputMode="numeric"
          min={EMBED_HEIGHT.min}
          max={EMBED_HEIGHT.max}
          step={1}
          value={heightInput}
          aria-invalid={heightInvalid}
          aria-describedby={`${id}-height-hint`}
          onChange={(event) => setHeightInput(event.target.value)}
        />
        <small id={`${id}-height-hint`}>
          {s('heightHint', { min: EMBED_HEIGHT.min, max: EMBED_HEIGHT.max })}
        </small>
      </div>

      <p>{s('privacy')}</p>
    </dialog>
  );
}

/**
 * The one door to the `share` messages, typed by shareDe's keys: they are not yet part of the
 * app's message type, so i18next's typed `t` would reject them.
 */
function useShareText() {
  const { t } = useTranslation();
  const translate = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  return (key: keyof typeof shareDe, options?: Record<string, unknown>) => translate(`share.${key}`, options);
}

// Without showModal() (older Safari, jsdom) the dialog opens non-modally: usable, but the page behind stays reachable.
function openDialog(dialog: HTMLDialogElement) {
  if (dialog.open) return;
  if (typeof dialog.showModal === 'function') dialog.showModal();
  else dialog.setAttribute('open', '');
}

function closeDialog(dialog: HTMLDialogElement) {
  if (typeof dialog.close === 'function') dialog.close();
  else dialog.removeAttribute('open');
}

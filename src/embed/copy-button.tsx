import { useEffect, useRef, useState, type RefObject } from 'react';

/** How long "Copied" stays visible; long enough to read, short enough not to go stale. */
const MESSAGE_MS = 4000;

type CopySource = HTMLInputElement | HTMLTextAreaElement;

export interface CopyButtonProps {
  text: string;
  /** Visible text and accessible name, e.g. "Copy link". */
  label: string;
  /** The field showing `text`: selected for the fallback copy, and left selected if copying fails. */
  source: RefObject<CopySource | null>;
  /** Announced after copying; passed in so the button stays free of i18n. */
  messages: { copied: string; failed: string };
}

export function CopyButton({ text, label, source, messages }: CopyButtonProps) {
  const [message, setMessage] = useState('');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(function stopTimerOnUnmount() {
    return () => window.clearTimeout(timer.current);
  }, []);

  async function copy() {
    window.clearTimeout(timer.current);
    // Emptying first makes screen readers announce "Copied" again on a second click.
    setMessage('');
    const copied = await copyText(text, source.current);
    if (copied) buttonRef.current?.focus();
    setMessage(copied ? messages.copied : messages.failed);
    timer.current = window.setTimeout(() => setMessage(''), MESSAGE_MS);
  }

  return (
    <span className="copy-button">
      <button ref={buttonRef} type="button" onClick={() => void copy()}>
        {label}
      </button>
      {/* Always rendered: live regions added together with their text are often not read. */}
      <span role="status">{message}</span>
    </span>
  );
}

/** Copies with the Clipboard API, else (insecure page, missing iframe permission, old browser) via the selection. */
async function copyText(text: string, source: CopySource | null): Promise<boolean> {
  const clipboard = (navigator as Partial<Navigator>).clipboard;
  if (clipboard) {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Rejected, e.g. in an iframe without allow="clipboard-write": fall through to the selection.
    }
  }
  return copySelection(source);
}

function copySelection(source: CopySource | null): boolean {
  if (!source) return false;
  source.focus();
  source.select();
  try {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only way left when the Clipboard API fails
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

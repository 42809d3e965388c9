import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { useState } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareDialog } from '../../src/embed/share-dialog';
import { shareDe } from '../../src/i18n/messages/share-de';
import { shareEn } from '../../src/i18n/messages/share-en';

const VIEW_URL = 'https://karte.example.de/?city=kyiv&lang=de';
const EMBED_SRC = 'https://karte.example.de/?city=kyiv&amp;lang=de&amp;embed=1';
const RESIZE_SCRIPT = '<script src="https://karte.example.de/embed-resize.js" defer></script>';

function createShareI18n(lng: 'de' | 'en') {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { de: { translation: { share: shareDe } }, en: { translation: { share: shareEn } } },
    lng,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

/** A page with an opener button, as in the app: the dialog is mounted while open. */
function Harness({ onClose }: { onClose: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Teilen
      </button>
      {open && (
        <ShareDialog
          viewUrl={VIEW_URL}
          title='Karte "Leipzig"'
          resizeScriptUrl="https://karte.example.de/embed-resize.js"
          onClose={() => {
            onClose();
            setOpen(false);
          }}
        />
      )}
    </>
  );
}

async function openDialog(lng: 'de' | 'en' = 'de') {
  const user = userEvent.setup();
  const onClose = vi.fn();
  render(
    <I18nextProvider i18n={createShareI18n(lng)}>
      <Harness onClose={onClose} />
    </I18nextProvider>,
  );
  await user.click(screen.getByRole('button', { name: 'Teilen' }));
  return { user, onClose, dialog: screen.getByRole('dialog', { name: shareText(lng).heading }) };
}

const shareText = (lng: 'de' | 'en') => (lng === 'de' ? shareDe : shareEn);
const snippetField = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Einbettungscode' });
const snippet = () => snippetField().value;
const statusTexts = () => screen.getAllByRole('status').map((status) => status.textContent);

afterEach(() => {
  vi.useRealTimers();
  Reflect.deleteProperty(document, 'execCommand');
  Reflect.deleteProperty(HTMLDialogElement.prototype, 'showModal');
  Reflect.deleteProperty(HTMLDialogElement.prototype, 'close');
});

describe('ShareDialog', () => {
  it('opens with the link, focused, and a lazy iframe snippet for the embed URL', async () => {
    const { dialog } = await openDialog();
    // jsdom has no showModal(): this is the fallback path with the open attribute.
    expect(dialog).toHaveAttribute('open');
    const link = screen.getByRole('textbox', { name: 'Link zu dieser Ansicht' });
    expect(link).toHaveValue(VIEW_URL);
    expect(link).toHaveAttribute('readonly');
    expect(link).toHaveFocus();
    expect(snippet()).toContain(`src="${EMBED_SRC}"`);
    expect(snippet()).toContain('title="Karte &quot;Leipzig&quot;"');
    expect(snippet()).toContain('loading="lazy"');
    expect(snippet()).toContain('height="600"');
    expect(snippet()).not.toContain('<script');
    expect(screen.getByText(/setzt keine Cookies.*keine Anfragen an Dritte/)).toBeInTheDocument();
  });

  it('adds and removes the resize script with the auto-height checkbox', async () => {
    const { user } = await openDialog();
    const checkbox = screen.getByRole('checkbox', { name: 'Höhe automatisch anpassen (kleines Skript)' });
    await user.click(checkbox);
    expect(snippet()).toContain(RESIZE_SCRIPT);
    await user.click(checkbox);
    expect(snippet()).not.toContain('<script');
  });

  it('writes the chosen height into the snippet and flags heights out of range', async () => {
    const { user } = await openDialog();
    const height = screen.getByRole('spinbutton', { name: 'Höhe in Pixeln' });
    expect(height).toHaveAccessibleDescription(/Zwischen 320 und 2000 Pixeln/);
    await user.clear(height);
    await user.type(height, '850');
    expect(snippet()).toContain('height="850"');
    expect(height).toHaveAttribute('aria-invalid', 'false');
    await user.clear(height);
    await user.type(height, '90');
    expect(snippet()).toContain('height="320"');
    expect(height).toHaveAttribute('aria-invalid', 'true');
  });

  it('copies the exact snippet with the Clipboard API and announces it, then clears the message', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { user } = await openDialog();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', { name: 'Einbettungscode kopieren' }));
    expect(writeText).toHaveBeenCalledWith(snippet());
    await waitFor(() => expect(statusTexts()).toContain('Kopiert'));
    act(() => {
      vi.advanceTimersByTime(5000);
    });
    expect(statusTexts()).not.toContain('Kopiert');
  });

  it('copies the link', async () => {
    const { user } = await openDialog();
    await user.click(screen.getByRole('button', { name: 'Link kopieren' }));
    await expect(navigator.clipboard.readText()).resolves.toBe(VIEW_URL);
    expect(statusTexts()).toContain('Kopiert');
  });

  it('falls back to selecting the text and execCommand when there is no Clipboard API', async () => {
    const { user } = await openDialog();
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    const execCommand = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    const copy = screen.getByRole('button', { name: 'Einbettungscode kopieren' });
    await user.click(copy);
    expect(execCommand).toHaveBeenCalledWith('copy');
    const field = snippetField();
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
    await waitFor(() => expect(statusTexts()).toContain('Kopiert'));
    expect(copy).toHaveFocus();
  });

  it('falls back when the Clipboard API rejects, and says so when copying is impossible', async () => {
    const { user } = await openDialog('en');
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('denied', 'NotAllowedError'),
    );
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    // jsdom has no execCommand either, so nothing can copy: the text stays selected for Ctrl+C.
    await waitFor(() => expect(statusTexts()).toContain(shareEn.copyFailed));
    expect(screen.getByRole('textbox', { name: 'Link to this view' })).toHaveFocus();
  });

  it('closes with the close button and returns focus to the opener', async () => {
    const { user, onClose } = await openDialog();
    await user.click(screen.getByRole('button', { name: 'Schließen' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Teilen' })).toHaveFocus();
  });

  it('closes with Escape', async () => {
    const { user, onClose } = await openDialog();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Teilen' })).toHaveFocus();
  });

  it('opens modally where showModal exists and closes on the native cancel event', async () => {
    const showModal = vi.fn(function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    });
    const close = vi.fn(function (this: HTMLDialogElement) {
      this.removeAttribute('open');
    });
    Object.assign(HTMLDialogElement.prototype, { showModal, close });
    const { dialog, onClose } = await openDialog();
    expect(showModal).toHaveBeenCalledTimes(1);
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(close).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Teilen' })).toHaveFocus();
  });
});

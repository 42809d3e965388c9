import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './panel.css';

/**
 * The side panel's frame: a labelled region whose heading takes focus when it opens,
 * closed by its button or Escape, after which focus returns where it came from.
 */
export function PanelShell({
  title,
  subtitle,
  onClose,
  children,
}: {
  title: string;
  subtitle?: ReactNode;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const returnFocus = useRef<Element | null>(null);

  useEffect(function rememberFocusAndClose() {
    returnFocus.current = document.activeElement;
    return () => {
      const target = returnFocus.current;
      // The element that opened the panel may be gone (filtered out); then the list heading is next best.
      if (target instanceof HTMLElement && target.isConnected && target !== document.body) target.focus();
      else document.getElementById('city-list-heading')?.focus();
    };
  }, []);

  useEffect(
    function focusHeading() {
      headingRef.current?.focus();
    },
    [title],
  );

  useEffect(
    function closeOnEscape() {
      const onKey = (event: KeyboardEvent) => {
        if (event.key === 'Escape' && !event.defaultPrevented) onClose();
      };
      document.addEventListener('keydown', onKey);
      return () => document.removeEventListener('keydown', onKey);
    },
    [onClose],
  );

  return (
    <aside className="panel" aria-label={t('panel.label', { name: title })}>
      <header className="panel-header">
        <div>
          <h2 ref={headingRef} tabIndex={-1}>
            {title}
          </h2>
          {subtitle}
        </div>
        <button type="button" className="close-button" onClick={onClose}>
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">{t('panel.close')}</span>
        </button>
      </header>
      <div className="panel-body">{children}</div>
    </aside>
  );
}

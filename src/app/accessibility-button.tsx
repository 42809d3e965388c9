import { useTranslation } from 'react-i18next';
import type { AppConfig } from '../config/app-config';
import { useStatementOpen, useUiActions } from '../state/ui-store';
import { AccessibilityStatement } from './accessibility-statement';

/** Opens the accessibility statement; shown in the page header and the embed toolbar. */
export function AccessibilityButton({ title, config }: { title: string; config: AppConfig }) {
  const { t } = useTranslation();
  const open = useStatementOpen();
  const { setStatementOpen } = useUiActions();
  return (
    <>
      <button
        type="button"
        className="share-button"
        aria-haspopup="dialog"
        onClick={() => setStatementOpen(true)}
      >
        {t('accessibility.open')}
      </button>
      {open && (
        <AccessibilityStatement
          title={title}
          contact={config.accessibilityContact}
          enforcement={config.accessibilityEnforcement}
          onClose={() => setStatementOpen(false)}
        />
      )}
    </>
  );
}

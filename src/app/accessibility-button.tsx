import { useTranslation } from 'react-i18next';
import type { AppConfig } from '../config/app-config';
import { lazyPart } from '../components/lazy-part';
import { Contained } from './contained';
import { useStatementOpen, useUiActions } from '../state/ui-store';

// Loaded on first open: the statement is long and rarely read.
const StatementPart = lazyPart(() =>
  import('./accessibility-statement').then((module) => module.AccessibilityStatement),
);

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
        // A dialog that fails as it renders says so in its place and can be closed.
        <Contained area="statement" onClose={() => setStatementOpen(false)}>
          <StatementPart
            failedTexts={{ message: t('lazyPart.failed'), retry: t('app.retry') }}
            title={title}
            contact={config.accessibilityContact}
            enforcement={config.accessibilityEnforcement}
            onClose={() => setStatementOpen(false)}
          />
        </Contained>
      )}
    </>
  );
}

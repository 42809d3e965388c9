import { useTranslation } from 'react-i18next';
import { ShareDialog } from '../embed/share-dialog';
import { useShareOpen, useUiActions } from '../state/ui-store';
import { pageLink } from '../state/url-state';
import { pageUrl } from '../state/use-url-state';

/** Opens the "Share / Embed" dialog for the current view. */
export function ShareButton({ title }: { title: string }) {
  const { t } = useTranslation();
  const open = useShareOpen();
  const { setShareOpen } = useUiActions();
  return (
    <>
      <button
        type="button"
        className="share-button"
        aria-haspopup="dialog"
        onClick={() => setShareOpen(true)}
      >
        {t('embed.share')}
      </button>
      {open && (
        <ShareDialog
          viewUrl={pageLink(pageUrl())}
          title={title}
          resizeScriptUrl={new URL('embed-resize.js', pageUrl()).href}
          onClose={() => setShareOpen(false)}
        />
      )}
    </>
  );
}

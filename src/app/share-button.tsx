import { useTranslation } from 'react-i18next';
import { lazyPart } from '../components/lazy-part';
import { Contained } from './contained';
import { useShareOpen, useUiActions } from '../state/ui-store';
import { pageLink } from '../state/url-state';
import { pageUrl } from '../state/use-url-state';

// Loaded on first open: the first view does not need the dialog's code.
const ShareDialogPart = lazyPart(() => import('../embed/share-dialog').then((module) => module.ShareDialog));

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
        // A dialog that fails as it renders says so in its place and can be closed.
        <Contained area="share" onClose={() => setShareOpen(false)}>
          <ShareDialogPart
            failedTexts={{ message: t('lazyPart.failed'), retry: t('app.retry') }}
            viewUrl={pageLink(pageUrl())}
            title={title}
            resizeScriptUrl={new URL('embed-resize.js', pageUrl()).href}
            onClose={() => setShareOpen(false)}
          />
        </Contained>
      )}
    </>
  );
}

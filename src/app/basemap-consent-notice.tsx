import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { grantConsent, revokeConsent, type BasemapConsent } from '../state/basemap-consent';
import { Notice } from './notices';

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * Two clicks before any third party: the bundled basemap first, with a notice naming the remote
 * provider and a button to load it (as with video embeds on German municipal sites).
 */
export function BasemapConsentNotice({ styleUrl, consent }: { styleUrl: string; consent: BasemapConsent }) {
  const { t } = useTranslation();
  const [remember, setRemember] = useState(false);
  const rememberId = useId();
  const host = hostOf(styleUrl);
  if (consent.allowed) {
    return (
      <Notice>
        <p>{t('consent.using', { host })}</p>
        <button type="button" onClick={revokeConsent}>
          {t('consent.forget')}
        </button>
      </Notice>
    );
  }
  return (
    <Notice>
      <p>{t('consent.text', { host })}</p>
      <button type="button" onClick={() => grantConsent(styleUrl, remember)}>
        {t('consent.load')}
      </button>
      <label htmlFor={rememberId}>
        <input
          id={rememberId}
          type="checkbox"
          checked={remember}
          onChange={(event) => setRemember(event.target.checked)}
        />
        {t('consent.remember')}
      </label>
    </Notice>
  );
}

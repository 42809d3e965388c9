import { useTranslation } from 'react-i18next';
import { CONFIG_TIMEOUT_MS, ConfigInvalidError } from '../config/config-query';
import { formatProblem } from '../data/problem';
import { describeLoadFailure } from './describe-failure';
import { Notice } from './notices';

/** config.json failed: the app runs on its defaults and says so, with the reason for the web team. */
export function ConfigNotice({ error }: { error: Error }) {
  const { t } = useTranslation();
  const reasons =
    error instanceof ConfigInvalidError
      ? error.problems.map(formatProblem)
      : [describeLoadFailure(t, error, CONFIG_TIMEOUT_MS)];
  return (
    <Notice>
      <p>{t('notice.configFailed')}</p>
      <details>
        <summary>{t('notice.details')}</summary>
        {reasons.map((reason, index) => (
          <code key={index}>{reason}</code>
        ))}
      </details>
    </Notice>
  );
}

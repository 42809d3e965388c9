import { useTranslation } from 'react-i18next';
import { LIST_PAGE_SIZE } from './sorted-rows';

/** "Showing 200 of 25,914 cities" and a button for the next page; nothing when all are shown. */
export function ShowMore({ shown, total, onMore }: { shown: number; total: number; onMore: () => void }) {
  const { t } = useTranslation();
  const rest = total - shown;
  if (rest <= 0) return null;
  return (
    <p className="city-list-more">
      <span>{t('cityListMore.shown', { shown, total })}</span>{' '}
      <button type="button" onClick={onMore}>
        {t('cityListMore.button', { count: Math.min(rest, LIST_PAGE_SIZE) })}
      </button>
    </p>
  );
}

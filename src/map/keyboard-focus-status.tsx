import { useTranslation } from 'react-i18next';
import type { KeyboardFocus } from './use-keyboard-focus';
import './keyboard-focus.css';

/**
 * Says which city the city keys have reached (politely, once per step), and lists the map's keys
 * in a hint that shows while the canvas has keyboard focus; screen readers can read it any time.
 */
export function KeyboardFocusStatus({ focus }: { focus: KeyboardFocus }) {
  const { t } = useTranslation();
  const { place } = focus;
  const status = place
    ? place.role === 'home'
      ? t('legend.home')
      : t(`relationStatus.${place.role}`)
    : undefined;
  return (
    <>
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="map-keyboard-status">
        {place &&
          t('keyboard.focused', {
            name: place.name,
            status,
            position: focus.position,
            count: focus.count,
          })}
      </p>
      <div className="map-keyboard-hint">
        <p>{t('keyboard.hintHeading')}</p>
        <ul>
          <li>{t('keyboard.pan')}</li>
          <li>{t('keyboard.zoom')}</li>
          <li>{t('keyboard.cities')}</li>
          <li>{t('keyboard.open')}</li>
          <li>{t('keyboard.clear')}</li>
        </ul>
      </div>
    </>
  );
}

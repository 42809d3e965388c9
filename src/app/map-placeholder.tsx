import { useTranslation } from 'react-i18next';
import './map-placeholder.css';

/**
 * Stands where the map will be, at its size, while the map's code or a remote basemap loads:
 * the page around it is already usable, and nothing moves when the map arrives.
 */
export function MapPlaceholder() {
  const { t } = useTranslation();
  return (
    <div className="map-placeholder" role="status">
      <p>{t('mapLoading.text')}</p>
    </div>
  );
}

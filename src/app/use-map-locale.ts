import { useTranslation } from 'react-i18next';

/** MapLibre's own UI strings in the reader's language. */
export function useMapLocale(): Record<string, string> {
  const { t } = useTranslation();
  return {
    'Map.Title': t('mapUi.title'),
    'NavigationControl.ZoomIn': t('mapUi.zoomIn'),
    'NavigationControl.ZoomOut': t('mapUi.zoomOut'),
    'AttributionControl.ToggleAttribution': t('mapUi.toggleAttribution'),
    'CooperativeGesturesHandler.WindowsHelpText': t('mapUi.windowsHelp'),
    'CooperativeGesturesHandler.MacHelpText': t('mapUi.macHelp'),
    'CooperativeGesturesHandler.MobileHelpText': t('mapUi.mobileHelp'),
  };
}

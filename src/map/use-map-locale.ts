import { useTranslation } from 'react-i18next';

/** MapLibre's own UI strings in the reader's language; `mapLabel` names the map canvas. */
export function useMapLocale(mapLabel: string): Record<string, string> {
  const { t } = useTranslation();
  return {
    // MapLibre names its canvas with this; ours says what the map shows.
    'Map.Title': mapLabel,
    'NavigationControl.ZoomIn': t('mapUi.zoomIn'),
    'NavigationControl.ZoomOut': t('mapUi.zoomOut'),
    'NavigationControl.ResetBearing': t('mapUi.resetBearing'),
    'AttributionControl.ToggleAttribution': t('mapUi.toggleAttribution'),
    'CooperativeGesturesHandler.WindowsHelpText': t('mapUi.windowsHelp'),
    'CooperativeGesturesHandler.MacHelpText': t('mapUi.macHelp'),
    'CooperativeGesturesHandler.MobileHelpText': t('mapUi.mobileHelp'),
  };
}

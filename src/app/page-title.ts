import type { AppConfig } from '../config/app-config';
import type { Dataset } from '../data/dataset';
import { configuredTitle, pickText } from '../data/localize';

/** The page's title: config.json's, if a city web team set one, else the dataset's own. */
export function pageTitle(config: AppConfig, dataset: Dataset, language: string): string {
  if (!config.title) return pickText(dataset.metadata.title, language);
  return configuredTitle(config.title, language);
}

/** Texts the attribution needs, already translated, so the lines can be composed without i18n. */
export interface AttributionTexts {
  naturalEarth: string;
  geonames: string;
  basemapFallback: string;
}

/**
 * What the map credits: the bundled basemap and coordinates always, config.json's own line, and a
 * note when a configured remote basemap failed and the bundled one stands in for it.
 */
export function attributionLines(
  texts: AttributionTexts,
  config: AppConfig,
  remoteBasemapFailed: boolean,
): string[] {
  return [
    texts.naturalEarth,
    texts.geonames,
    ...(config.attribution ? [config.attribution] : []),
    ...(config.basemapStyleUrl && remoteBasemapFailed ? [texts.basemapFallback] : []),
  ];
}

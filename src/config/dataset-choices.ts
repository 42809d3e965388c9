import type { AppConfig } from './app-config';
import { chooseDataUrl } from './data-url';

/** One dataset a reader may switch to. */
export interface DatasetChoice {
  /** The entry as config.json lists it; what `?data=` carries. */
  entry: string;
  /** The URL it loads from, exactly as the app requests it (so the request is shared). */
  url: string;
  /** The `?data=` value that shows it: none for the first, the default. */
  param: string | undefined;
}

/** The datasets config.json lists, in its order; a picker is worth showing only for two or more. */
export function datasetChoices(config: AppConfig, pageUrl: string): DatasetChoice[] {
  return config.datasets.flatMap((entry, index) => {
    const param = index === 0 ? undefined : entry;
    const choice = chooseDataUrl(param, config, pageUrl);
    return choice.ok ? [{ entry, url: choice.url, param }] : [];
  });
}

/** Which choice is the dataset now shown; -1 when `?data=` named one that is not listed. */
export function currentChoiceIndex(
  choices: readonly DatasetChoice[],
  dataUrl: string,
  pageUrl: string,
): number {
  const shown = new URL(dataUrl, pageUrl).href;
  return choices.findIndex((choice) => new URL(choice.url, pageUrl).href === shown);
}

import { useQueries } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppConfig } from '../config/app-config';
import { currentChoiceIndex, datasetChoices } from '../config/dataset-choices';
import { datasetQueryOptions } from '../data/dataset-query';
import { pickText } from '../data/localize';
import { useMapDrawn } from '../state/ui-store';
import { pageUrl, updateUrlState } from '../state/use-url-state';
import './dataset-picker.css';

/** How long the titles wait for a map that may never draw (no WebGL, a chunk that failed). */
export const TITLES_FALLBACK_MS = 10_000;

/**
 * Switches between the datasets config.json lists (via `?data=`); absent with only one. Labels are
 * the datasets' own titles, so the listed files are loaded too, which also makes switching instant.
 * They load once the map has drawn (at startup, their parsing delayed it), or sooner if the reader
 * turns to the picker (pointer or focus) before that.
 */
export function DatasetPicker({ config, dataUrl }: { config: AppConfig; dataUrl: string }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const choices = datasetChoices(config, pageUrl());
  const many = choices.length > 1;
  const mapDrawn = useMapDrawn();
  const [wanted, setWanted] = useState(false);
  const want = () => setWanted(true);
  useEffect(() => {
    if (!many) return;
    const timer = setTimeout(() => setWanted(true), TITLES_FALLBACK_MS);
    return () => clearTimeout(timer);
  }, [many]);
  const titles = useQueries({
    queries: choices.map((choice) => ({
      ...datasetQueryOptions(choice.url),
      enabled: many && (wanted || mapDrawn),
    })),
  });
  if (!many) return null;
  const current = currentChoiceIndex(choices, dataUrl, pageUrl());
  const label = (index: number, fallback: string) => {
    const dataset = titles[index]?.data;
    return dataset ? pickText(dataset.metadata.title, i18n.language) : fallback;
  };
  return (
    <div className="dataset-picker">
      <label htmlFor={id}>{t('dataset.label')}</label>
      <select
        id={id}
        value={current === -1 ? '' : String(current)}
        onPointerEnter={want}
        onFocus={want}
        onChange={(event) => {
          const choice = choices[Number(event.target.value)];
          // Place ids belong to one dataset, so an open place does not carry over.
          if (choice) updateUrlState({ data: choice.param, city: undefined });
        }}
      >
        {current === -1 && <option value="">{t('dataset.other')}</option>}
        {choices.map((choice, index) => (
          <option key={choice.entry} value={String(index)}>
            {label(index, choice.entry)}
          </option>
        ))}
      </select>
    </div>
  );
}

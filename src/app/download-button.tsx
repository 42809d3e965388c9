import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../data/dataset';
import { datasetToGeoJson } from '../data/dataset-to-geojson';
import type { RelationRow } from '../data/relation-rows';
import { extractView } from '../data/view-extract';
import { saveFile } from './save-file';
import './download-button.css';

/**
 * "Download data": the relations now shown (filters and date) as a dataset file or as the
 * template CSVs, made in the browser. Whether the choice is open matters to this button only.
 */
export function DownloadButton({
  dataset,
  rows,
  at,
}: {
  dataset: Dataset;
  rows: readonly RelationRow[];
  at: string;
}) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  const baseName = `${dataset.metadata.id}-${at}`;
  const extract = () => extractView(dataset, rows, at);
  const saveGeoJson = () =>
    saveFile(
      `${baseName}.geojson`,
      `${JSON.stringify(datasetToGeoJson(extract()), null, 2)}\n`,
      'application/geo+json',
    );
  const saveCsv = async () => {
    // Loaded on first use: the CSV writer and ZIP packer are not needed to read the map.
    const { csvArchive, datasetToCsvFiles } = await import('../data/csv-download');
    const files = datasetToCsvFiles(extract(), i18n.language === 'de' ? ';' : ',');
    saveFile(`${baseName}-csv.zip`, csvArchive(files), 'application/zip');
  };
  return (
    <div
      className="download"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
        }
      }}
    >
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {t('download.button')}
        <span aria-hidden="true">{open ? ' ▴' : ' ▾'}</span>
      </button>
      <div
        id={id}
        className="download-choices"
        role="group"
        aria-label={t('download.heading')}
        hidden={!open}
      >
        <p>{t('download.note', { count: rows.length, license: dataset.metadata.license })}</p>
        <button type="button" onClick={saveGeoJson}>
          {t('download.geojson')}
        </button>
        <button type="button" onClick={() => void saveCsv()}>
          {t('download.csv')}
        </button>
      </div>
    </div>
  );
}

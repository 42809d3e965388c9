import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { listedCities } from '../support/listed-cities';
import { renderApp } from '../support/render-app';
import { fixtureDataset } from '../support/fixtures';
import { DatasetPicker, TITLES_FALLBACK_MS } from '../../src/app/dataset-picker';
import { appConfigSchema } from '../../src/config/app-config';
import { uiActions } from '../../src/state/ui-store';
import { renderWithI18n } from '../support/render-with-i18n';

/** The fixture as another city's dataset: its own id, title and home city name. */
function otherDataset() {
  const dataset = fixtureDataset();
  dataset.metadata = {
    ...dataset.metadata,
    id: 'other',
    title: { de: 'Beziehungen von Anderstadt', en: 'Otherton relations' },
  };
  dataset.features = dataset.features.filter(
    (feature) => feature.properties.featureType !== 'relation' || feature.properties.to !== 'moscow',
  );
  return dataset;
}

/** What the picker's options read, in order. */
const optionTexts = (picker: HTMLElement) =>
  within(picker)
    .getAllByRole('option')
    .map((option) => option.textContent);

const datasets = (url: string) => (url.includes('other') ? otherDataset() : fixtureDataset());
const config = { datasets: ['data/test.geojson', 'data/other.geojson'] };

beforeEach(() => uiActions().reset());

describe('the dataset picker', () => {
  it('is absent when config.json lists one dataset', async () => {
    renderApp('', datasets, 200, { datasets: ['data/test.geojson'] });
    await screen.findByRole('heading', { level: 1, name: 'Test' });
    expect(screen.queryByRole('combobox', { name: 'Datensatz' })).not.toBeInTheDocument();
  });

  describe('loads the other datasets for their titles', () => {
    /** The picker alone, so the test decides when the map has drawn. */
    function pickerAlone() {
      const fetchMock = vi.fn((input: RequestInfo | URL) => {
        const url = input instanceof Request ? input.url : input.toString();
        return Promise.resolve(new Response(JSON.stringify(datasets(url))));
      });
      vi.stubGlobal('fetch', fetchMock);
      const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
      renderWithI18n(
        <QueryClientProvider client={client}>
          <DatasetPicker config={appConfigSchema.parse(config)} dataUrl="data/test.geojson" />
        </QueryClientProvider>,
      );
      const picker = screen.getByRole('combobox', { name: 'Datensatz' });
      return { picker, options: () => optionTexts(picker), asked: () => fetchMock.mock.calls.length };
    }

    it('not at startup, but once the map has drawn', async () => {
      const { options, asked } = pickerAlone();
      // Give a query that should not run the time to start.
      await new Promise((done) => setTimeout(done, 50));
      expect(asked()).toBe(0);
      expect(options()).toEqual(['data/test.geojson', 'data/other.geojson']);

      act(() => uiActions().setMapDrawn());
      await waitFor(() => expect(options()).toEqual(['Test', 'Beziehungen von Anderstadt']));
      expect(asked()).toBe(2);
    });

    it('or after a while, if the map never draws', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
      try {
        const { options, asked } = pickerAlone();
        act(() => {
          vi.advanceTimersByTime(TITLES_FALLBACK_MS - 100);
        });
        expect(asked()).toBe(0);
        act(() => {
          vi.advanceTimersByTime(100);
        });
        await waitFor(() => expect(options()).toEqual(['Test', 'Beziehungen von Anderstadt']));
      } finally {
        vi.useRealTimers();
      }
    });

    it('or sooner, when the reader focuses the picker', async () => {
      const { picker, options } = pickerAlone();
      act(() => picker.focus());
      await waitFor(() => expect(options()).toEqual(['Test', 'Beziehungen von Anderstadt']));
    });

    it('or sooner, when the reader points at the picker', async () => {
      const user = userEvent.setup();
      const { picker, options } = pickerAlone();
      await user.hover(picker);
      await waitFor(() => expect(options()).toEqual(['Test', 'Beziehungen von Anderstadt']));
    });
  });

  it('in the whole app, once its map has drawn, with no help from the reader', async () => {
    renderApp('', datasets, 200, config);
    const picker = await screen.findByRole('combobox', { name: 'Datensatz' });
    await waitFor(() => expect(optionTexts(picker)).toEqual(['Test', 'Beziehungen von Anderstadt']));
  });

  it('offers every listed dataset by its title and switches title, list and URL', async () => {
    const user = userEvent.setup();
    renderApp('?city=moscow', datasets, 200, config);
    const picker = await screen.findByRole('combobox', { name: 'Datensatz' });
    await user.hover(picker);
    await waitFor(() => expect(optionTexts(picker)).toEqual(['Test', 'Beziehungen von Anderstadt']));
    expect(picker).toHaveValue('0');
    expect(document.title).toBe('Test');
    expect(listedCities()).toEqual(['kyiv', 'moscow']);

    await user.selectOptions(picker, 'Beziehungen von Anderstadt');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Beziehungen von Anderstadt' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Beziehungen von Anderstadt');
    expect(listedCities()).toEqual(['kyiv']);
    // The open place belonged to the other dataset.
    expect(new URLSearchParams(window.location.search).get('data')).toBe('data/other.geojson');
    expect(new URLSearchParams(window.location.search).has('city')).toBe(false);
    expect(screen.getByRole('combobox', { name: 'Datensatz' })).toHaveValue('1');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Datensatz' }), 'Test');
    expect(await screen.findByRole('heading', { level: 1, name: 'Test' })).toBeInTheDocument();
    expect(window.location.search).toBe('');
  });

  it('follows ?data= and the language in the title', async () => {
    renderApp('?data=data/other.geojson&lang=en', datasets, 200, config);
    expect(await screen.findByRole('heading', { level: 1, name: 'Otherton relations' })).toBeInTheDocument();
    expect(document.title).toBe('Otherton relations');
    expect(screen.getByRole('combobox', { name: 'Dataset' })).toHaveValue('1');
  });

  it('sits in the embed toolbar too', async () => {
    renderApp('?embed=1', datasets, 200, config);
    const toolbar = await screen.findByRole('banner', { name: 'Kartenwerkzeuge' });
    expect(within(toolbar).getByRole('combobox', { name: 'Datensatz' })).toBeInTheDocument();
  });
});

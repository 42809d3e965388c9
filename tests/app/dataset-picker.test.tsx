import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { listedCities } from '../support/listed-cities';
import { renderApp } from '../support/render-app';
import { fixtureDataset } from '../support/fixtures';
import { uiActions } from '../../src/state/ui-store';

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

const datasets = (url: string) => (url.includes('other') ? otherDataset() : fixtureDataset());
const config = { datasets: ['data/test.geojson', 'data/other.geojson'] };

beforeEach(() => uiActions().reset());

describe('the dataset picker', () => {
  it('is absent when config.json lists one dataset', async () => {
    renderApp('', datasets, 200, { datasets: ['data/test.geojson'] });
    await screen.findByRole('heading', { level: 1, name: 'Test' });
    expect(screen.queryByRole('combobox', { name: 'Datensatz' })).not.toBeInTheDocument();
  });

  it('loads the other datasets only when the reader turns to it', async () => {
    const { fetchMock } = renderApp('', datasets, 200, config);
    const picker = await screen.findByRole('combobox', { name: 'Datensatz' });
    const asked = () =>
      fetchMock.mock.calls.map(([input]) => (input instanceof Request ? input.url : input.toString()));
    const options = () =>
      within(picker)
        .getAllByRole('option')
        .map((option) => option.textContent);
    // The list is drawn from the shown dataset; React has settled once it is there.
    await screen.findByRole('heading', { level: 1, name: 'Test' });
    expect(asked().filter((url) => url.includes('other'))).toEqual([]);
    expect(options()).toEqual(['Test', 'data/other.geojson']);

    // Reached with the keyboard: focus alone asks for them.
    act(() => picker.focus());
    await waitFor(() => expect(options()).toEqual(['Test', 'Beziehungen von Anderstadt']));
    expect(asked().filter((url) => url.includes('other'))).toHaveLength(1);
  });

  it('offers every listed dataset by its title and switches title, list and URL', async () => {
    const user = userEvent.setup();
    renderApp('?city=moscow', datasets, 200, config);
    const picker = await screen.findByRole('combobox', { name: 'Datensatz' });
    await user.hover(picker);
    await waitFor(() =>
      expect(
        within(picker)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['Test', 'Beziehungen von Anderstadt']),
    );
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

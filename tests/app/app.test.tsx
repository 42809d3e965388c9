import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { drawn } from '../support/react-map-gl-stub';
import { listedCities } from '../support/listed-cities';
import { renderApp } from '../support/render-app';
import { fixtureDataset } from '../support/fixtures';

const placesOnMap = () =>
  (drawn.sources.get('places') as FeatureCollection).features.map((f) => f.properties?.id as string);

beforeEach(() => {
  drawn.sources.clear();
});

describe('the relations page', () => {
  it('lists every located city and draws it on the map', async () => {
    renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Test' })).toBeInTheDocument();
    expect(listedCities()).toEqual(['kyiv', 'moscow']);
    // The map is its own chunk: the list is there first.
    await waitFor(() => expect(placesOnMap()).toEqual(['home', 'kyiv', 'moscow']));
    expect(screen.getByText(/Beziehungen angezeigt/)).toHaveTextContent('2 von 2 Beziehungen angezeigt');
  });

  it('filters map, list and counts together and writes the filter to the URL', async () => {
    const user = userEvent.setup();
    renderApp();
    const group = await screen.findByRole('group', { name: 'Status' });
    await screen.findByTestId('map');
    await user.click(within(group).getByRole('button', { name: /Ausgesetzt/ }));
    expect(within(group).getByRole('button', { name: /Ausgesetzt/ })).toHaveAttribute('aria-pressed', 'true');
    expect(listedCities()).toEqual(['moscow']);
    expect(placesOnMap()).toEqual(['home', 'moscow']);
    expect(screen.getByText(/Beziehungen angezeigt/)).toHaveTextContent('1 von 2');
    expect(window.location.search).toBe('?status=paused');
    const legend = screen.getByRole('region', { name: 'Legende' });
    expect(legend).toHaveTextContent(/Aktiv0Ausgesetzt1/);
  });

  it('finds a city by any of its names', async () => {
    const user = userEvent.setup();
    renderApp('?lang=en');
    await user.type(await screen.findByRole('searchbox', { name: 'Find a city' }), 'kiew');
    expect(listedCities()).toEqual(['kyiv']);
    expect(window.location.search).toBe('?q=kiew&lang=en');
  });

  it('opens the panel from the list, focuses its heading, and closes with Escape back to the button', async () => {
    const user = userEvent.setup();
    renderApp();
    const button = await screen.findByRole('button', { name: /Kiew/ });
    await user.click(button);
    const panel = screen.getByRole('complementary', { name: 'Details zu Kiew' });
    expect(within(panel).getByRole('heading', { level: 2, name: 'Kiew' })).toHaveFocus();
    expect(window.location.search).toBe('?city=kyiv');
    expect(button).toHaveAttribute('aria-current', 'true');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary', { name: /^Details/ })).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(window.location.search).toBe('');
  });

  it('shows status, history and sources that open safely in a new tab', async () => {
    renderApp('?city=moscow');
    const panel = await screen.findByRole('complementary', { name: 'Details zu Moskau' });
    expect(within(panel).getByText('Ausgesetzt', { selector: 'dd *, dd' })).toBeInTheDocument();
    const history = within(panel).getByRole('list', { name: 'Geschichte' });
    expect(within(history).getAllByRole('listitem')).toHaveLength(2);
    expect(history).toHaveTextContent('April 2014');
    expect(history).toHaveTextContent('Status danach: Ausgesetzt');
    const link = within(panel).getByRole('link', { name: /Source A/ });
    expect(link).toHaveAttribute('href', 'https://example.org/a');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('lets the reader reverse the history', async () => {
    const user = userEvent.setup();
    renderApp('?city=moscow&lang=en');
    const panel = await screen.findByRole('complementary', { name: /^Details/ });
    const titles = () =>
      within(within(panel).getByRole('list', { name: 'History' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    expect(titles()[0]).toMatch(/Agreement/);
    await user.click(within(panel).getByRole('button', { name: /Order of the history/ }));
    expect(titles()[0]).toMatch(/Pause/);
  });

  it('shows the home city overview with counts, networks and back/forward navigation', async () => {
    renderApp('?city=home');
    const panel = await screen.findByRole('complementary', { name: 'Details zu Heimstadt' });
    expect(within(panel).getByRole('heading', { name: 'Übersicht: 3 Beziehungen' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Netz' })).toBeInTheDocument();
    await userEvent.click(within(panel).getByRole('button', { name: 'Netz' }));
    expect(await screen.findByRole('complementary', { name: 'Details zu Netz' })).toBeInTheDocument();
    act(() => {
      window.history.back();
    });
    await waitFor(() => expect(window.location.search).toBe('?city=home'));
    expect(await screen.findByRole('complementary', { name: 'Details zu Heimstadt' })).toBeInTheDocument();
  });

  it('ignores malformed URL parameters without showing them', async () => {
    renderApp('?city=%3Cimg%20src%3Dx%3E&status=bogus&lang=xx');
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('complementary', { name: /^Details/ })).not.toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain('<img src=x>');
    expect(listedCities()).toEqual(['kyiv', 'moscow']);
  });

  it('switches the UI language and the names', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'English' }));
    expect(screen.getByRole('region', { name: 'Cities (2)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Kyiv/ })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(window.location.search).toBe('?lang=en');
  });

  it('names the file and every problem when the data is invalid, instead of a blank page', async () => {
    const data = fixtureDataset();
    const kyiv = data.features[1]!;
    if (kyiv.geometry?.type === 'Point') kyiv.geometry.coordinates = [500, 50];
    renderApp('', data);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('data/leipzig.geojson enthält Fehler');
    expect(alert).toHaveTextContent('place "kyiv" › geometry.coordinates[0]');
  });

  it('says when the data cannot be loaded and offers to retry', async () => {
    renderApp('', 'not found', 404);
    // A 404 will not pass by itself, so it is not retried automatically.
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Fehler 404');
    expect(alert).toHaveTextContent('data/leipzig.geojson');
    expect(within(alert).getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
  });
});
